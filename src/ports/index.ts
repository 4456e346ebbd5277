export * from "./checks";
export * from "./editMode";
export * from "./errors";
export * from "./report";
export * from "./workbookActions";
export * from "./workbookPorts";
export * from "./checkOutcome";
export * from "./panel";
