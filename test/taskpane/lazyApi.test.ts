import { lazyApi } from "../../src/taskpane/lazyApi";

interface Api {
  add(a: number, b: number): Promise<number>;
  name(): Promise<string>;
}

describe("lazyApi", () => {
  it("loads the module on the first call only, and forwards every call with its arguments", async () => {
    const load = jest.fn(async (): Promise<Api> => ({ add: async (a, b) => a + b, name: async () => "loaded" }));
    const api = lazyApi<Api>(load);
    expect(load).not.toHaveBeenCalled();
    await expect(Promise.all([api.add(2, 3), api.name()])).resolves.toEqual([5, "loaded"]);
    await expect(api.add(10, 0.5)).resolves.toBe(10.5);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("rejects the call when loading fails, and loads again on the next call", async () => {
    const load = jest
      .fn<Promise<Api>, []>()
      .mockRejectedValueOnce(new Error("ChunkLoadError: offline"))
      .mockResolvedValue({ add: async (a, b) => a * b, name: async () => "second" });
    const api = lazyApi<Api>(load);
    await expect(api.name()).rejects.toThrow("ChunkLoadError: offline");
    await expect(api.add(3, 4)).resolves.toBe(12);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it("passes the method's own rejection through", async () => {
    const api = lazyApi<Api>(async () => ({ add: async () => Promise.reject(new Error("InvalidOperationInCellEditMode")), name: async () => "" }));
    await expect(api.add(1, 1)).rejects.toThrow("InvalidOperationInCellEditMode");
  });

  it("is not mistaken for a promise when awaited", async () => {
    const api = lazyApi<Api>(async () => ({ add: async () => 0, name: async () => "" }));
    expect(await Promise.resolve(api)).toBe(api);
  });
});
