import { panelFindings, selfScore } from "../../../src/scoring/panel/panelFindings";
import { describePanelProblem } from "../../../src/scoring/panel/panelMessages";

const experts = ["张三", "李四", "王五"];

describe("panel findings", () => {
  it("names the experts and their scores when they disagree", () => {
    const findings = panelFindings({ experts, rows: [{ code: "3.6.2", cap: 10, experts: [10, 4, 9] }] }, { method: "mean" });
    expect(findings.map((f) => f.message)).toEqual(["3.6.2 专家分歧：张三 10、李四 4、王五 9（极差 6，超过分值 10 的 30%）"]);
    expect(findings[0]).toMatchObject({ kind: "expert-disagreement", severity: "warning", code: "3.6.2", experts });
  });

  it("does not flag a spread of exactly the threshold, and honours another threshold", () => {
    const rows = [{ code: "3.6.2", cap: 10, experts: [10, 7, 9] }];
    expect(panelFindings({ experts, rows }, { method: "mean" })).toEqual([]);
    const strict = panelFindings({ experts, rows }, { method: "mean", spreadThreshold: 0.2, locale: "en-US" });
    expect(strict.map((f) => f.message)).toEqual(["3.6.2 experts disagree: 张三 10, 李四 7, 王五 9 (spread 3, over 20% of the cap of 10)"]);
  });

  it("flags a self-assessment well above the consolidated score", () => {
    const findings = panelFindings({ experts, rows: [{ code: "1.1.1", cap: 6, experts: [3, 4, 3], self: 6 }] }, { method: "mean" });
    expect(findings.map((f) => f.message)).toEqual(["1.1.1 自评偏高：自评 6，汇总得分 3.33（高出 2.67，超过分值 6 的 30%）"]);
  });

  it("lists the experts who left a criterion blank, and how many scored", () => {
    const findings = panelFindings({ experts, rows: [{ code: "2.1.1", cap: 8, experts: [null, 6, null] }] }, { method: "trimmed" });
    expect(findings.map((f) => f.message)).toEqual(["2.1.1 专家未打分：张三、王五（按已打分的 1 位专家汇总）"]);
    expect(findings[0]?.experts).toEqual(["张三", "王五"]);
  });

  it("applies the row rules to the self-assessment", () => {
    const findings = panelFindings(
      { experts, rows: [{ code: "3.6.2", cap: 10, experts: [8, 8, 8], self: 12 }, { code: "3.6.3", cap: 5, experts: [4, 4, 4], self: "四" }] },
      { method: "mean" },
    );
    expect(findings.map((f) => [f.kind, f.message])).toEqual([
      ["self-over-cap", "3.6.2 自评超分值：自评得分 12 超过分值 10"],
      ["self-over-cap", '3.6.3 自评超分值：自评得分 "四" 不是数字；请填写 0 到 5 之间的数字'],
    ]);
    expect(selfScore(12, 10)).toBeNull();
    expect(selfScore(7.5, 10)).toBe(7.5);
  });

  it("reports sheets built on different rubrics once", () => {
    const rubricIds = [
      { expert: "张三", rubricId: "aqsiq-2009" },
      { expert: "李四", rubricId: "aqsiq-2009" },
      { expert: "王五", rubricId: "zj-2020" },
    ];
    const findings = panelFindings({ experts, rows: [], rubricIds }, { method: "mean" });
    expect(findings.map((f) => f.message)).toEqual(["评价标准不一致：张三、李四 用的是 aqsiq-2009；王五 用的是 zj-2020"]);
    expect(describePanelProblem(findings[0]!.problem, "en-US")).toBe("Different rubrics: 张三, 李四 used aqsiq-2009; 王五 used zj-2020");
  });
});
