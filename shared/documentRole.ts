/**
 * What a document does, read from its type code: a review report lists directives and guidance
 * (văn bản chỉ đạo, hướng dẫn) as the means of implementation, and counts bodies' reports (BC) as answers
 * to the review, never as directives. Codes compare without case ("CTr", "Ctr"); unknown codes are "other".
 */

export type DocumentRole = 'directive' | 'report' | 'other';

// Party types that lead, direct or guide (docs/trade.md, "Type codes": Quy định 66-QĐ/TW, 399-QĐ/TW).
const DIRECTIVE_CODES = ['NQ', 'CT', 'KL', 'KH', 'CTR', 'HD', 'QĐ', 'QĐI', 'QC', 'TB', 'TT', 'ĐA', 'PA', 'CV'];
const REPORT_CODES = ['BC'];

export function documentRole(typeCode: string): DocumentRole {
  const code = typeCode.trim().toLocaleUpperCase('vi');
  if (DIRECTIVE_CODES.includes(code)) return 'directive';
  if (REPORT_CODES.includes(code)) return 'report';
  return 'other';
}
