import { z } from 'zod';
import { Empty, method } from './contractMethod';
import { REPORT_KIND_NAMES, UNKNOWN_REPORT_MESSAGE } from './reportKinds';
import { IsoDate, base64Content, cleanText, requiredText } from './schemas';
import { fixBrokenLetters } from './text';

// API methods of the reports (issue 4): generate a report, keep the specialist's texts, manage templates.

/** The largest template file accepted (its unpacked size is limited separately, before it is read). */
export const TEMPLATE_MAX_BYTES = 20 * 1024 * 1024;

/** The reports of shared/reportKinds; ReportRequest below has one request shape per kind. */
export const ReportKind = z.enum(REPORT_KIND_NAMES, { error: UNKNOWN_REPORT_MESSAGE });
export const TemplateFormat = z.enum(['docx', 'xlsx'], { error: 'Định dạng chỉ nhận: docx (Word) hoặc xlsx (Excel).' });

const id = (label: string) => z.number({ error: `${label} phải là số.` }).int().positive();

export const SignerChoice = z.object({
  authority: cleanText(100),
  position: cleanText(200),
  name: cleanText(200),
}).strict();

/** Choices every report shares: its date, number, signer, recipients and template. */
const common = {
  format: TemplateFormat.default('docx'),
  /** A user template's id; default: the built-in template of the report and format. */
  templateId: z.string().max(100).optional(),
  date: IsoDate.optional(),
  symbol: cleanText(50).optional(),
  signer: SignerChoice.optional(),
  recipients: z.array(cleanText(300)).max(50).optional(),
};

// The texts as stored and returned: already cleaned on input, so the output schema must not clean them
// again (cleanText would fold the specialist's line breaks into spaces).
// One field per part of shared/reviewSections (key + "Text").
export const ReviewTexts = z.object({
  openingText: z.string(),
  disseminationText: z.string(),
  resultsText: z.string(),
  limitsText: z.string(),
  lessonsText: z.string(),
  directionsText: z.string(),
  proposalsText: z.string(),
}).strict();

// Multi-line texts: keep the line breaks the specialist typed (cleanText would fold them into spaces).
const paragraphText = z.string().max(20000, { error: 'Dài quá 20.000 ký tự.' }).transform((s) => fixBrokenLetters(s).replace(/\r\n?/g, '\n').trim());
export const ReviewTextsInput = z.object({
  openingText: paragraphText.default(''),
  disseminationText: paragraphText.default(''),
  resultsText: paragraphText.default(''),
  limitsText: paragraphText.default(''),
  lessonsText: paragraphText.default(''),
  directionsText: paragraphText.default(''),
  proposalsText: paragraphText.default(''),
}).strict();

export const ReportRequest = z.discriminatedUnion('report', [
  z.object({ report: z.literal('so-dang-ky'), from: IsoDate.optional(), to: IsoDate.optional(), bookId: id('Sổ').optional(), ...common }).strict(),
  z.object({ report: z.literal('thong-ke'), period: requiredText(40), ...common }).strict(),
  z.object({
    report: z.literal('so-ket'),
    directiveId: id('Văn bản chỉ đạo'),
    kind: z.enum(['interim', 'final']).default('interim'),
    /** e.g. "01 năm"; default "01 năm" for a sơ kết, none for a tổng kết (the whole term of the directive). */
    milestone: requiredText(50).optional(),
    /** Last day the review covers; default: the directive's date plus the milestone's years. */
    milestoneDate: IsoDate.optional(),
    roundId: id('Đợt sơ kết').optional(),
    /** Texts of this report only (the CLI's --texts): they take precedence over the saved draft. */
    texts: ReviewTextsInput.partial().optional(),
    /** Another issuing authority than the settings' (e.g. the Tỉnh ủy, symbol …-BC/TU, rather than its Ban). */
    office: z.object({ superiorBody: cleanText(200), issuingBody: cleanText(200), issuerCode: cleanText(30) }).partial().strict().optional(),
    /** Add the internal table of which bodies have not reported (Phụ lục); default off. */
    includeFollowUp: z.boolean().default(false),
    ...common,
  }).strict(),
  z.object({ report: z.literal('so-sao'), from: IsoDate, to: IsoDate, ...common }).strict(),
  z.object({ report: z.literal('ban-sao'), copyId: id('Bản sao'), ...common }).strict(),
  z.object({ report: z.literal('so-di'), from: IsoDate, to: IsoDate, ...common }).strict(),
], { error: UNKNOWN_REPORT_MESSAGE });
export type ReportRequest = z.input<typeof ReportRequest>;

export const GeneratedReport = z.object({
  fileName: z.string(),
  format: TemplateFormat,
  contentBase64: z.string(),
  /** What the report holds, in one Vietnamese line (e.g. "312 văn bản, số đến 1–312"). */
  summary: z.string(),
  /** Labels of the parts still printed as placeholders ("[Cần viết: …]"); [] for reports without such parts. */
  placeholders: z.array(z.string()),
});

export const TemplateCheckOut = z.object({
  placeholders: z.array(z.string()),
  unknown: z.array(z.string()),
  missing: z.array(z.string()),
  problems: z.array(z.string()),
  ok: z.boolean(),
});

export const TemplateInfo = z.object({
  id: z.string(),
  report: ReportKind,
  format: TemplateFormat,
  name: z.string(),
  builtIn: z.boolean(),
  addedAt: z.string().nullable(),
});

export const PlaceholderInfo = z.object({ name: z.string(), kind: z.string(), description: z.string(), required: z.boolean() });

export const DraftKey = z.object({ directiveId: id('Văn bản chỉ đạo'), milestone: requiredText(50) }).strict();

/** A part of the review the specialist writes (shared/reviewSections), and whether its text is saved. */
export const ReviewSectionState = z.object({ key: z.string(), label: z.string(), hint: z.string(), written: z.boolean() });

export const reportMethods = {
  'reports.generate': method(ReportRequest, GeneratedReport),
  'reports.draftGet': method(DraftKey, ReviewTexts.extend({ updatedAt: z.string().nullable() })),
  'reports.draftSave': method(DraftKey.extend({ texts: ReviewTextsInput }).strict(), ReviewTexts.extend({ updatedAt: z.string().nullable() })),
  /** Which parts of the review are written in the saved draft and which will print as placeholders. */
  'reports.reviewSections': method(DraftKey, z.array(ReviewSectionState)),

  'templates.list': method(Empty, z.array(TemplateInfo)),
  'templates.placeholders': method(z.object({ report: ReportKind, format: TemplateFormat }).strict(), z.array(PlaceholderInfo)),
  'templates.check': method(z.object({ id: z.string() }).strict(), z.object({ template: TemplateInfo, check: TemplateCheckOut })),
  'templates.import': method(
    z.object({ report: ReportKind, name: requiredText(200), fileName: requiredText(255), contentBase64: base64Content(TEMPLATE_MAX_BYTES) }).strict(),
    z.object({ template: TemplateInfo, check: TemplateCheckOut }),
  ),
  'templates.read': method(z.object({ id: z.string() }).strict(), z.object({ template: TemplateInfo, fileName: z.string(), contentBase64: z.string() })),
  'templates.delete': method(z.object({ id: z.string() }).strict(), z.object({ deleted: z.literal(true) })),
} as const;
