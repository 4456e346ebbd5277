import { rect, rectAddress } from "./a1";

/** A block of a worksheet counted from A1: how many rows and columns. */
export interface Extent {
  readonly rows: number;
  readonly cols: number;
}

/**
 * The block the checks read, from A1: 400 rows × 40 columns (A1:AN400), in the
 * task pane and in `qcity check` alike, so both find the same table. The
 * official table takes about 110 rows and 9 columns, which leaves room for
 * title rows, notes and inserted rows or columns; a stray value far away
 * (A1048576, XFD1048576) or a formatted cell costs nothing. A table outside the
 * block is reported as not found, and one that runs past its edge as cut off,
 * never read in part.
 */
export const TABLE_WINDOW: Extent = { rows: 400, cols: 40 };

/** TABLE_WINDOW as an A1 address: "A1:AN400". */
export const TABLE_WINDOW_ADDRESS = rectAddress(rect(0, 0, TABLE_WINDOW.rows - 1, TABLE_WINDOW.cols - 1));
