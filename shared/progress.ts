/**
 * How far a long operation (a report, a backup, a template check) has come: `done` of `total` steps,
 * and what it is doing now, in Vietnamese. The screens show it as a progress bar with a "Hủy" button.
 */
export interface JobProgress {
  done: number;
  total: number;
  label: string;
}
