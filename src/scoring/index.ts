export * from "./parseScore";
export * from "./findings";
export * from "./rowRules";
export * from "./messages";
