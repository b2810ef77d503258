/** Default Word template of the statistics report; headings numbered the Party way ("I-"). */
import { bodyPlaceholder, closing, packParty, partyHeader, partySection, sectionLabel, tablePlaceholder, titleBlock } from './partyDocx';
import { reportLabel } from '../../../../shared/reportKinds';

export function statsDocxTemplate(): Promise<Buffer> {
  return packParty(reportLabel('thong-ke'), [
    partySection(
      'portrait',
      [
        partyHeader('portrait'),
        ...titleBlock('BÁO CÁO', '{{trich_yeu}}'),
        sectionLabel('I- TÌNH HÌNH TIẾP NHẬN VĂN BẢN ĐẾN'),
        bodyPlaceholder('tong_hop'),
        tablePlaceholder('bang_thong_ke'),
        sectionLabel('II- TÌNH HÌNH GIẢI QUYẾT VĂN BẢN'),
        tablePlaceholder('bang_giai_quyet'),
        sectionLabel('III- NHẬN XÉT, ĐÁNH GIÁ'),
        bodyPlaceholder('nhan_xet'),
        closing('portrait'),
      ],
      true,
    ),
  ]);
}
