/** The values of the placeholders every report shares: the office, the number, the date, Nơi nhận, the signer. */
import type { ReportHeader } from '../../../shared/reportModels';
import { formatDate, formatPlaceAndDate, formatRecipients, formatSymbol, placeDateParts, toCaps } from './format';
import type { HeaderPlaceholder } from './placeholders';
import { paragraphs, type PlaceholderValue } from './values';

/** Type code of the reports' symbols: every report here is a Báo cáo. */
export const REPORT_TYPE_CODE = 'BC';

export function headerValues(header: ReportHeader): Record<HeaderPlaceholder, PlaceholderValue> {
  const { office, signer } = header;
  const date = placeDateParts(header.date);
  return {
    co_quan_cap_tren: toCaps(office.superiorBody),
    co_quan_ban_hanh: toCaps(office.issuingBody),
    ky_hieu_co_quan: office.issuerCode,
    so_ky_hieu: formatSymbol(header.symbol, REPORT_TYPE_CODE, office.issuerCode),
    dia_danh_ngay: formatPlaceAndDate(office.placeName, header.date),
    dia_danh: office.placeName,
    ngay: date.day,
    thang: date.month,
    nam: date.year,
    ngay_bao_cao: formatDate(header.date),
    noi_nhan: paragraphs(formatRecipients(header.recipients)),
    tham_quyen: toCaps(signer.authority),
    chuc_vu: toCaps(signer.position),
    nguoi_ky: signer.name,
  };
}
