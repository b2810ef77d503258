import { CheckCircleFilled, EditOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, Button, Input, Typography } from 'antd';
import type { z } from 'zod';
import type { ReviewTexts as ReviewTextsSchema } from '../../../../shared/contractReports';
import { REVIEW_SECTION_KEYS, sectionField } from '../../../../shared/reviewSections';
import { displayDateTime } from '../../lib/format';
import type { ReviewSection } from './useReviewDraft';

/** The parts the specialist writes, as the contract carries them: `<key>Text` per part. */
export type ReviewTexts = z.output<typeof ReviewTextsSchema>;

export const EMPTY_TEXTS = Object.fromEntries(REVIEW_SECTION_KEYS.map((k) => [sectionField(k), ''])) as ReviewTexts;

/** The draft field of a part the API names: 'results' → 'resultsText'. */
const fieldOf = (section: ReviewSection) => `${section.key}Text` as keyof ReviewTexts;

/** The parts whose text on screen is still empty: the report prints a "[Cần viết: …]" mark there. */
export function unwrittenParts(sections: readonly ReviewSection[], texts: ReviewTexts): ReviewSection[] {
  return sections.filter((s) => !(texts[fieldOf(s)] ?? '').trim());
}

/** "Còn 2 phần chưa viết: Đoạn mở đầu; IV- Bài học kinh nghiệm." */
export function unwrittenLine(parts: readonly { label: string }[]): string {
  return `Còn ${parts.length} phần chưa viết: ${parts.map((p) => p.label).join('; ')}.`;
}

interface Props {
  /** The parts to write, in the report's order (reports.reviewSections). */
  sections: readonly ReviewSection[];
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

/** One text box per part of the review the specialist writes; the figures and tables come from the data. */
export function ReviewTextsEditor({ sections, texts, onChange, dirty, saving, loading, updatedAt, error, onSave, title }: Props) {
  const state = loading
    ? 'Đang tải nội dung đã lưu…'
    : dirty
      ? 'Có thay đổi chưa lưu (sẽ tự lưu khi xem trước hoặc lưu tệp).'
      : updatedAt
        ? `Đã lưu lúc ${displayDateTime(updatedAt)}.`
        : 'Chưa có nội dung nào được lưu cho báo cáo này.';
  const unwritten = unwrittenParts(sections, texts);
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
      {!loading && sections.length > 0 && (
        <div className={unwritten.length ? 'review-progress pending' : 'review-progress done'} data-testid="review-progress">
          {unwritten.length
            ? `${unwrittenLine(unwritten)} Trong tệp, mỗi phần chưa viết là một dòng tô vàng “[Cần viết: …]”.`
            : 'Đã viết đủ các phần.'}
        </div>
      )}
      {sections.map((s) => {
        const field = fieldOf(s);
        const written = Boolean((texts[field] ?? '').trim());
        return (
          <div className="review-section" key={s.key} data-testid={`section-${s.key}`}>
            <label htmlFor={`review-${field}`} className="review-label">
              {s.label}
              {written
                ? <span className="review-mark written"><CheckCircleFilled /> đã viết</span>
                : <span className="review-mark"><EditOutlined /> chưa viết</span>}
            </label>
            <div className="review-hint muted">Cần viết: {s.hint}. Mỗi ý một dòng; dòng trống tách đoạn.</div>
            <Input.TextArea
              id={`review-${field}`}
              data-testid={`text-${field}`}
              value={texts[field] ?? ''}
              disabled={loading}
              autoSize={{ minRows: 3, maxRows: 18 }}
              maxLength={20000}
              onChange={(e) => onChange({ ...texts, [field]: e.target.value })}
            />
          </div>
        );
      })}
    </div>
  );
}
