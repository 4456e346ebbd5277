import type { CellStyle } from "./types";

/** Fonts of official Chinese forms: 宋体 for the body, 黑体 for titles and headers. */
export const FONT = {
  body: "宋体",
  heading: "黑体",
} as const;

export const FONT_SIZE = {
  title: 18,
  info: 11,
  header: 11,
  body: 10.5,
} as const;

/** Pale yellow marks the cells an assessor fills in. */
export const INPUT_FILL = "#FFF9DB";
export const HEADER_FILL = "#D9E2F3";
export const SUMMARY_FILL = "#F2F2F2";
/** Conditional-format fills: an invalid score, and a scored row missing its evidence or note. */
export const INVALID_FILL = "#FFC7CE";
export const INVALID_FONT = "#9C0006";
export const MISSING_FILL = "#FFE699";

export const TITLE_STYLE: CellStyle = {
  font: { name: FONT.heading, size: FONT_SIZE.title, bold: true },
  horizontal: "center",
  vertical: "center",
};

export const INFO_STYLE: CellStyle = {
  font: { name: FONT.body, size: FONT_SIZE.info },
  vertical: "center",
  wrap: true,
};

export const HEADER_STYLE: CellStyle = {
  font: { name: FONT.heading, size: FONT_SIZE.header, bold: true },
  fill: HEADER_FILL,
  horizontal: "center",
  vertical: "center",
  wrap: true,
  border: true,
};

export const BODY_STYLE: CellStyle = {
  font: { name: FONT.body, size: FONT_SIZE.body },
  horizontal: "center",
  vertical: "center",
  wrap: true,
  border: true,
};

export const INPUT_STYLE: CellStyle = { fill: INPUT_FILL, input: true };
