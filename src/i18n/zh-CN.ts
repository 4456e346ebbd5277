import type { UiStrings } from "./strings";

export const ZH_CN: UiStrings = {
  appTitle: "质量兴市评价助手",
  tabs: { insert: "插入评价表", checks: "检查" },
  insert: {
    intro: "按《质量兴市绩效评价指南（试行）》插入官方评价表（4 个评价项目、98 条评价准则、满分 1000 分）。已有的工作表不会被覆盖。",
    province: "省（自治区、直辖市）",
    provincePlaceholder: "例如：浙江省",
    city: "市（区、县）",
    cityPlaceholder: "例如：杭州市",
    evidenceColumns: "添加“佐证材料”和“扣分说明”列",
    evidenceColumnsHint: "建议保留：检查时会核对每项得分的佐证材料。",
    button: "插入评价表",
    busy: "正在插入…",
    done: (sheetName) => `已插入工作表“${sheetName}”。`,
  },
  errors: {
    title: "未能完成",
    cellEditMode: "请先完成单元格编辑，然后重试。",
    apiNotSupported: (requirement) => `此版本的 Excel 不支持所需功能（${requirement}），请更新 Office 后重试。`,
    accessDenied: "工作簿受保护或为只读，无法插入工作表。",
    generic: (message) => `Excel 报告错误：${message}`,
  },
};
