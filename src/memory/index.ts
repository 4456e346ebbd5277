export * from "./memoryPorts";
export * from "./memorySheet";
export * from "./memoryWorkbook";
export * from "./readSnapshot";
export * from "./writeLayout";
export * from "./loadGrid";
