import fc from "fast-check";
import { MARKER_NAME, markerConstant, markerText, parseMarker, type SheetMarker } from "../../src/table/marker";

describe("the sheet marker", () => {
  const marker: SheetMarker = { rubric: "aqsiq-2009", role: "assessment", assessor: "张三" };

  it("is a short key=value text in a worksheet-scoped name", () => {
    expect(MARKER_NAME).toBe("QCITY_SHEET");
    expect(markerText(marker)).toBe("qcity-sheet=1;rubric=aqsiq-2009;role=assessment;assessor=张三");
    expect(markerConstant({ rubric: "zj-2021", role: "summary" })).toBe('"qcity-sheet=1;rubric=zj-2021;role=summary"');
  });

  it("reads back from the text, the quoted constant and the name's formula", () => {
    for (const form of [markerText(marker), markerConstant(marker), `=${markerConstant(marker)}`, ` = ${markerConstant(marker)} `]) {
      expect(parseMarker(form)).toEqual(marker);
    }
  });

  it("keeps names with punctuation, quotes and separators intact", () => {
    for (const assessor of ["阿依古丽·买买提", "O'Neil Chen", 'A "quoted" name', "a;b=c%d"]) {
      const m: SheetMarker = { rubric: "aqsiq-2009", role: "assessment", assessor };
      expect(markerConstant(m).slice(1, -1)).not.toMatch(/["]/);
      expect(parseMarker(`=${markerConstant(m)}`)).toEqual(m);
    }
  });

  it("round-trips any rubric id, role and assessor that fits in 255 characters", () => {
    const role = fc.constantFrom("assessment" as const, "self" as const, "summary" as const);
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 30 }), role, fc.option(fc.string({ maxLength: 40 }), { nil: undefined }), (rubric, r, assessor) => {
        fc.pre(rubric.trim() === rubric && rubric !== "");
        const m: SheetMarker = { rubric, role: r, ...(assessor !== undefined && assessor.trim() !== "" && { assessor: assessor.trim() }) };
        const text = markerText(m);
        fc.pre(text.length <= 255);
        expect(parseMarker(markerConstant(m))).toEqual(m);
      }),
    );
  });

  it("refuses a marker longer than Excel's 255-character text constants", () => {
    expect(() => markerConstant({ rubric: "aqsiq-2009", role: "assessment", assessor: "长".repeat(250) })).toThrow(RangeError);
  });

  it.each([
    ["another program's name", "=Sheet1!$A$1:$B$2"],
    ["another version", '="qcity-sheet=2;rubric=aqsiq-2009;role=assessment"'],
    ["an unknown role", '="qcity-sheet=1;rubric=aqsiq-2009;role=boss"'],
    ["no rubric id", '="qcity-sheet=1;role=summary"'],
    ["not text", 42],
  ])("reads nothing from %s", (_, value) => {
    expect(parseMarker(value)).toBeUndefined();
  });
});
