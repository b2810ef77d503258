import { DownloadOutlined, EyeOutlined, FolderOpenOutlined } from '@ant-design/icons';
import { Alert, App, AutoComplete, Button, Checkbox, Empty, Form, Input, InputNumber, Radio, Segmented, Select, Spin, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { MethodOutput } from '../../../../shared/contract';
import { isValidIsoDate } from '../../../../shared/dates';
import type { Book } from '../../../../shared/schemas';
import { REPORT_KINDS } from '../../../../shared/reportKinds';
import { foldForSearch } from '../../../../shared/text';
import type { RoundSummary } from '../../../../shared/taskSchemas';
import { api } from '../../api/client';
import { useOffice } from '../../app/office';
import { DateInput } from '../../components/DateInput';
import { JobProgressBar } from '../../components/JobProgressBar';
import { useLongCall } from '../../lib/useLongCall';
import { errorMessage } from '../../lib/errors';
import { displayDate, formatNumber, todayIso } from '../../lib/format';
import { canChooseFolder, openFolder, saveBase64 } from './files';
import {
  defaultPeriod, defaultRecipients, describePeriod, FORMAT_LABELS, MILESTONES, monthRange, PERIOD_KINDS, periodNumbers,
  BUILDER_OPTIONS, type PeriodChoice, periodSpec, type ReportFormat, type ReportKind, type ReportRequest, reviewDraftMilestone, splitLines,
} from './model';
import { type PreviewFile, ReportPreview } from './ReportPreview';
import { ReviewTextsEditor, unwrittenLine, unwrittenParts } from './ReviewTextsEditor';
import { useReviewDraft } from './useReviewDraft';

type TemplateInfo = MethodOutput<'templates.list'>[number];
type Generated = MethodOutput<'reports.generate'> & { key: string };
interface DateRange { from: string | null; to: string | null }
type DirectiveInfo = MethodOutput<'tasks.directives'>[number] & { label: string; search: string };

const builtInId = (report: ReportKind, format: ReportFormat) => `mac-dinh:${report}:${format}`;

/**
 * "Lập báo cáo": the report, its parameters, number, date, signer, Nơi nhận and template on the left;
 * the generated file previewed on the right (for sơ kết, the specialist's texts too), then saved.
 */
export function ReportBuilder() {
  const { message, modal } = App.useApp();
  const { settings } = useOffice();
  const today = todayIso();

  // ---- Choices ----
  const [report, setReport] = useState<ReportKind>('thong-ke');
  const [format, setFormat] = useState<ReportFormat>('docx');
  const [period, setPeriod] = useState<PeriodChoice>(() => defaultPeriod(today));
  const [bookMode, setBookMode] = useState<'book' | 'range'>('book');
  const [range, setRange] = useState<DateRange>(() => monthRange(today));
  const [bookId, setBookId] = useState<number | null>(null);
  const [directiveId, setDirectiveId] = useState<number | null>(null);
  const [kind, setKind] = useState<'interim' | 'final'>('interim');
  const [milestone, setMilestone] = useState('01 năm');
  const [milestoneDate, setMilestoneDate] = useState<string | null>(null);
  const [includeFollowUp, setIncludeFollowUp] = useState(false);
  /** The issuing body of a sơ kết when it is not the office of the settings (a Ban's own report); '' = settings. */
  const [office, setOffice] = useState({ superiorBody: '', issuingBody: '', issuerCode: '' });
  const [roundId, setRoundId] = useState<number | null>(null);
  const [templateId, setTemplateId] = useState<string | null>(null);
  const [symbol, setSymbol] = useState('');
  const [date, setDate] = useState<string | null>(today);
  const [signer, setSigner] = useState({ authority: '', position: '', name: '' });
  const [recipients, setRecipients] = useState<string | null>(null);

  // ---- Lists ----
  const [books, setBooks] = useState<Book[]>([]);
  const [directives, setDirectives] = useState<DirectiveInfo[]>([]);
  const [rounds, setRounds] = useState<RoundSummary[]>([]);
  const [templates, setTemplates] = useState<TemplateInfo[]>([]);
  const [listError, setListError] = useState<string | null>(null);

  // ---- Result ----
  const [result, setResult] = useState<Generated | null>(null);
  const longCall = useLongCall();
  const [busy, setBusy] = useState<'preview' | 'save' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [savedPath, setSavedPath] = useState<string | null>(null);
  const [view, setView] = useState<'texts' | 'preview'>('texts');

  // The signer from settings, once they are loaded (the clerk may change it for this report).
  const signerLoaded = useRef(false);
  useEffect(() => {
    if (!settings || signerLoaded.current) return;
    signerLoaded.current = true;
    setSigner({ authority: settings.signerAuthority, position: settings.signerPosition, name: settings.signerName });
  }, [settings]);

  useEffect(() => {
    void (async () => {
      try {
        const [b, d, t] = await Promise.all([api('books.list', {}), api('tasks.directives', {}), api('templates.list', {})]);
        setBooks(b);
        setBookId((current) => current ?? [...b].sort((x, y) => y.year - x.year || y.id - x.id)[0]?.id ?? null);
        const info = d.map((x) => {
          const label = `${x.directive.symbol || `Số đến ${x.directive.arrivalNumber}`} — ${x.directive.abstract}`;
          return { ...x, label, search: foldForSearch(`${label} ${x.directive.issuer}`) };
        });
        setDirectives(info);
        setDirectiveId((current) => current ?? info[0]?.directive.id ?? null);
        setTemplates(t);
      } catch (err) {
        setListError(errorMessage(err));
      }
    })();
  }, []);

  useEffect(() => {
    setRoundId(null);
    if (directiveId === null) return setRounds([]);
    let cancelled = false;
    api('rounds.list', { directiveId })
      .then((r) => !cancelled && setRounds(r))
      .catch((err: unknown) => !cancelled && setListError(errorMessage(err)));
    return () => {
      cancelled = true;
    };
  }, [directiveId]);

  // A template of another report or format is not a choice any more: back to the built-in one.
  const templateOptions = useMemo(() => templates.filter((t) => t.report === report && t.format === format), [templates, report, format]);
  useEffect(() => {
    if (templateId && !templateOptions.some((t) => t.id === templateId)) setTemplateId(null);
  }, [templateId, templateOptions]);

  const issuerCode = (report === 'so-ket' && office.issuerCode.trim()) || settings?.issuerCode || '';
  const recipientsText = recipients ?? defaultRecipients(report, settings, issuerCode).join('\n');

  // ---- The specialist's texts (sơ kết) ----
  const draftMilestone = reviewDraftMilestone(kind, milestone);
  const draft = useReviewDraft(report === 'so-ket' && directiveId !== null && draftMilestone ? { directiveId, milestone: draftMilestone } : null);
  // What the report would print as "[Cần viết: …]": the parts not yet written and, as the backend does, an empty signer name.
  const unwritten = report === 'so-ket' && !draft.loading
    ? [...unwrittenParts(draft.sections, draft.texts), ...(signer.name.trim() ? [] : [{ label: 'Họ và tên người ký' }])]
    : [];

  // ---- The request ----
  const request = useMemo((): { ok: true; value: ReportRequest } | { ok: false; error: string } => {
    if (date !== null && !isValidIsoDate(date)) return { ok: false, error: 'Ngày báo cáo không hợp lệ: gõ dạng dd/mm/yyyy, ví dụ 15/04/2024.' };
    const common = {
      format,
      ...(templateId && templateId !== builtInId(report, format) ? { templateId } : {}),
      ...(date ? { date } : {}),
      symbol: symbol.trim(),
      signer: { authority: signer.authority.trim(), position: signer.position.trim(), name: signer.name.trim() },
      recipients: splitLines(recipientsText),
    };
    switch (report) {
      case 'so-dang-ky': {
        if (bookMode === 'book') {
          if (bookId === null) return { ok: false, error: 'Chọn sổ cần in.' };
          return { ok: true, value: { report, bookId, ...common } };
        }
        const dates = checkedRange(range);
        return dates.ok ? { ok: true, value: { report, ...dates.value, ...common } } : dates;
      }
      case 'so-sao':
      case 'so-di': {
        const dates = checkedRange(range);
        return dates.ok ? { ok: true, value: { report, ...dates.value, ...common } } : dates;
      }
      case 'ban-sao':
        return { ok: false, error: 'Trang sao được lập từ màn hình của bản sao.' };
      case 'thong-ke': {
        const described = describePeriod(period);
        if (!described.ok) return { ok: false, error: `Kỳ báo cáo chưa đúng: ${described.text}` };
        return { ok: true, value: { report, period: periodSpec(period), ...common } };
      }
      case 'so-ket': {
        if (directiveId === null) return { ok: false, error: 'Chọn văn bản chỉ đạo cần sơ kết, tổng kết.' };
        if (kind === 'interim' && !milestone.trim()) return { ok: false, error: 'Gõ mốc sơ kết (ví dụ 01 năm).' };
        if (milestoneDate !== null && !isValidIsoDate(milestoneDate)) return { ok: false, error: 'Ngày mốc không hợp lệ: gõ dạng dd/mm/yyyy, ví dụ 24/11/2024.' };
        const given = Object.entries(office).filter(([, v]) => v.trim());
        return {
          ok: true,
          value: {
            report, directiveId, kind, includeFollowUp, ...common,
            ...(milestone.trim() ? { milestone: milestone.trim() } : {}),
            ...(milestoneDate ? { milestoneDate } : {}),
            ...(roundId !== null ? { roundId } : {}),
            ...(given.length ? { office: Object.fromEntries(given.map(([k, v]) => [k, v.trim()])) } : {}),
          },
        };
      }
    }
  }, [report, format, templateId, date, symbol, signer, recipientsText, bookMode, bookId, range, period, directiveId, kind, milestone, milestoneDate, includeFollowUp, office, roundId]);

  /** Identifies what a generated file was made from: the request and, for sơ kết, the saved texts. */
  const requestKey = request.ok ? JSON.stringify([request.value, report === 'so-ket' ? draft.version : 0]) : null;
  const stale = result !== null && result.key !== requestKey;

  /** The file for the current choices (saving unsaved texts first); null when it failed, with the error shown. */
  async function generate(): Promise<Generated | null> {
    setError(null);
    setSavedPath(null);
    if (!request.ok) {
      setResult(null);
      setError(request.error);
      return null;
    }
    let version = draft.version;
    if (report === 'so-ket' && draft.dirty) {
      const saved = await draft.save();
      if (saved === null) {
        setResult(null);
        setError('Chưa lưu được nội dung chuyên viên viết nên chưa lập báo cáo: xem lỗi ở phần “Nội dung chuyên viên viết”.');
        return null;
      }
      version = saved;
    }
    const key = JSON.stringify([request.value, report === 'so-ket' ? version : 0]);
    if (result && result.key === key) return result;
    try {
      const out = await longCall.run('reports.generate', request.value);
      const generated = { ...out, key };
      setResult(generated);
      return generated;
    } catch (err) {
      setResult(null);
      setError(errorMessage(err));
      return null;
    }
  }

  async function preview() {
    setBusy('preview');
    try {
      await generate();
      setView('preview');
    } finally {
      setBusy(null);
    }
  }

  async function save() {
    setBusy('save');
    try {
      const generated = await generate();
      setView('preview');
      if (!generated) return;
      // A review whose parts are still "[Cần viết: …]" must not go upward by mistake.
      if (generated.placeholders.length > 0) {
        const goOn = await modal.confirm({
          title: 'Báo cáo còn phần chưa viết',
          content: `${unwrittenLine(generated.placeholders.map((label) => ({ label })))} Trong tệp, mỗi phần này là một dòng tô vàng “[Cần viết: …]”.`,
          okText: 'Vẫn lưu tệp',
          cancelText: 'Quay lại viết',
          autoFocusButton: 'cancel',
        });
        if (!goOn) {
          setView('texts');
          return;
        }
      }
      const outcome = await saveBase64(generated.fileName, generated.contentBase64);
      if (!outcome.saved) return;
      if (outcome.path) {
        setSavedPath(outcome.path);
        message.success(`Đã lưu ${outcome.path}`);
      } else {
        message.success(`Đã tải xuống tệp ${generated.fileName}`);
      }
    } catch (err) {
      setError(`Không lưu được tệp: ${errorMessage(err)}`);
    } finally {
      setBusy(null);
    }
  }

  const chooseReport = (r: ReportKind) => {
    setReport(r);
    setRecipients(null);
    setResult(null);
    setError(null);
    setView(r === 'so-ket' ? 'texts' : 'preview');
  };

  const directive = directives.find((d) => d.directive.id === directiveId);
  const periodInfo = describePeriod(period);
  const book = books.find((b) => b.id === bookId);
  const reviewTitle = directive
    ? `${kind === 'final' ? 'Tổng kết' : 'Sơ kết'}${milestone.trim() ? ` ${milestone.trim()}` : ''} thực hiện ${directive.directive.symbol}`
    : 'Chưa chọn văn bản chỉ đạo';

  return (
    <div className="report-builder">
      <div className="report-params" data-testid="report-params">
        <div className="report-params-body">
          {listError && <Alert type="error" showIcon title={listError} className="page-alert" />}
          <Form layout="vertical" component="div" className="report-form">
            <Form.Item label="Báo cáo" htmlFor="report-kind">
              <Radio.Group
                id="report-kind"
                value={report}
                onChange={(e) => chooseReport(e.target.value as ReportKind)}
                className="report-kind"
                options={BUILDER_OPTIONS}
              />
            </Form.Item>

            {report === 'so-dang-ky' && (
              <>
                <Form.Item label="In theo">
                  <Segmented
                    value={bookMode}
                    onChange={(v) => setBookMode(v as 'book' | 'range')}
                    options={[{ value: 'book', label: 'Cả sổ' }, { value: 'range', label: 'Khoảng ngày đến' }]}
                  />
                </Form.Item>
                {bookMode === 'book' ? (
                  <Form.Item
                    label="Sổ"
                    htmlFor="report-book"
                    extra={book ? `${formatNumber(book.entryCount)} văn bản${book.firstNumber !== null ? `, số đến ${book.firstNumber}–${book.lastNumber}` : ''}${book.firstDate ? `, từ ${displayDate(book.firstDate)} đến ${displayDate(book.lastDate)}` : ''}` : undefined}
                  >
                    <Select<number>
                      id="report-book"
                      value={bookId ?? undefined}
                      onChange={setBookId}
                      placeholder="Chọn sổ"
                      options={books.map((b) => ({ value: b.id, label: `${b.name} (${b.year})` }))}
                    />
                  </Form.Item>
                ) : (
                  <DateRangeRow value={range} onChange={setRange} />
                )}
              </>
            )}

            {(report === 'so-sao' || report === 'so-di') && <DateRangeRow value={range} onChange={setRange} />}

            {report === 'thong-ke' && (
              <Form.Item
                label="Kỳ báo cáo"
                help={<span className={periodInfo.ok ? 'muted' : 'period-error'} data-testid="period-label">{periodInfo.text}</span>}
              >
                <PeriodPicker value={period} onChange={setPeriod} />
              </Form.Item>
            )}

            {report === 'so-ket' && (
              <>
                <Form.Item label="Văn bản chỉ đạo" htmlFor="report-directive">
                  <Select<number>
                    id="report-directive"
                    data-testid="report-directive"
                    showSearch={{ filterOption: (input, option) => (option?.search ?? '').includes(foldForSearch(input)) }}
                    value={directiveId ?? undefined}
                    onChange={setDirectiveId}
                    placeholder="Chọn văn bản chỉ đạo"
                    notFoundContent="Chưa có văn bản nào được theo dõi nhiệm vụ"
                    popupMatchSelectWidth={520}
                    options={directives.map((d) => ({ value: d.directive.id, label: d.label, search: d.search }))}
                  />
                </Form.Item>
                <div className="form-row">
                  <Form.Item label="Loại">
                    <Segmented
                      value={kind}
                      onChange={(v) => setKind(v as 'interim' | 'final')}
                      options={[{ value: 'interim', label: 'Sơ kết' }, { value: 'final', label: 'Tổng kết' }]}
                    />
                  </Form.Item>
                  <Form.Item label="Mốc" htmlFor="report-milestone">
                    <AutoComplete
                      id="report-milestone"
                      value={milestone}
                      onChange={setMilestone}
                      options={MILESTONES.map((m) => ({ value: m }))}
                      placeholder={kind === 'final' ? 'cả thời gian' : 'ví dụ 01 năm'}
                      allowClear={kind === 'final'}
                      className="milestone-input"
                    />
                  </Form.Item>
                </div>
                <Form.Item
                  label={kind === 'final' ? 'Ngày cuối kỳ tổng kết' : 'Ngày mốc sơ kết'}
                  htmlFor="report-milestone-date"
                  extra={kind === 'final'
                    ? 'Để trống: tính đến ngày báo cáo (hoặc hết mốc, nếu có gõ mốc).'
                    : 'Để trống: ngày văn bản chỉ đạo cộng số năm của mốc. Văn bản, báo cáo sau ngày này không được tính.'}
                >
                  <DateInput id="report-milestone-date" value={milestoneDate} onChange={setMilestoneDate} />
                </Form.Item>
                <Form.Item label="Đợt sơ kết, tổng kết (bảng đơn vị đã báo cáo)" htmlFor="report-round">
                  <Select<number>
                    id="report-round"
                    allowClear
                    value={roundId ?? undefined}
                    onChange={(id) => {
                      setRoundId(id ?? null);
                      const round = rounds.find((r) => r.id === id);
                      if (round) setKind(round.kind);
                    }}
                    placeholder={rounds.length ? 'Đợt gần nhất (mặc định)' : 'Văn bản này chưa có đợt nào'}
                    options={rounds.map((r) => ({ value: r.id, label: `${r.title} — đã gửi ${r.reportedCount}/${r.unitCount}` }))}
                  />
                </Form.Item>
                <Form.Item extra="Bảng nội bộ để đôn đốc; không kèm thì báo cáo gửi lên trên không có phụ lục này.">
                  <Checkbox checked={includeFollowUp} onChange={(e) => setIncludeFollowUp(e.target.checked)} data-testid="include-follow-up">
                    Kèm phụ lục theo dõi đơn vị chưa báo cáo
                  </Checkbox>
                </Form.Item>
              </>
            )}

            <div className="form-row">
              <Form.Item label="Định dạng">
                <Segmented
                  value={format}
                  onChange={(v) => setFormat(v as ReportFormat)}
                  options={REPORT_KINDS[report].formats.map((f) => ({ value: f, label: FORMAT_LABELS[f] }))}
                  data-testid="report-format"
                />
              </Form.Item>
            </div>
            <Form.Item label="Mẫu" htmlFor="report-template">
              <Select<string>
                id="report-template"
                value={templateId ?? builtInId(report, format)}
                onChange={(v) => setTemplateId(v)}
                options={templateOptions.map((t) => ({ value: t.id, label: t.builtIn ? 'Mẫu mặc định' : t.name }))}
              />
            </Form.Item>

            <Typography.Title level={5} className="form-group-title">Số, ngày và người ký</Typography.Title>
            {report === 'so-ket' && (
              <>
                <div className="muted small form-note">Cơ quan ban hành: để trống là cơ quan trong Cài đặt; gõ khi báo cáo do một ban ký ban hành (ví dụ Ban Dân vận, ký hiệu BDVTU).</div>
                <div className="form-row">
                  <Form.Item label="Cơ quan cấp trên" htmlFor="office-superior" className="grow">
                    <Input id="office-superior" value={office.superiorBody} maxLength={200} placeholder={settings?.superiorBody} onChange={(e) => setOffice({ ...office, superiorBody: e.target.value })} />
                  </Form.Item>
                  <Form.Item label="Ký hiệu" htmlFor="office-code" className="date-item">
                    <Input id="office-code" value={office.issuerCode} maxLength={30} placeholder={settings?.issuerCode} onChange={(e) => setOffice({ ...office, issuerCode: e.target.value })} />
                  </Form.Item>
                </div>
                <Form.Item label="Cơ quan ban hành" htmlFor="office-issuing">
                  <Input id="office-issuing" value={office.issuingBody} maxLength={200} placeholder={settings?.issuingBody} onChange={(e) => setOffice({ ...office, issuingBody: e.target.value })} />
                </Form.Item>
              </>
            )}
            <div className="form-row">
              <Form.Item label="Số, ký hiệu" htmlFor="report-symbol" className="grow" extra="Để trống nếu chưa lấy số">
                <Input
                  id="report-symbol"
                  value={symbol}
                  onChange={(e) => setSymbol(e.target.value)}
                  placeholder={`ví dụ 12-BC/${issuerCode || 'VPTU'}`}
                  maxLength={50}
                />
              </Form.Item>
              <Form.Item label="Ngày báo cáo" htmlFor="report-date" className="date-item">
                <DateInput id="report-date" value={date} onChange={setDate} />
              </Form.Item>
            </div>
            <Form.Item label="Thẩm quyền ký" htmlFor="signer-authority">
              <Input
                id="signer-authority"
                value={signer.authority}
                maxLength={100}
                placeholder="T/M, K/T, T/L…; để trống nếu người đứng đầu ký"
                onChange={(e) => setSigner({ ...signer, authority: e.target.value })}
              />
            </Form.Item>
            <Form.Item label="Chức vụ" htmlFor="signer-position">
              <Input id="signer-position" value={signer.position} maxLength={200} onChange={(e) => setSigner({ ...signer, position: e.target.value })} />
            </Form.Item>
            <Form.Item label="Họ và tên người ký" htmlFor="signer-name">
              <Input id="signer-name" value={signer.name} maxLength={200} onChange={(e) => setSigner({ ...signer, name: e.target.value })} />
            </Form.Item>
            <Form.Item label="Nơi nhận (mỗi nơi một dòng)" htmlFor="report-recipients">
              <Input.TextArea
                id="report-recipients"
                value={recipientsText}
                onChange={(e) => setRecipients(e.target.value)}
                autoSize={{ minRows: 3, maxRows: 8 }}
              />
            </Form.Item>
          </Form>
        </div>
        {unwritten.length > 0 && (
          <div className="review-progress pending report-unwritten" data-testid="unwritten-parts" title={unwrittenLine(unwritten)}>
            <span className="clamp-lines">{unwrittenLine(unwritten)}</span>
          </div>
        )}
        <div className="report-params-actions">
          <Button type="primary" icon={<EyeOutlined />} onClick={() => void preview()} loading={busy === 'preview'} disabled={busy !== null} data-testid="report-preview-button">
            Xem trước
          </Button>
          <Button icon={<DownloadOutlined />} onClick={() => void save()} loading={busy === 'save'} disabled={busy !== null} data-testid="report-save-button">
            Lưu tệp…
          </Button>
        </div>
        {longCall.running && <JobProgressBar progress={longCall.progress} onCancel={longCall.cancel} />}
      </div>

      <div className="report-output">
        {report === 'so-ket' && (
          <Segmented
            className="report-view-switch"
            value={view}
            onChange={(v) => setView(v as 'texts' | 'preview')}
            options={[{ value: 'texts', label: 'Nội dung chuyên viên viết' }, { value: 'preview', label: 'Xem trước báo cáo' }]}
            data-testid="report-view"
          />
        )}
        {report === 'so-ket' && view === 'texts' ? (
          <div className="report-output-scroll">
            {directiveId === null ? (
              <Empty className="report-empty" description="Chọn văn bản chỉ đạo ở bên trái để viết nội dung báo cáo sơ kết, tổng kết." />
            ) : (
            <ReviewTextsEditor
              sections={draft.sections}
              title={reviewTitle}
              texts={draft.texts}
              onChange={draft.setTexts}
              dirty={draft.dirty}
              saving={draft.saving}
              loading={draft.loading}
              updatedAt={draft.updatedAt}
              error={draft.error}
              onSave={() => void draft.save().then((v) => v !== null && message.success('Đã lưu nội dung báo cáo.'))}
            />
            )}
          </div>
        ) : (
          <>
            {error && <Alert type="error" showIcon title="Chưa lập được báo cáo" description={<span className="pre-line">{error}</span>} className="page-alert" data-testid="report-error" />}
            {result && (
              <div className="report-result-bar">
                <div className="report-result-text">
                  <div className="report-summary" data-testid="report-summary">{result.summary}</div>
                  <div className="muted small">
                    {result.fileName}
                    {result.format === 'xlsx' && ' · xem trước các trang tính của tệp Excel'}
                  </div>
                  {result.placeholders.length > 0 && (
                    <div className="stale-note" data-testid="result-placeholders">{unwrittenLine(result.placeholders.map((label) => ({ label })))}</div>
                  )}
                  {stale && <div className="stale-note">Các lựa chọn đã đổi sau lần xem trước: bấm “Xem trước” để cập nhật.</div>}
                </div>
                {savedPath && canChooseFolder() && (
                  <Button icon={<FolderOpenOutlined />} onClick={() => void openFolder(savedPath)} data-testid="open-folder">Mở thư mục</Button>
                )}
              </div>
            )}
            {busy && !result && <Spin className="preview-spin" />}
            {result ? (
              <ReportPreview file={result as PreviewFile} />
            ) : (
              !error && !busy && (
                <Empty
                  className="report-empty"
                  description="Chọn báo cáo và các thông số ở bên trái, rồi bấm “Xem trước” để xem báo cáo trước khi lưu."
                />
              )
            )}
          </>
        )}
      </div>
    </div>
  );
}

function PeriodPicker({ value, onChange }: { value: PeriodChoice; onChange(p: PeriodChoice): void }) {
  const numbers = periodNumbers(value.kind);
  return (
    <div className="period-picker" data-testid="period-picker">
      <Select
        aria-label="Loại kỳ"
        className="period-kind"
        value={value.kind}
        onChange={(kind) => {
          const fitting = periodNumbers(kind);
          const number = fitting.some((n) => n.value === value.number) ? value.number : 1;
          onChange({ ...value, kind, number });
        }}
        options={PERIOD_KINDS}
        data-testid="period-kind"
      />
      {value.kind === 'custom' ? (
        <>
          <DateInput aria-label="Từ ngày" value={value.from} onChange={(from) => onChange({ ...value, from })} />
          <DateInput aria-label="Đến ngày" value={value.to} onChange={(to) => onChange({ ...value, to })} />
        </>
      ) : (
        <>
          {numbers.length > 0 && (
            <Select<number>
              aria-label="Kỳ"
              className="period-number"
              value={value.number}
              onChange={(number) => onChange({ ...value, number })}
              options={numbers}
              data-testid="period-number"
            />
          )}
          <InputNumber<number>
            aria-label="Năm"
            className="period-year"
            value={value.year}
            min={1990}
            max={2200}
            precision={0}
            controls
            onChange={(year) => year !== null && onChange({ ...value, year })}
            data-testid="period-year"
          />
        </>
      )}
    </div>
  );
}

/** The from–to dates of a register printed over a range. */
function DateRangeRow({ value, onChange }: { value: DateRange; onChange(next: DateRange): void }) {
  return (
    <div className="form-row">
      <Form.Item label="Từ ngày" htmlFor="report-from">
        <DateInput id="report-from" value={value.from} onChange={(from) => onChange({ ...value, from })} />
      </Form.Item>
      <Form.Item label="Đến ngày" htmlFor="report-to">
        <DateInput id="report-to" value={value.to} onChange={(to) => onChange({ ...value, to })} />
      </Form.Item>
    </div>
  );
}

function checkedRange(range: DateRange): { ok: true; value: { from: string; to: string } } | { ok: false; error: string } {
  if (!range.from || !range.to) return { ok: false, error: 'Gõ ngày bắt đầu và ngày kết thúc của khoảng cần in.' };
  if (!isValidIsoDate(range.from) || !isValidIsoDate(range.to)) return { ok: false, error: 'Ngày không hợp lệ: gõ dạng dd/mm/yyyy, ví dụ 01/03/2024.' };
  if (range.from > range.to) return { ok: false, error: 'Ngày bắt đầu phải trước ngày kết thúc.' };
  return { ok: true, value: { from: range.from, to: range.to } };
}
