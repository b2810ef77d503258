import { CalendarOutlined } from '@ant-design/icons';
import { Calendar, Input, type InputRef, Popover } from 'antd';
import dayjs from 'dayjs';
import { forwardRef, useEffect, useImperativeHandle, useRef, useState } from 'react';
import { dateProblem, isValidIsoDate } from '../../../shared/dates';
import { displayDate, parseTypedDate } from '../lib/format';

export interface DateInputProps {
  id?: string;
  /** yyyy-mm-dd, null/empty for none, or the raw text when what was typed is not a date. */
  value?: string | null;
  onChange?(value: string | null): void;
  placeholder?: string;
  status?: '' | 'error' | 'warning';
  disabled?: boolean;
  autoFocus?: boolean;
  'aria-label'?: string;
}

/**
 * A date typed as dd/mm/yyyy (also 28112023, 28/11, 28.11.23…) in a plain text box, so the keyboard
 * never meets a popup: Tab and Enter behave as in any field. The calendar opens from the icon only.
 * Emits yyyy-mm-dd for a real date, null when empty, and the raw text when it is not a date (the form
 * rule `dateRule` turns that into a field error).
 */
export const DateInput = forwardRef<InputRef, DateInputProps>(function DateInput(props, ref) {
  const { value, onChange, placeholder = 'dd/mm/yyyy', id, status, disabled, autoFocus } = props;
  const [text, setText] = useState(() => toText(value));
  const [calendarOpen, setCalendarOpen] = useState(false);
  const inputRef = useRef<InputRef>(null);
  useImperativeHandle(ref, () => inputRef.current!, []);

  // Follow values set from outside (form reset, proposals) unless they are what the text already means.
  useEffect(() => {
    const current = text.trim() ? parseTypedDate(text) ?? text : null;
    if ((value ?? null) !== current) setText(toText(value));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);

  const emit = (next: string) => {
    setText(next);
    const trimmed = next.trim();
    onChange?.(trimmed ? parseTypedDate(trimmed) ?? trimmed : null);
  };

  const tidy = () => {
    const iso = parseTypedDate(text);
    if (iso) setText(displayDate(iso));
  };

  const calendarValue = value && isValidIsoDate(value) ? dayjs(value) : dayjs();

  return (
    <Input
      ref={inputRef}
      id={id}
      value={text}
      placeholder={placeholder}
      status={status}
      disabled={disabled}
      autoFocus={autoFocus}
      aria-label={props['aria-label']}
      autoComplete="off"
      inputMode="numeric"
      maxLength={10}
      onChange={(e) => emit(e.target.value)}
      onBlur={tidy}
      onFocus={(e) => e.target.select()}
      onKeyDown={(e) => {
        // Alt+↓ opens the calendar, as in a native date picker; Escape closes it.
        if (e.altKey && e.key === 'ArrowDown') {
          e.preventDefault();
          setCalendarOpen(true);
        }
      }}
      suffix={
        <Popover
          open={calendarOpen}
          onOpenChange={setCalendarOpen}
          trigger="click"
          placement="bottomRight"
          content={
            <div className="date-input-calendar">
              <Calendar
                fullscreen={false}
                value={calendarValue}
                onSelect={(d, info) => {
                  if (info.source !== 'date') return;
                  emit(d.format('DD/MM/YYYY'));
                  setCalendarOpen(false);
                  inputRef.current?.focus();
                }}
              />
            </div>
          }
        >
          <CalendarOutlined className="date-input-icon" aria-label="Chọn ngày trên lịch" />
        </Popover>
      }
    />
  );
});

function toText(value: string | null | undefined): string {
  if (!value) return '';
  return isValidIsoDate(value) ? displayDate(value) : value;
}

/** Form rule: what was typed in a DateInput must be a real date. */
export const dateRule = {
  validator(_: unknown, value: unknown) {
    if (value === null || value === undefined || value === '' || (typeof value === 'string' && isValidIsoDate(value))) {
      return Promise.resolve();
    }
    // Name a day that does not exist (30/02/2024) as such, not as a wrong format.
    return Promise.reject(new Error(dateProblem(String(value)) ?? 'Ngày không hợp lệ: gõ dạng dd/mm/yyyy, ví dụ 28/11/2023.'));
  },
};
