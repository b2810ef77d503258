import type { ReportHeader, Signer } from '../../../shared/reportModels';
import type { Settings } from '../../../shared/schemas';

export interface HeaderChoice {
  /** Report date, yyyy-mm-dd. */
  date: string;
  /** The report's symbol; '' leaves the number for the clerk to write. */
  symbol?: string;
  signer?: Partial<Signer>;
  recipients?: string[];
}

/** The office identity and signer come from settings; the caller may choose another signer. */
export function headerFrom(settings: Settings, choice: HeaderChoice, defaultRecipients: string[]): ReportHeader {
  return {
    office: {
      superiorBody: settings.superiorBody,
      issuingBody: settings.issuingBody,
      issuerCode: settings.issuerCode,
      placeName: settings.placeName,
    },
    signer: {
      authority: choice.signer?.authority ?? settings.signerAuthority,
      position: choice.signer?.position ?? settings.signerPosition,
      name: choice.signer?.name ?? settings.signerName,
    },
    symbol: choice.symbol ?? '',
    date: choice.date,
    recipients: choice.recipients?.length ? choice.recipients : [...defaultRecipients, `Lưu ${settings.issuerCode}`],
  };
}
