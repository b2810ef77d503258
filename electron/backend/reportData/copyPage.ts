import type { Copy } from '../../../shared/contractCopies';
import { formatPlaceAndDate, toCaps } from '../reports/format';

/** What a copy page prints (Hướng dẫn 36-HD/VPTW; the last page of a received 43-NQ/TW), the same in Word and PDF. */
export interface CopyPageModel {
  /** Left, top: "TỈNH ỦY LẠNG SƠN", "VĂN PHÒNG" (bold), "*", "Số 1274-SY/VPTU". */
  superiorBody: string;
  issuingBody: string;
  symbolLine: string;
  /** Right, top: "SAO Y" (bold), then "Lạng Sơn, ngày 04 tháng 12 năm 2023" (italic). */
  heading: string;
  placeAndDate: string;
  /** Trích sao: the part copied, printed under the heading; '' otherwise. */
  excerpt: string;
  /** Left, bottom: "Nơi nhận:" and these lines, the archive line last. */
  recipients: string[];
  /** Right, bottom: authority and position in capitals, then the signer's name. */
  authority: string;
  position: string;
  signerName: string;
}

export function copyPageModel(copy: Copy): CopyPageModel {
  return {
    superiorBody: toCaps(copy.superiorBody),
    issuingBody: toCaps(copy.issuingBody),
    symbolLine: `Số ${copy.symbol}`,
    heading: toCaps(copy.heading),
    placeAndDate: formatPlaceAndDate(copy.placeName, copy.date),
    excerpt: copy.excerpt,
    recipients: copy.printedRecipients,
    authority: toCaps(copy.signerAuthority),
    position: toCaps(copy.signerPosition),
    signerName: copy.signerName,
  };
}
