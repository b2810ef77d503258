import type { MethodOutput } from '../../../../shared/contract';

type Preview = MethodOutput<'copies.preview'>;

/** "Lạng Sơn, ngày 04 tháng 12 năm 2023": a leading zero for days 1–9 and months 1–2, as the Word file prints it. */
function placeAndDate(place: string, iso: string): string {
  const [y, m, d] = iso.split('-');
  const month = Number(m) <= 2 ? m : String(Number(m));
  return `${place}, ngày ${d} tháng ${month} năm ${y}`;
}

/** The copy block as the page will print it: the clerk checks it before saving. */
export function CopyBlockPreview({ preview }: { preview: Preview }) {
  const caps = (s: string) => s.toLocaleUpperCase('vi');
  return (
    <div className="copy-preview" data-testid="copy-preview">
      <div className="copy-preview-row">
        <div className="copy-preview-col">
          <div>{caps(preview.superiorBody)}</div>
          <div className="copy-strong">{caps(preview.issuingBody)}</div>
          <div>*</div>
          <div className="copy-gap" data-testid="copy-preview-symbol">Số {preview.symbol}</div>
        </div>
        <div className="copy-preview-col">
          <div className="copy-strong copy-heading">{caps(preview.heading)}</div>
          <div className="copy-italic copy-gap">{placeAndDate(preview.placeName, preview.date)}</div>
          {preview.excerpt && <div className="copy-italic">{preview.excerpt}</div>}
        </div>
      </div>
      <div className="copy-preview-row copy-closing">
        <div className="copy-preview-col copy-left">
          <div className="copy-strong copy-italic copy-small">Nơi nhận:</div>
          {preview.printedRecipients.map((line, i) => <div key={i} className="copy-small">{line}</div>)}
        </div>
        <div className="copy-preview-col">
          <div className="copy-strong">{caps(preview.signerAuthority)}</div>
          <div className="copy-strong">{caps(preview.signerPosition)}</div>
          <div className="copy-signature-space" />
          <div className="copy-strong">{preview.signerName}</div>
        </div>
      </div>
    </div>
  );
}
