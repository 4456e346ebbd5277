import type { FunctionsMetadata } from "./localizeMetadata";

/**
 * Top-level flags custom-functions-metadata writes that the QCITY functions do not use:
 * `allowCustomDataForDataTypeAny` belongs to the data-types runtime (CustomFunctionsRuntime 1.5
 * and later) and the functions never receive or return data types.
 */
const UNUSED_FLAGS = ["allowCustomDataForDataTypeAny"] as const;

/** The generated metadata without the unused flags; everything else as generated. */
export function withoutUnusedFlags(metadata: FunctionsMetadata): FunctionsMetadata {
  const copy: Record<string, unknown> = { ...metadata };
  for (const flag of UNUSED_FLAGS) delete copy[flag];
  return copy as unknown as FunctionsMetadata;
}
