import type { UiStrings } from "./strings";

/** One wording for cell-edit mode everywhere in the pane. */
const CELL_EDIT_MODE = "Excel 正处于单元格编辑状态。请按 Enter 或 Esc 完成编辑";

export const ZH_CN: UiStrings = {
  appTitle: "质量兴市评价助手",
  tabs: { insert: "插入评价表", checks: "检查", panel: "评审" },
  insert: {
    intro: "按所选评价标准插入格式化的评价表。已有的工作表不会被覆盖。",
    province: "省（自治区、直辖市）",
    provincePlaceholder: "例如：浙江省",
    city: "市（区、县）",
    cityPlaceholder: "例如：杭州市",
    evidenceColumns: "添加“佐证材料”和“扣分说明”列",
    evidenceColumnsHint: "建议保留：检查时会核对每项得分的佐证材料。",
    button: "插入评价表",
    busy: "正在插入…",
    done: (sheetName) => `已插入工作表“${sheetName}”。`,
    nativeFallback: "此版本的 Excel 不支持自定义函数（CustomFunctionsRuntime 1.3），总分已写成普通公式（SUMIF），不依赖加载项。",
  },
  convert: {
    button: "转换为普通公式",
    hint: "把本表的 QCITY 合计公式改写为 Excel 自带的公式（SUM、SUMIF），没有安装本加载项的人打开也能看到分数。",
    busy: "正在转换…",
    done: (count) => `已将 ${count} 个公式转换为普通公式。`,
    nothingToConvert: "本表没有需要转换的 QCITY 合计公式。",
    errorTitle: "无法转换",
  },
  errors: {
    title: "未能完成",
    cellEditMode: `${CELL_EDIT_MODE}，然后重试。`,
    cellEditModeWaiting: `${CELL_EDIT_MODE}，完成后将自动继续。`,
    apiNotSupported: (requirement) => `此版本的 Excel 不支持所需功能（${requirement}），请更新 Office 后重试。`,
    accessDenied: "工作簿或工作表受保护（或为只读），无法修改。请取消保护后重试。",
    generic: (message) => `Excel 报告错误：${message}`,
  },
};
