import { OUTGOING_FIELDS } from './registers/outgoing';
import { FIELD_LABELS } from './schemas';

// A field's name as the clerk reads it in messages and in the history: "Ký nhận: Dài quá 100 ký tự",
// "Sửa: Ngày chuyển, Ký nhận". Never the key of the API ("receivedBy").

/** The register a message or a history line is about, when it names some fields otherwise. */
export type LabelArea = 'outgoing';

/** The outgoing register's own names, from its description ("Số lượng bản", not the incoming "Số bản"). */
const OUTGOING_LABELS: Record<string, string> = Object.fromEntries(OUTGOING_FIELDS.map((f) => [f.key, f.label]));

/** Fields of the other records (tasks, rounds, bodies, settings, copies) not in the contract's list. */
const OTHER_LABELS: Record<string, string> = {
  superiorBody: 'Cơ quan cấp trên', issuingBody: 'Cơ quan ban hành', issuerCode: 'Mã cơ quan', placeName: 'Địa danh',
  signerAuthority: 'Thẩm quyền ký', signerPosition: 'Chức vụ người ký', signerName: 'Họ và tên người ký',
  offlineMachine: 'Máy không kết nối mạng', content: 'Nội dung', section: 'Mục', position: 'Thứ tự',
  leadUnitId: 'Đơn vị chủ trì', leadText: 'Chủ trì', coordinatingUnits: 'Phối hợp', coordinatingText: 'Phối hợp (như viết)',
  deadlineText: 'Thời hạn (như viết)', standing: 'Thường xuyên', state: 'Trạng thái', completedDate: 'Ngày hoàn thành',
  title: 'Tên đợt', kind: 'Loại', deadline: 'Hạn báo cáo', closed: 'Đã kết thúc', name: 'Tên', shortName: 'Tên viết tắt',
  progress: 'Tiến độ', intakeFolder: 'Thư mục nhận văn bản', code: 'Mã', category: 'Nhóm', sortOrder: 'Thứ tự', unitIds: 'Đơn vị trong nhóm', note: 'Ghi chú', system: 'Hệ thống',
  signer: 'Người ký', archiveHolder: 'Đơn vị, người nhận bản lưu', typeName: 'Tên loại', answersIncomingId: 'Văn bản đến được thực hiện',
  sentDate: 'Ngày gửi', receivedDate: 'Ngày nhận', status: 'Tình trạng', recipients: 'Nơi nhận', voidReason: 'Lý do hủy số',
  sourceKind: 'Sổ của văn bản được sao', sourceId: 'Văn bản được sao', sourceSymbol: 'Văn bản được sao',
  form: 'Hình thức sao', excerpt: 'Phần trích sao', recipient: 'Nơi nhận', answersSymbol: 'Văn bản đến được thực hiện',
  reason: 'Lý do', reserve: 'Lấy số trước', heading: 'Chữ in trên bản sao', label: 'Nơi nhận', groupId: 'Nhóm đơn vị',
  deliveryId: 'Nơi nhận bản sao', pending: 'Chỉ nơi chưa nhận', from: 'Từ ngày', to: 'Đến ngày',
};

export function fieldLabel(key: string, area?: LabelArea): string {
  return (area === 'outgoing' ? OUTGOING_LABELS[key] : undefined) ?? FIELD_LABELS[key] ?? OTHER_LABELS[key] ?? key;
}
