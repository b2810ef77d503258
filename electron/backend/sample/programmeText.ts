// The Tỉnh ủy Lạng Sơn's own action programme implementing Nghị quyết 43-NQ/TW and Kế hoạch 21-KH/TW:
// sample data, written for this project on the structure of a real provincial programme (mục đích, yêu
// cầu; mục tiêu; nhiệm vụ, giải pháp; tổ chức thực hiện) and adapted to Lạng Sơn. Section IV assigns
// the tasks the sample follows up; they are read out of this text at seed time, as a clerk would paste
// it. Kept as a module so the bundled Electron main carries it.

export const PROGRAMME = {
  issuer: 'Tỉnh ủy Lạng Sơn',
  symbol: '38-CTr/TU',
  documentDate: '2024-01-15',
  abstract: 'Chương trình hành động thực hiện Nghị quyết số 43-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng khóa XIII về tiếp tục phát huy truyền thống, sức mạnh đại đoàn kết toàn dân tộc, xây dựng đất nước ta ngày càng phồn vinh, hạnh phúc',
} as const;

export const PROGRAMME_TEXT = `DỮ LIỆU MẪU
ĐẢNG BỘ TỈNH LẠNG SƠN
TỈNH ỦY
*
Số 38-CTr/TU
ĐẢNG CỘNG SẢN VIỆT NAM
Lạng Sơn, ngày 15 tháng 01 năm 2024

CHƯƠNG TRÌNH HÀNH ĐỘNG
thực hiện Nghị quyết số 43-NQ/TW, ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng khóa XIII về tiếp tục phát huy truyền thống, sức mạnh đại đoàn kết toàn dân tộc, xây dựng đất nước ta ngày càng phồn vinh, hạnh phúc
-----

Thực hiện Nghị quyết số 43-NQ/TW, ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng khóa XIII về tiếp tục phát huy truyền thống, sức mạnh đại đoàn kết toàn dân tộc, xây dựng đất nước ta ngày càng phồn vinh, hạnh phúc (Nghị quyết số 43-NQ/TW) và Kế hoạch số 21-KH/TW, ngày 28/11/2023 của Bộ Chính trị thực hiện Nghị quyết (Kế hoạch số 21-KH/TW), Tỉnh ủy Lạng Sơn ban hành Chương trình hành động thực hiện như sau:

I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
- Các cấp ủy, tổ chức đảng, cán bộ, đảng viên và Nhân dân các dân tộc trong tỉnh nhận thức sâu sắc vị trí, vai trò của việc phát huy truyền thống, sức mạnh đại đoàn kết toàn dân tộc; nắm vững quan điểm, mục tiêu, nhiệm vụ, giải pháp nêu trong Nghị quyết; đề cao trách nhiệm của người đứng đầu trong tổ chức thực hiện.
- Xác định nhiệm vụ trọng tâm và phân công cụ thể cho từng cơ quan, đơn vị, địa phương, gắn với nhiệm vụ phát triển kinh tế - xã hội, bảo đảm quốc phòng, an ninh, đối ngoại của một tỉnh biên giới; xây dựng Đảng và hệ thống chính trị trong sạch, vững mạnh.
2. Yêu cầu
Các cấp ủy, tổ chức đảng, cơ quan, đơn vị chủ động, sáng tạo, cụ thể hóa Chương trình hành động thành kế hoạch của cấp mình; thường xuyên kiểm tra, đôn đốc, định kỳ sơ kết, tổng kết, báo cáo kết quả thực hiện.

II. MỤC TIÊU
1. Mục tiêu chung
Tiếp tục phát huy sức mạnh khối đại đoàn kết các dân tộc Nùng, Tày, Kinh, Dao, Hoa, Sán Chay, Mông… trong tỉnh; khơi dậy tinh thần yêu nước, ý chí tự lực, tự cường, khát vọng xây dựng quê hương Lạng Sơn giàu đẹp, văn minh; tăng cường đồng thuận xã hội, giữ vững chủ quyền, an ninh biên giới quốc gia.
2. Mục tiêu cụ thể
Góp phần thực hiện thắng lợi mục tiêu đến năm 2030 Lạng Sơn trở thành tỉnh phát triển khá trong vùng trung du và miền núi phía Bắc, động lực tăng trưởng dựa trên kinh tế cửa khẩu, thương mại, dịch vụ, du lịch và nông, lâm nghiệp hàng hóa; đời sống vật chất, tinh thần của Nhân dân các dân tộc không ngừng được nâng lên; quốc phòng, an ninh, trật tự an toàn xã hội được bảo đảm; tổ chức đảng và hệ thống chính trị trong sạch, vững mạnh; khối đại đoàn kết toàn dân tộc được củng cố vững chắc.

III. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU
1. Nâng cao nhận thức, trách nhiệm của các cấp ủy, tổ chức đảng, hệ thống chính trị và Nhân dân về phát huy truyền thống, sức mạnh đại đoàn kết toàn dân tộc
Tổ chức học tập, quán triệt Nghị quyết, đổi mới và đa dạng hóa hình thức tuyên truyền, phù hợp với ngôn ngữ, phong tục của đồng bào các dân tộc; phát huy vai trò của người có uy tín trong đồng bào dân tộc thiểu số; chủ động đấu tranh với các luận điệu chia rẽ khối đại đoàn kết, nhất là ở khu vực biên giới.
2. Tham gia xây dựng chủ trương, chính sách về đại đoàn kết toàn dân tộc, khơi dậy ý chí, khát vọng phát triển của Nhân dân các dân tộc trong tỉnh
Chăm lo xây dựng giai cấp công nhân, nông dân, đội ngũ trí thức, doanh nhân, thế hệ trẻ, phụ nữ, cựu chiến binh, người cao tuổi; thực hiện tốt chính sách dân tộc, tôn giáo; vận động người Lạng Sơn ở nước ngoài hướng về quê hương.
3. Xây dựng, chỉnh đốn Đảng trong sạch, vững mạnh; tăng cường đoàn kết trong Đảng, giữ vững vai trò hạt nhân lãnh đạo của Đảng
Thực hiện nghiêm quy định nêu gương; lấy sự hài lòng và tín nhiệm của Nhân dân làm tiêu chí quan trọng đánh giá tổ chức đảng, cán bộ, đảng viên; thực hiện chế độ người đứng đầu cấp ủy, chính quyền tiếp xúc, đối thoại trực tiếp với Nhân dân.
4. Nâng cao hiệu lực, hiệu quả hoạt động của chính quyền các cấp trong phát huy sức mạnh đại đoàn kết toàn dân tộc
Cụ thể hóa kịp thời chủ trương của Đảng, chính sách, pháp luật của Nhà nước; thực hiện hiệu quả các chương trình mục tiêu quốc gia ở vùng đồng bào dân tộc thiểu số và miền núi, vùng biên giới; giải quyết kịp thời những vấn đề Nhân dân quan tâm.
5. Phát huy dân chủ xã hội chủ nghĩa, tiềm năng và sức sáng tạo của Nhân dân
Thực hiện tốt pháp luật về dân chủ ở cơ sở, phương châm "Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng"; phát huy dân chủ đi đôi với giữ vững kỷ luật, kỷ cương.
6. Đổi mới nội dung, phương thức hoạt động của Mặt trận Tổ quốc và các tổ chức chính trị - xã hội
Hướng mạnh về khu dân cư; nâng cao chất lượng giám sát, phản biện xã hội; chú trọng xây dựng đội ngũ cán bộ Mặt trận, đoàn thể cơ sở là người dân tộc thiểu số.
7. Tổ chức các cuộc vận động, phong trào thi đua yêu nước thiết thực, hiệu quả
Đẩy mạnh cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", phong trào thi đua "Dân vận khéo", phong trào "Toàn dân tham gia bảo vệ chủ quyền lãnh thổ, an ninh biên giới quốc gia trong tình hình mới".

IV. TỔ CHỨC THỰC HIỆN
1. Các ban của Tỉnh ủy, các đảng đoàn, ban cán sự đảng, Ban Thường vụ Tỉnh đoàn, Thành ủy Lạng Sơn, các huyện ủy, đảng ủy trực thuộc Tỉnh ủy
- Tổ chức nghiên cứu, học tập, quán triệt Nghị quyết số 43-NQ/TW, Kế hoạch số 21-KH/TW và Chương trình hành động này; xây dựng kế hoạch thực hiện phù hợp với tình hình cơ quan, đơn vị, địa phương (hoàn thành trong quý I/2024).
- Định kỳ kiểm tra, đánh giá, đôn đốc việc thực hiện; báo cáo kết quả hằng năm về Ban Thường vụ Tỉnh ủy qua Ban Dân vận Tỉnh ủy (thực hiện thường xuyên).
2. Đảng đoàn Hội đồng nhân dân tỉnh
- Lãnh đạo rà soát, sửa đổi, bổ sung các nghị quyết của Hội đồng nhân dân tỉnh về chính sách đối với đồng bào dân tộc thiểu số, người có uy tín và vùng biên giới, tạo cơ sở pháp lý thực hiện Nghị quyết (hoàn thành trong năm 2025).
- Lãnh đạo Thường trực, các ban của Hội đồng nhân dân tỉnh giám sát việc thực hiện chính sách dân tộc, chính sách an sinh xã hội trên địa bàn tỉnh (thực hiện thường xuyên).
3. Ban cán sự đảng Ủy ban nhân dân tỉnh
- Lãnh đạo Ủy ban nhân dân tỉnh ban hành kế hoạch thực hiện Chương trình hành động này, phân công cụ thể cho các sở, ngành, địa phương (hoàn thành trong quý II/2024).
- Lãnh đạo thực hiện hiệu quả các chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, giảm nghèo bền vững, xây dựng nông thôn mới; hoàn thiện cơ chế hỗ trợ đồng bào các dân tộc ở các xã biên giới (hoàn thành trong năm 2025 và tổ chức thực hiện thường xuyên).
- Chỉ đạo xây dựng Đề án phát triển đội ngũ doanh nhân tỉnh Lạng Sơn đến năm 2030, tầm nhìn đến năm 2045 (hoàn thành trong quý IV/2026).
4. Đảng đoàn Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh
- Chủ trì, phối hợp với các tổ chức chính trị - xã hội tỉnh xây dựng chương trình phối hợp tuyên truyền, vận động, tập hợp Nhân dân các dân tộc thực hiện Nghị quyết (hoàn thành trong quý I/2024).
- Đổi mới tổ chức "Ngày hội đại đoàn kết toàn dân tộc" ở khu dân cư; nâng cao hiệu quả cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" (thực hiện thường xuyên).
- Xây dựng kế hoạch giám sát, phản biện xã hội việc thực hiện Nghị quyết và tổ chức giám sát hằng năm (hoàn thành trong năm 2025 và tổ chức thực hiện thường xuyên).
5. Ban Tuyên giáo Tỉnh ủy
- Chủ trì, phối hợp với Ban Dân vận Tỉnh ủy hướng dẫn nghiên cứu, học tập, quán triệt, tuyên truyền Nghị quyết số 43-NQ/TW, Kế hoạch số 21-KH/TW và Chương trình hành động này (hoàn thành trong tháng 01/2024).
- Chỉ đạo Báo Lạng Sơn và các cơ quan báo chí của tỉnh mở chuyên trang, chuyên mục tuyên truyền về đại đoàn kết toàn dân tộc và kết quả thực hiện Nghị quyết, có nội dung bằng tiếng Tày, tiếng Nùng (thực hiện thường xuyên).
6. Ban Tổ chức Tỉnh ủy
- Chủ trì, phối hợp với Ban Dân vận Tỉnh ủy tham mưu Ban Thường vụ Tỉnh ủy bổ sung tiêu chí về sự hài lòng, tín nhiệm của Nhân dân trong đánh giá tổ chức đảng, cán bộ, đảng viên; xây dựng đội ngũ cán bộ người dân tộc thiểu số ở các xã biên giới (hoàn thành trong năm 2026).
7. Đảng ủy Quân sự tỉnh, Đảng ủy Bộ đội Biên phòng tỉnh, Đảng ủy Công an tỉnh
- Lãnh đạo làm tốt công tác dân vận của lực lượng vũ trang; xây dựng "thế trận lòng dân" vững chắc ở khu vực biên giới, đẩy mạnh phong trào toàn dân bảo vệ chủ quyền lãnh thổ, an ninh biên giới quốc gia và phong trào toàn dân bảo vệ an ninh Tổ quốc (thực hiện thường xuyên).
8. Ban Dân vận Tỉnh ủy
- Xây dựng kế hoạch theo dõi, đôn đốc, kiểm tra, giám sát việc thực hiện Chương trình hành động này (hoàn thành trong tháng 02/2024).
- Chủ trì, phối hợp với các cơ quan liên quan thường xuyên theo dõi, đôn đốc việc thực hiện; hướng dẫn đẩy mạnh phong trào thi đua "Dân vận khéo" gắn với thực hiện Nghị quyết (thực hiện thường xuyên).
- Tham mưu Ban Thường vụ Tỉnh ủy sơ kết 01 năm thực hiện Nghị quyết, báo cáo Ban Bí thư qua Ban Dân vận Trung ương (hoàn thành trong tháng 12/2024).
9. Ủy ban Kiểm tra Tỉnh ủy
- Chủ trì, phối hợp với Ban Dân vận Tỉnh ủy tham mưu Ban Thường vụ Tỉnh ủy kiểm tra việc thực hiện Nghị quyết tại một số cấp ủy trực thuộc trong chương trình kiểm tra năm 2026 (hoàn thành trong quý III/2026).

Nơi nhận:
- Ban Bí thư Trung ương Đảng (b/c),
- Ban Dân vận Trung ương (b/c),
- Thường trực Tỉnh ủy,
- Các đồng chí Tỉnh ủy viên,
- Các ban của Tỉnh ủy, các đảng đoàn, ban cán sự đảng,
- Thành ủy, các huyện ủy, đảng ủy trực thuộc Tỉnh ủy,
- Lưu Văn phòng Tỉnh ủy.
T/M TỈNH ỦY
BÍ THƯ
`;
