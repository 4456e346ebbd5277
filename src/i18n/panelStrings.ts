import type { Locale } from "../table/locale";

/** The 评审 (panel) tab's words. */
export interface PanelStrings {
  readonly tab: string;
  readonly intro: string;
  readonly expertName: string;
  readonly expertPlaceholder: string;
  readonly addExpert: string;
  readonly addSelf: string;
  readonly added: (sheetName: string) => string;
  readonly needName: string;
  readonly importTitle: string;
  readonly importButton: string;
  readonly importHint: string;
  readonly imported: (assessor: string, file: string, scored: number, criteria: number) => string;
  readonly refused: (file: string, reason: string) => string;
  readonly method: string;
  readonly methods: { readonly mean: string; readonly trimmed: string; readonly median: string };
  readonly writeSummary: string;
  readonly updateSummary: string;
  readonly summaryDone: (sheetName: string, experts: number, updated: boolean) => string;
  readonly sheets: string;
  readonly noSheets: string;
  readonly roles: { readonly assessment: string; readonly self: string; readonly summary: string };
  readonly locked: string;
  readonly signOff: string;
  readonly unlock: string;
  readonly unlockConfirm: string;
  readonly confirm: string;
  readonly cancel: string;
  readonly protectionNote: string;
  readonly busy: string;
}

export const PANEL_STRINGS: Record<Locale, PanelStrings> = {
  "zh-CN": {
    tab: "评审",
    intro: "自评表、各位专家的评分表和汇总表。汇总表用原生公式按工作表名汇总专家得分，专家修改后自动重算。",
    expertName: "专家姓名",
    expertPlaceholder: "例如：张三",
    addExpert: "添加专家评分表",
    addSelf: "添加自评表",
    added: (sheetName) => `已添加工作表“${sheetName}”。`,
    needName: "请先填写专家姓名。",
    importTitle: "导入专家评分文件",
    importButton: "选择 .xlsx 文件…",
    importHint: "可一次选择多个文件；每个文件作为一张专家评分表加入本工作簿，不会覆盖已有工作表。",
    imported: (assessor, file, scored, criteria) => `${assessor}（${file}）：已打分 ${scored} / ${criteria}`,
    refused: (file, reason) => `${file}：未导入。${reason}`,
    method: "汇总方法",
    methods: { mean: "平均", trimmed: "去掉一个最高分和一个最低分后平均（不足 5 个分数时取平均）", median: "中位数" },
    writeSummary: "生成汇总表",
    updateSummary: "更新汇总表",
    summaryDone: (sheetName, experts, updated) => `已${updated ? "更新" : "生成"}“${sheetName}”（${experts} 位专家）。`,
    sheets: "评审工作表",
    noSheets: "还没有评审工作表。",
    roles: { assessment: "专家评分表", self: "自评表", summary: "汇总表" },
    locked: "已完成评分",
    signOff: "完成评分",
    unlock: "解除锁定",
    unlockConfirm: "解除锁定后这张表可以再次修改。确定解除吗？",
    confirm: "确定",
    cancel: "取消",
    protectionNote: "完成评分会保护工作表，防止误改；这不是安全措施，任何人都可以解除保护。",
    busy: "正在处理…",
  },
  "en-US": {
    tab: "Panel",
    intro: "The self-assessment, each expert's score sheet and the summary. The summary consolidates the experts' scores with native formulas by sheet name and recalculates as they change.",
    expertName: "Expert's name",
    expertPlaceholder: "e.g. Zhang San",
    addExpert: "Add an expert's sheet",
    addSelf: "Add the self-assessment",
    added: (sheetName) => `Added the sheet "${sheetName}".`,
    needName: "Enter the expert's name first.",
    importTitle: "Import experts' files",
    importButton: "Choose .xlsx files…",
    importHint: "Pick one or more files; each becomes an expert's sheet in this workbook. No sheet is overwritten.",
    imported: (assessor, file, scored, criteria) => `${assessor} (${file}): scored ${scored} / ${criteria}`,
    refused: (file, reason) => `${file}: not imported. ${reason}`,
    method: "Method",
    methods: { mean: "Mean", trimmed: "Mean without one highest and one lowest score (the mean below 5 scores)", median: "Median" },
    writeSummary: "Write the summary",
    updateSummary: "Update the summary",
    summaryDone: (sheetName, experts, updated) => `${updated ? "Updated" : "Wrote"} "${sheetName}" (${experts} experts).`,
    sheets: "Panel sheets",
    noSheets: "No panel sheets yet.",
    roles: { assessment: "Expert's sheet", self: "Self-assessment", summary: "Summary" },
    locked: "Signed off",
    signOff: "Sign off",
    unlock: "Unlock",
    unlockConfirm: "Once unlocked, the sheet can be changed again. Unlock it?",
    confirm: "Unlock",
    cancel: "Cancel",
    protectionNote: "Signing off protects the sheet against accidental changes; it is not security, anyone can remove the protection.",
    busy: "Working…",
  },
};
