import { requireExcelApi } from "../../src/excel/requirements";
import { InsertCleanupError, MissingRequirementError } from "../../src/ports/errors";
import { uiStrings } from "../../src/i18n";
import { describeError } from "../../src/taskpane/describeError";

const errors = uiStrings("zh-CN").errors;
const excelError = (code: string, message = code) => Object.assign(new Error(message), { code });

describe("describeError", () => {
  it("turns cell-edit mode into advice", () => {
    expect(describeError(excelError("InvalidOperationInCellEditMode"), errors)).toBe("Excel 正处于单元格编辑状态。请按 Enter 或 Esc 完成编辑，然后重试。");
  });

  it("looks through a failed cleanup to the first error", () => {
    const error = new InsertCleanupError("质量兴市评价", excelError("InvalidOperationInCellEditMode"), excelError("GeneralException"));
    expect(describeError(error, errors)).toBe(errors.cellEditMode);
  });

  it("explains a protected workbook and a missing API set", () => {
    expect(describeError(excelError("AccessDenied"), errors)).toBe("工作簿或工作表受保护（或为只读），无法修改。请取消保护后重试。");
    expect(describeError(new MissingRequirementError("ExcelApi 1.9"), errors)).toBe("此版本的 Excel 不支持所需功能（ExcelApi 1.9），请更新 Office 后重试。");
  });

  it("shows Excel's own message for anything else", () => {
    expect(describeError(excelError("InvalidArgument", "The argument is invalid."), errors)).toBe("Excel 报告错误：The argument is invalid.");
    expect(describeError("boom", errors)).toBe("Excel 报告错误：boom");
  });
});

describe("requireExcelApi", () => {
  it("asks for ExcelApi 1.9 and throws when it is missing", () => {
    const asked: string[] = [];
    expect(() => requireExcelApi((name, version) => (asked.push(`${name} ${version}`), true))).not.toThrow();
    expect(asked).toEqual(["ExcelApi 1.9"]);
    expect(() => requireExcelApi(() => false)).toThrow(MissingRequirementError);
  });
});
