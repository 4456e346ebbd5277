import { maxPoints } from "../../src/functions/functions";

class StubError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}

beforeAll(() => {
  Object.assign(globalThis, { CustomFunctions: { Error: StubError, ErrorCode: { notAvailable: "#N/A", invalidValue: "#VALUE!" } } });
});

describe("QCITY.MAXPOINTS", () => {
  it("gives the caps the document prints", () => {
    expect(["1", "2", "3", "4"].map(maxPoints)).toEqual([140, 90, 465, 305]);
    expect(maxPoints("1.1.1")).toBeGreaterThan(0);
  });

  it("gives 1000 for the whole table", () => {
    expect(maxPoints("")).toBe(1000);
    expect(maxPoints(" total ")).toBe(1000);
  });

  it("gives #N/A naming an unknown code", () => {
    expect(() => maxPoints("9.9")).toThrow(expect.objectContaining({ code: "#N/A", message: "评价表中没有编号 9.9" }));
  });
});
