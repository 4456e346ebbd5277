import { readFileSync } from "node:fs";
import { join } from "node:path";
import { formatRubricIssue } from "../../src/rubric/issues";
import { SHIPPED_RUBRIC_DATA } from "../../src/rubric/data";
import type { RubricSource } from "../../src/rubric/types";
import { parseRubric, parseRubricText } from "../../src/rubric/validate";

/** A small valid rubric: 2 categories, 3 items, 4 criteria, 100 points, with grades, a veto and an optional criterion. */
function sample(): RubricSource {
  return {
    id: "zj-2024",
    title: "质量工作考核细则",
    source: "",
    issued: "2024-03-01",
    categories: [
      {
        code: "1",
        name: "质量发展",
        items: [
          { code: "1.1", name: "规划", criteria: [{ code: "1.1.1", text: "制定质量发展规划。", method: "查阅文件", points: 30, guidance: "有规划得满分" }] },
          {
            code: "1.2",
            name: "投入",
            criteria: [
              { code: "1.2.1", text: "安排质量工作经费。", method: null, points: 20, guidance: null },
              { code: "1.2.2", text: "建设检验检测平台。", method: "查看现场", points: 10, guidance: null, optional: true },
            ],
          },
        ],
      },
      { code: "2", name: "质量安全", items: [{ code: "2.1", name: "监管", criteria: [{ code: "2.1.1", text: "开展监督抽查。", method: null, points: 40, guidance: "酌情打分" }] }] },
    ],
    grades: [
      { name: "A", min: 90 },
      { name: "B", min: 80 },
      { name: "C", min: 60 },
      { name: "D", min: 0 },
    ],
    veto: [{ code: "V1", text: "发生区域性、系统性重大质量安全事件" }],
    scale: 100,
  };
}

/** The printed issues of `data`, in zh-CN unless asked. */
function issuesOf(data: unknown, locale: "zh-CN" | "en-US" = "zh-CN"): string[] {
  const result = parseRubric(data, locale);
  return result.ok ? [] : result.issues.map((i) => formatRubricIssue(i, locale));
}

function edit(change: (s: RubricSource) => void): RubricSource {
  const s = sample();
  change(s);
  return s;
}

const criterion = (s: RubricSource, c: number, i: number, k: number) => s.categories[c]!.items[i]!.criteria[k]!;

describe("parseRubric: a valid rubric", () => {
  it("builds it, with grades highest first, the veto, the optional criterion and the scale", () => {
    const result = parseRubric(sample());
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const rubric = result.rubric;
    expect(rubric.totalPoints).toBe(100);
    expect(rubric.grades.map((g) => g.name)).toEqual(["A", "B", "C", "D"]);
    expect(rubric.veto).toEqual([{ code: "V1", text: "发生区域性、系统性重大质量安全事件" }]);
    expect(rubric.criteria.filter((c) => c.optional).map((c) => c.code)).toEqual(["1.2.2"]);
    expect(rubric.scale).toBe(100);
    expect(rubric.data).toEqual(sample());
  });

  it("accepts every shipped data file, and the committed schema file is valid JSON", () => {
    for (const data of SHIPPED_RUBRIC_DATA) expect(issuesOf(data)).toEqual([]);
    const schema = JSON.parse(readFileSync(join(__dirname, "../../src/rubric/rubric.schema.json"), "utf8"));
    expect(schema.definitions.criterion.required).toEqual(["code", "text", "method", "points", "guidance"]);
  });
});

describe("parseRubric: schema errors name the JSON path, in Chinese by default", () => {
  it("points not above 0", () => {
    const s = edit((s) => (criterion(s, 1, 0, 0).points = 0));
    expect(issuesOf(s)).toEqual(["categories[1].items[0].criteria[0].points：应为大于 0 的数字"]);
    expect(issuesOf(s, "en-US")).toEqual(["categories[1].items[0].criteria[0].points: should be a number greater than 0"]);
  });

  it("points that are not a number", () => {
    expect(issuesOf(edit((s) => ((criterion(s, 0, 1, 1) as unknown as { points: string }).points = "10")))).toEqual([
      "categories[0].items[1].criteria[1].points：应为大于 0 的数字",
    ]);
  });

  it("a missing field", () => {
    expect(issuesOf(edit((s) => delete (criterion(s, 0, 0, 0) as Partial<RubricSource["categories"][0]["items"][0]["criteria"][0]>).text))).toEqual([
      "categories[0].items[0].criteria[0].text：缺少此字段",
    ]);
    expect(issuesOf(edit((s) => delete (s as Partial<RubricSource>).id))).toEqual(["id：缺少此字段"]);
  });

  it("a field with another name (grade for grades)", () => {
    const s = edit((s) => {
      (s as unknown as Record<string, unknown>).grade = s.grades;
      delete s.grades;
    });
    expect(issuesOf(s)).toEqual(["grade：未知字段（字段名须与规定一致：grades、veto、optional、scale 等）"]);
  });

  it("a wrong type", () => {
    expect(issuesOf(edit((s) => ((criterion(s, 0, 0, 0) as unknown as { method: number }).method = 3)))).toEqual([
      "categories[0].items[0].criteria[0].method：应为文本或 null（null 表示延续上一格）",
    ]);
    expect(issuesOf(edit((s) => ((criterion(s, 0, 0, 0) as unknown as { optional: string }).optional = "是")))).toEqual([
      "categories[0].items[0].criteria[0].optional：应为 true 或 false",
    ]);
    expect(issuesOf(edit((s) => ((s as unknown as { categories: unknown }).categories = {})))).toEqual(["categories：应为数组"]);
  });

  it("an empty text and an empty list", () => {
    expect(issuesOf(edit((s) => (s.categories[1]!.name = "")))).toEqual(["categories[1].name：不能为空"]);
    expect(issuesOf(edit((s) => (s.categories[1]!.items = [])))).toEqual(["categories[1].items：至少应有一项"]);
  });

  it("badly formed codes, id and date", () => {
    expect(issuesOf(edit((s) => (criterion(s, 0, 0, 0).code = "1.1")))).toEqual(["categories[0].items[0].criteria[0].code：应为三级编号，如 “1.1.1”"]);
    expect(issuesOf(edit((s) => (s.categories[0]!.items[0]!.code = "1")))).toEqual(["categories[0].items[0].code：应为二级编号，如 “1.1”"]);
    expect(issuesOf(edit((s) => (s.categories[0]!.code = "一")))).toEqual(["categories[0].code：应为一级编号，如 “1”"]);
    expect(issuesOf(edit((s) => (s.id = "浙江 2024")))).toEqual(["id：应由字母、数字、点、下划线或连字符组成（以字母或数字开头，不超过 64 个字符）"]);
    expect(issuesOf(edit((s) => (s.issued = "2024年3月")))).toEqual(["issued：应为 YYYY-MM-DD 格式的日期，或空文本"]);
  });

  it("a grade band beyond 100 percent, and a scale of 0", () => {
    expect(issuesOf(edit((s) => (s.grades![0]!.min = 900)))).toEqual(["grades[0].min：应为 0 到 100 之间的数字（占适用分值的百分比）"]);
    expect(issuesOf(edit((s) => (s.scale = 0)))).toEqual(["scale：应为大于 0 的数字"]);
  });

  it("several errors at once, each once", () => {
    const s = edit((s) => {
      criterion(s, 0, 0, 0).points = -5;
      s.categories[1]!.name = "";
    });
    expect(issuesOf(s)).toEqual(["categories[0].items[0].criteria[0].points：应为大于 0 的数字", "categories[1].name：不能为空"]);
  });

  it("text that is not JSON", () => {
    const result = parseRubricText("{ id: 1 }");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(formatRubricIssue(result.issues[0]!)).toMatch(/^（根）：不是有效的 JSON：/);
  });
});

describe("parseRubric: the rubric's own rules", () => {
  it("a duplicated code", () => {
    expect(issuesOf(edit((s) => (criterion(s, 0, 1, 1).code = "1.2.1")))).toEqual(["categories[0].items[1].criteria[1].code：编号 1.2.1 重复（已用于 categories[0].items[1].criteria[0].code）"]);
  });

  it("a code not nested under its parent", () => {
    expect(issuesOf(edit((s) => (criterion(s, 1, 0, 0).code = "2.2.1")))).toEqual(["categories[1].items[0].criteria[0].code：编号 2.2.1 不在所属评价内容 2.1 之下（应以“2.1.”开头）"]);
    expect(issuesOf(edit((s) => (s.categories[1]!.items[0]!.code = "1.3")))).toEqual([
      "categories[1].items[0].code：编号 1.3 不在所属评价项目 2 之下（应以“2.”开头）",
      "categories[1].items[0].criteria[0].code：编号 2.1.1 不在所属评价内容 1.3 之下（应以“1.3.”开头）",
    ]);
  });

  it("a first criterion with nothing to continue", () => {
    expect(issuesOf(edit((s) => (criterion(s, 0, 0, 0).method = null)))).toEqual(["categories[0].items[0].criteria[0].method：第一条评价准则的评价方法不能为 null：上面没有可延续的单元格"]);
  });

  it("grade bands out of order, a repeated grade name, and a lowest band above 0", () => {
    expect(issuesOf(edit((s) => (s.grades![2]!.min = 85)))).toEqual(["grades[2].min：应小于上一档的 min（80）：等级须从最高一档往下排列"]);
    expect(issuesOf(edit((s) => (s.grades![3]!.name = "A")))).toEqual(["grades[3].name：等级名称“A”重复"]);
    expect(issuesOf(edit((s) => (s.grades![3]!.min = 10)))).toEqual(["grades[3].min：最低一档的 min 应为 0（现为 10），否则低于它的得分没有等级"]);
  });

  it("a repeated veto code", () => {
    expect(issuesOf(edit((s) => s.veto!.push({ code: "V1", text: "瞒报质量安全事故" })))).toEqual(["veto[1].code：否决条件编号 V1 重复（已用于 veto[0].code）"]);
  });
});
