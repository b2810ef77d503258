// Word lists for plausible register entries: sample data and the benchmark draw from the same lists.

export interface IssuerProfile { name: string; code: string; system: 'party' | 'state'; weight: number }

export const ISSUERS: IssuerProfile[] = [
  { name: 'Ban Chấp hành Trung ương', code: 'TW', system: 'party', weight: 2 },
  { name: 'Bộ Chính trị', code: 'TW', system: 'party', weight: 3 },
  { name: 'Ban Bí thư', code: 'TW', system: 'party', weight: 3 },
  { name: 'Văn phòng Trung ương Đảng', code: 'VPTW', system: 'party', weight: 5 },
  { name: 'Ban Tuyên giáo Trung ương', code: 'BTGTW', system: 'party', weight: 3 },
  { name: 'Ban Dân vận Trung ương', code: 'BDVTW', system: 'party', weight: 3 },
  { name: 'Ban Tổ chức Trung ương', code: 'BTCTW', system: 'party', weight: 3 },
  { name: 'Ủy ban Kiểm tra Trung ương', code: 'UBKTTW', system: 'party', weight: 2 },
  { name: 'Thành ủy Lạng Sơn', code: 'TU', system: 'party', weight: 4 },
  { name: 'Huyện ủy Cao Lộc', code: 'HU', system: 'party', weight: 4 },
  { name: 'Huyện ủy Chi Lăng', code: 'HU', system: 'party', weight: 3 },
  { name: 'Huyện ủy Hữu Lũng', code: 'HU', system: 'party', weight: 3 },
  { name: 'Huyện ủy Văn Lãng', code: 'HU', system: 'party', weight: 3 },
  { name: 'Đảng ủy Khối các cơ quan tỉnh', code: 'ĐU', system: 'party', weight: 3 },
  { name: 'Ban Dân vận Tỉnh ủy', code: 'BDVTU', system: 'party', weight: 3 },
  { name: 'Ban Tuyên giáo Tỉnh ủy', code: 'BTGTU', system: 'party', weight: 3 },
  { name: 'Ủy ban nhân dân tỉnh Lạng Sơn', code: 'UBND', system: 'state', weight: 6 },
  { name: 'Sở Nội vụ tỉnh Lạng Sơn', code: 'SNV', system: 'state', weight: 3 },
  { name: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', code: 'MTTQ', system: 'state', weight: 3 },
  { name: 'Chính phủ', code: 'CP', system: 'state', weight: 2 },
];

export const PARTY_TYPES: Array<{ code: string; name: string; weight: number }> = [
  { code: 'CV', name: 'Công văn', weight: 14 }, { code: 'TB', name: 'Thông báo', weight: 8 },
  { code: 'BC', name: 'Báo cáo', weight: 10 }, { code: 'KH', name: 'Kế hoạch', weight: 8 },
  { code: 'HD', name: 'Hướng dẫn', weight: 5 }, { code: 'NQ', name: 'Nghị quyết', weight: 3 },
  { code: 'CT', name: 'Chỉ thị', weight: 2 }, { code: 'KL', name: 'Kết luận', weight: 3 },
  { code: 'QĐ', name: 'Quyết định', weight: 6 }, { code: 'CTr', name: 'Chương trình', weight: 2 },
  { code: 'GM', name: 'Giấy mời', weight: 6 },
];

export const STATE_TYPES = [
  { code: 'QĐ', name: 'Quyết định', weight: 6 }, { code: 'KH', name: 'Kế hoạch', weight: 4 },
  { code: 'BC', name: 'Báo cáo', weight: 5 }, { code: 'TB', name: 'Thông báo', weight: 3 },
  { code: '', name: 'Công văn', weight: 12 },
];

// No subject of Nghị quyết 43-NQ/TW here: the sample's documents implementing it are written out in
// sampleFollowUpEntries, and random look-alikes would pass for them in the review report.
export const SUBJECTS = [
  'công tác bảo vệ nền tảng tư tưởng của Đảng',
  'công tác dân vận của hệ thống chính trị',
  'thực hiện quy chế dân chủ ở cơ sở',
  'công tác xây dựng, chỉnh đốn Đảng và hệ thống chính trị',
  'công tác kiểm tra, giám sát của cấp ủy',
  'công tác tuyên truyền kỷ niệm các ngày lễ lớn',
  'công tác phòng, chống tham nhũng, tiêu cực',
  'phát triển kinh tế - xã hội, bảo đảm quốc phòng, an ninh',
  'công tác cán bộ và bảo vệ chính trị nội bộ',
  'cải cách hành chính trong các cơ quan đảng',
  'công tác văn thư, lưu trữ và chuyển đổi số trong cơ quan đảng',
  'phong trào thi đua yêu nước và cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"',
  'công tác dân tộc, tôn giáo trên địa bàn tỉnh',
  'xây dựng khu vực phòng thủ vững chắc',
  'công tác phát triển đảng viên',
  'tổ chức đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030',
  'công tác bảo vệ bí mật nhà nước',
  'chương trình mục tiêu quốc gia giảm nghèo bền vững',
  'hoạt động của Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội',
  'học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
];

export const ACTIONS: Record<string, string[]> = {
  CV: ['Về việc triển khai', 'Về việc đôn đốc báo cáo', 'Về việc góp ý dự thảo', 'Về việc tăng cường'],
  TB: ['Thông báo kết luận về', 'Thông báo ý kiến chỉ đạo về', 'Thông báo kết quả'],
  BC: ['Báo cáo kết quả thực hiện', 'Báo cáo sơ kết', 'Báo cáo tình hình'],
  KH: ['Kế hoạch triển khai', 'Kế hoạch kiểm tra', 'Kế hoạch tổ chức thực hiện'],
  HD: ['Hướng dẫn thực hiện', 'Hướng dẫn tổ chức'],
  NQ: ['Nghị quyết về', 'Nghị quyết chuyên đề về'],
  CT: ['Chỉ thị về tăng cường lãnh đạo'],
  KL: ['Kết luận về tiếp tục thực hiện'],
  QĐ: ['Quyết định thành lập đoàn kiểm tra về', 'Quyết định ban hành quy chế về', 'Quyết định phê duyệt'],
  CTr: ['Chương trình hành động thực hiện'],
  GM: ['Mời dự hội nghị về', 'Mời dự hội nghị sơ kết'],
  '': ['V/v triển khai', 'V/v báo cáo', 'V/v tổ chức thực hiện'],
};

export const HANDLING_UNITS = [
  'Ban Dân vận Tỉnh ủy', 'Ban Tuyên giáo Tỉnh ủy', 'Ban Tổ chức Tỉnh ủy', 'Ủy ban Kiểm tra Tỉnh ủy',
  'Ban Nội chính Tỉnh ủy', 'Văn phòng Tỉnh ủy', 'Đồng chí Bí thư Tỉnh ủy', 'Đồng chí Phó Bí thư Thường trực',
  'Phòng Tổng hợp', 'Phòng Hành chính - Lưu trữ',
];
