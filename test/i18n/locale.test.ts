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
});
