import { describe, expect, it } from 'vitest';
import {
  addDays, bookYearProblem, dateProblem, isLeapYear, isoDate, isValidIsoDate, lastDayOfMonth, parseDisplayDate, toDisplayDate,
} from '../../shared/dates';

describe('isoDate', () => {
  it('pads month and day', () => {
    expect(isoDate(2023, 1, 5)).toBe('2023-01-05');
    expect(isoDate(2023, 12, 31)).toBe('2023-12-31');
  });
});

describe('lastDayOfMonth / isLeapYear', () => {
  it('knows the length of every month', () => {
    expect([1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => lastDayOfMonth(2023, m)))
      .toEqual([31, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
  });
  it('handles February in leap and common years, including the century rules', () => {
    expect(lastDayOfMonth(2024, 2)).toBe(29);
    expect(lastDayOfMonth(2023, 2)).toBe(28);
    expect(lastDayOfMonth(2000, 2)).toBe(29);
    expect(lastDayOfMonth(2100, 2)).toBe(28);
    expect([isLeapYear(2024), isLeapYear(2023), isLeapYear(1900), isLeapYear(2000)]).toEqual([true, false, false, true]);
  });
});

describe('isValidIsoDate', () => {
  it('accepts real dates only', () => {
    expect(isValidIsoDate('2024-02-29')).toBe(true);
    expect(isValidIsoDate('2023-02-29')).toBe(false);
    expect(isValidIsoDate('2023-04-31')).toBe(false);
    expect(isValidIsoDate('2023-13-01')).toBe(false);
    expect(isValidIsoDate('2023-00-10')).toBe(false);
    expect(isValidIsoDate('2023-1-5')).toBe(false);
    expect(isValidIsoDate('28/11/2023')).toBe(false);
    expect(isValidIsoDate('')).toBe(false);
  });
});

describe('toDisplayDate', () => {
  it('writes dd/mm/yyyy with leading zeros', () => {
    expect(toDisplayDate('2023-11-28')).toBe('28/11/2023');
    expect(toDisplayDate('2024-03-05')).toBe('05/03/2024');
  });
  it('returns what it cannot read unchanged', () => {
    expect(toDisplayDate('2023-02-30')).toBe('2023-02-30');
    expect(toDisplayDate('')).toBe('');
  });
});

describe('parseDisplayDate', () => {
  it('reads dd/mm/yyyy with or without leading zeros', () => {
    expect(parseDisplayDate('28/11/2023')).toBe('2023-11-28');
    expect(parseDisplayDate('5/9/2021')).toBe('2021-09-05');
    expect(parseDisplayDate(' 05/09/2021 ')).toBe('2021-09-05');
    expect(parseDisplayDate('15.9.2021')).toBe('2021-09-15');
    expect(parseDisplayDate('15-09-2021')).toBe('2021-09-15');
  });
  it('refuses dates that do not exist and other shapes', () => {
    expect(parseDisplayDate('29/02/2023')).toBeNull();
    expect(parseDisplayDate('29/02/2024')).toBe('2024-02-29');
    expect(parseDisplayDate('31/04/2024')).toBeNull();
    expect(parseDisplayDate('12/13/2024')).toBeNull();
    expect(parseDisplayDate('2023-11-28')).toBeNull();
    expect(parseDisplayDate('28/11/23')).toBeNull();
    expect(parseDisplayDate('ngày 28/11/2023')).toBeNull();
  });
});

describe('addDays', () => {
  it('crosses month, year and leap-day boundaries', () => {
    expect(addDays('2023-12-01', -1)).toBe('2023-11-30');
    expect(addDays('2024-01-01', -1)).toBe('2023-12-31');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2023-03-01', -1)).toBe('2023-02-28');
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(addDays('2024-01-31', 30)).toBe('2024-03-01');
  });
  it('throws on an invalid date', () => {
    expect(() => addDays('2023-02-30', 1)).toThrow(RangeError);
  });
});

describe('dateProblem', () => {
  it('names a day that does not exist as such, with the length of its month', () => {
    expect(dateProblem('30/02/2024')).toBe('Không có ngày 30/02/2024: tháng 2 năm 2024 chỉ có 29 ngày.');
    expect(dateProblem('29/02/2023')).toBe('Không có ngày 29/02/2023: tháng 2 năm 2023 chỉ có 28 ngày.');
    expect(dateProblem('2023-04-31', 'iso')).toBe('Không có ngày 31/04/2023: tháng 4 năm 2023 chỉ có 30 ngày.');
    expect(dateProblem('15/13/2024')).toBe('Không có tháng 13: tháng chỉ từ 1 đến 12.');
    expect(dateProblem('00/01/2024')).toBe('Không có ngày 00/01/2024: ngày bắt đầu từ 01.');
  });
  it('tells the expected form when the text is not a date at all, and accepts real days', () => {
    expect(dateProblem('hôm qua')).toBe('Ngày phải có dạng dd/mm/yyyy, ví dụ 28/11/2023.');
    expect(dateProblem('28/11/2023', 'iso')).toBe('Ngày phải có dạng yyyy-mm-dd, ví dụ 2023-11-28.');
    expect(dateProblem('2023-1-5', 'iso')).toBe('Ngày phải có dạng yyyy-mm-dd, ví dụ 2023-11-28.');
    expect([dateProblem('29/02/2024'), dateProblem('2024-02-29'), dateProblem('2024-02-29', 'iso')]).toEqual([null, null, null]);
  });
});

describe('bookYearProblem', () => {
  it('accepts the years a register book can have and names the others', () => {
    expect([bookYearProblem('1945-01-01'), bookYearProblem('2200-12-31')]).toEqual([null, null]);
    expect(bookYearProblem('1944-12-31')).toBe('Năm 1944 nằm ngoài khoảng năm của sổ (1945–2200); kiểm tra lại ngày.');
    expect(bookYearProblem('3024-01-01')).toContain('Năm 3024');
  });
});
