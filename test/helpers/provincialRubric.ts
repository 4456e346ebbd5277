import type { RubricSource } from "../../src/rubric/types";

/**
 * A crafted provincial rubric: 100 points, 3 categories, 5 items, 8 criteria,
 * grades A/B/C/D at 90/80/60/0 percent, one veto, two optional criteria
 * (2.1.2, 10 points; 3.1.1, 15 points).
 */
export function provincialSource(): RubricSource {
  const c = (code: string, text: string, points: number, method: string | null, guidance: string | null, optional = false) => ({
    code,
    text,
    method,
    points,
    guidance,
    ...(optional && { optional: true }),
  });
  return {
    id: "zj-quality-2024",
    title: "浙江省质量工作考核评分细则",
    source: "",
    issued: "",
    categories: [
      {
        code: "1",
        name: "质量工作组织",
        items: [
          { code: "1.1", name: "组织领导", criteria: [c("1.1.1", "成立由政府主要负责人牵头的质量工作领导小组。", 10, "查阅文件", "未成立不得分"), c("1.1.2", "定期研究质量工作。", 10, null, null)] },
          { code: "1.2", name: "规划部署", criteria: [c("1.2.1", "制定质量发展规划并组织实施。", 15, null, "酌情打分")] },
        ],
      },
      {
        code: "2",
        name: "质量安全监管",
        items: [
          { code: "2.1", name: "监督抽查", criteria: [c("2.1.1", "完成产品质量监督抽查任务。", 20, "查看记录", null), c("2.1.2", "开展重点工业产品质量安全专项整治。", 10, null, null, true)] },
          { code: "2.2", name: "风险防控", criteria: [c("2.2.1", "建立质量安全风险监测机制。", 10, "听取汇报\n查看现场", null)] },
        ],
      },
      {
        code: "3",
        name: "质量基础",
        items: [{ code: "3.1", name: "检验检测", criteria: [c("3.1.1", "建成国家级质检中心。", 15, "查看现场", "建成得满分", true), c("3.1.2", "检验检测机构能力提升。", 10, null, null)] }],
      },
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
