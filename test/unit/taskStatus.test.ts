import { describe, expect, it } from 'vitest';
import { continuesStanding, deriveTaskStatus, reportingPeriod, type StatusInputs } from '../../shared/taskStatus';

const task = (t: Partial<StatusInputs>): StatusInputs => ({ state: 'not_started', dueDate: null, standing: false, completedDate: null, ...t });

describe('deriveTaskStatus', () => {
  it('keeps what the clerk recorded while the due date has not passed (the due day itself counts)', () => {
    expect(deriveTaskStatus(task({ dueDate: '2024-03-31' }), '2024-03-31')).toBe('not_started');
    expect(deriveTaskStatus(task({ state: 'in_progress', dueDate: '2024-03-31' }), '2024-03-01')).toBe('in_progress');
    expect(deriveTaskStatus(task({ state: 'in_progress' }), '2030-01-01')).toBe('in_progress');
  });

  it('is overdue from the day after the due date while not done', () => {
    expect(deriveTaskStatus(task({ dueDate: '2024-03-31' }), '2024-04-01')).toBe('overdue');
    expect(deriveTaskStatus(task({ state: 'in_progress', dueDate: '2023-12-31' }), '2024-01-01')).toBe('overdue');
  });

  it('tells done on time from done late by the completion date', () => {
    expect(deriveTaskStatus(task({ state: 'done', dueDate: '2024-03-31', completedDate: '2024-03-31' }), '2025-01-01')).toBe('done');
    expect(deriveTaskStatus(task({ state: 'done', dueDate: '2024-03-31', completedDate: '2024-04-01' }), '2025-01-01')).toBe('done_late');
    expect(deriveTaskStatus(task({ state: 'done', completedDate: '2024-04-01' }), '2025-01-01')).toBe('done');
  });

  it('shows a standing duty without a dated part as standing', () => {
    expect(deriveTaskStatus(task({ standing: true }), '2024-01-01')).toBe('standing');
    expect(deriveTaskStatus(task({ standing: true, state: 'in_progress' }), '2024-01-01')).toBe('standing');
  });

  it('keeps the outcome of a dated part done late when the task also goes on as a standing duty', () => {
    const combined = task({ standing: true, dueDate: '2025-12-31', state: 'in_progress' });
    expect(deriveTaskStatus(combined, '2025-06-01')).toBe('in_progress');
    expect(deriveTaskStatus(combined, '2026-01-01')).toBe('overdue');
    const late = { ...combined, state: 'done' as const, completedDate: '2026-02-01' };
    expect(deriveTaskStatus(late, '2026-03-01')).toBe('done_late');
    expect(continuesStanding(late, 'done_late')).toBe(true);
    expect(continuesStanding(task({ standing: true }), 'standing')).toBe(false);
  });

  it('looks back: a task completed after the day asked about was not done that day', () => {
    const t = task({ state: 'done', dueDate: '2024-12-31', completedDate: '2024-11-30' });
    expect(deriveTaskStatus(t, '2024-11-29')).toBe('in_progress');
    expect(deriveTaskStatus({ ...t, dueDate: '2024-06-30' }, '2024-11-29')).toBe('overdue');
    expect(deriveTaskStatus(t, '2024-11-30')).toBe('done');
  });
});

describe('reportingPeriod', () => {
  it('is the quarter by default, across quarter and year ends', () => {
    expect(reportingPeriod('2024-03-31')).toEqual({ kind: 'quarter', from: '2024-01-01', to: '2024-03-31', label: 'Quý I/2024' });
    expect(reportingPeriod('2024-04-01')).toEqual({ kind: 'quarter', from: '2024-04-01', to: '2024-06-30', label: 'Quý II/2024' });
    expect(reportingPeriod('2023-12-31').label).toBe('Quý IV/2023');
    expect(reportingPeriod('2024-01-01').from).toBe('2024-01-01');
  });

  it('also knows months (February in a leap year), halves and years', () => {
    expect(reportingPeriod('2024-02-10', 'month')).toEqual({ kind: 'month', from: '2024-02-01', to: '2024-02-29', label: 'Tháng 2/2024' });
    expect(reportingPeriod('2024-07-01', 'half')).toEqual({ kind: 'half', from: '2024-07-01', to: '2024-12-31', label: '6 tháng cuối năm 2024' });
    expect(reportingPeriod('2024-06-30', 'half').label).toBe('6 tháng đầu năm 2024');
    expect(reportingPeriod('2024-06-30', 'year')).toEqual({ kind: 'year', from: '2024-01-01', to: '2024-12-31', label: 'Năm 2024' });
  });
});
