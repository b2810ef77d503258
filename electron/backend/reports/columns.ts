/**
 * Column kinds the report tables share. Widths are Excel widths (see TableColumn); they are chosen so that a
 * date ("28/11/2023") or a five-digit number fits on one line in 12 pt Times New Roman, in Excel and in Word.
 */
import type { TableColumn } from './values';

export const ordinalColumn = (): TableColumn => ({ header: 'STT', width: 6, align: 'center' });
export const dateColumn = (header: string): TableColumn => ({ header, width: 12, align: 'center' });
export const textColumn = (header: string, width: number): TableColumn => ({ header, width });
export const centeredColumn = (header: string, width: number): TableColumn => ({ header, width, align: 'center' });
/** A count: grouped digits ("1.234"), right-aligned. */
export const countColumn = (header: string, width = 11): TableColumn => ({ header, width, align: 'right', numberFormat: 'grouped' });
/** A change: with its sign ("+12", "-5"), right-aligned. */
export const changeColumn = (header: string, width = 11): TableColumn => ({ header, width, align: 'right', numberFormat: 'signed' });
export const rightColumn = (header: string, width: number): TableColumn => ({ header, width, align: 'right' });
