/** Any object whose members are all methods returning promises, e.g. a port such as ChecksPort or WorkbookActions. */
type AsyncMethods<T> = { [K in keyof T]: T[K] extends (...args: never[]) => Promise<unknown> ? T[K] : never };

/**
 * An implementation of an asynchronous interface whose code is fetched on the
 * first call: `load` runs once (a dynamic `import()`, so the module lands in a
 * chunk outside the task pane's first load) and every method forwards to what
 * it resolves to. A failed load rejects that call and is retried on the next.
 */
export function lazyApi<T extends AsyncMethods<T>>(load: () => Promise<T>): T {
  let loading: Promise<T> | undefined;
  const loaded = () => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
  return new Proxy({} as T, {
    get(_target, name) {
      if (typeof name !== "string" || name === "then") return undefined;
      return async (...args: unknown[]) => {
        const api = await loaded();
        const method = api[name as keyof T] as unknown as ((...a: unknown[]) => Promise<unknown>) | undefined;
        if (typeof method !== "function") throw new TypeError(`${name} is not a method of the loaded module`);
        return method.apply(api, args);
      };
    },
  });
}
