import { Grid } from 'antd';

/**
 * An antd Table whose columns all have a width but one gives that one what is left: 0 px on a 1024 px
 * screen, and its text then runs down one letter per line. The table's least width is the fixed columns
 * plus what each flexible column needs; pass it as `scroll.x` and a window narrower than that scrolls
 * the table sideways instead of crushing a column (wider windows give the flexible columns the rest).
 */
export function minTableWidth(columns: ReadonlyArray<{ width?: number | string }>, flexibleMin: number): number {
  return columns.reduce((sum, c) => sum + (typeof c.width === 'number' ? c.width : flexibleMin), 0);
}

/**
 * True on a window at least 1200 px wide (antd's "xl"); false on the 1024 and 1152 px office screens,
 * where tables drop or narrow their secondary columns so the text columns keep a readable width.
 */
export function useWideScreen(): boolean {
  return Grid.useBreakpoint().xl === true;
}
