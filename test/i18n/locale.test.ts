import { pickLocale, uiStrings } from "../../src/i18n";

describe("pickLocale", () => {
  it("gives English for any en-* display language", () => {
    expect(["en-US", "en-GB", "EN-au", "en"].map(pickLocale)).toEqual(["en-US", "en-US", "en-US", "en-US"]);
  });

  it("gives zh-CN for everything else, including no language", () => {
    expect(["zh-CN", "zh-TW", "fr-FR", "eng", "", undefined].map(pickLocale)).toEqual(Array(6).fill("zh-CN"));
  });
});

describe("uiStrings", () => {
  it("has the same keys in both languages, with Chinese as the default", () => {
    const keys = (value: object): string[] =>
      Object.entries(value).flatMap(([key, inner]) => (typeof inner === "object" && inner !== null ? keys(inner).map((k) => `${key}.${k}`) : [key]));
    expect(keys(uiStrings("en-US"))).toEqual(keys(uiStrings("zh-CN")));
    expect(uiStrings("zh-CN").insert.button).toBe("插入评价表");
    expect(uiStrings("en-US").insert.button).toBe("Insert rubric sheet");
  });

  it("words cell-edit mode once: the waiting notice is the same request with a different ending", () => {
    for (const locale of ["zh-CN", "en-US"] as const) {
      const { cellEditMode, cellEditModeWaiting } = uiStrings(locale).errors;
      const shared = locale === "zh-CN" ? "Excel 正处于单元格编辑状态。请按 Enter 或 Esc 完成编辑" : "Excel is in cell-edit mode. Press Enter or Esc to finish editing";
      expect([cellEditMode.startsWith(shared), cellEditModeWaiting.startsWith(shared), cellEditMode === cellEditModeWaiting]).toEqual([true, true, false]);
    }
  });
});
