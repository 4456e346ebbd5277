/** jsdom has no ResizeObserver; Fluent's MessageBar observes its own size for reflow. Nothing resizes in jsdom, so it never fires. */
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
if (typeof globalThis.ResizeObserver === "undefined") {
  globalThis.ResizeObserver = NoResizeObserver as unknown as typeof ResizeObserver;
}
export {};
