// The address book a new database starts with: the bodies of a provincial Party organisation
// (Lạng Sơn, in the classic set of 2020-2025: huyện ủy and separate ban Tuyên giáo / Dân vận), and the
// central bodies the province's directives come from. All of it is data the office edits.

export interface UnitSeed { name: string; shortName?: string; code?: string }
export interface CategorySeed { category: string; units: UnitSeed[] }

export const DEFAULT_UNITS: CategorySeed[] = [
  {
    category: 'Tỉnh ủy',
    units: [
      { name: 'Ban Chấp hành Đảng bộ tỉnh', shortName: 'BCH Đảng bộ tỉnh', code: 'TU' },
      { name: 'Ban Thường vụ Tỉnh ủy', shortName: 'BTV Tỉnh ủy', code: 'BTVTU' },
      { name: 'Thường trực Tỉnh ủy', shortName: 'TT Tỉnh ủy', code: 'TTTU' },
    ],
  },
  {
    category: 'Các ban, Văn phòng Tỉnh ủy',
    units: [
      { name: 'Ban Tổ chức Tỉnh ủy', shortName: 'Ban Tổ chức', code: 'BTCTU' },
      { name: 'Ban Tuyên giáo Tỉnh ủy', shortName: 'Ban Tuyên giáo', code: 'BTGTU' },
      { name: 'Ban Dân vận Tỉnh ủy', shortName: 'Ban Dân vận', code: 'BDVTU' },
      { name: 'Ủy ban Kiểm tra Tỉnh ủy', shortName: 'UBKT Tỉnh ủy', code: 'UBKTTU' },
      { name: 'Ban Nội chính Tỉnh ủy', shortName: 'Ban Nội chính', code: 'BNCTU' },
      { name: 'Văn phòng Tỉnh ủy', shortName: 'VPTU', code: 'VPTU' },
      { name: 'Trường Chính trị Hoàng Văn Thụ', shortName: 'Trường Chính trị tỉnh', code: 'TCT' },
      { name: 'Báo Lạng Sơn', code: 'BLS' },
    ],
  },
  {
    category: 'Đảng đoàn, ban cán sự đảng',
    units: [
      { name: 'Đảng đoàn Hội đồng nhân dân tỉnh', shortName: 'Đảng đoàn HĐND tỉnh', code: 'ĐĐHĐND' },
      { name: 'Ban cán sự đảng Ủy ban nhân dân tỉnh', shortName: 'Ban cán sự đảng UBND tỉnh', code: 'BCSĐUBND' },
      { name: 'Đảng đoàn Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', shortName: 'Đảng đoàn MTTQ tỉnh', code: 'ĐĐMTTQ' },
      { name: 'Đảng đoàn Liên đoàn Lao động tỉnh', shortName: 'Đảng đoàn LĐLĐ tỉnh', code: 'ĐĐLĐLĐ' },
      { name: 'Đảng đoàn Hội Liên hiệp Phụ nữ tỉnh', shortName: 'Đảng đoàn Hội LHPN tỉnh', code: 'ĐĐHLHPN' },
      { name: 'Đảng đoàn Hội Nông dân tỉnh', shortName: 'Đảng đoàn HND tỉnh', code: 'ĐĐHND' },
      { name: 'Đảng đoàn Hội Cựu chiến binh tỉnh', shortName: 'Đảng đoàn HCCB tỉnh', code: 'ĐĐHCCB' },
      { name: 'Ban cán sự đảng Tòa án nhân dân tỉnh', shortName: 'Ban cán sự đảng TAND tỉnh', code: 'BCSĐTAND' },
      { name: 'Ban cán sự đảng Viện Kiểm sát nhân dân tỉnh', shortName: 'Ban cán sự đảng VKSND tỉnh', code: 'BCSĐVKSND' },
    ],
  },
  {
    category: 'Huyện ủy, thành ủy',
    units: [
      { name: 'Thành ủy Lạng Sơn', code: 'TU' },
      { name: 'Huyện ủy Cao Lộc', code: 'HU' },
      { name: 'Huyện ủy Văn Lãng', code: 'HU' },
      { name: 'Huyện ủy Tràng Định', code: 'HU' },
      { name: 'Huyện ủy Bình Gia', code: 'HU' },
      { name: 'Huyện ủy Văn Quan', code: 'HU' },
      { name: 'Huyện ủy Bắc Sơn', code: 'HU' },
      { name: 'Huyện ủy Hữu Lũng', code: 'HU' },
      { name: 'Huyện ủy Chi Lăng', code: 'HU' },
      { name: 'Huyện ủy Lộc Bình', code: 'HU' },
      { name: 'Huyện ủy Đình Lập', code: 'HU' },
    ],
  },
  {
    category: 'Đảng ủy trực thuộc Tỉnh ủy',
    units: [
      { name: 'Đảng ủy Khối các cơ quan tỉnh', shortName: 'Đảng ủy Khối CCQ tỉnh', code: 'ĐU' },
      { name: 'Đảng ủy Khối doanh nghiệp tỉnh', shortName: 'Đảng ủy Khối DN tỉnh', code: 'ĐU' },
      { name: 'Đảng ủy Quân sự tỉnh', code: 'ĐU' },
      { name: 'Đảng ủy Công an tỉnh', code: 'ĐU' },
      { name: 'Đảng ủy Bộ đội Biên phòng tỉnh', shortName: 'Đảng ủy BĐBP tỉnh', code: 'ĐU' },
    ],
  },
  {
    category: 'Mặt trận Tổ quốc và các tổ chức chính trị - xã hội tỉnh',
    units: [
      { name: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', shortName: 'Ủy ban MTTQ tỉnh', code: 'MTTQ' },
      { name: 'Tỉnh đoàn Lạng Sơn', shortName: 'Tỉnh đoàn', code: 'TĐTN' },
      { name: 'Hội Liên hiệp Phụ nữ tỉnh', shortName: 'Hội LHPN tỉnh', code: 'HLHPN' },
      { name: 'Hội Nông dân tỉnh', shortName: 'Hội ND tỉnh', code: 'HND' },
      { name: 'Hội Cựu chiến binh tỉnh', shortName: 'Hội CCB tỉnh', code: 'HCCB' },
      { name: 'Liên đoàn Lao động tỉnh', shortName: 'LĐLĐ tỉnh', code: 'LĐLĐ' },
    ],
  },
  {
    category: 'Cơ quan Trung ương',
    units: [
      { name: 'Ban Chấp hành Trung ương', shortName: 'BCH Trung ương', code: 'TW' },
      { name: 'Bộ Chính trị', code: 'TW' },
      { name: 'Ban Bí thư', code: 'TW' },
      { name: 'Văn phòng Trung ương Đảng', code: 'VPTW' },
      { name: 'Ban Tổ chức Trung ương', code: 'BTCTW' },
      { name: 'Ban Tuyên giáo Trung ương', code: 'BTGTW' },
      { name: 'Ban Dân vận Trung ương', code: 'BDVTW' },
      { name: 'Hội đồng Lý luận Trung ương', code: 'HĐLLTW' },
      { name: 'Đảng đoàn Quốc hội', code: 'ĐĐQH' },
      { name: 'Ban cán sự đảng Chính phủ', code: 'BCSĐCP' },
      { name: 'Đảng đoàn Mặt trận Tổ quốc Việt Nam', shortName: 'Đảng đoàn MTTQ Việt Nam', code: 'ĐĐMTTW' },
      { name: 'Quân ủy Trung ương', code: 'QUTW' },
      { name: 'Đảng ủy Công an Trung ương', code: 'ĐUCATW' },
    ],
  },
];

/** Saved groups, by the names of their members. */
export const DEFAULT_GROUPS: Array<{ name: string; note: string; categories: string[] }> = [
  {
    name: 'Các huyện ủy, thành ủy, đảng ủy trực thuộc',
    note: 'Nơi nhận thường dùng của văn bản Tỉnh ủy',
    categories: ['Huyện ủy, thành ủy', 'Đảng ủy trực thuộc Tỉnh ủy'],
  },
  { name: 'Các huyện ủy, thành ủy', note: '', categories: ['Huyện ủy, thành ủy'] },
  { name: 'Các ban, Văn phòng Tỉnh ủy', note: '', categories: ['Các ban, Văn phòng Tỉnh ủy'] },
  { name: 'Các đảng đoàn, ban cán sự đảng', note: '', categories: ['Đảng đoàn, ban cán sự đảng'] },
  {
    name: 'Mặt trận Tổ quốc và các tổ chức chính trị - xã hội tỉnh',
    note: '',
    categories: ['Mặt trận Tổ quốc và các tổ chức chính trị - xã hội tỉnh'],
  },
];
