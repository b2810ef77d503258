// Kế hoạch số 21-KH/TW ngày 28/11/2023 of the Bộ Chính trị, as converted from PDF (a copy of
// ../shared/seeds/001_a941cb2da505031e.txt and of test/fixtures/plan-21-KH-TW.txt, checked equal by
// test/unit/samplePlan.test.ts). The sample tasks are extracted from it at seed time; kept as a module so
// the bundled Electron main carries it.

export const PLAN_21_KH_TW = `

## KẾ HOẠCH

thực hiện Nghị quyết Hội nghị lần thứ tám

**Ban Chấp hành Trung ương Đảng khoá XIII về tiếp tục  
phát huy truyền thống, sức mạnh đại đoàn kết toàn dân tộc,  
xây dựng đất nước ta ngày càng phồn vinh, hạnh phúc**

-----

Thực hiện Nghị quyết số 43-NQ/TW, ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng khoá XIII về tiếp tục phát huy truyền thống, sức mạnh đại đoàn kết toàn dân tộc, xây dựng đất nước ta ngày càng phồn vinh, hạnh phúc (sau đây gọi là Nghị quyết), Bộ Chính trị ban hành Kế hoạch thực hiện, cụ thể như sau:

### I- MỤC ĐÍCH, YÊU CẦU

1. Nhận thức sâu sắc vị trí, vai trò, tầm quan trọng của việc tiếp tục phát huy truyền thống, sức mạnh đại đoàn kết toàn dân tộc, hiện thực hoá khát vọng xây dựng đất nước ngày càng phồn vinh, hạnh phúc; nắm vững quan điểm, mục tiêu, nhiệm vụ, giải pháp chủ yếu nêu trong Nghị quyết; đề cao trách nhiệm, quyết tâm chính trị của các cấp uỷ, tổ chức đảng, cán bộ, đảng viên, nhất là người đứng đầu trong triển khai và tổ chức thực hiện Nghị quyết.

2. Xác định nhiệm vụ trọng tâm, phân công nhiệm vụ cụ thể trong triển khai thực hiện Nghị quyết, tạo kết quả thực chất trong việc phát huy truyền thống, sức mạnh đại đoàn kết toàn dân tộc sát với thực tiễn của cơ quan, đơn vị, địa phương gắn với đường lối, chủ trương của Đảng về phát triển kinh tế - xã hội, bảo đảm quốc phòng - an ninh, đối ngoại, xây dựng Đảng và hệ thống chính trị trong sạch, vững mạnh, nâng cao cuộc sống Nhân dân.

### II- CÔNG TÁC QUÁN TRIỆT NGHỊ QUYẾT VÀ TRIỂN KHAI KẾ HOẠCH THỰC HIỆN

1. Bộ Chính trị, Ban Bí thư tổ chức Hội nghị cán bộ toàn quốc nghiên cứu, học tập, quán triệt Nghị quyết và Kế hoạch thực hiện Nghị quyết (*đầu tháng 12/2023*).

2. Ban Tuyên giáo Trung ương chủ trì, phối hợp với các cơ quan liên quan hướng dẫn các cấp uỷ, tổ chức đảng nghiên cứu, học tập, quán triệt Nghị quyết và xây dựng Chương trình, Kế hoạch thực hiện ở các cấp, các ngành; chỉ đạo các cơ quan báo chí tăng cường thông tin, tuyên truyền nội dung và kết quả thực hiện Nghị quyết (*hoàn thành trong tháng 12/2023 và chỉ đạo thực hiện thường xuyên*).

**3. Các đồng chí Uỷ viên Bộ Chính trị, Uỷ viên Ban Bí thư, Uỷ viên Ban Chấp hành Trung ương Đảng, bí thư tỉnh uỷ, thành uỷ, đảng đoàn, ban cán sự đảng, đảng uỷ trực thuộc Trung ương chịu trách nhiệm chỉ đạo việc tổ chức nghiên cứu, học tập, quán triệt, xây dựng chương trình, kế hoạch thực hiện Nghị quyết trong phạm vi phụ trách (*hoàn thành trong tháng 12/2023*).**

### **III- NHIỆM VỤ TRỌNG TÂM**

**1. Các cấp uỷ, tổ chức đảng lãnh đạo, chỉ đạo ban hành chương trình, kế hoạch triển khai thực hiện Nghị quyết gắn với Nghị quyết Đại hội XIII và các nghị quyết, chủ trương của Đảng có liên quan phù hợp với chức năng, nhiệm vụ và điều kiện thực tiễn của cơ quan, đơn vị, địa phương.**

**2. Đổi mới nội dung, phương pháp, đa dạng hoá hình thức tuyên truyền, vận động, nâng cao nhận thức của cán bộ, đảng viên, hội viên và Nhân dân về truyền thống và sức mạnh đại đoàn kết toàn dân tộc.**

**3. Tiếp tục thể chế hoá, cụ thể hoá, hoàn thiện chính sách, pháp luật về đại đoàn kết toàn dân tộc; phát huy vai trò của các tầng lớp nhân dân góp phần xây dựng đất nước ngày càng phồn vinh, hạnh phúc.**

**4. Tăng cường công tác xây dựng, chỉnh đốn Đảng và hệ thống chính trị trong sạch, vững mạnh; giữ vững vai trò hạt nhân lãnh đạo của Đảng trong phát huy truyền thống, sức mạnh đại đoàn kết toàn dân tộc.**

**5. Phát huy dân chủ xã hội chủ nghĩa, tiềm năng và sức sáng tạo của Nhân dân đi đôi với nâng cao ý thức chấp hành pháp luật. Tổ chức thực hiện có hiệu quả pháp luật về dân chủ ở cơ sở và phương châm "*Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng*". Đẩy mạnh các cuộc vận động, phong trào thi đua yêu nước theo hướng thiết thực, hiệu quả; nâng cao chất lượng các mô hình, phong trào tự quản trong Nhân dân.**

**6. Nâng cao hiệu lực, hiệu quả bộ máy nhà nước và hệ thống chính trị; đổi mới nội dung, phương thức hoạt động của Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội, hội quần chúng, huy động mọi nguồn lực phục vụ phát triển đất nước.**

### **IV- NHIỆM VỤ CỤ THỂ**

#### **1. Đảng đoàn Quốc hội**

Chủ trì, phối hợp với Ban cán sự đảng Chính phủ và đảng đoàn, ban cán sự đảng các cơ quan trung ương có liên quan thể chế hoá kịp thời Nghị quyết, chú trọng xây dựng chính sách, pháp luật liên quan đến đại đoàn kết toàn dân tộc, phát huy dân chủ xã hội chủ nghĩa; hoạt động của Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội, hội quần chúng; phương châm "*Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng*" bảo đảm đồng bộ giữa văn bản của Đảng và pháp luật của Nhà nước; nâng cao hiệu quả giám sát việc thực hiện chính sách, pháp luật có liên quan (*thực hiện thường xuyên*).

## **2. Ban cán sự đảng Chính phủ**

- Chủ trì, phối hợp với các cấp ủy, tổ chức đảng trực thuộc Trung ương chỉ đạo xây dựng Chương trình hành động của Chính phủ triển khai thực hiện Nghị quyết (*hoàn thành trong quý I/2024*).

- Lãnh đạo, chỉ đạo việc nghiên cứu, đề xuất sửa đổi, hoàn thiện pháp luật có liên quan; tổ chức thực hiện chính sách, pháp luật, các chương trình, kế hoạch, đề án bảo đảm Nghị quyết được thực hiện đồng bộ, hiệu quả (*thực hiện thường xuyên*).

## **3. Đảng đoàn Mặt trận Tổ quốc Việt Nam, các tổ chức chính trị - xã hội, Ban Bí thư Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh và các hội quần chúng do Đảng, Nhà nước giao nhiệm vụ ở Trung ương**

- Chủ trì, phối hợp với đảng đoàn các tổ chức chính trị - xã hội, Ban Bí thư Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh và các hội quần chúng do Đảng, Nhà nước giao nhiệm vụ tăng cường công tác tuyên truyền, vận động; đổi mới mạnh mẽ nội dung, phương thức hoạt động; hướng mạnh về cơ sở; thực hiện tốt vai trò đại diện cho quyền, lợi ích hợp pháp, chính đáng của đoàn viên, hội viên và Nhân dân; góp phần huy động mọi nguồn lực phục vụ phát triển đất nước; làm cầu nối vững chắc giữa Đảng và Nhân dân (*thực hiện thường xuyên*).

- Chủ trì, phối hợp với các cơ quan, tổ chức liên quan nghiên cứu, xây dựng Chiến lược đại đoàn kết toàn dân tộc đến năm 2030, tầm nhìn đến năm 2045 (*hoàn thành trong năm 2025 và tổ chức thực hiện thường xuyên*).

- Phối hợp đẩy mạnh các phong trào thi đua yêu nước; thực hiện tốt vai trò giám sát, phản biện xã hội, tích cực tham gia xây dựng, chỉnh đốn Đảng và hệ thống chính trị; phòng, chống tham nhũng, tiêu cực (*thực hiện thường xuyên*).

## **4. Quân uỷ Trung ương và Đảng uỷ Công an Trung ương**

- Làm tốt công tác dân vận, xây dựng khối đoàn kết giữa lực lượng vũ trang với Nhân dân, góp phần xây dựng thế trận quốc phòng toàn dân, thế trận an ninh nhân dân.

- Chủ động nắm tình hình, kịp thời phát hiện, ngăn chặn, xử lý kịp thời âm mưu, thủ đoạn, hành động chia rẽ Đảng, Nhà nước với Nhân dân, phá hoại khối đại đoàn kết toàn dân tộc (*thực hiện thường xuyên*).

## **5. Ban Tuyên giáo Trung ương**

Chủ trì hướng dẫn việc nghiên cứu, học tập, quán triệt, tuyên truyền sâu rộng về nội dung và kết quả thực hiện Nghị quyết (*thực hiện thường xuyên*).

## **6. Hội đồng Lý luận Trung ương phối hợp với Học viện Chính trị quốc gia Hồ Chí Minh, Viện Hàn lâm Khoa học xã hội Việt Nam**

Tiếp tục nghiên cứu lý luận, tổng kết thực tiễn làm rõ những tác động đến các giai tầng xã hội trong quá trình phát triển, hoàn thiện nền kinh tế thị trường

định hướng xã hội chủ nghĩa và hội nhập quốc tế sâu rộng; nội dung cốt lõi của liên minh giai cấp công nhân với giai cấp nông dân và đội ngũ trí thức trong giai đoạn mới (*hoàn thành trong năm 2025*).

## **7. Ban Dân vận Trung ương**

Chủ trì, phối hợp với các cơ quan liên quan tham mưu Bộ Chính trị, Ban Bí thư sơ kết, tổng kết các nghị quyết, chủ trương của Đảng liên quan đến công tác vận động các tầng lớp nhân dân và phát huy truyền thống, sức mạnh đại đoàn kết toàn dân tộc (*thực hiện thường xuyên*).

## **8. Các tỉnh uỷ, thành uỷ, đảng uỷ trực thuộc Trung ương**

- Xây dựng, ban hành chương trình, kế hoạch tổ chức thực hiện Nghị quyết (*hoàn thành trong quý I/2024*).

- Chỉ đạo phát huy kết quả đạt được, ưu điểm; khắc phục những hạn chế, khuyết điểm trong phát huy truyền thống, sức mạnh đại đoàn kết toàn dân tộc tại địa phương, đơn vị (*thực hiện thường xuyên*).

## **V- TỔ CHỨC THỰC HIỆN**

**1.** Bộ Chính trị, Ban Bí thư tăng cường công tác lãnh đạo, chỉ đạo, thường xuyên kiểm tra, giám sát việc triển khai thực hiện Nghị quyết của Ban Chấp hành Trung ương Đảng và Kế hoạch của Bộ Chính trị.

**2.** Các đồng chí bí thư tỉnh uỷ, thành uỷ, đảng đoàn, ban cán sự đảng, đảng uỷ trực thuộc Trung ương, Bí thư thứ nhất Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh chủ trì, chịu trách nhiệm về kết quả thực hiện Nghị quyết.

**3.** Ban Dân vận Trung ương chủ trì, phối hợp với các cơ quan, tổ chức liên quan thường xuyên theo dõi, hướng dẫn, kiểm tra, đôn đốc việc tổ chức thực hiện Nghị quyết và Kế hoạch, định kỳ báo cáo Bộ Chính trị, Ban Bí thư.

### Nơi nhận:

- Các tỉnh uỷ, thành uỷ,
- Các ban đảng, ban cán sự đảng,
- đảng đoàn, đảng uỷ trực thuộc Trung ương,
- Ban Bí thư Trung ương  
Đoàn Thanh niên Cộng sản Hồ Chí Minh,
- Các đảng uỷ đơn vị sự nghiệp Trung ương,
- Các hội quần chúng do Đảng, Nhà nước  
giao nhiệm vụ ở Trung ương,
- Các đồng chí Uỷ viên  
Ban Chấp hành Trung ương Đảng,
- Lưu Văn phòng Trung ương Đảng.

### **T/M BỘ CHÍNH TRỊ**

`;
