export * from "./checks";
export * from "./editMode";
export * from "./errors";
export * from "./workbookActions";
export * from "./workbookPorts";
