import { describe, expect, it } from 'vitest';
import {
  addDays, isLeapYear, isoDate, isValidIsoDate, lastDayOfMonth, parseDisplayDate, toDisplayDate,
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
