import type { OfficeIdentity, ReportHeader, Signer } from '../../../shared/reportModels';
import type { Settings } from '../../../shared/schemas';

export interface HeaderChoice {
  /** Report date, yyyy-mm-dd. */
  date: string;
  /** The report's symbol; '' leaves the number for the clerk to write. */
  symbol?: string;
  /** Another issuing authority than the settings' (a review issued by the Tỉnh ủy rather than by its Ban). */
  office?: Partial<OfficeIdentity>;
  signer?: Partial<Signer>;
  recipients?: string[];
}

const given = (v: string | undefined): v is string => v !== undefined && v.trim() !== '';

/**
 * The office identity and signer come from settings; the request may choose another issuing authority,
 * signer and recipients. Default recipients without a "Lưu …" line get the issuing body's archive copy last.
 */
export function headerFrom(settings: Settings, choice: HeaderChoice, defaultRecipients: string[]): ReportHeader {
  const office: OfficeIdentity = {
    superiorBody: given(choice.office?.superiorBody) ? choice.office.superiorBody : settings.superiorBody,
    issuingBody: given(choice.office?.issuingBody) ? choice.office.issuingBody : settings.issuingBody,
    issuerCode: given(choice.office?.issuerCode) ? choice.office.issuerCode : settings.issuerCode,
    placeName: given(choice.office?.placeName) ? choice.office.placeName : settings.placeName,
  };
  const archived = defaultRecipients.some((r) => /^[-–\s]*Lưu\s/u.test(r));
  const defaults = archived ? defaultRecipients : [...defaultRecipients, `Lưu ${office.issuerCode}`];
  return {
    office,
    signer: {
      authority: choice.signer?.authority ?? settings.signerAuthority,
      position: choice.signer?.position ?? settings.signerPosition,
      name: given(choice.signer?.name) ? choice.signer.name : settings.signerName,
    },
    symbol: choice.symbol ?? '',
    date: choice.date,
    recipients: choice.recipients?.length ? choice.recipients : defaults,
  };
}
