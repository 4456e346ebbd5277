import { buildRubric, categoryLabel, codeTextOfNumber, isWithin, leadingCode, parentCode } from "../../src/rubric";
import type { RubricSource } from "../../src/rubric";
import data from "../../src/rubric/data/aqsiq-2009.json";
import { OFFICIAL_RUBRIC } from "../helpers/rubrics";

const rubric = OFFICIAL_RUBRIC;

describe("the official 2009 rubric", () => {
  it("has 4 categories, 28 items and 98 criteria", () => {
    expect(rubric.categories).toHaveLength(4);
    expect(rubric.items).toHaveLength(28);
    expect(rubric.criteria).toHaveLength(98);
  });

  it("sums its criteria to the caps the document prints: 140 / 90 / 465 / 305, 1000 in all", () => {
    const sums = rubric.categories.map((c) => c.criteria.reduce((s, k) => s + k.points, 0));
    expect(sums).toEqual([140, 90, 465, 305]);
    expect(rubric.categories.map((c) => c.points)).toEqual([140, 90, 465, 305]);
    expect(rubric.totalPoints).toBe(1000);
  });

  it("prints category cells as the document does", () => {
    expect(rubric.categories.map(categoryLabel)).toEqual([
      "1领导重视（140分）",
      "2组织落实（90分）",
      "3措施到位（465分）",
      "4成效显著（305分）",
    ]);
  });

  it("has unique codes, each nested under its parent", () => {
    const codes = [...rubric.categories.map((c) => c.code), ...rubric.items.map((i) => i.code), ...rubric.criteria.map((c) => c.code)];
    expect(new Set(codes).size).toBe(4 + 28 + 98);
    for (const item of rubric.items) expect(parentCode(item.code)).toBe(item.categoryCode);
    for (const c of rubric.criteria) {
      expect(parentCode(c.code)).toBe(c.itemCode);
      expect(parentCode(c.itemCode)).toBe(c.categoryCode);
    }
  });

  it("numbers criteria consecutively within each item", () => {
    for (const item of rubric.items) {
      expect(item.criteria.map((c) => c.code)).toEqual(item.criteria.map((_, i) => `${item.code}.${i + 1}`));
    }
  });

  it("looks up any level by code, with caps summed from criteria", () => {
    expect(rubric.find("3")).toMatchObject({ level: "category", name: "措施到位", points: 465 });
    expect(rubric.find("3.6")).toMatchObject({ level: "item", points: 95 });
    expect(rubric.find("3.6.2")).toMatchObject({ level: "criterion", points: 10, text: "推动企业加快技术进步步伐，积极采用新工艺、新技术、新材料。" });
    expect(rubric.find("3.6.19")).toBeUndefined();
    expect(rubric.criterion("3.6")).toBeUndefined();
    expect(rubric.find("4.7")?.points).toBe(40);
  });

  it("carries blank 评价方法 and 评价打分 cells down from the cell above, as merged cells", () => {
    const c = (code: string) => rubric.criterion(code)!;
    expect(c("1.6.1")).toMatchObject({ method: "查阅文件", methodContinues: true, guidance: "看文件是否明确", guidanceContinues: true });
    expect(c("3.1.2")).toMatchObject({ method: "查阅文件记录", methodContinues: false });
    expect(c("3.8.1")).toMatchObject({ method: "听取汇报\n查看现场", methodContinues: true });
    expect(c("4.5.2")).toMatchObject({ method: "查看现场", methodContinues: false, guidance: "依据检查情况，酌情打分。", guidanceContinues: true });
    expect(c("4.6.1").guidance).toBe("依据检查情况，酌情打分");
  });

  it("keeps the document's criterion text", () => {
    expect(rubric.criterion("3.7.3")!.text).toBe("重点产品和出口食品、化妆品生产企业都建立了企业质量档案。");
    expect(rubric.criterion("3.3.9")!.text).toBe("出口食品特别是水产品原料基地全部按照“公司+基地+标准化”模式进行管理，符合备案要求。");
    expect(rubric.criterion("4.7.1")!.points).toBe(40);
  });
});

describe("buildRubric rejects malformed data", () => {
  const base = data as RubricSource;
  const clone = (): RubricSource => JSON.parse(JSON.stringify(base)) as RubricSource;

  it("rejects a duplicate code", () => {
    const d = clone();
    d.categories[0]!.items[1]!.criteria[0]!.code = "1.1.1";
    expect(() => buildRubric(d)).toThrow(/1\.1\.1/);
  });

  it("rejects a wrongly nested code", () => {
    const d = clone();
    d.categories[0]!.items[0]!.criteria[0]!.code = "2.1.9";
    expect(() => buildRubric(d)).toThrow(/not nested/);
  });

  it("rejects a first criterion with nothing to continue", () => {
    const d = clone();
    d.categories[0]!.items[0]!.criteria[0]!.method = null;
    expect(() => buildRubric(d)).toThrow(/评价方法/);
  });
});

describe("codes", () => {
  it("reads the leading code of a criterion cell", () => {
    expect(leadingCode("3.6.2推动企业加快技术进步步伐")).toBe("3.6.2");
    expect(leadingCode("3.12.1 建立满足")).toBe("3.12.1");
    expect(leadingCode("4.6.服务质量不断提高")).toBe("4.6");
    expect(leadingCode("  1")).toBe("1");
    expect(leadingCode("推动企业")).toBeUndefined();
    expect(leadingCode("3.6.2.1")).toBeUndefined();
  });

  it("reads codes typed with full-width digits and full stops, or the ideographic full stop, as ASCII", () => {
    expect(leadingCode("１.１.１加强组织领导")).toBe("1.1.1");
    expect(leadingCode("３．６．２")).toBe("3.6.2");
    expect(leadingCode("3。6。2推动企业")).toBe("3.6.2");
    expect(leadingCode("\u3000３")).toBe("3");
    expect(leadingCode("３．")).toBe("3");
    expect(leadingCode("１２３４")).toBeUndefined();
  });

  it("does not read circled numbers or numbers with an exponent as codes", () => {
    expect(leadingCode("①领导重视")).toBeUndefined();
    expect(leadingCode("1.1e-7")).toBeUndefined();
    expect(leadingCode("1E+308")).toBeUndefined();
  });

  it("prints a number as code text only when it prints without an exponent", () => {
    expect([3, 3.1, 12, 0.5].map(codeTextOfNumber)).toEqual(["3", "3.1", "12", "0.5"]);
    expect([1e308, 1.1e-7, 1e21, -3, Number.NaN, Number.POSITIVE_INFINITY].map(codeTextOfNumber)).toEqual(new Array(6).fill(undefined));
  });

  it("tells which codes lie within a section", () => {
    expect(isWithin("3.6.2", "3")).toBe(true);
    expect(isWithin("3.6.2", "3.6")).toBe(true);
    expect(isWithin("3.10.1", "3.1")).toBe(false);
    expect(isWithin("3.6.2", "")).toBe(true);
  });
});
