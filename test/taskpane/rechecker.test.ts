import { createRechecker } from "../../src/taskpane/checks/rechecker";

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("createRechecker", () => {
  it("runs one check for a burst of requests after the quiet period", async () => {
    const run = jest.fn(async () => undefined);
    const rechecker = createRechecker(run, jest.fn(), 20);
    rechecker.request();
    rechecker.request();
    rechecker.request();
    expect(run).not.toHaveBeenCalled();
    await tick(60);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it("never runs two checks at once, and runs exactly one more for requests made during a check", async () => {
    let running = 0;
    let most = 0;
    const run = jest.fn(async () => {
      running++;
      most = Math.max(most, running);
      await tick(30);
      running--;
    });
    const rechecker = createRechecker(run, jest.fn(), 5);
    const first = rechecker.now();
    void rechecker.now();
    void rechecker.now();
    await first;
    await tick(50);
    expect(run).toHaveBeenCalledTimes(2);
    expect(most).toBe(1);
  });

  it("hands errors to onError and keeps working", async () => {
    const onError = jest.fn();
    const run = jest.fn().mockRejectedValueOnce(new Error("GeneralException")).mockResolvedValue(undefined);
    const rechecker = createRechecker(run, onError, 5);
    await rechecker.now();
    await rechecker.now();
    expect(onError).toHaveBeenCalledWith(new Error("GeneralException"));
    expect(run).toHaveBeenCalledTimes(2);
  });

  it("drops a pending request when disposed", async () => {
    const run = jest.fn(async () => undefined);
    const rechecker = createRechecker(run, jest.fn(), 10);
    rechecker.request();
    rechecker.dispose();
    await tick(30);
    expect(run).not.toHaveBeenCalled();
  });
});
