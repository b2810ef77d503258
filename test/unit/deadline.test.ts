import { describe, expect, it } from 'vitest';
import { parseDeadline } from '../../shared/deadline';

type Case = [text: string, due: string | null, standing?: boolean];

const expectDue = (cases: Case[], ref?: string): void => {
  for (const [text, due, standing = false] of cases) {
    const r = parseDeadline(text, ref);
    expect({ text, due: r.due, standing: r.standing, recognized: r.recognized })
      .toEqual({ text, due, standing, recognized: true });
  }
};

describe('parseDeadline: parts of a month', () => {
  it('reads đầu tháng as the first 10 days, giữa as the 20th, cuối as the last day', () => {
    expectDue([
      ['đầu tháng 12/2023', '2023-12-10'],
      ['giữa tháng 12/2023', '2023-12-20'],
      ['cuối tháng 12/2023', '2023-12-31'],
      ['hết tháng 12/2023', '2023-12-31'],
      ['cuối tháng 4/2024', '2024-04-30'],
    ]);
  });
  it('knows February in leap and common years', () => {
    expectDue([
      ['cuối tháng 2/2024', '2024-02-29'],
      ['cuối tháng 02/2023', '2023-02-28'],
      ['trong tháng 2 năm 2100', '2100-02-28'],
    ]);
  });
  it('explains the reading of đầu tháng', () => {
    expect(parseDeadline('đầu tháng 12/2023').explanation).toBe('Hạn: 10/12/2023 (đầu tháng 12/2023, tính là 10 ngày đầu tháng)');
  });
});

describe('parseDeadline: whole months', () => {
  it('reads every way of writing month and year', () => {
    expectDue([
      ['hoàn thành trong tháng 12/2023', '2023-12-31'],
      ['tháng 12 năm 2023', '2023-12-31'],
      ['tháng 12/năm 2023', '2023-12-31'],
      ['Tháng 01/2024', '2024-01-31'],
      ['tháng   6 /  2024', '2024-06-30'],
      ['trong tháng 9-2024', '2024-09-30'],
      ['12/2023', '2023-12-31'],
    ]);
  });
  it('reads "trước tháng" as the day before the month starts, across a year end', () => {
    expectDue([
      ['trước tháng 12/2023', '2023-11-30'],
      ['trước tháng 01/2024', '2023-12-31'],
      ['trước tháng 3/2024', '2024-02-29'],
    ]);
  });
});

describe('parseDeadline: quarters', () => {
  it('reads roman and arabic quarters with "/", "/năm" and "năm"', () => {
    expectDue([
      ['hoàn thành trong quý I/2024', '2024-03-31'],
      ['quý II/năm 2024', '2024-06-30'],
      ['quý 3/2024', '2024-09-30'],
      ['quý IV năm 2024', '2024-12-31'],
      ['Quý I/2024', '2024-03-31'],
      ['QUÝ III NĂM 2025', '2025-09-30'],
      ['quí 2/2024', '2024-06-30'],
      ['cuối quý IV/2023', '2023-12-31'],
    ]);
  });
  it('reads the parts of a quarter and "trước quý"', () => {
    expectDue([
      ['đầu quý II/2024', '2024-04-30'],
      ['giữa quý I/2024', '2024-02-29'],
      ['trước quý I/2024', '2023-12-31'],
      ['trước quý III/2024', '2024-06-30'],
    ]);
  });
  it('explains the quarter end', () => {
    expect(parseDeadline('hoàn thành trong quý I/2024').explanation).toBe('Hạn: 31/03/2024 (hết quý I/2024)');
  });
});

describe('parseDeadline: years and parts of years', () => {
  it('reads a year', () => {
    expectDue([
      ['hoàn thành trong năm 2025', '2025-12-31'],
      ['năm 2025', '2025-12-31'],
      ['cuối năm 2024', '2024-12-31'],
      ['2025', '2025-12-31'],
      ['trước năm 2025', '2024-12-31'],
      ['đầu năm 2024', '2024-03-31'],
      ['giữa năm 2024', '2024-06-30'],
    ]);
  });
  it('reads N months at the start or end of a year', () => {
    expectDue([
      ['6 tháng đầu năm 2024', '2024-06-30'],
      ['6 tháng cuối năm 2024', '2024-12-31'],
      ['9 tháng đầu năm 2024', '2024-09-30'],
      ['3 tháng đầu năm 2024', '2024-03-31'],
      ['sơ kết 6 tháng đầu năm', '2024-06-30'],
    ], '2024-01-05');
  });
  it('reads a span of years to its last year', () => {
    expectDue([
      ['giai đoạn 2021 - 2025', '2025-12-31'],
      ['năm 2024-2025', '2025-12-31'],
      ['từ năm 2021 đến năm 2025', '2025-12-31'],
    ]);
  });
});

describe('parseDeadline: exact days', () => {
  it('reads a day with or without leading zeros and the words around it', () => {
    expectDue([
      ['trước ngày 15/9/2021', '2021-09-15'],
      ['trước 15/9/2021', '2021-09-15'],
      ['chậm nhất ngày 15/09/2021', '2021-09-15'],
      ['ngày 15/9/2021', '2021-09-15'],
      ['15.9.2021', '2021-09-15'],
      ['ngày 15 tháng 9 năm 2021', '2021-09-15'],
      ['trước ngày 31/12/2023', '2023-12-31'],
      ['trước ngày 29/02/2024', '2024-02-29'],
    ]);
  });
  it('says that "trước ngày X" counts X itself', () => {
    expect(parseDeadline('trước ngày 15/9/2021').explanation).toBe('Hạn: 15/09/2021 (trước ngày 15/09/2021, tính cả ngày đó)');
  });
  it('refuses a day that does not exist', () => {
    const r = parseDeadline('trước ngày 29/02/2023');
    expect(r).toMatchObject({ due: null, recognized: false, standing: false });
    expect(r.explanation).toBe('Ngày 29/02/2023 không có thật, cần nhập tay');
    expect(parseDeadline('ngày 31/4/2024').recognized).toBe(false);
  });
});

describe('parseDeadline: standing duties', () => {
  it('reads "thường xuyên" as a standing duty without a date', () => {
    for (const text of ['thực hiện thường xuyên', 'thường xuyên', 'Thực hiện thường xuyên']) {
      expect(parseDeadline(text)).toEqual({
        due: null, standing: true, text, recognized: true,
        explanation: 'Thực hiện thường xuyên, không có hạn cụ thể',
      });
    }
  });
  it('combines a date with a standing duty', () => {
    const a = parseDeadline('hoàn thành trong tháng 12/2023 và chỉ đạo thực hiện thường xuyên');
    expect(a).toMatchObject({ due: '2023-12-31', standing: true, recognized: true });
    expect(a.explanation).toBe('Hạn: 31/12/2023 (hết tháng 12/2023), sau đó thực hiện thường xuyên');
    expect(parseDeadline('hoàn thành trong năm 2025 và tổ chức thực hiện thường xuyên'))
      .toMatchObject({ due: '2025-12-31', standing: true, recognized: true });
  });
});

describe('parseDeadline: messy input', () => {
  it('copes with broken "ƣ", NFD, markdown and extra spaces', () => {
    expect(parseDeadline('thực hiện thƣờng xuyên')).toMatchObject({ standing: true, recognized: true });
    expect(parseDeadline('hoàn thành trong quý I/2024'.normalize('NFD'))).toMatchObject({ due: '2024-03-31', recognized: true });
    expect(parseDeadline('*đầu   tháng\n12/2023*')).toMatchObject({ due: '2023-12-10', recognized: true });
    expect(parseDeadline('  HOÀN THÀNH TRONG QUÝ II NĂM 2024 ')).toMatchObject({ due: '2024-06-30' });
  });
  it('keeps the text verbatim, only trimmed', () => {
    expect(parseDeadline('  hoàn thành trong  quý I/2024 ').text).toBe('hoàn thành trong  quý I/2024');
  });
  it('takes the last milestone when several are written', () => {
    const r = parseDeadline('xây dựng dự thảo trong tháng 12/2023, ban hành trong quý I/2024');
    expect(r.due).toBe('2024-03-31');
    expect(r.explanation).toContain('lấy mốc cuối cùng');
  });
});

describe('parseDeadline: missing year and the reference date', () => {
  it('takes the year of ref and says so', () => {
    const r = parseDeadline('tháng 12', '2023-11-28');
    expect(r).toMatchObject({ due: '2023-12-31', recognized: true });
    expect(r.explanation).toBe('Hạn: 31/12/2023 (hết tháng 12/2023; năm lấy theo ngày văn bản)');
    expectDue([
      ['quý I', '2024-03-31'],
      ['trước ngày 15/9', '2024-09-15'],
      ['trong năm', '2024-12-31'],
      ['cuối tháng 2', '2024-02-29'],
    ], '2024-01-05');
  });
  it('does not guess a year without ref', () => {
    for (const text of ['tháng 12', 'quý I', 'trước ngày 15/9', '6 tháng đầu năm']) {
      expect(parseDeadline(text)).toMatchObject({ due: null, recognized: false, standing: false });
    }
    expect(parseDeadline('tháng 12').explanation).toBe('Thời hạn không ghi năm, cần nhập tay');
    expect(parseDeadline('tháng 12', 'not-a-date').recognized).toBe(false);
  });
  it('keeps the standing flag when the date part needs a year', () => {
    expect(parseDeadline('tháng 12 và thực hiện thường xuyên'))
      .toMatchObject({ due: null, standing: true, recognized: false });
  });
});

describe('parseDeadline: text it cannot understand', () => {
  it('flags it for the clerk', () => {
    for (const text of ['theo hướng dẫn của Tỉnh ủy', 'khi có yêu cầu', 'tháng mười hai', 'tháng 13/2024', 'tháng 12/23', 'quý V/2024']) {
      const r = parseDeadline(text);
      expect({ text, due: r.due, standing: r.standing, recognized: r.recognized })
        .toEqual({ text, due: null, standing: false, recognized: false });
      expect(r.explanation).toBe('Không hiểu được thời hạn, cần nhập tay');
    }
  });
  it('flags empty text', () => {
    expect(parseDeadline('   ')).toMatchObject({ due: null, text: '', recognized: false });
  });
});
