import { SaveOutlined } from '@ant-design/icons';
import { Alert, Button, Input, Typography } from 'antd';
import type { z } from 'zod';
import type { ReviewTexts as ReviewTextsSchema } from '../../../../shared/contractReports';
import { displayDateTime } from '../../lib/format';

/** The sections the specialist writes, as the contract carries them. */
export type ReviewTexts = z.output<typeof ReviewTextsSchema>;

export const EMPTY_TEXTS: ReviewTexts = { disseminationText: '', resultsText: '', limitsText: '', directionsText: '', proposalsText: '' };

/** The sections of a sơ kết / tổng kết report the specialist writes; the rest comes from the data. */
const SECTIONS: { key: keyof ReviewTexts; title: string; hint: string; rows: number }[] = [
  {
    key: 'disseminationText',
    title: 'I. Công tác quán triệt, triển khai (viết thêm, không bắt buộc)',
    hint: 'Danh sách văn bản triển khai được lấy từ sổ văn bản đến; ở đây chỉ viết thêm nhận xét, nếu có.',
    rows: 3,
  },
  {
    key: 'resultsText',
    title: 'II. Kết quả thực hiện (viết thêm, không bắt buộc)',
    hint: 'Số liệu nhiệm vụ theo tình trạng, theo đơn vị và bảng đơn vị đã báo cáo được lấy tự động.',
    rows: 3,
  },
  { key: 'limitsText', title: 'III. Hạn chế, nguyên nhân', hint: 'Mỗi ý một dòng; dòng trống tách đoạn.', rows: 5 },
  { key: 'directionsText', title: 'IV. Phương hướng, nhiệm vụ thời gian tới', hint: 'Mỗi ý một dòng.', rows: 5 },
  { key: 'proposalsText', title: 'V. Đề xuất, kiến nghị', hint: 'Mỗi ý một dòng.', rows: 4 },
];

interface Props {
  texts: ReviewTexts;
  onChange(texts: ReviewTexts): void;
  dirty: boolean;
  saving: boolean;
  loading: boolean;
  updatedAt: string | null;
  error: string | null;
  onSave(): void;
  title: string;
}

export function ReviewTextsEditor({ texts, onChange, dirty, saving, loading, updatedAt, error, onSave, title }: Props) {
  const state = loading
    ? 'Đang tải nội dung đã lưu…'
    : dirty
      ? 'Có thay đổi chưa lưu (sẽ tự lưu khi xem trước hoặc lưu tệp).'
      : updatedAt
        ? `Đã lưu lúc ${displayDateTime(updatedAt)}.`
        : 'Chưa có nội dung nào được lưu cho báo cáo này.';
  return (
    <div className="review-texts" data-testid="review-texts">
      <div className="review-texts-head">
        <div>
          <Typography.Text strong>{title}</Typography.Text>
          <div className={dirty ? 'review-state dirty' : 'review-state muted'} data-testid="review-state">{state}</div>
        </div>
        <Button icon={<SaveOutlined />} onClick={onSave} loading={saving} disabled={loading} data-testid="save-texts">
          Lưu nội dung
        </Button>
      </div>
      {error && <Alert type="error" showIcon title={error} className="page-alert" />}
      {SECTIONS.map((s) => (
        <div className="review-section" key={s.key}>
          <label htmlFor={`review-${s.key}`} className="review-label">{s.title}</label>
          <div className="review-hint muted">{s.hint}</div>
          <Input.TextArea
            id={`review-${s.key}`}
            data-testid={`text-${s.key}`}
            value={texts[s.key]}
            disabled={loading}
            autoSize={{ minRows: s.rows, maxRows: 18 }}
            maxLength={20000}
            onChange={(e) => onChange({ ...texts, [s.key]: e.target.value })}
          />
        </div>
      ))}
    </div>
  );
}
