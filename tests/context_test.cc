// Context: modality, shared baselines, subject, period, source, footnote and
// section, on real bulletin passages run through the whole extractor.
#include <gtest/gtest.h>

#include "solieu/solieu.h"
#include "test_util.h"

namespace solieu {
namespace {

std::vector<Record> Extract(const std::string& text) {
  auto result = testing::TheExtractor().Extract(text, "test.txt");
  EXPECT_TRUE(result.ok());
  return result.ok() ? result.value().records : std::vector<Record>{};
}

const Record& Find(const std::vector<Record>& records, const std::string& text) {
  for (const Record& r : records)
    if (r.text == text) return r;
  static const Record none;
  ADD_FAILURE() << "no record with text " << text;
  return none;
}

// The subject of the record `figure` in `text`, "" when it has none.
std::string SubjectOf(const std::string& text, const std::string& figure) {
  return Find(Extract(text), figure).subject.value_or("");
}

TEST(Context, EstimateGovernsItsOwnClauseOnly) {
  // 003: "Kim ngạch xuất khẩu ước đạt 801,66 triệu USD, tăng 14,16% so cùng kỳ"
  auto r = Extract("Kim ngạch xuất khẩu ước đạt 801,66 triệu USD, tăng 14,16% so cùng kỳ.");
  EXPECT_EQ(Find(r, "801,66 triệu USD").modality, Modality::kEstimate);
  EXPECT_EQ(Find(r, "tăng 14,16% so cùng kỳ").modality, Modality::kActual);
}

TEST(Context, BracketedResolutionFigureIsATarget) {
  // 001: "có 09 đơn vị cấp xã …, đạt 5,73% (NQ 20% số xã)"
  auto r = Extract("Toàn tỉnh có 09 đơn vị cấp xã tự cân đối chi thường xuyên, đạt 5,73% (NQ 20% số xã).");
  EXPECT_EQ(Find(r, "20%").modality, Modality::kTarget);
  EXPECT_EQ(Find(r, "09 đơn vị").modality, Modality::kActual);
}

TEST(Context, ATargetCueGovernsItsList) {
  // SCHEMA.md convention 15: a list of targets gives every item modality target.
  auto r = Extract("Phấn đấu tỷ lệ đô thị hóa đạt từ 70% trở lên, tối thiểu 30% số xã đạt chuẩn.");
  EXPECT_EQ(Find(r, "từ 70% trở lên").modality, Modality::kTarget);
  EXPECT_EQ(Find(r, "tối thiểu 30%").modality, Modality::kTarget);
  // 001: the name of a plan is not a target cue for what follows it.
  auto plan = Extract("Tổng thu ngân sách đạt 102% dự toán địa phương phấn đấu, bằng 98,67% so cùng kỳ.");
  EXPECT_EQ(Find(plan, "bằng 98,67% so cùng kỳ").modality, Modality::kActual);
}

TEST(Context, CoordinatedFiguresShareTheSubject) {
  // 000: "Ước thu ngân sách trên địa bàn tăng 0,1% so cùng kỳ, đạt 32,6% dự toán …"
  auto r = Extract(
      "Ước thu ngân sách trên địa bàn tăng 0,1% so cùng kỳ, đạt 32,6% dự toán Trung ương giao và "
      "31,5% dự toán địa phương phấn đấu.");
  ASSERT_EQ(r.size(), 3u);
  for (const Record& x : r) EXPECT_EQ(x.subject.value_or(""), "thu ngân sách trên địa bàn") << x.text;
}

TEST(Context, FiguresAfterACountShareWhatItsClauseMeasures) {
  // 004: a bare count after "ước đạt", and the change and the rate after it,
  // are about what the clause names.
  auto r = Extract("Tổng lượng khách ước đạt 1.285.563 lượt, tăng 18,2% so cùng kỳ, đạt 52,4% so với kế hoạch.");
  for (const char* text : {"1.285.563 lượt", "tăng 18,2% so cùng kỳ", "đạt 52,4% so với kế hoạch"})
    EXPECT_EQ(Find(r, text).subject.value_or(""), "Tổng lượng khách") << text;
  // 001: a result that reaches a count is what the count measures.
  EXPECT_EQ(SubjectOf("Kết quả xếp hạng chuyển đổi số (DTI) năm 2022 của tỉnh Bến Tre đạt 507,72 điểm.", "507,72 điểm"),
            "Kết quả xếp hạng chuyển đổi số (DTI)");
  // A place that reaches a count is not what it counts: 004 "huyện Mỏ Cày Nam đạt 09 tiêu chí".
  EXPECT_EQ(SubjectOf("Huyện Chợ Lách đạt chuẩn NTM; huyện Mỏ Cày Nam đạt 09 tiêu chí (đang thực hiện hồ sơ thẩm tra).",
                      "09 tiêu chí"),
            "tiêu chí");
  // A count that is a verb's object leaves no such lead: 004 "đã xuất cảnh 681 người, đạt 27,24% nghị quyết".
  EXPECT_EQ(SubjectOf("Có 1.010 lao động trúng tuyển, đã xuất cảnh 681 người, đạt 27,24% nghị quyết.",
                      "đạt 27,24% nghị quyết"),
            "người");
}

TEST(Context, ABareClassifierLeavesTheActivityItCountsToNameTheFigure) {
  // 004: "trường hợp", "lượt", "lao động" only count what the activity before them did.
  auto r = Extract("Kiểm tra, phúc tra 1.112 trường hợp, phát hiện 501 trường hợp sử dụng trái phép chất ma túy; "
                   "lập hồ sơ đề nghị đưa đi cai nghiện bắt buộc 159 trường hợp; vận động cai nghiện tại cộng "
                   "đồng 53 trường hợp.");
  EXPECT_EQ(Find(r, "1.112 trường hợp").subject.value_or(""), "Kiểm tra, phúc tra");
  EXPECT_EQ(Find(r, "159 trường hợp").subject.value_or(""), "lập hồ sơ đề nghị đưa đi cai nghiện bắt buộc");
  EXPECT_EQ(Find(r, "53 trường hợp").subject.value_or(""), "vận động cai nghiện tại cộng đồng");
  // A qualified classifier is still what is counted.
  EXPECT_EQ(Find(r, "501 trường hợp").subject.value_or(""), "trường hợp sử dụng trái phép chất ma túy");
  // 004 PHỤ LỤC 3: "đồng chí" counts those an activity trained.
  EXPECT_EQ(SubjectOf("Tham gia tập huấn 10 đồng chí; tổ chức tập huấn cán bộ 130 đồng chí.", "130 đồng chí"),
            "tổ chức tập huấn cán bộ");
  // 003: the figures after it share the activity; a clause opening on "đã"
  // has its own verb and does not join the one before its comma.
  r = Extract("Các giải pháp cung - cầu lao động được tập trung thực hiện, đã giải quyết việc làm 11.845 lao "
              "động, đạt 59,23% nghị quyết, tăng 2,3% so cùng kỳ.");
  for (const char* text : {"11.845 lao động", "đạt 59,23% nghị quyết", "tăng 2,3% so cùng kỳ"})
    EXPECT_EQ(Find(r, text).subject.value_or(""), "giải quyết việc làm") << text;
  // 001: "đến cuối năm 2023" dates the clause; it does not name it.
  EXPECT_EQ(SubjectOf("Ước đến cuối năm 2023 giải quyết việc làm 21.427 người, đạt 107,135% Nghị quyết.",
                      "21.427 người"),
            "giải quyết việc làm");
  // 004: a count of whom the activity serves is about them; a one-word verb
  // ("xuất cảnh", "khởi tố") names no activity apart from what it counts.
  EXPECT_EQ(SubjectOf("Các CCN có 29 dự án đăng ký đầu tư, giải quyết việc làm cho khoảng 10.053 lao động.",
                      "khoảng 10.053 lao động"),
            "lao động");
  EXPECT_EQ(SubjectOf("Có 1.010 lao động trúng tuyển, đã xuất cảnh 681 người.", "681 người"), "người");
  // 003, 004: "với" joins the people to a short activity.
  EXPECT_EQ(SubjectOf("Hoàn thành tốt công tác tuyển quân năm 2024 với 1.402/1.402 công dân, đạt 100% kế hoạch.",
                      "1.402/1.402 công dân"),
            "tuyển quân");
}

TEST(Context, InAReportByUnitABareCaseOrAwardCountIsNamedByItsLabel) {
  // 004 PHỤ LỤC 3: cases, people and awards listed under their label; after a
  // verb of handling them the noun stays what is counted.
  const std::string doc =
      "TT\tĐơn vị\tKý hiệu, ngày tháng\tKết quả thực hiện\n"
      "5\tMỏ Cày Bắc\tKế hoạch số 290-KH/HU\t<p>- Phạm pháp hình sự 17/10 vụ (tăng 70%), tệ nạn xã hội 25/06 vụ "
      "(tăng 316,67%) so với cùng kỳ. - Danh hiệu chiến sĩ thi đua cơ sở 148 cá nhân; khen thưởng chuyên đề 343 cá "
      "nhân, 72 tập thể.</p> <p>- Đã điều tra làm rõ 289 vụ; phạt hành chính 143 đối tượng.</p>\n";
  auto r = Extract(doc);
  EXPECT_EQ(Find(r, "17/10 vụ").subject.value_or(""), "Phạm pháp hình sự / Mỏ Cày Bắc");
  EXPECT_EQ(Find(r, "25/06 vụ").subject.value_or(""), "tệ nạn xã hội / Mỏ Cày Bắc");
  EXPECT_EQ(Find(r, "148 cá nhân").subject.value_or(""), "Danh hiệu chiến sĩ thi đua cơ sở / Mỏ Cày Bắc");
  EXPECT_EQ(Find(r, "343 cá nhân").subject.value_or(""), "khen thưởng chuyên đề / Mỏ Cày Bắc");
  EXPECT_EQ(Find(r, "289 vụ").subject.value_or(""), "vụ / Mỏ Cày Bắc");
  EXPECT_EQ(Find(r, "143 đối tượng").subject.value_or(""), "đối tượng / Mỏ Cày Bắc");
}

TEST(Context, ALevelACountIsRaisedToIsTheLevelOfWhatWasRaised) {
  // 000, 003: "nâng (tổng) số X lên N".
  EXPECT_EQ(SubjectOf("Công nhận thêm 13 xã, nâng tổng số xã đạt chuẩn nông thôn mới lên 62 xã.", "lên 62 xã"),
            "tổng số xã đạt chuẩn nông thôn mới");
  EXPECT_EQ(SubjectOf("Xây dựng 250 căn nhà, nâng số nhà tình nghĩa được xây dựng đến nay lên đến trên 11.323 căn "
                      "nhà.",
                      "lên đến trên 11.323 căn nhà"),
            "số nhà tình nghĩa được xây dựng");
}

TEST(Context, ABareCountOfWhatHappenedIsAboutWhatHappened) {
  // 001: what was done about the cases is no label for them.
  EXPECT_EQ(SubjectOf("Phát hiện và xử lý trong tháng xảy ra 05 vụ, 43 đối tượng vi phạm.", "05 vụ"), "vụ");
  EXPECT_EQ(SubjectOf("Lập biên bản 194 trường hợp. Tạm giữ: 152 phương tiện, 42 giấy tờ liên quan.",
                      "152 phương tiện"),
            "phương tiện");
  // 001: the figures after it share it.
  auto r = Extract("Phạm pháp hình sự xảy ra trong tháng xảy ra 10 vụ, giảm 11 vụ so với tháng 10, gồm: 05 vụ "
                   "trộm cắp tài sản.");
  EXPECT_EQ(Find(r, "10 vụ").subject.value_or(""), "Phạm pháp hình sự");
  EXPECT_EQ(Find(r, "giảm 11 vụ so với tháng 10").subject.value_or(""), "Phạm pháp hình sự");
  // 003: "trong tháng" dates it.
  EXPECT_EQ(SubjectOf("Tệ nạn xã hội phát hiện và xử lý trong tháng xảy ra 03 vụ với 14 đối tượng vi phạm.",
                      "03 vụ"),
            "Tệ nạn xã hội phát hiện và xử lý");
  // 004: a qualified count is still what it counts.
  r = Extract("Tai nạn giao thông xảy ra 41/37 vụ, chết 41/33 người, bị thương 4/7 người.");
  EXPECT_EQ(Find(r, "41/37 vụ").subject.value_or(""), "Tai nạn giao thông");
  EXPECT_EQ(Find(r, "41/33 người").subject.value_or(""), "người");
  // Where or when it happened is not what happened (wording of other reports).
  EXPECT_EQ(SubjectOf("Trong tháng xảy ra 05 vụ.", "05 vụ"), "vụ");
  EXPECT_EQ(SubjectOf("Trên địa bàn tỉnh xảy ra 03 vụ, làm chết 02 người.", "03 vụ"), "vụ");
}

TEST(Context, ABreakdownOfCasesByKindNamesTheKind) {
  // 003: the total names only its noun, so each item is its kind.
  auto r = Extract("Phạm pháp hình sự đã điều tra làm rõ 15 vụ với 20 đối tượng; gồm:10 vụ trộm cắp tài sản, 01 vụ "
                   "cố ý gây thương tích, 01 vụ cướp giật tài sản.");
  EXPECT_EQ(Find(r, "10 vụ").subject.value_or(""), "trộm cắp tài sản");
  EXPECT_EQ(Find(r, "01 vụ").subject.value_or(""), "cố ý gây thương tích");
  // 001: a total that names what happened is the parent.
  r = Extract("Phạm pháp hình sự xảy ra trong tháng xảy ra 10 vụ, giảm 11 vụ so với tháng 10, gồm: 05 vụ trộm cắp tài "
              "sản; 01 vụ cố ý gây thương tích.");
  EXPECT_EQ(Find(r, "05 vụ").subject.value_or(""), "Phạm pháp hình sự / trộm cắp tài sản");
  // 004: a breakdown of a count that is no case keeps its noun.
  r = Extract("Tỉnh đã triển khai cung cấp 1.485/1.809 DVCTT (gồm: 948 DVCTT toàn trình và 501 DVCTT một phần).");
  EXPECT_EQ(Find(r, "948 DVCTT").subject.value_or(""), "DVCTT toàn trình");
  // 004 note ⁴⁹, 003: items that open after ';' or '(' break cases down by kind
  // without "gồm"; "ca" counts on its own ("02 ca mắc quai bị" -> "02 ca").
  r = Extract("Trong 6 tháng đầu năm, ghi nhận 72 ca sốt xuất huyết, không tử vong, giảm 119 so cùng kỳ; 207 ca hội "
              "chứng tay chân miệng, tăng 58 ca, không tử vong; 02 ca mắc quai bị, giảm 03 ca; 55 ca thủy đậu, tăng "
              "17 ca; 03 ca bệnh dại, tử vong 01 ca.");
  EXPECT_EQ(Find(r, "207 ca").subject.value_or(""), "hội chứng tay chân miệng");
  EXPECT_EQ(Find(r, "02 ca").subject.value_or(""), "quai bị");
  EXPECT_EQ(Find(r, "tăng 17 ca").subject.value_or(""), "thủy đậu");
  EXPECT_EQ(Find(r, "03 ca").subject.value_or(""), "bệnh dại");
  r = Extract("Đã khởi tố 02 vụ (01 vụ mua bán trái phép chất ma túy, tàng trữ trái phép chất ma túy; 01 vụ tổ chức "
              "sử dụng trái phép chất ma túy).");
  EXPECT_EQ(Find(r, "02 vụ").subject.value_or(""), "vụ");
  EXPECT_EQ(r.at(1).subject.value_or(""), "mua bán trái phép chất ma túy, tàng trữ trái phép chất ma túy");
  EXPECT_EQ(r.at(2).subject.value_or(""), "tổ chức sử dụng trái phép chất ma túy");
}

TEST(Context, ABareCountBracketedAfterARateRestatesIt) {
  // 003/004: the counts behind the rate are about what the rate is about.
  auto r = Extract("Tuy nhiên, số đảng viên vi phạm bị xử lý kỷ luật tăng 5% so cùng kỳ năm 2023 (63/60 trường "
                   "hợp).");
  EXPECT_EQ(Find(r, "63/60 trường hợp").subject.value_or(""), "số đảng viên vi phạm bị xử lý kỷ luật");
  // 004: "đạt tỷ lệ" is the verb, not part of the subject.
  r = Extract("Đã điều tra, làm rõ 231/255 vụ phạm pháp hình sự, đạt tỷ lệ 90,59%, trong đó, án rất nghiêm "
              "trọng và đặc biệt nghiêm trọng đạt tỷ lệ 94,87% (37/39 vụ).");
  EXPECT_EQ(Find(r, "94,87%").subject.value_or(""), "án rất nghiêm trọng và đặc biệt nghiêm trọng");
  EXPECT_EQ(Find(r, "37/39 vụ").subject.value_or(""), "án rất nghiêm trọng và đặc biệt nghiêm trọng");
  // 004: after a count, a count alone in the bracket restates it too.
  r = Extract("Đến nay, trên địa bàn tỉnh được phê duyệt 19 dự án điện gió (19 nhà máy) và đã cấp chủ trương.");
  EXPECT_EQ(Find(r, "19 nhà máy").subject.value_or(""), "dự án điện gió");
  r = Extract("Có 26 mã số vùng trồng nội địa; 54 vùng trồng xuất khẩu (118 mã), diện tích 964,64 ha.");
  EXPECT_EQ(Find(r, "118 mã").subject.value_or(""), "vùng trồng xuất khẩu");
  // 004: after a count, a list in the bracket breaks it down into its own counts.
  EXPECT_EQ(SubjectOf("Tham mưu cho UBND tỉnh ra QĐ XPVPHC đối với 01 trường hợp/02 cá nhân (01 chủ phương tiện, "
                      "01 thuyền trưởng).",
                      "01 chủ phương tiện"),
            "chủ phương tiện");
  // 001: a count in a bracket that gives the target is about what reached it.
  r = Extract("Ước đến cuối năm 2023 giải quyết việc làm 21.427 người, đạt 107,135% Nghị quyết (NQ là 20.000 "
              "người), trong đó đưa 2.038 lao động đi làm việc có thời hạn ở nước ngoài, đạt 101,9% Nghị quyết "
              "(NQ là 2.000 người).");
  EXPECT_EQ(Find(r, "20.000 người").subject.value_or(""), "giải quyết việc làm");
  EXPECT_EQ(Find(r, "2.000 người").subject.value_or(""), "lao động đi làm việc có thời hạn ở nước ngoài");
  // 004 note ²⁸: a bracket that breaks a count down by kind names each part
  // before its count, and the figure after the bracket goes on about the total.
  r = Extract("Trong 6 tháng đầu năm, toàn tỉnh đã tiếp 1.186 lượt/896 người; giải quyết 392 đơn/469 đơn (khiếu nại "
              "39 đơn, tố cáo 07 đơn và kiến nghị, phản ánh 346 đơn), đạt 83,58%. Đang xem xét giải quyết 77 đơn "
              "trong hạn giải quyết (tố cáo 01 đơn; khiếu nại 10 đơn; kiến nghị, phản ánh 66 đơn).");
  EXPECT_EQ(Find(r, "39 đơn").subject.value_or(""), "khiếu nại");
  EXPECT_EQ(Find(r, "01 đơn").subject.value_or(""), "tố cáo");
  EXPECT_EQ(Find(r, "10 đơn").subject.value_or(""), "khiếu nại");
  EXPECT_EQ(Find(r, "đạt 83,58%").subject.value_or(""), "đơn");
  // 001: a restatement alone in its bracket is no breakdown.
  r = Extract("Tổng khách du lịch ước đạt 2.210.046 lượt người (khách quốc tế 397.962 lượt), tăng 71,9% so cùng kỳ.");
  EXPECT_EQ(Find(r, "tăng 71,9% so cùng kỳ").subject.value_or(""), "Tổng khách du lịch");
  // 003: nor is a count restated after a verb ("(xử phạt 02 trường hợp)").
  r = Extract("Qua kiểm tra phát hiện 02 trường hợp vi phạm không thực hiện quy định về thông báo lưu trú (xử phạt 02 "
              "trường hợp số tiền 2.000.000 đồng).");
  ASSERT_EQ(r.size(), 3u);
  EXPECT_EQ(r[1].subject.value_or(""), "trường hợp");
}

TEST(Context, AVerbThatOnlyCarriesOutOrGrowsTheIndicatorIsNotPartOfIt) {
  // 004: "thực hiện" the activity; "Phát triển" the area grown.
  EXPECT_EQ(SubjectOf("Trong 6 tháng đầu năm 2024, thực hiện tinh giản biên chế 16 trường hợp (khối Đảng 01).",
                      "16 trường hợp"),
            "tinh giản biên chế");
  auto r = Extract("Phát triển diện tích nuôi tôm UDCNC 6 tháng đầu năm đạt 253 ha, đạt 50,6% kế hoạch (KH 500 ha).");
  EXPECT_EQ(Find(r, "253 ha").subject.value_or(""), "diện tích nuôi tôm UDCNC");
  EXPECT_EQ(Find(r, "đạt 50,6% kế hoạch").subject.value_or(""), "diện tích nuôi tôm UDCNC");
  // "Phát triển" before anything but a measure stays: 004 "Phát triển nuôi tôm công nghệ cao".
  EXPECT_EQ(SubjectOf("Phát triển nuôi tôm công nghệ cao đạt 500 ha.", "500 ha"), "Phát triển nuôi tôm công nghệ cao");
}

TEST(Context, ASubjectStopsBeforeItsBaselineItsPeriodAndADanglingAnd) {
  // 004 note ⁵²: what the rate is compared with is its baseline.
  EXPECT_EQ(SubjectOf("Tỷ lệ lao động trong doanh nghiệp tham gia BHXH so với lực lượng lao động đạt 14,5%.", "14,5%"),
            "Tỷ lệ lao động trong doanh nghiệp tham gia BHXH");
  // 003/004: "đạt và vượt" is the verb; the year is the period.
  EXPECT_EQ(SubjectOf("Tiếp tục triển khai các giải pháp, phấn đấu thu ngân sách nhà nước năm 2024 đạt và vượt ít nhất "
                      "05% dự toán.",
                      "vượt ít nhất 05% dự toán"),
            "thu ngân sách nhà nước");
  // 004 PHỤ LỤC 2: a year inside the phrase, before whom it is for.
  EXPECT_EQ(SubjectOf("- CCN – TTCN Phong Nẫm: Vốn bồ trí năm 2024 cho dự án là 50 tỷ đồng.", "50 tỷ đồng"), "Vốn bồ trí");
  // 004 PHỤ LỤC 4: "đến hết năm 2024" is the period too, and so is "Lũy kế".
  EXPECT_EQ(SubjectOf("Lũy kế vốn bố trí đến hết năm 2024 được 995,926 tỷ đồng.", "995,926 tỷ đồng"), "vốn bố trí");
  // 002: "Hoàn thành công tác" only reports the work done.
  auto r = Extract("Hoàn thành công tác tuyển chọn và gọi công dân nhập ngũ năm 2023 với 1.302 công dân, đạt 100% kế "
                   "hoạch.");
  EXPECT_EQ(Find(r, "1.302 công dân").subject.value_or(""), "tuyển chọn và gọi công dân nhập ngũ");
  EXPECT_EQ(Find(r, "đạt 100% kế hoạch").subject.value_or(""), "tuyển chọn và gọi công dân nhập ngũ");
}

TEST(Context, SubjectDropsTheVerbAndTheEstimateWord) {
  // 000: "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước tăng 11,39% so cùng kỳ."
  auto r = Extract("Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước tăng 11,39% so cùng kỳ.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].subject.value_or(""), "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng");
  // 004: the step taken on the indicator, or its scope, is not what it measures.
  EXPECT_EQ(SubjectOf("- Về điều chỉnh quy hoạch phân khu chức năng Cồn Cái Gà từ 20 ha lên 75 ha.", "20 ha"),
            "quy hoạch phân khu chức năng Cồn Cái Gà");
  EXPECT_EQ(SubjectOf("Đã phê duyệt phần diện tích đất cần mở rộng 3,24 ha vào Quy hoạch sử dụng đất.", "3,24 ha"),
            "phần diện tích đất cần mở rộng");
  EXPECT_EQ(SubjectOf("Triển khai các dự án điện gió, có ít nhất 1500 MW đưa vào khai thác.", "ít nhất 1500 MW"),
            "dự án điện gió");
  EXPECT_EQ(SubjectOf("Toàn tỉnh huấn luyện LLTT đạt 100%; huấn luyện DQTV đạt 8,68%.", "100%"), "huấn luyện LLTT");
  // 004, 002: bringing the indicator somewhere, or raising it, is no part of it.
  const std::string first20 = "vào nhóm 20 tỉnh, thành phố dẫn đầu cả nước";
  EXPECT_EQ(SubjectOf("Phấn đấu đưa chỉ số CCHC của tỉnh " + first20 + ".", first20), "chỉ số CCHC của tỉnh");
  EXPECT_EQ(SubjectOf("Thực hiện Đề án cải cách hành chính, nhằm nâng cao chỉ số cải cách hành chính của tỉnh " +
                          first20 + ".",
                      first20),
            "chỉ số cải cách hành chính của tỉnh");
  // 004: "ghi nhận" (recorded) is the verb, as "đạt" is.
  EXPECT_EQ(SubjectOf("Qua rà soát, tổng số người nghiện ghi nhận 988 người.", "988 người"), "tổng số người nghiện");
}

TEST(Context, AsidesAndListItemsRunIntoASentenceAreNoPartOfASubject) {
  // 004 PHỤ LỤC 4: an aside in brackets before the verb is not what it measures.
  EXPECT_EQ(SubjectOf("Diện tích đất đã ban hành quyết định thu hồi đất khoảng 216,2/216,2ha (*không bao gồm đất "
                      "công và đất thủy lợi*) đạt khoảng 100% diện tích.",
                      "khoảng 100%"),  // a share of the area, so a percent
            "Diện tích đất đã ban hành quyết định thu hồi đất");
  // 004 PHỤ LỤC 5: a bracket left open before the figure opens an aside.
  EXPECT_EQ(SubjectOf("Triển khai các biện pháp nắm chắc tình hình khiếu kiện đông người, vượt cấp (4 tháng đầu năm, "
                      "có 19 lần, 147 quần chúng đến Trụ sở tiếp công dân Trung ương).",
                      "19 lần"),
            "biện pháp nắm chắc tình hình khiếu kiện đông người, vượt cấp");
  // 004 PHỤ LỤC 5: ". - " starts a list item inside the sentence.
  EXPECT_EQ(SubjectOf("Phạt hành chính 143 đối tượng, đang củng cố hồ sơ xử lý số còn lại. - Kiểm tra, phúc tra 957 "
                      "trường hợp, phát hiện 413 trường hợp.",
                      "957 trường hợp"),
            "Kiểm tra, phúc tra");
}

TEST(Context, ARateClosingAVerbOfChangeIsAboutItsObject) {
  // 004 PHỤ LỤC 3.
  EXPECT_EQ(SubjectOf("Kết nạp 100 đảng viên mới trở lên; tiếp tục thực hiện kéo giảm ĐV vi phạm bị xử lý kỷ luật "
                      "10%; xây dựng 10 chi bộ.",
                      "10%"),
            "ĐV vi phạm bị xử lý kỷ luật");
}

TEST(Context, ARateAfterEqualsRestatesTheChangeBeforeIt) {
  // 004 PHỤ LỤC 5.
  EXPECT_EQ(SubjectOf("Hiện có 973 người nghiện (so với cuối năm 2023, tăng 65 người nghiện = 7,51%, giảm 75 người "
                      "sử dụng = 6,63%).",
                      "7,51%"),
            "người nghiện");
}

TEST(Context, SubjectsAreWrittenAsTheBulletinWritesThem) {
  // 004: curly quotes and the comma of a counted noun's qualifiers stay as written.
  auto r = Extract(
      "Ban Thường vụ cho chủ trương: xét xử 29 vụ án dân sự \u201cTranh chấp đòi tài sản là quyền sử "
      "dụng đất\u201d liên quan đến đất quốc phòng tại huyện.");
  EXPECT_EQ(Find(r, "29 vụ án").subject.value_or(""),
            "vụ án dân sự \u201cTranh chấp đòi tài sản là quyền sử dụng đất\u201d liên quan đến đất quốc phòng");
  EXPECT_EQ(SubjectOf("Đã tổ chức học tập cho 49.231/49.967 cán bộ, đảng viên.", "49.231/49.967 cán bộ"),
            "cán bộ, đảng viên");
  // 002: a clause cut at its comma leaves no comma behind.
  std::string services = SubjectOf(
      "Thị trường ổn định, đáp ứng nhu cầu của người tiêu dùng và góp phần thúc đẩy tăng trưởng của khu vực "
      "dịch vụ, tăng trưởng 5,09%, đóng góp 2,09 điểm phần trăm vào mức tăng trưởng chung.",
      "5,09%");
  EXPECT_FALSE(services.ends_with(",")) << services;
}

TEST(Context, ConnectivesDatesAndEnumeratorsOpeningAClauseAreNotItsSubject) {
  // 002: the effort pledged is not what is measured.
  EXPECT_EQ(SubjectOf("Phấn đấu tăng thu ngân sách nhà nước năm 2023, nỗ lực phấn đấu thu ngân sách từ 6.000 tỷ đồng "
                      "trở lên.",
                      "từ 6.000 tỷ đồng trở lên"),
            "thu ngân sách");
  // 004 note ²⁷: a fronted date with its month is the period, not the subject.
  EXPECT_NE(SubjectOf("Đến cuối tháng 5/2024, có 100% Mặt trận Tổ quốc Việt Nam các xã, thị trấn đã tổ chức thành "
                      "công đại hội.",
                      "100%"),
            "Đến cuối");
  // 004 PHỤ LỤC 2: "kết quả đánh giá", "kết quả ước" introduce the indicator.
  EXPECT_EQ(SubjectOf("Kết quả ước tăng trưởng kinh tế (GRDP) 6 tháng đầu năm đạt 4,96%.", "4,96%"),
            "tăng trưởng kinh tế (GRDP)");
  // 001: the province after an index's acronym is not part of the indicator.
  auto index = Extract("Năm 2022, kết quả đánh giá Chỉ số Năng lực cạnh tranh cấp tỉnh (PCI) Bến Tre xếp vị trí 13/63 "
                       "tỉnh/thành, tăng 05 bậc.");
  EXPECT_EQ(Find(index, "xếp vị trí 13/63 tỉnh/thành").subject.value_or(""),
            "Chỉ số Năng lực cạnh tranh cấp tỉnh (PCI)");
  EXPECT_EQ(Find(index, "tăng 05 bậc").subject.value_or(""), "Chỉ số Năng lực cạnh tranh cấp tỉnh (PCI)");
  // 002, 003: a verb the period stood after; "tăng trưởng" as the verb of a rate.
  EXPECT_EQ(SubjectOf("Chỉ số tăng trưởng kinh tế ước 9 tháng năm 2023 tăng 4,45%.", "tăng 4,45%"),
            "Chỉ số tăng trưởng kinh tế");
  EXPECT_EQ(SubjectOf("Trong 6 tháng đầu năm, Khu vực II tăng trưởng 9,3%.", "9,3%"), "Khu vực II");
  // 000: a month closing the subject; a quarter and "có thể" name nothing.
  EXPECT_EQ(SubjectOf("Lạm phát tháng 01/2020 đã tăng 1,5% so với cùng kỳ năm 2019.",
                      "tăng 1,5% so với cùng kỳ năm 2019"),
            "Lạm phát");
  EXPECT_EQ(SubjectOf("Dự báo GDP của Trung Quốc giảm từ 0,5 đến 1 điểm phần trăm trong năm 2020; riêng trong quý "
                      "I/2020 có thể giảm 2 điểm phần trăm.",
                      "giảm 2 điểm phần trăm"),
            "GDP của Trung Quốc");
  EXPECT_EQ(SubjectOf("Tình hình sản xuất nông nghiệp cơ bản được duy trì, với tốc độ tăng trưởng ước đạt 2,68%.",
                      "2,68%"),
            "tốc độ tăng trưởng");
  // 004: a restatement "(tương đương …)" and a share "chiếm …" after it are
  // about the lead of the sentence.
  auto r = Extract(
      "Giá trị sản xuất ngành sản xuất chế biến thủy sản ước đạt 2.450 tỷ đồng, giảm 0,41% so với cùng kỳ "
      "(tương đương giảm 10 tỷ đồng), chiếm 12,28% giá trị sản xuất công nghiệp toàn tỉnh.");
  for (const char* text : {"giảm 10 tỷ đồng", "12,28%"})
    EXPECT_EQ(Find(r, text).subject.value_or(""), "Giá trị sản xuất ngành sản xuất chế biến thủy sản") << text;
  // 004: a bracket restating the count before it as a rate.
  EXPECT_EQ(SubjectOf("Số lượng tập thể lãnh đạo hoàn thành xuất sắc nhiệm vụ là 29/79 tập thể (tỷ lệ 36,71%).",
                      "36,71%"),
            "Số lượng tập thể lãnh đạo hoàn thành xuất sắc nhiệm vụ");
  // 003: a bracket giving the target; 001: a period inside the subject.
  EXPECT_EQ(SubjectOf("Tỷ lệ lao động qua đào tạo đạt 66,95% (nghị quyết 68%).", "68%"), "Tỷ lệ lao động qua đào tạo");
  EXPECT_EQ(SubjectOf("Tăng trưởng kinh tế (GRDP) 6 tháng đầu năm đạt thấp so với khu vực đồng bằng sông Cửu Long "
                      "(đứng thứ 12/13 các tỉnh/thành phố).",
                      "đứng thứ 12/13 các tỉnh/thành phố"),
            "Tăng trưởng kinh tế (GRDP)");
  // 004: a date, an enumerator or a pledge opening the clause.
  EXPECT_EQ(SubjectOf("Đến ngày 30/6/2024 giải ngân đạt 1.565,4 tỷ đồng, đạt 33,8% kế hoạch.", "1.565,4 tỷ đồng"),
            "giải ngân");
  EXPECT_EQ(SubjectOf("(iii) Lũy kế diện tích đất đã ban hành quyết định thu hồi đất khoảng 216,2/216,2ha.",
                      "khoảng 216,2/216,2ha"),
            "diện tích đất đã ban hành quyết định thu hồi đất");
  // 004: "tương ứng" restates; a clause after a closing bracket starts after it.
  auto loan = Extract("Trong đó, ngân sách trung ương cấp phát 90% (tương ứng 4.664.700 triệu đồng) và tỉnh Bến Tre "
                      "vay lại 10% (tương ứng 518.300 triệu đồng).");
  EXPECT_EQ(Find(loan, "4.664.700 triệu đồng").subject.value_or(""), "ngân sách trung ương cấp phát");
  EXPECT_EQ(Find(loan, "10%").subject.value_or(""), "tỉnh Bến Tre vay lại");
  EXPECT_EQ(Find(loan, "518.300 triệu đồng").subject.value_or(""), "tỉnh Bến Tre vay lại");
  // 000, 004: a conjunction, a forecast or an aspect word opening the clause.
  EXPECT_EQ(SubjectOf("Tổng diện tích nuôi thủy sản giảm 6,44% nhưng sản lượng tăng 11,54% so cùng kỳ.",
                      "tăng 11,54% so cùng kỳ"),
            "sản lượng");
  EXPECT_EQ(SubjectOf("Gói thầu San lấp lô A2 khối lượng thi công đạt 69,17%, đang bơm cát san lấp đạt khoảng 76,76%.",
                      "khoảng 76,76%"),
            "Gói thầu San lấp lô A2 / bơm cát san lấp");
  // 004: a mass measures what follows it.
  EXPECT_EQ(SubjectOf("Thu giữ 1.102,5271 gram ma túy tổng hợp, 0,0424 gam heroine.", "0,0424 gam"), "heroine");
  // 004: a work and how far it has got, in the "parent / part" form.
  EXPECT_EQ(SubjectOf("Gói thầu San lấp lô A3 khối lượng thi công đạt 71,42% giá trị hợp đồng.",
                      "đạt 71,42% giá trị hợp đồng"),
            "Gói thầu San lấp lô A3 / khối lượng thi công");
  // 004 PHỤ LỤC 5: an address goes on past its commas; a project's package is the nearer work.
  EXPECT_EQ(SubjectOf("Dự án Kè chống sạt lở bờ sông Giao Hòa, xã Giao Long, huyện Châu Thành tiến độ thực hiện 48% giá "
                      "trị hợp đồng, đã trãi qua 41% thời gian.",
                      "48% giá trị hợp đồng"),
            "Dự án Kè chống sạt lở bờ sông Giao Hòa, xã Giao Long, huyện Châu Thành / tiến độ thực hiện");
  EXPECT_EQ(SubjectOf("<i>Dự án Nâng cấp ga cố chống sạt lở đê bao cồn Tam Hiệp, huyện Bình Đại</i> gói thầu xây lắp "
                      "số 1 khối lượng thực hiện đạt 99,75% giá trị hợp đồng.",
                      "đạt 99,75% giá trị hợp đồng"),
            "gói thầu xây lắp số 1 / khối lượng thực hiện");
  // 004, 002: a bare rate word or a contribution names nothing new.
  EXPECT_EQ(SubjectOf("Đến nay có 17.330/17.330 tài khoản đăng nhập, đạt tỷ lệ 100%.", "100%"), "tài khoản đăng nhập");
  // 004 PHỤ LỤC 3 (Thạnh Phú): nor does the place that has the measure.
  r = Extract("- Phát triển 45/130 ha nuôi tôm công nghệ cao (đạt 34,61% so với chỉ tiêu NQ năm 2024), đến nay huyện "
              "có 1.292/1.500 ha.");
  EXPECT_EQ(Find(r, "1.292/1.500 ha").subject.value_or(""), "nuôi tôm công nghệ cao");
  EXPECT_EQ(SubjectOf("Sản xuất nông - ngư nghiệp tương đối thuận lợi, tăng trưởng khu vực I đạt 2,87%, đóng góp "
                      "1,01 điểm phần trăm vào mức tăng trưởng chung.",
                      "1,01 điểm phần trăm"),
            "tăng trưởng khu vực I");
  // 004, 002: a name that closes on its acronym runs over its comma.
  r = Extract("Năm 2023, Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước "
              "(SIPAS) xếp ở vị trí 42/63 tỉnh/thành, giảm 01 bậc.");
  for (const Record& x : r)
    EXPECT_EQ(x.subject.value_or(""),
              "Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS)")
        << x.text;
  // 003/004: a comma inside the noun phrase; 004: one before a labelled amount.
  EXPECT_EQ(SubjectOf("Tỷ lệ lao động qua đào tạo đạt 66,95% (nghị quyết 68%), tỷ lệ lao động qua đào tạo có bằng "
                      "cấp, chứng chỉ đạt 37,29% (nghị quyết 38%).",
                      "37,29%"),
            "tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ");
  EXPECT_EQ(SubjectOf("Đang triển khai thi công Gói thầu số 7: Thi công xây dựng công trình và mua sắm, lắp đặt thiết "
                      "bị đạt 72% giá trị hợp đồng.",
                      "đạt 72% giá trị hợp đồng"),
            "Thi công xây dựng công trình và mua sắm, lắp đặt thiết bị");
  EXPECT_EQ(SubjectOf("Kết luận về tiêu chuẩn chính trị phục vụ công tác cán bộ, kết nạp đảng viên là 42 trường hợp.",
                      "42 trường hợp"),
            "Kết luận về tiêu chuẩn chính trị phục vụ công tác cán bộ, kết nạp đảng viên");
  EXPECT_EQ(SubjectOf("Trợ cấp ưu đãi hàng tháng cho người có công với cách mạng, kinh phí 40,13 tỷ đồng/tháng.",
                      "40,13 tỷ đồng/tháng"),
            "kinh phí");
  // 004: a period alone before the verb; the figure is the lead's area again.
  EXPECT_EQ(SubjectOf("Diện tích nuôi tôm ứng dụng công nghệ cao 6 tháng đầu năm đạt 253 ha, lũy kế ước đạt "
                      "3.363 ha, đạt 84,1% Nghị quyết nhiệm kỳ.",
                      "3.363 ha"),
            "Diện tích nuôi tôm ứng dụng công nghệ cao");
  EXPECT_EQ(SubjectOf("Tập trung thực hiện các giải pháp, phấn đấu tăng trưởng kinh tế (GRDP) đạt từ 6,5% - 7%.",
                      "từ 6,5% - 7%"),
            "tăng trưởng kinh tế (GRDP)");
}

TEST(Context, ARateNamingItsDimensionAfterItIsAboutThatDimension) {
  // 002: "kéo giảm cả 03 tiêu chí (giảm 28,3% về số vụ, …)"; 004: the second
  // rate's span holds its dimension and its baseline.
  auto r = Extract("Tai nạn giao thông đường bộ kéo giảm cả 03 tiêu chí (giảm 28,3% về số vụ, giảm 31,25% về số "
                   "người chết, giảm 36% về số người bị thương).");
  EXPECT_EQ(Find(r, "giảm 28,3%").subject.value_or(""), "số vụ");
  EXPECT_EQ(Find(r, "giảm 36%").subject.value_or(""), "số người bị thương");
  r = Extract("Có 294 doanh nghiệp thành lập mới, tăng 7,07% về số doanh nghiệp và bằng 40,8% về vốn đăng ký so "
              "cùng kỳ.");
  EXPECT_EQ(Find(r, "tăng 7,07%").subject.value_or(""), "số doanh nghiệp");
  EXPECT_EQ(Find(r, "bằng 40,8% về vốn đăng ký so cùng kỳ").subject.value_or(""), "vốn đăng ký");
}

TEST(Context, APercentOpeningANounPhraseIsAboutIt) {
  // 004: the share of what follows it, unless a verb makes that the whole.
  EXPECT_EQ(SubjectOf("Khối lượng thực hiện đạt 13,56% giá trị hợp đồng, đã trãi qua 41,67% thời gian, dự kiến "
                      "hoàn thành năm 2025.",
                      "41,67%"),
            "thời gian");
  EXPECT_EQ(SubjectOf("Toàn tỉnh có trên 200 doanh nghiệp cung cấp dịch vụ viễn thông, 99% doanh nghiệp nộp thuế "
                      "điện tử và sử dụng hóa đơn điện tử.",
                      "99%"),
            "doanh nghiệp nộp thuế điện tử và sử dụng hóa đơn điện tử");
  EXPECT_EQ(SubjectOf("Giá trị sản xuất ngành sản xuất chế biến thủy sản ước đạt 2.450 tỷ đồng, chiếm 12,28% giá trị "
                      "sản xuất công nghiệp toàn tỉnh.",
                      "12,28%"),
            "Giá trị sản xuất ngành sản xuất chế biến thủy sản");
  // 004 PHỤ LỤC 3: in a quoted name, the phrase runs over its commas to the closing quote.
  EXPECT_EQ(SubjectOf("(4) Xã Châu Hưng xây dựng đạt mô hình “vận động 100% tổ chức, cá nhân đồng thuận bàn giao "
                      "mặt bằng thi công đường giao thông nông thôn” đối với tuyến đường từ Quốc lộ 57 b vào trung "
                      "tâm xã.",
                      "100%"),
            "tổ chức, cá nhân đồng thuận bàn giao mặt bằng thi công đường giao thông nông thôn");
}

TEST(Context, AChangeByARateWhoseObjectFollowsIsAboutTheObject) {
  // 004 PHỤ LỤC 3, 002: the rate's object comes after it; a comparison does not.
  EXPECT_EQ(SubjectOf("Thi đua kết nạp 100 đảng viên; kéo giảm 5% đảng viên vi phạm bị xử lý kỷ luật so với năm 2023.",
                      "kéo giảm 5%"),
            "đảng viên vi phạm bị xử lý kỷ luật");
  EXPECT_EQ(SubjectOf("Sau khi thực hiện các giải pháp đã giảm được hơn 95% mức độ ô nhiễm.", "giảm được hơn 95%"),
            "mức độ ô nhiễm");
  EXPECT_EQ(SubjectOf("Tổng mức bán lẻ hàng hóa tăng 11,39% so cùng kỳ.", "tăng 11,39% so cùng kỳ"),
            "Tổng mức bán lẻ hàng hóa");
}

TEST(Context, CasesOverTheThingsTheyConcernAreNamedByTheThings) {
  // 004 PHỤ LỤC 2: cases over the boats they concern describe the boats; a
  // count with its own noun keeps it.
  EXPECT_EQ(SubjectOf("Phát hiện 07 trường hợp/07 tàu cá có hành vi khai thác thủy sản vượt ranh.",
                      "07 trường hợp/07 tàu cá"),
            "tàu cá có hành vi khai thác thủy sản vượt ranh");
  EXPECT_EQ(SubjectOf("Kiểm tra 242 lượt phương tiện/1.654 lượt người hoạt động khu vực cửa sông.",
                      "242 lượt phương tiện/1.654 lượt người"),
            "lượt phương tiện hoạt động khu vực cửa sông");
  EXPECT_EQ(SubjectOf("Có 5044/5217 đảng viên được đánh giá.", "5044/5217 đảng viên"), "đảng viên được đánh giá");
}

TEST(Context, ACountedNounsQualifiersStopWhereAnotherFigureOrAPeriodBegins) {
  // 004, 001: a coordinated clause with its own number, a year, an amount's label.
  EXPECT_EQ(SubjectOf("Có 20 xã đạt 15 - 18 tiêu chí, 17 xã đạt 10 - 14 tiêu chí và không còn xã đạt dưới 10 tiêu chí.",
                    "17 xã"),
            "xã đạt 10 - 14 tiêu chí");
  EXPECT_EQ(SubjectOf("Hoàn thành Dự án xây dựng 12 trụ sở Công an xã năm 2023.", "12 trụ sở"), "trụ sở Công an xã");
  EXPECT_EQ(SubjectOf("Phát hiện và xử lý 05 vụ, xử phạt hành chính 03 đối tượng số tiền 45.000.000 đồng.",
                    "03 đối tượng"),
            "đối tượng");
  // A further count after "cho" or "với (gần)" ends them: 003 "1182 CĐCS với gần 96.000 CNLĐ";
  // "25 lớp tập huấn cho 1.500 lượt cán bộ" (wording of other reports).
  EXPECT_EQ(SubjectOf("Công đoàn tỉnh quản lý 1182 CĐCS với gần 96.000 CNLĐ.", "1182 CĐCS"), "CĐCS");
  EXPECT_EQ(SubjectOf("Tổ chức 25 lớp tập huấn cho 1.500 lượt cán bộ.", "25 lớp"), "lớp tập huấn");
  // 001, 004: a modal or aspect word opens the predicate.
  EXPECT_EQ(SubjectOf("Qua kiểm tra nhắc nhở 59 cơ sở phải đảm bảo an toàn PCCC, xây dựng phương án PCCC.", "59 cơ sở"),
            "cơ sở");
  EXPECT_EQ(SubjectOf("Qua kiểm tra ma túy 03 đối tượng đều dương tính.", "03 đối tượng"), "đối tượng");
  EXPECT_EQ(SubjectOf("Dự án hoàn thiện hồ sơ địa chính trên địa bàn 06 xã thuộc thành phố Bến Tre đang được tập "
                      "trung triển khai thực hiện.",
                      "06 xã"),
            "xã thuộc thành phố Bến Tre");
  // 004 PHỤ LỤC 3: places counted, then named; an acronym qualifies.
  EXPECT_EQ(SubjectOf("Công nhận 02 xã Phú Vang và Lộc Thuận đạt chuẩn nông thôn mới nâng cao.", "02 xã"), "xã");
  EXPECT_EQ(SubjectOf("Lũy kế có 06 xã NTM, 03 xã NTM nâng cao.", "06 xã"), "xã NTM");
  // 002, 003, 001: what the count was done by or for, or in which fields, is not
  // what it counts; a place "trên các trang" still is.
  EXPECT_EQ(SubjectOf("Cho chủ trương xử lý 03 vụ án theo tinh thần Chỉ thị số 26-CT/TW.", "03 vụ án"), "vụ án");
  EXPECT_EQ(SubjectOf("Hiện tại có 256 sản phẩm còn thời hạn và có 57 sản phẩm hết thời hạn theo quyết định công nhận.",
                      "57 sản phẩm"),
            "sản phẩm hết thời hạn");
  EXPECT_EQ(SubjectOf("LĐLĐ tỉnh đã ký kết với 27 đối tác về các chương trình phúc lợi.", "27 đối tác"), "đối tác");
  EXPECT_EQ(SubjectOf("Có trên 6.000 sáng kiến, cải tiến kỹ thuật trên các lĩnh vực được công nhận.",
                      "trên 6.000 sáng kiến"),
            "sáng kiến, cải tiến kỹ thuật");
  EXPECT_EQ(SubjectOf("Hỗ trợ 02 doanh nghiệp trong thời gian qua.", "02 doanh nghiệp"), "doanh nghiệp");
  EXPECT_EQ(SubjectOf("Đăng 10 tin bài trên các trang mạng xã hội.", "10 tin bài"), "tin bài trên các trang mạng xã hội");
  // 000: "tại chỗ" is "on the spot", not a place; "và chưa" opens a clause.
  EXPECT_EQ(SubjectOf("Thành lập 4 đội phản ứng nhanh gồm 2 đội Điều trị tại chỗ (khi có ghi nhận ca dương tính).",
                      "2 đội"),
            "đội Điều trị tại chỗ");
  EXPECT_EQ(SubjectOf("Đã có 53 ca mắc, trong đó 16 ca đã được điều trị khỏi và chưa có trường hợp nào tử vong.",
                      "16 ca"),
            "ca đã được điều trị khỏi");
  // 004 PHỤ LỤC 2: "trong đó:" opens a clause however it is punctuated.
  EXPECT_EQ(SubjectOf("Thành lập Tổ Biên tập gồm 16 thành viên, trong đó: 02 đồng chí.", "16 thành viên"), "thành viên");
  // 004 note ⁵¹: a figure inside a quotation ends its phrase at the closing
  // quote; a thousands dot is not a full stop.
  const std::string note51 =
      "19/19 cơ sở y tế đã liên thông dữ liệu 28.219 Giấy khám sức khỏe lái xe. Liên thông dữ liệu 10.967 Giấy "
      "chứng sinh để phục vụ nhóm dịch vụ công trực tuyến “đăng ký khai sinh - cấp thẻ BHYT cho trẻ dưới 6 "
      "tuổi”. Liên thông dữ liệu 214 Giấy báo tử.";
  EXPECT_EQ(SubjectOf(note51, "dưới 6 tuổi"), "tuổi");
  EXPECT_EQ(SubjectOf(note51, "19/19 cơ sở"), "cơ sở y tế đã liên thông dữ liệu 28.219 Giấy khám sức khỏe lái xe");
  // 004 note ²⁷: "sẽ", like "phải" and "đang được", opens the predicate.
  EXPECT_EQ(SubjectOf("Đã hoàn thành đại hội huyện Mỏ Cày Bắc; 05 huyện/thành phố còn lại sẽ tổ chức đại hội trước "
                      "ngày 15/6/2024.",
                      "05 huyện/thành phố"),
            "huyện/thành phố còn lại");
  // 004: "đối với" goes on qualifying the noun.
  EXPECT_EQ(SubjectOf("Hướng dẫn 15 tổ chức cá nhân về xác lập quyền sở hữu trí tuệ đối với nhãn hiệu thông thường.",
                    "15 tổ chức"),
            "tổ chức cá nhân về xác lập quyền sở hữu trí tuệ đối với nhãn hiệu thông thường");
  EXPECT_EQ(SubjectOf("Hướng dẫn 15 tổ chức cá nhân đối với số hộ nghèo trên địa bàn.", "15 tổ chức"),
            "tổ chức cá nhân đối với số hộ nghèo trên địa bàn");
  // 003, 004: a clause of its own after a comma or "và", a list the noun opens.
  EXPECT_EQ(SubjectOf("Toàn tỉnh hiện có trên 70 chi, đảng bộ trong DN với gần 1400 đảng viên, đã làm nòng cốt "
                      "trên các lĩnh vực.",
                      "gần 1400 đảng viên"),
            "đảng viên");
  EXPECT_EQ(SubjectOf("Đến nay, toàn tỉnh có 04 tổ liên kết tham gia vào chuỗi giá trị các sản phẩm nông nghiệp "
                      "chủ lực và đạt được một số kết quả khả quan.",
                      "04 tổ liên kết"),
            "tổ liên kết tham gia vào chuỗi giá trị các sản phẩm nông nghiệp chủ lực");
  EXPECT_EQ(SubjectOf("Tuần tra tuyến sông Bến Tre phát hiện 02 tàu sắt gồm: biển kiểm soát Btr-83.", "02 tàu"),
            "tàu sắt");
  // 004: "với" an amount stops them; "với" what the noun is bound to does not.
  EXPECT_EQ(SubjectOf("Trợ cấp ưu đãi hàng tháng cho 17.722 người có công với cách mạng, kinh phí 40,13 tỷ đồng/tháng.",
                      "17.722 người"),
            "người có công với cách mạng");
  EXPECT_EQ(SubjectOf("Chi trả cho 1.211 người hưởng trợ cấp thất nghiệp với số tiền là 29,8 tỷ đồng.", "1.211 người"),
            "người hưởng trợ cấp thất nghiệp");
  // 004: the noun written with its qualifiers before the count.
  EXPECT_EQ(SubjectOf("Tổng số thuê bao Internet hiện có là 1.223.413 thuê bao; trong đó, thuê bao băng rộng di động "
                      "930.983 thuê bao; thuê bao băng rộng cố định 292.430 thuê bao.",
                      "930.983 thuê bao"),
            "thuê bao băng rộng di động");
  // 004 PHỤ LỤC 3 (Mỏ Cày Bắc), where the noun opens the sentence.
  EXPECT_EQ(SubjectOf("- Đưa vào sử dụng 11 công trình. Công trình chuyên tiếp 02 công trình. Khởi công mới 15 công "
                      "trình.",
                      "02 công trình"),
            "Công trình chuyên tiếp");
  // 004: a bare count after a list item's label is what the label names.
  auto r = Extract("Tiếp nhận đạn dược các loại: Co82: 02 quả; M79: 01 quả; B41: 01 quả.");
  EXPECT_EQ(Find(r, "02 quả").subject.value_or(""), "Co82");
  EXPECT_EQ(Find(r, "01 quả").subject.value_or(""), "M79");
  // 004: a clause of time, agent or consequence.
  EXPECT_EQ(SubjectOf("Kiểm tra 03 đảng viên khi có dấu hiệu vi phạm.", "03 đảng viên"), "đảng viên");
  EXPECT_EQ(SubjectOf("Còn 02 hộ chưa bàn giao mặt bằng phía đường gom nên chưa thi công di dời điện được.", "02 hộ"),
            "hộ chưa bàn giao mặt bằng phía đường gom");
  // 004 PHỤ LỤC 3: a rate that restates the ratio is a further figure; one
  // that says which items are counted qualifies them (003).
  EXPECT_EQ(SubjectOf("- Đưa 141 lao động đi làm việc nước ngoài theo hợp đồng, nâng tổng số đến nay 520/500 lao động "
                      "đạt 104% so với chỉ tiêu nhiệm kỳ 2020 -2025.",
                      "520/500 lao động"),
            "lao động");
  EXPECT_EQ(SubjectOf("So với chỉ tiêu Nghị quyết, ước có 02/24 chỉ tiêu đạt 100%.", "02/24 chỉ tiêu"),
            "chỉ tiêu đạt 100%");
  EXPECT_EQ(SubjectOf("Thi đua kết nạp 105 đảng viên mới trở lên.", "105 đảng viên"), "đảng viên mới");
  EXPECT_EQ(SubjectOf("Có 07 sản phẩm đạt chứng nhận OCOP 3 sao trở lên.", "07 sản phẩm"),
            "sản phẩm đạt chứng nhận OCOP 3 sao trở lên");
  EXPECT_EQ(SubjectOf("- Kết nạp 82/130 đảng viên đạt 63,08%. - Đang thẩm định 25 hồ sơ chi bộ ấp, khu phố.",
                      "82/130 đảng viên"),
            "đảng viên");
  // 004 PHỤ LỤC 3, 003: an amount's label after a count, a run-in list item.
  EXPECT_EQ(SubjectOf("Đến nay, huy động được 9,3 tỷ đồng đạt 93% (trong đó hỗ trợ xây dựng 82 căn nhà Đại đoàn kết, "
                      "05 cây cầu bê tông tổng kinh phí 4,3 tỷ đồng).",
                      "4,3 tỷ đồng"),
            "tổng kinh phí");
  EXPECT_EQ(SubjectOf("Xử lý hành chính 03 vụ, phạt 14 đối tượng sử dụng trái phép chất ma túy tổng số tiền "
                      "21.250.000 đồng.",
                      "21.250.000 đồng"),
            "tổng số tiền");
  EXPECT_EQ(SubjectOf("- Xây dựng 12/50 căn nhà tình thương cho hộ nghèo. - Tỉ lệ tham gia BHYT đến nay đạt 95,5%; "
                      "8,69% lao động trong độ tuổi tham gia BHXH.",
                      "95,5%"),
            "Tỉ lệ tham gia BHYT");
  // 004 PHỤ LỤC 3: a bracket opening on a verb measures the phrase before it,
  // unless that restates the figure before ("03/30 chi bộ … (đạt 10% …)").
  r = Extract("- Tiếp tục thực hiện: chuẩn đô thị loại I: Diện tích sàn nhà ở bình quân (đạt 28m²/sàn/người), tỷ lệ "
              "sử dụng hình thức hoả táng (đạt 30% trở lên), tỷ lệ tuyến phố văn minh đô thị (đạt từ 50%).");
  EXPECT_EQ(Find(r, "28m²/sàn").subject.value_or(""), "Diện tích sàn nhà ở bình quân");
  EXPECT_EQ(Find(r, "30% trở lên").subject.value_or(""), "tỷ lệ sử dụng hình thức hoả táng");
  EXPECT_EQ(Find(r, "50%").subject.value_or(""), "tỷ lệ tuyến phố văn minh đô thị");
  r = Extract("- Phát triển mới 40/100 đảng viên (đạt 40% theo chỉ tiêu NQ), công nhận 03/30 chi bộ áp, khu phố TS "
              "VM TD (đạt 10% so với chỉ tiêu NQ).");
  EXPECT_EQ(Find(r, "đạt 10% so với chỉ tiêu NQ").subject.value_or(""), "chi bộ áp, khu phố TS VM TD");
  // 004: the commas of a bracket list its items, they do not end the clause.
  EXPECT_EQ(SubjectOf("Gói thầu San lấp lô (B1, KT-T, KT-R) và Trạm xử lý nước thải 4.500 m³/ngày đêm đã phê duyệt "
                      "hủy thầu lần 1.",
                      "4.500 m³/ngày đêm"),
            "Gói thầu San lấp lô (B1, KT-T, KT-R) và Trạm xử lý nước thải");
  // 003: a figure inside the qualifiers of the count before it is not about itself.
  r = Extract("So với chỉ tiêu Nghị quyết, ước có 02/24 chỉ tiêu đạt 100%; 03/24 chỉ tiêu đạt trên 90%.");
  EXPECT_EQ(Find(r, "đạt 100%").subject.value_or(""), "chỉ tiêu");
  EXPECT_EQ(Find(r, "đạt trên 90%").subject.value_or(""), "chỉ tiêu");
  // 004: a change in a count is about the noun it qualifies.
  r = Extract("Qua rà soát, tổng số người nghiện ghi nhận 988 người, người sử dụng trái phép chất ma túy 1.048 "
              "người (tăng 83 người nghiện, giảm 84 người sử dụng).");
  EXPECT_EQ(Find(r, "tăng 83 người").subject.value_or(""), "người nghiện");
  // 004 PHỤ LỤC 3: "=" stands between a label and its figure.
  r = Extract("Toàn tỉnh huấn luyện LLTT đạt 100%; huấn luyện DQTV = $1.887/21.749$ đạt 8,68%; DBĐV = $141/1.174$ "
              "đạt 12,01%.");
  EXPECT_EQ(Find(r, "1.887/21.749").subject.value_or(""), "huấn luyện DQTV");
  EXPECT_EQ(Find(r, "141/1.174").subject.value_or(""), "DBĐV");
  // 004: an acronym in brackets is part of the name unless it abbreviates it;
  // "mới" and "trở lên" qualify what they follow.
  r = Extract("Có 07 doanh nghiệp viễn thông đang hoạt động; 1.671 trạm thu phát sóng viễn thông (BTS), tăng 81 trạm "
              "so với cùng kỳ. Đến nay, toàn tỉnh có 67 tổ hợp tác (THT), 78 hợp tác xã (HTX).");
  EXPECT_EQ(Find(r, "1.671 trạm").subject.value_or(""), "trạm thu phát sóng viễn thông (BTS)");
  EXPECT_EQ(Find(r, "67 tổ hợp tác").subject.value_or(""), "tổ hợp tác");
  EXPECT_EQ(SubjectOf("Trong 6 tháng đầu năm, các cơ sở giáo dục nghề nghiệp tuyển sinh mới 3.319 người.", "3.319 người"),
            "các cơ sở giáo dục nghề nghiệp tuyển sinh mới");
  EXPECT_EQ(SubjectOf("Tổng nhân lực là 518 (nhân lực có trình độ Cao đẳng trở lên là 462 người).", "462 người"),
            "nhân lực có trình độ Cao đẳng trở lên");
  // 003: "chiếm", "bằng", "tăng", "giảm" end the qualifiers only as the verb of
  // a further figure: "02 vụ lừa đảo chiếm đoạt tài sản", "13 tỉnh, thành vùng
  // đồng bằng sông Cửu Long"; 004: ", bằng hình thức …" opens a clause.
  r = Extract("Đã điều tra làm rõ 15 vụ; gồm: 01 vụ sử dụng tài liệu giả, 02 vụ lừa đảo chiếm đoạt tài sản; 01 vụ "
              "tàng trữ trái phép chất ma túy.");
  EXPECT_EQ(Find(r, "02 vụ").subject.value_or(""), "lừa đảo chiếm đoạt tài sản");
  EXPECT_EQ(SubjectOf("Triển khai Chương trình liên kết giữa Thành phố Hồ Chí Minh và 13 tỉnh, thành vùng đồng bằng sông "
                      "Cửu Long.",
                      "13 tỉnh, thành"),
            "tỉnh, thành vùng đồng bằng sông Cửu Long");
  EXPECT_EQ(SubjectOf("Các cấp thuộc Đảng bộ Khối đã quyết định thi hành kỷ luật 02 đảng viên, bằng hình thức khiển "
                      "trách.",
                      "02 đảng viên"),
            "đảng viên");
  // 003, 004: a comma before a word that opens a clause ends the qualifiers;
  // one that lists them ("vụ án, vụ việc", "công trình, dự án") does not.
  EXPECT_EQ(SubjectOf("Nhà nước đã phong tặng và truy tặng danh hiệu Bà mẹ Việt Nam anh hùng cho 46.770 bà mẹ liệt sĩ, "
                      "tiếp tục truy tặng và phong tặng danh hiệu cao quý Anh hùng lực lượng vũ trang nhân dân.",
                      "46.770 bà mẹ"),
            "bà mẹ liệt sĩ");
  EXPECT_EQ(SubjectOf("Theo dõi, nắm tình hình kết quả xử lý 05 vụ án, vụ việc liên quan đến lĩnh vực nội chính, 14 vụ "
                      "án, vụ việc liên quan các công trình, dự án trọng điểm, đảm bảo theo đúng đường lối, chủ trương "
                      "của Đảng, pháp luật của Nhà nước.",
                      "14 vụ án, vụ việc"),
            "vụ án, vụ việc liên quan các công trình, dự án trọng điểm");
}

TEST(Context, AMeasureIsAboutWhatItMeasuresAndAScaledCountAboutItsNoun) {
  // 004: "ha" names the land after it; 003: "9 triệu người" counts people.
  EXPECT_EQ(SubjectOf("Triều cường làm sạt lở bờ kè và ảnh hưởng đến khoảng 127,5 ha đất sản xuất.",
                      "khoảng 127,5 ha"),
            "đất sản xuất");
  EXPECT_EQ(SubjectOf("Triển khai ít nhất 500 ha các dự án đô thị thành phố Bến Tre và các huyện.", "ít nhất 500 ha"),
            "dự án đô thị thành phố Bến Tre và các huyện");
  // 004 PHỤ LỤC 3: a measured ratio too; a scaled count after a named lead is not.
  EXPECT_EQ(SubjectOf("- Xây dựng 16,258/26,5 km đường giao thông. - Công nhận 01 xã đạt chuẩn NTM.", "16,258/26,5 km"),
            "đường giao thông");
  EXPECT_EQ(SubjectOf("Sản lượng cây giống đạt: 6/17 triệu sản phẩm (đạt 53% chỉ tiêu NQ năm 2024).",
                      "6/17 triệu sản phẩm"),
            "Sản lượng cây giống");
  EXPECT_EQ(SubjectOf("Hiện nay, cả nước có trên 9 triệu người đang hưởng chế độ ưu đãi (chiếm 10% dân số cả nước).",
                      "trên 9 triệu người"),
            "người đang hưởng chế độ ưu đãi");
  // Money keeps the clause's subject.
  EXPECT_EQ(SubjectOf("Kim ngạch xuất khẩu ước đạt 801,66 triệu USD, tăng 14,16% so cùng kỳ.",
                      "801,66 triệu USD"),
            "Kim ngạch xuất khẩu");
}

TEST(Context, AnAmountNamedAfterWithOrAPriceBasisIsNotTheIndicator) {
  // 004: "với tổng diện tích liên kết là 208,09 ha", "với vốn đăng ký 1.012 tỷ đồng".
  EXPECT_EQ(SubjectOf("Sầu riêng: Xây dựng vùng sản xuất với tổng diện tích liên kết là 208,09 ha.", "208,09 ha"),
            "tổng diện tích liên kết");
  EXPECT_EQ(SubjectOf("Có 294 doanh nghiệp thành lập mới với vốn đăng ký 1.012 tỷ đồng.", "1.012 tỷ đồng"),
            "vốn đăng ký");
  // 004 PHỤ LỤC 5: the amount's initials.
  EXPECT_EQ(SubjectOf("Ủy ban nhân dân tỉnh Bến Tre đã phê duyệt điều chỉnh Tiểu dự án tại Quyết định số "
                      "2479/QĐ-UBND ngày 27/10/2023 với TMĐT 812,90 tỷ đồng.",
                      "812,90 tỷ đồng"),
            "TMĐT");
  EXPECT_EQ(SubjectOf("Đề xuất dự án tuyến đường bộ ven biển kết nối tỉnh Bến Tre với tỉnh Tiền Giang và Trà Vinh với "
                      "dự kiến tổng mức đầu tư dự án là 7.905.000 triệu đồng.",
                      "7.905.000 triệu đồng"),
            "tổng mức đầu tư dự án");
  // 004: the price basis is how the value is stated, not what it measures.
  EXPECT_EQ(SubjectOf("Giá trị sản xuất ngành sản xuất chế biến thủy sản (Giá so sánh 2010) ước đạt 2.450 tỷ đồng, "
                      "giảm 0,41% so với cùng kỳ.",
                      "2.450 tỷ đồng"),
            "Giá trị sản xuất ngành sản xuất chế biến thủy sản");
  // "đối với" names a party, not an amount: the clause keeps its subject.
  EXPECT_EQ(SubjectOf("Chi phí ban đầu của cuộc chiến tranh Gaza đối với Israel lên tới hơn 50 tỷ USD.",
                      "lên tới hơn 50 tỷ USD"),
            "Chi phí ban đầu của cuộc chiến tranh Gaza đối với Israel");
}

TEST(Context, OneBaselineServesCoordinatedChanges) {
  // SCHEMA.md convention 2: "quý III tăng 9,8% và 9 tháng tăng 6,9% so với cùng kỳ"
  auto r = Extract("Chỉ số sản xuất công nghiệp quý III tăng 9,8% và 9 tháng tăng 6,9% so với cùng kỳ.");
  EXPECT_EQ(Find(r, "tăng 9,8%").baseline.value_or(""), "cùng kỳ");
  EXPECT_EQ(Find(r, "tăng 6,9% so với cùng kỳ").baseline.value_or(""), "cùng kỳ");
  // 004 note ⁴¹: past a ';', to the next item of a list of like changes.
  r = Extract("Các doanh nghiệp có vốn đầu tư nước ngoài đạt 551,68 triệu USD, tăng 14,69%; các doanh nghiệp trong "
              "nước đạt 249,98 triệu USD, tăng 12,99% so cùng kỳ.");
  EXPECT_EQ(Find(r, "tăng 14,69%").baseline.value_or(""), "cùng kỳ");
  // Not to a change of another form: a count's change says nothing of a rate's.
  r = Extract("Thu ngân sách tăng 5%; phạm pháp hình sự xảy ra 41 vụ, giảm 03 vụ so với cùng kỳ.");
  EXPECT_FALSE(Find(r, "tăng 5%").baseline.has_value());
}

TEST(Context, FrontedBaselineServesTheSentence) {
  // SCHEMA.md convention 2: "So với cùng kỳ năm 2023, giảm 1.214 vụ"
  auto r = Extract("So với cùng kỳ năm 2023, giảm 1.214 vụ.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].kind, Kind::kChange);
  EXPECT_EQ(r[0].baseline.value_or(""), "cùng kỳ năm 2023");
}

TEST(Context, PeriodFromTheSentenceThenTheHeadingThenTheTitle) {
  // 002's issue line "Số tháng 10/2023", then a heading and sentences.
  const std::string doc =
      "THÔNG TIN SINH HOẠT NỘI BỘ\nSố tháng 10/2023 - LHNB\n"
      "5. Tình hình thực hiện Nghị quyết Tỉnh ủy trong 9 tháng năm 2023\n"
      "Kim ngạch xuất khẩu ước đạt 1.108 tỷ USD.\n"
      "Trong quý III, kết nạp 47 đảng viên mới.\n";
  auto r = Extract(doc);
  EXPECT_EQ(Find(r, "1.108 tỷ USD").period.value_or(""), "9 tháng năm 2023");
  EXPECT_EQ(Find(r, "47 đảng viên").period.value_or(""), "quý III");
  auto first = Extract("Số tháng 10/2023 - LHNB\nKết nạp 47 đảng viên mới.\n");
  EXPECT_EQ(Find(first, "47 đảng viên").period.value_or(""), "tháng 10/2023");
  // 002: a page break cuts "Thu ngân" / "sách nhà nước …"; the paragraph's lead
  // is its first sentence before the break, not the first after it.
  auto broken = Extract(
      "5. Tình hình thực hiện Nghị quyết Tỉnh ủy trong 9 tháng năm 2023\n"
      "Hoạt động xuất khẩu duy trì ở các thị trường chính. Kim ngạch nhập khẩu ước đạt 310,78 triệu USD. Thu ngân\n\n"
      "sách nhà nước trên địa bàn 9 tháng đầu năm ước 4.123,7 tỷ đồng. Ước tổng chi ngân sách địa phương 9.367,9 tỷ đồng.\n");
  EXPECT_EQ(Find(broken, "4.123,7 tỷ đồng").period.value_or(""), "9 tháng đầu năm");
  EXPECT_EQ(Find(broken, "9.367,9 tỷ đồng").period.value_or(""), "9 tháng năm 2023");
}

TEST(Context, ANoteOnAnEventOfAYearKeepsThatYear) {
  // 004: "… Hội khỏe Phù Đổng cấp tỉnh năm 2024⁴⁸" in a report on "6 tháng đầu
  // năm 2024": the note's figures are about that year's games.
  auto r = Extract(
      "2. Kết quả thực hiện 6 tháng đầu năm 2024\n"
      "Đội ngũ giáo viên cơ bản đáp ứng phương pháp giảng dạy mới; tổ chức thành công Hội khỏe Phù Đổng "
      "cấp tỉnh năm 2024\u2074\u2078; chuẩn bị tổ chức Hội khỏe phù đổng toàn quốc.\n\n"
      "\u2074\u2078 Tham gia có 09 đoàn với 3.026 VĐV thi đấu 14 môn.\n");
  EXPECT_EQ(Find(r, "09 đoàn").period.value_or(""), "năm 2024");
}

TEST(Context, ANoteIsDatedByTheHeadingItIsCitedUnder) {
  // 004: note 58 is cited at the end of section III (on the first half of
  // 2024) and printed on the next page, under "IV. … 6 THÁNG CUỐI NĂM 2024".
  auto r = Extract(
      "III. HẠN CHẾ, KHUYẾT ĐIỂM TRONG 6 THÁNG ĐẦU NĂM 2024\n"
      "Tình hình tội phạm và vi phạm pháp luật có lúc, có nơi còn diễn biến phức tạp; tỷ lệ tội phạm, tai nạn, "
      "tệ nạn xã hội tăng so cùng kỳ\u2075\u2078.\n\n"
      "IV. NHIỆM VỤ, GIẢI PHÁP CẦN TẬP TRUNG THỰC HIỆN TRONG 6 THÁNG CUỐI NĂM 2024\n"
      "1. Tiếp tục tăng cường công tác tuyên truyền.\n\n"
      "\u2075\u2078 So với cùng kỳ, tình hình tội phạm và vi phạm pháp luật tăng 18,32%; tệ nạn xã hội tăng 84,43%.\n");
  const Record& rise = Find(r, "tăng 18,32%");
  EXPECT_EQ(rise.source, Source::kFootnote);
  EXPECT_EQ(rise.period.value_or(""), "6 THÁNG ĐẦU NĂM 2024");
  // 004 note ⁴¹: "hiện tại" in the sentence before the one that cites it does
  // not date the note; a year there may ("… năm 2023 có 3/13 đơn vị …¹⁸. Có
  // 79 tập thể … được nhận xét, đánh giá¹⁹" dates note ¹⁹ 2023).
  r = Extract(
      "II. KẾT QUẢ 6 THÁNG ĐẦU NĂM 2024\n"
      "Đến nay, toàn tỉnh có 313 sản phẩm được công nhận OCOP; hiện tại có 256 sản phẩm còn thời hạn. Kim ngạch "
      "xuất khẩu ước đạt 801,66 triệu USD, tăng 14,16% so cùng kỳ\u2074\u00b9.\n\n"
      "\u2074\u00b9 Các doanh nghiệp có vốn đầu tư nước ngoài đạt 551,68 triệu USD, tăng 14,69%.\n");
  EXPECT_EQ(Find(r, "551,68 triệu USD").period.value_or(""), "6 THÁNG ĐẦU NĂM 2024");
}

TEST(Context, APeriodLabellingACellsTasksDatesThemAll) {
  // 004 PHỤ LỤC 4: a range of quarters before ':' dates each sentence after it.
  const std::string doc =
      "TT\tNội dung\tKết quả triển khai thực hiện\tĐơn vị báo cáo\n"
      "3\tPhát triển hoa kiểng\tQuí III đến quý IV năm 2024: Tiếp tục xây dựng và thực hiện 02 mô hình trình diễn "
      "về sản xuất cây giống. Tiếp tục thực hiện 07 Quy trình kỹ thuật nuôi cây mô.\tSở Khoa học và Công nghệ\n";
  auto r = Extract(doc);
  const Record& models = Find(r, "02 mô hình");
  EXPECT_EQ(models.period.value_or(""), "Quí III đến quý IV năm 2024");
  EXPECT_EQ(models.period_start.value_or(""), "2024-07-01");
  EXPECT_EQ(Find(r, "07 Quy trình").period.value_or(""), "Quí III đến quý IV năm 2024");
}

TEST(Context, ADeadlineIsNotTheReportedPeriod) {
  // 004, PHỤ LỤC 2: progress is reported for the half year; 2025 is when the work ends.
  auto r = Extract(
      "Kết quả thực hiện 6 tháng đầu năm 2024\n"
      "- Hoàn thiện hệ thống thủy lợi Bắc, Nam Bến Tre: Khối lượng thực hiện đạt 15,04% giá trị hợp đồng, "
      "đã trãi qua 18,39% thời gian, dự kiến hoàn thành năm 2025.\n");
  EXPECT_EQ(Find(r, "đạt 15,04% giá trị hợp đồng").period.value_or(""), "6 tháng đầu năm 2024");
}

TEST(Context, LookingBackIsAPeriodAsWritten) {
  // 003: "Trong 5 năm qua …"; 001: "Thời gian qua, …".
  auto r = Extract("Trong 5 năm qua các cấp công đoàn đã kết nạp được gần 67.000 đoàn viên.");
  EXPECT_EQ(Find(r, "gần 67.000 đoàn viên").period.value_or(""), "5 năm qua");
  // 001: the years a work has run, fronted by "qua", with what was carried out.
  r = Extract("BÁO CÁO\nKết quả năm 2023\n\nQua 02 năm thực hiện Kết luận số 01-KL/TW, cấp uỷ cơ sở biểu dương, khen "
              "thưởng 320 tập thể; qua 02 năm triển khai thực hiện, toàn tỉnh có 521 mô hình sáng tạo.\n");
  EXPECT_EQ(Find(r, "320 tập thể").period.value_or(""), "02 năm thực hiện Kết luận số 01-KL/TW");
  EXPECT_EQ(Find(r, "521 mô hình").period.value_or(""), "02 năm triển khai thực hiện");
  // A heading's "Sơ kết 3 năm thực hiện Chỉ thị …" is no such phrase: it names the work.
  r = Extract("1. Những lưu ý trong lãnh đạo sơ kết 3 năm thực hiện Chỉ thị số 01-CT/TU giai đoạn 2020-2025\n\n"
              "Đã triển khai 30 nội dung.\n");
  EXPECT_EQ(Find(r, "30 nội dung").period.value_or(""), "giai đoạn 2020-2025");
}

TEST(Context, PeriodPhrasesAsReportsWriteThem) {
  const std::string title = "BÁO CÁO\nKết quả 6 tháng đầu năm 2024\n\n";
  auto PeriodOf = [&](const std::string& sentence, const std::string& figure) {
    return Find(Extract(title + sentence + "\n"), figure).period.value_or("");
  };
  // 004: the year without "năm"; a running total since the term began.
  EXPECT_EQ(PeriodOf("Trong 6 tháng đầu 2024, đã tiếp nhận và giải quyết 383 hồ sơ.", "383 hồ sơ"),
            "6 tháng đầu 2024");
  EXPECT_EQ(PeriodOf("Lũy kế từ đầu nhiệm kỳ đến nay đã đào tạo nghề cho 85.177/88.248 lao động.",
                     "85.177/88.248 lao động"),
            "Lũy kế từ đầu nhiệm kỳ đến nay");
  EXPECT_EQ(PeriodOf("Đến cuối tháng 5/2024, có 100% hồ sơ được số hóa.", "100%"), "Đến cuối tháng 5/2024");
  // 003: a date opening the sentence dates it, and the paragraph after it; a
  // document's date mid-sentence does not.
  auto r = Extract(title + "Ngày 11/5/2024, tiếp nhận 01 vụ vận chuyển hàng cấm thuốc lá điếu nhập tại Quốc lộ 60. "
                           "Tang vật: 830 bao thuốc là nhãn hiệu SCOTT.\n");
  EXPECT_EQ(Find(r, "01 vụ").period.value_or(""), "Ngày 11/5/2024");
  EXPECT_EQ(Find(r, "01 vụ").period_start.value_or(""), "2024-05-11");
  EXPECT_EQ(Find(r, "01 vụ").period_end.value_or(""), "2024-05-11");
  EXPECT_EQ(Find(r, "830 bao").period.value_or(""), "Ngày 11/5/2024");
  EXPECT_EQ(PeriodOf("Đã phê duyệt Dự án tại Quyết định số 3036/QĐ-UBND ngày 26/12/2023 với tổng mức đầu tư "
                     "135 tỷ đồng.",
                     "135 tỷ đồng"),
            "6 tháng đầu năm 2024");
  // 003: a sentence opening on "Trong đó" details the one before, and takes its period.
  r = Extract("Trải qua 02 cuộc kháng chiến chống Pháp, Mỹ, Bến Tre có nhiều người con ưu tú. Hiện tại, tỉnh ta "
              "đang quản lý và thực hiện chế độ chính sách trên 150.000 đối tượng chính sách. Trong đó người hoạt "
              "động cách mạng trước ngày 1/1/1945: 668 người; Liệt sĩ: 35.600; Bà mẹ Việt Nam anh hùng: 6.937 mẹ.\n");
  EXPECT_EQ(Find(r, "668 người").period.value_or(""), "Hiện tại");
  EXPECT_EQ(Find(r, "6.937 mẹ").period.value_or(""), "Hiện tại");
  // 004: a span of years holds for its own clause, not for the clauses after a ';'.
  EXPECT_EQ(PeriodOf("Phát động thi đua trong 2 năm 2024-2025; tổ chức hội nghị có 280 đại biểu dự.",
                     "280 đại biểu"),
            "6 tháng đầu năm 2024");
}

TEST(Context, PeriodRulesOfTheClause) {
  const std::string title = "BÁO CÁO\nKết quả 6 tháng đầu năm 2024\n\n";
  // 004: a year written before the figure in its clause dates it; the
  // report's period does not widen it.
  auto r = Extract(title + "CCN Tân Thành Bình: Vốn bồ trí năm 2024 cho dự án là 66,5 tỷ đồng.\n");
  EXPECT_EQ(Find(r, "66,5 tỷ đồng").period.value_or(""), "năm 2024");
  // 003/004: what follows "so với" is the baseline's, not the figure's period.
  r = Extract(title + "Cuối năm 2023, toàn tỉnh có 10.600 hộ nghèo, chiếm tỷ lệ 2,63%, giảm 0,87% "
                      "so với đầu năm 2023.\n");
  EXPECT_EQ(Find(r, "giảm 0,87% so với đầu năm 2023").period.value_or(""), "Cuối năm 2023");
  // 004: "đến nay" mid-sentence holds for its own clause; fronted, for the sentence.
  r = Extract(title + "Triển khai thí điểm phần mềm tại 03 Đảng bộ; đến nay có 17.330/17.330 "
                      "tài khoản đăng nhập, đạt tỷ lệ 100%; Bí thư các chi bộ ở 03 Đảng bộ thực hiện "
                      "thí điểm phân quyền.\n");
  EXPECT_EQ(Find(r, "17.330/17.330 tài khoản").period.value_or(""), "đến nay");
  EXPECT_EQ(r.back().period.value_or(""), "6 tháng đầu năm 2024");
  r = Extract(title + "Đến nay, toàn tỉnh có 24.694 ha sản xuất theo tiêu chuẩn hữu cơ; có 26 mã số "
                      "vùng trồng nội địa.\n");
  EXPECT_EQ(r.back().period.value_or(""), "Đến nay");
  // 004 PHỤ LỤC 2, 002: mid-sentence, it dates the enumeration it opens, whose
  // items after a ';' are bare figures.
  r = Extract(title + "Hướng đến phát triển thương hiệu; đến nay toàn tỉnh có 24.694 ha sản xuất theo tiêu "
                      "chuẩn hữu cơ; có 26 mã số vùng trồng nội địa với tổng diện tích 1.037,31 ha; 54 vùng "
                      "trồng xuất khẩu (118 mã), diện tích 964,64 ha; 06 DN được cấp mã số.\n");
  for (const char* figure : {"24.694 ha", "26 mã số", "1.037,31 ha", "54 vùng trồng", "964,64 ha", "06 DN"})
    EXPECT_EQ(Find(r, figure).period.value_or(""), "đến nay") << figure;
  r = Extract(title + "Tỉ lệ tham gia BHYT đến nay đạt 95,5%; 8,69% lao động trong độ tuổi tham gia BHXH.\n");
  EXPECT_EQ(Find(r, "8,69%").period.value_or(""), "đến nay");
  // 004: a period that opens a sentence frames the sentences after it in its
  // paragraph, not those of the next HTML paragraph.
  r = Extract(title + "Công tác cải cách hành chính tiếp tục được quan tâm. Năm 2023, kết quả đánh giá Chỉ số Hiệu quả quản trị và hành chính công (PAPI) ở vị trí thứ "
                      "52/61 tỉnh/thành. Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) xếp vị trí thứ 07/63 "
                      "tỉnh/thành cả nước, tăng 06 bậc.\n");
  EXPECT_EQ(Find(r, "xếp vị trí thứ 07/63 tỉnh/thành cả nước").period.value_or(""), "Năm 2023");
  EXPECT_EQ(Find(r, "tăng 06 bậc").period.value_or(""), "Năm 2023");
  r = Extract(title + "<p>- Kết quả thực hiện DVCTT: Tính đến thời điểm báo cáo, tỉnh đã triển khai cung cấp "
                      "1.485/1.809 DVCTT. Toàn tỉnh có 410/1.485 DVCTT có phát sinh hồ sơ.</p> <p>- Dự án Quản "
                      "lý nguồn nước: Đã bàn giao mặt bằng. Cống Cái Quao còn 01/25 hộ chưa nhận tiền.</p>\n");
  EXPECT_EQ(Find(r, "410/1.485 DVCTT").period.value_or(""), "Tính đến thời điểm báo cáo");
  EXPECT_EQ(Find(r, "01/25 hộ").period.value_or(""), "6 tháng đầu năm 2024");
  // 004: after a comma, "đến nay" opens a clause of its own; a span of years
  // closing a list dates the list.
  r = Extract(title + "- Công nhận mới 03 xã NTM (Bình Thạnh, An Thuận, Mỹ Hưng), đến nay toàn huyện có 12/18 xã "
                      "đạt chuẩn NTM.\n");
  EXPECT_EQ(Find(r, "03 xã").period.value_or(""), "6 tháng đầu năm 2024");
  EXPECT_EQ(Find(r, "12/18 xã").period.value_or(""), "đến nay");
  r = Extract(title + "- Có 170/1500 hộ kinh doanh lên doanh nghiệp, đạt 11,33%, 408/600 doanh nghiệp khởi nghiệp, "
                      "đạt 68% chỉ tiêu kế hoạch 5 năm 2021 - 2025.\n");
  EXPECT_EQ(Find(r, "170/1500 hộ kinh doanh").period.value_or(""), "5 năm 2021 - 2025");
  // 001: the year of an event the lead tells does not date the paragraph.
  r = Extract("THÔNG TIN SINH HOẠT NỘI BỘ\n\n1. Diễn đàn hợp tác kinh tế Châu Á - Thái Bình Dương (APEC) năm 2023\n\n"
              "APEC được thành lập năm 1989 nhằm thúc đẩy thương mại. Hiện APEC có 21 nền kinh tế thành viên, "
              "chiếm 38% dân số.\n");
  EXPECT_EQ(Find(r, "38%").period.value_or(""), "năm 2023");
  // 004: a period after the lead's first ';' dates that clause, not the paragraph.
  r = Extract(title + "Công tác giảm nghèo được triển khai đồng bộ với nhiều hoạt động; cuối năm 2023, toàn tỉnh "
                      "còn 10.600 hộ nghèo. Đã triển khai cung cấp 1.457/1.817 dịch vụ công trực tuyến.\n");
  EXPECT_EQ(Find(r, "10.600 hộ").period.value_or(""), "cuối năm 2023");
  EXPECT_EQ(Find(r, "1.457/1.817 dịch vụ").period.value_or(""), "6 tháng đầu năm 2024");
  // 002: a ';' inside a bracket separates the bracket's items, not clauses.
  r = Extract(title + "Trong 9 tháng năm 2023, tỉnh đã công nhận 11 xã nông thôn mới (NTM); lũy kế đến nay, toàn "
                      "tỉnh có 91 xã đạt chuẩn NTM (trong đó có 28 xã đạt chuẩn NTM nâng cao; 03 xã đạt chuẩn NTM "
                      "kiểu mẫu), 11 xã đạt 15-18 tiêu chí.\n");
  EXPECT_EQ(Find(r, "03 xã").period.value_or(""), "lũy kế đến nay");
  EXPECT_EQ(Find(r, "11 xã").period.value_or(""), "9 tháng năm 2023");
  EXPECT_EQ(r.back().period.value_or(""), "lũy kế đến nay");
  // 004 PHỤ LỤC 5: in a run-in list each item has its own period.
  r = Extract(title + "Hội nghị tổng kết công tác khai thác khoáng sản năm 2023; tiếp tục chỉ đạo. - "
                      "Phát hiện, triệt xóa 121 vụ, 313 đối tượng. - Qua khảo sát năm 2023 có 15 xã "
                      "đạt loại tốt.\n");
  EXPECT_EQ(Find(r, "121 vụ").period.value_or(""), "6 tháng đầu năm 2024");
  // 003: a target's year is its plan's, not widened to the half year reported.
  r = Extract(title + "5) Tiếp tục triển khai các giải pháp tăng thu, phấn đấu thu ngân sách nhà nước năm 2024 đạt "
                      "và vượt ít nhất 05% dự toán. Tháo gỡ các điểm nghẽn; phấn đấu giải ngân vốn đầu tư công "
                      "đạt trên 95% kế hoạch được giao.\n");
  EXPECT_EQ(Find(r, "đạt trên 95% kế hoạch được giao").period.value_or(""), "năm 2024");
  // 004 PHỤ LỤC 3: so is the year of the resolution that sets it; what was done
  // against a resolution keeps the report's period.
  r = Extract(title + "- Phấn đấu các đoàn thể từ huyện đến cơ sở đạt vững mạnh trên 80% (NQ năm 2024 của HU).\n\n"
                      "- Kết nạp 54 đảng viên, đạt 54% chỉ tiêu Nghị quyết năm 2024.\n");
  EXPECT_EQ(Find(r, "trên 80%").period.value_or(""), "năm 2024");
  EXPECT_EQ(Find(r, "54 đảng viên").period.value_or(""), "6 tháng đầu năm 2024");
  // 004 PHỤ LỤC 4: an "up to" lead-in dates its list; a bare "Lũy kế" in it
  // sums up to that point. After a period of its own, "lũy kế" stands.
  r = Extract(title + "Công tác giải phóng mặt bằng đến thời điểm hiện nay: (i) Lũy kế đã phê duyệt phương án "
                      "bồi thường, hỗ trợ, tái định cư với kinh phí là 2.029,402 tỷ đồng; (ii) Lũy kế đã thực hiện "
                      "giải ngân 1.980,226/1.980,266 tỷ đồng.\n");
  EXPECT_EQ(Find(r, "2.029,402 tỷ đồng").period.value_or(""), "đến thời điểm hiện nay");
  EXPECT_EQ(Find(r, "1.980,226/1.980,266 tỷ đồng").period.value_or(""), "đến thời điểm hiện nay");
  r = Extract(title + "Trong 6 tháng đầu năm, thành lập mới 05 HTX, lũy kế toàn tỉnh có 196 HTX.\n");
  EXPECT_EQ(Find(r, "196 HTX").period.value_or(""), "lũy kế");
}

TEST(Context, BaselinesWrittenOnceServeTheFiguresTheyGovern) {
  // 003: past a restating bracket.
  auto r = Extract("Cuối năm 2023, toàn tỉnh còn 10.600 hộ nghèo, chiếm tỷ lệ 2,63% (giảm 0,87% (3.473 hộ) "
                   "so với đầu năm 2023).\n");
  EXPECT_EQ(Find(r, "giảm 0,87%").baseline.value_or(""), "đầu năm 2023");
  // 004 PHỤ LỤC 2: fronted inside a bracket.
  r = Extract("Trật tự an toàn xã hội: Phát hiện, xử lý 325 (so với cùng kỳ năm 2023, tăng 61 vụ = 23,11%).\n");
  EXPECT_EQ(Find(r, "tăng 61 vụ").baseline.value_or(""), "cùng kỳ năm 2023");
  // 004 PHỤ LỤC 5: a bracketed restatement compares with what its parent does.
  r = Extract("Giá trị sản xuất ngành chế biến dừa ước đạt 1.700 tỷ đồng, giảm 9,09% so với cùng kỳ "
              "(tương đương giảm 170 tỷ đồng), chiếm 8,52% giá trị sản xuất công nghiệp.\n");
  EXPECT_EQ(Find(r, "giảm 170 tỷ đồng").baseline.value_or(""), "cùng kỳ");
  EXPECT_FALSE(Find(r, "8,52%").baseline.has_value());  // "chiếm" with no "so"
  // 004: rates, with "so với" in the clause or after a coordinated rate.
  r = Extract("Tỷ lệ lao động trong doanh nghiệp tham gia BHXH so với lực lượng lao động đạt 14,5%.\n");
  EXPECT_EQ(Find(r, "14,5%").baseline.value_or(""), "lực lượng lao động");
  r = Extract("Tỷ lệ người tham gia bảo hiểm xã hội đạt 14,5% và tỷ lệ người tham gia bảo hiểm tai nạn "
              "đạt 11,81% so với lực lượng lao động; tỷ lệ tham gia bảo hiểm y tế đạt 92,77% dân số.\n");
  EXPECT_EQ(Find(r, "14,5%").baseline.value_or(""), "lực lượng lao động");
  EXPECT_FALSE(Find(r, "92,77%").baseline.has_value());
}

TEST(Context, ModalityOfPledgesBracketedTargetsAndEstimatedLists) {
  // 004 PHỤ LỤC 3: a pledge governs its list past the ';'.
  auto r = Extract("Về xây dựng Đảng: Thi đua kết nạp 100 đảng viên mới; kéo giảm tỷ lệ ĐV vi phạm bị "
                   "xử lý kỷ luật 15%; xây dựng 10 chi bộ áp, khu phố.\n");
  EXPECT_EQ(Find(r, "10 chi bộ").modality, Modality::kTarget);
  // 000, 004: the target in a bracket after the result.
  r = Extract("Thu nhập bình quân đầu người đạt 38,9 triệu đồng (Nghị quyết: 38,7 triệu).\n"
              "Tỷ lệ lao động qua đào tạo đạt 66,95% (nghị quyết 68%).\n");
  EXPECT_EQ(Find(r, "38,9 triệu đồng").modality, Modality::kActual);
  EXPECT_EQ(Find(r, "38,7 triệu").modality, Modality::kTarget);
  EXPECT_EQ(Find(r, "68%").modality, Modality::kTarget);
  // 004: "ước có" governs the list it opens; an estimate of one clause does not
  // reach its siblings (SCHEMA.md convention 16).
  r = Extract("Trong 6 tháng đầu năm 2024, so với chỉ tiêu Nghị quyết, ước có 02/24 chỉ tiêu đạt 100%; "
              "03/24 chỉ tiêu đạt trên 90%.\n"
              "Ước tổng chi ngân sách địa phương 5.649,4 tỷ đồng, đạt 47,27% dự toán Trung ương.\n");
  EXPECT_EQ(Find(r, "03/24 chỉ tiêu").modality, Modality::kEstimate);
  EXPECT_EQ(Find(r, "5.649,4 tỷ đồng").modality, Modality::kEstimate);
  EXPECT_EQ(Find(r, "đạt 47,27% dự toán Trung ương").modality, Modality::kActual);
}

TEST(Context, FootnoteMarkerAndFootnoteBody) {
  // 004: "toàn tỉnh kết nạp được 791/1.200 đảng viên²⁰, đạt 65,92% …" and its note.
  const std::string doc =
      "Đến ngày 27/6/2024, toàn tỉnh kết nạp được 791/1.200 đảng viên²⁰, đạt 65,92% chỉ tiêu.\n"
      "²⁰ Ba Tri 81 đảng viên, Bình Đại 80 đảng viên.\n";
  auto r = Extract(doc);
  const Record& ratio = Find(r, "791/1.200 đảng viên");
  EXPECT_EQ(ratio.footnote.value_or(0), 20);
  EXPECT_EQ(ratio.source, Source::kProse);
  EXPECT_EQ(ratio.period.value_or(""), "Đến ngày 27/6/2024");
  EXPECT_EQ(Find(r, "81 đảng viên").source, Source::kFootnote);
}

TEST(Context, ANoteBreakingAFigureDownByPlaceGivesIndicatorSlashPlace) {
  // 004: notes ²⁰, ²¹ and ³⁴ and the sentences that cite them.
  const std::string doc =
      "Đến ngày 27/6/2024, toàn tỉnh kết nạp được 791/1.200 đảng viên²⁰, đạt 65,92% chỉ tiêu; 138/100 chi bộ áp, "
      "khu phố được công nhận chi bộ trong sạch, vững mạnh toàn diện, đạt 138% chỉ tiêu Nghị quyết năm 2024²¹.\n\n"
      "Tình hình sâu bệnh hại dừa đã được kiểm soát, toàn tỉnh có 388,41 ha³⁴ nhiễm sâu đầu đen (giảm 14 ha so "
      "cùng kỳ).\n\n"
      "²⁰ Huyện ủy Giồng Trôm 116/130; Ba Tri 81/135; thành ủy Bến Tre 44/100.\n\n"
      "²¹ Huyện Châu Thành công nhận 25 chi bộ, Mỏ Cày Nam 17 chi bộ, Thành phố Bến Tre công nhận 10 chi bộ.\n\n"
      "³⁴ Các huyện: Ba Tri 28,7 ha, Thạnh Phú 50,47 ha và thành phố Bến Tre 101 ha. Lũy kế diện tích nhiễm sâu "
      "đầu đen là 2.492,29 ha.\n";
  auto r = Extract(doc);
  EXPECT_EQ(Find(r, "81/135").subject.value_or(""), "đảng viên / Ba Tri");
  EXPECT_EQ(Find(r, "44/100").subject.value_or(""), "đảng viên / thành ủy Bến Tre");
  const std::string branches = "chi bộ áp, khu phố được công nhận chi bộ trong sạch, vững mạnh toàn diện";
  EXPECT_EQ(Find(r, "25 chi bộ").subject.value_or(""), branches + " / Huyện Châu Thành");
  EXPECT_EQ(Find(r, "17 chi bộ").subject.value_or(""), branches + " / Mỏ Cày Nam");
  EXPECT_EQ(Find(r, "10 chi bộ").subject.value_or(""), branches + " / Thành phố Bến Tre");
  EXPECT_EQ(Find(r, "28,7 ha").subject.value_or(""), "nhiễm sâu đầu đen / Ba Tri");
  EXPECT_EQ(Find(r, "101 ha").subject.value_or(""), "nhiễm sâu đầu đen / thành phố Bến Tre");
  // The note's own total is not a part.
  EXPECT_EQ(Find(r, "2.492,29 ha").subject.value_or(""), "diện tích nhiễm sâu đầu đen");
}

TEST(Context, ARowThatCountsTakesItsNounWhateverItsUnitCellSays) {
  // 004 PHỤ LỤC 1: "Số vụ" counts cases though its unit cell says "%"
  // (corpus/README.md: the unit the row means); a rate row keeps its "%".
  const std::string doc =
      "TT\tNỘI DUNG\tChỉ tiêu 2024\tĐơn vị tính\tKết quả thực hiện 6 tháng đầu năm 2024\t\tSo với cùng "
      "kỳ (6 tháng đầu năm 2023)\tLũy kế thực hiện từ đầu nhiệm kỳ đến 6 tháng đầu năm 2024\tSo sánh chỉ tiêu "
      "nhiệm kỳ 2020-2025\t\n"
      "\t\t\t\tKết quả\tTỷ lệ\t\t\tChỉ tiêu nhiệm kỳ 2020-2025\tSo sánh (%)\n"
      "23\tKiểm chế, kéo giảm tội phạm, tai/nạn xã hội\t\t\t\t\t\t\t\t\n"
      "-\tKéo giảm tai nạn giao thông\tCả 3 tiêu chí\t\t\t\t\t\t\t\n"
      "+\tSố vụ\t<56\t%\t75\tkhông đạt\t133,93\t547\tKéo giảm\t\n"
      "+\tSố người chết\t<50\t%\t73\tkhông đạt\t146,00\t476\tKéo giảm\t\n"
      "24\tĐiều tra, khám phá án hình sự\t>80\t%\t88,32\t110,40\t101,06\t95,57\tHàng năm đạt 80% trở lên\t\n";
  auto r = Extract(doc);
  const Record& cases = Find(r, "75");
  EXPECT_EQ(cases.kind, Kind::kQuantity);
  EXPECT_EQ(cases.unit.value_or(""), "vụ");
  EXPECT_EQ(Find(r, "<56").unit.value_or(""), "vụ");
  EXPECT_EQ(Find(r, "547").unit.value_or(""), "vụ");
  EXPECT_EQ(Find(r, "476").unit.value_or(""), "người");
  // The "So với cùng kỳ" column stays a percent.
  EXPECT_EQ(Find(r, "133,93").unit.value_or(""), "%");
  const Record& rate = Find(r, "88,32");
  EXPECT_EQ(rate.kind, Kind::kPercent);
  EXPECT_EQ(rate.unit.value_or(""), "%");
}

TEST(Context, TableCellsTakeTheirRowAndColumn) {
  // 004, Phụ lục 1 (two header levels, a sub-row under its parent).
  const std::string doc =
      "TT\tNỘI DUNG\tChỉ tiêu 2024\tĐơn vị tính\tKết quả thực hiện 6 tháng đầu năm 2024\t\tSo với cùng "
      "kỳ (6 tháng đầu năm 2023)\n"
      "\t\t\t\tKết quả\tTỷ lệ\t\n"
      "1\tKết nạp đảng viên mới\t1.200\tĐV\t791\t65,92%\t109,84%\n"
      "9\tThu ngân sách nhà nước\t\t\t\t\t\n"
      "-\t<i>Trung ương giao</i>\t5.820\ttỷ đồng\t3.584,5\t61,59\t126,39\n";
  auto r = Extract(doc);
  const Record& target = Find(r, "1.200");
  EXPECT_EQ(target.kind, Kind::kQuantity);
  EXPECT_EQ(target.modality, Modality::kTarget);
  EXPECT_EQ(target.unit.value_or(""), "ĐV");
  EXPECT_EQ(target.period.value_or(""), "2024");
  EXPECT_EQ(target.subject.value_or(""), "Kết nạp đảng viên mới");
  EXPECT_EQ(target.source, Source::kTable);
  const Record& rate = Find(r, "65,92%");
  EXPECT_EQ(rate.kind, Kind::kAchievement);
  EXPECT_EQ(rate.target.value_or(""), "Chỉ tiêu 2024");
  EXPECT_EQ(rate.period.value_or(""), "6 tháng đầu năm 2024");
  const Record& same = Find(r, "109,84%");
  EXPECT_EQ(same.kind, Kind::kPercent);
  EXPECT_EQ(same.baseline.value_or(""), "cùng kỳ (6 tháng đầu năm 2023)");
  const Record& sub = Find(r, "3.584,5");
  EXPECT_EQ(sub.subject.value_or(""), "Thu ngân sách nhà nước / Trung ương giao");
  EXPECT_EQ(sub.unit.value_or(""), "tỷ đồng");
  ASSERT_TRUE(sub.table.has_value());
  EXPECT_EQ(sub.table->row, 4u);
  EXPECT_EQ(sub.table->column, 4u);
  EXPECT_EQ(sub.table->column_label, "Kết quả thực hiện 6 tháng đầu năm 2024 / Kết quả");
}

// The two header rows of 004 PHỤ LỤC 3, which a page break repeats.
const std::string kAppendix3Header =
    "TT\tĐơn vị\tKý hiệu, ngày tháng\tKết quả thực hiện\t\t\tGhi chú\n"
    "\t\t\tHai chân\tBa mũi\tMô hình\t\n";

TEST(Context, AListLeadInInACellSaysWhetherItsItemsArePledgesOrResults) {
  // 004 PHỤ LỤC 3: the "Hai chân" cell pledges, the "Ba mũi" cell reports; both
  // open on the same competition theme "1. Thi đua xây dựng Đảng …".
  const std::string doc =
      kAppendix3Header +
      "6\tMỏ Cày Nam\tKế hoạch số 290-KH/HU\t1. Thi đua xây dựng Đảng và hệ thống chính trị trong sạch, vững "
      "mạnh: Tiếp tục tập trung thực hiện các nội dung thi đua sau: - Thi đua kết nạp 115 đảng viên mới trở lên; "
      "xây dựng 12 chi bộ áp, khu phố được công nhận TS VM TD.\t1. Thi đua xây dựng Đảng và hệ thống chính trị "
      "trong sạch, vững mạnh: Kết quả thực hiện như sau: - Đã kết nạp 34/115 đảng viên (đạt 29,57% chỉ tiêu NQ); "
      "trình công nhận 17 chi bộ đạt TS VM TD.\t\t\n"
      // Work still under way is pledged too: 004 Giồng Trôm.
      "7\tGiồng Trôm\tKế hoạch số 226-KH/HU\t\t<p>- Hoàn thành 02 nhà tình nghĩa. - Đang tiếp tục thực hiện: "
      "+ Thực hiện tốt công tác giải phóng mặt bằng. + Phát triển 07 sản phẩm mới đạt chứng nhận (OCOP) từ 3 "
      "sao trở lên. + Phạm pháp hình sự; tệ nạn xã hội; tai nạn xã hội giảm từ 03% đến 05%.</p>\t\t\n"
      "8\tMỏ Cày Nam\tKế hoạch số 290-KH/HU\t\t- Có 47 sản phẩm đạt chứng nhận OCOP 3 sao trở lên. - Đang "
      "triển khai thực hiện: + Xây dựng 01 xã NTM kiểu mẫu (Cẩm Sơn).\t\t\n";
  auto r = Extract(doc);
  EXPECT_EQ(Find(r, "12 chi bộ").modality, Modality::kTarget);
  EXPECT_EQ(Find(r, "34/115 đảng viên").modality, Modality::kActual);
  EXPECT_EQ(Find(r, "17 chi bộ").modality, Modality::kActual);
  EXPECT_EQ(Find(r, "02 nhà tình nghĩa").modality, Modality::kActual);
  EXPECT_EQ(Find(r, "07 sản phẩm").modality, Modality::kTarget);
  EXPECT_EQ(Find(r, "giảm từ 03% đến 05%").modality, Modality::kTarget);
  EXPECT_EQ(Find(r, "47 sản phẩm").modality, Modality::kActual);
  EXPECT_EQ(Find(r, "01 xã").modality, Modality::kTarget);
}

TEST(Context, AProgressTablesTaskColumnPledgesForThePeriodClosingItsTitle) {
  // 004 PHỤ LỤC 4: "Tên dự án" before "Tiến độ" lists the term's projects; the
  // progress cell reports on them in the half year of the bracketed line.
  const std::string doc =
      "PHỤ LỤC 4\n"
      "Tiến độ triển khai thực hiện các công trình, dự án trọng điểm của nhiệm kỳ\n"
      "(6 tháng năm 2024)\n"
      "(kèm Báo cáo số 654-BC/TU ngày 08/7/2024 của Ban Thường vụ Tỉnh ủy)\n\n"
      "TT\tTên dự án\tTiến độ\tKế hoạch dự kiến\n"
      "4\tPhát triển 4.000 ha nuôi tôm biển công nghệ cao\tĐang triển khai thi công Gói thầu số 7: Thi công "
      "xây dựng công trình và mua sắm, lắp đặt thiết bị đạt 72% giá trị hợp đồng.\t\n"
      "<p>vực và trong nội bộ ngành có 18 văn bản.</p>\t<p>Đã tổ chức 05 hội nghị.</p>\n";
  auto r = Extract(doc);
  EXPECT_EQ(Find(r, "4.000 ha").modality, Modality::kTarget);
  EXPECT_EQ(Find(r, "4.000 ha").period.value_or(""), "nhiệm kỳ");
  EXPECT_EQ(Find(r, "đạt 72% giá trị hợp đồng").modality, Modality::kActual);
  EXPECT_EQ(Find(r, "đạt 72% giá trị hợp đồng").period.value_or(""), "6 tháng năm 2024");
  // 004 PHỤ LỤC 2: a row continued past a page break that drops its empty
  // number cell is put back under its headers: the task, then its progress.
  EXPECT_EQ(Find(r, "18 văn bản").modality, Modality::kTarget);
  EXPECT_EQ(Find(r, "05 hội nghị").modality, Modality::kActual);
}

TEST(Context, TextAPageBreakCutOffFromItsCellIsStillTheTables) {
  // 004 PHỤ LỤC 2: a page break leaves a cell's text on lines without tabs,
  // between two rows of the table; what follows the table's last row is prose.
  const std::string doc =
      "STT\tNỘI DUNG\tTIẾN ĐỘ TRIỂN KHAI THỰC HIỆN\tGHI CHÚ\n"
      "2.4\t<p>Quản lý ngân sách nhà nước chặt chẽ.</p>\t<p>Tổng chi ngân sách địa phương 4.783,4 tỷ đồng.</p>\t\n"
      "\n"
      "dự toán Trung ương giao, đạt 39,72% dự toán địa phương, bằng 89,62% so cùng kỳ.\n"
      "\n"
      "2.5\t<p>Thu hút đầu tư.</p>\t<p>Đã thu hút 12 dự án.</p>\t\n"
      "\n"
      "Sau bảng, toàn tỉnh có 15 dự án.\n";
  auto r = Extract(doc);
  EXPECT_EQ(Find(r, "đạt 39,72% dự toán địa phương").source, Source::kTable);
  EXPECT_EQ(Find(r, "12 dự án").source, Source::kTable);
  EXPECT_EQ(Find(r, "15 dự án").source, Source::kProse);
}

TEST(Context, ARateThatGivesTheRatioBeforeItIsAboutWhatTheRatioCounts) {
  // 004 PHỤ LỤC 3, Thạnh Phú: 37/55 is 67,27%; the words between qualify the
  // counted noun and name nothing of their own.
  const std::string doc = "Đến nay có 37/55 trường đạt chuẩn quốc gia đạt 67,27%.\n";
  auto r = Extract(doc);
  EXPECT_EQ(Find(r, "37/55 trường").subject.value_or(""), "trường đạt chuẩn quốc gia");
  EXPECT_EQ(Find(r, "đạt 67,27%").subject.value_or(""), "trường đạt chuẩn quốc gia");
  // 004 PHỤ LỤC 2: 1.270/1.485 is 85,5%, written rounded as 85%.
  r = Extract("Đã tích hợp được 1.270/1.485 DVCTT lên Cổng Dịch vụ công quốc gia đạt 85%.\n");
  EXPECT_EQ(Find(r, "đạt 85%").subject.value_or(""), "DVCTT");
}

TEST(Context, AChangeInACountAfterADensityOfItIsAboutTheCount) {
  // 004 PHỤ LỤC 2: the density names its own measure; the change in "thuê bao"
  // goes with the count of them before it.
  auto r = Extract("Tổng số thuê bao điện thoại cố định là 12.293 thuê bao, mật độ sử dụng 0,95 thuê bao/100 dân "
                   "giảm 7.207 thuê bao so với cùng kỳ.\n");
  EXPECT_EQ(Find(r, "0,95 thuê bao/100 dân").subject.value_or(""), "mật độ sử dụng");
  EXPECT_EQ(Find(r, "giảm 7.207 thuê bao so với cùng kỳ").subject.value_or(""), "Tổng số thuê bao điện thoại cố định");
}

TEST(Context, ACountedNounsQualifiersEndBeforeAnAmountAndADanglingWord) {
  // 004 PHỤ LỤC 4 and 5, and 003.
  const std::string doc =
      "Hoàn thành lấp đầy Khu Công nghiệp Phú Thuận và mỗi huyện 01 cụm công nghiệp ít nhất 70ha.\n"
      "Tổng số hộ nhận 5 lần là 93/104 hộ, còn lại 11 hộ với (lý do: Khiếu nại về giá đất thấp).\n"
      // 004 PHỤ LỤC 4: "và" before the counted noun again counts another thing.
      "Xây dựng 07 Quy trình kỹ thuật nuôi cây mô và Quy trình kỹ thuật trồng các cây giống cây mô của một số loài "
      "hoa kiểng, cây trồng hiện có của tỉnh.\n"
      // 004: a named place after "lên" is where they went, an acronym what they became.
      "Đã tích hợp được 1.241/1.475 DVCTT lên Cổng Dịch vụ công quốc gia, đạt 84%.\n"
      "Hộ kinh doanh (HKD) chuyển lên DN, có 22 HKD chuyển lên DN và 70 DN khởi nghiệp.\n"
      // 003: a year after "trước" bounds the noun.
      "Đã giải quyết chế độ cho trên 2 triệu người hưởng chế độ thân nhân của người có công mất trước năm "
      "1995.\n";
  auto r = Extract(doc);
  EXPECT_EQ(Find(r, "01 cụm công nghiệp").subject.value_or(""), "cụm công nghiệp");
  EXPECT_EQ(Find(r, "11 hộ").subject.value_or(""), "hộ");
  EXPECT_EQ(Find(r, "07 Quy trình").subject.value_or(""), "Quy trình kỹ thuật nuôi cây mô");
  EXPECT_EQ(Find(r, "1.241/1.475 DVCTT").subject.value_or(""), "DVCTT");
  EXPECT_EQ(Find(r, "22 HKD").subject.value_or(""), "HKD chuyển lên DN");
  EXPECT_EQ(Find(r, "trên 2 triệu người").subject.value_or(""),
            "người hưởng chế độ thân nhân của người có công mất trước năm 1995");
}

TEST(Context, ACommaListingANounsQualifiersKeepsThemUntilTheNextFigureOrPurpose) {
  // 004: a quoted qualifier goes on after a comma; "và" before a number and
  // "nhằm" end the phrase, so the number after them does not cut it short.
  const std::string doc =
      "Đảng viên giữ gìn phẩm chất đạo đức, lối sống, không vi phạm 27 biểu hiện suy thoái tư tưởng chính trị, "
      "“tự diễn biến”, “tự chuyển hóa”; thực hiện tự phê bình và phê bình.\n"
      "Có 79 tập thể lãnh đạo, quản lý và 222 cán bộ diện Ban Thường vụ Tỉnh ủy quản lý được nhận xét, đánh giá.\n"
      "Ban hành 07 nghị quyết liên quan đến đầu tư, ngân sách nhằm phát triển kinh tế - xã hội của tỉnh và 02 Nghị "
      "quyết về việc giao số lượng cán bộ.\n"
      // 004 PHỤ LỤC 2: an acronym after the comma is one more noun of the list.
      "Đến nay toàn tỉnh có 24.694 ha sản xuất theo tiêu chuẩn hữu cơ, GAP và tương đương; có 26 mã số vùng "
      "trồng.\n"
      // 000: a number in the part after the comma still ends the phrase at it.
      "Đến nay toàn tỉnh có 49 xã đạt chuẩn xã nông thôn mới, phấn đấu đến cuối năm 2020, tỉnh sẽ công nhận thêm "
      "13 xã.\n";
  auto r = Extract(doc);
  EXPECT_EQ(Find(r, "27 biểu hiện").subject.value_or(""),
            "biểu hiện suy thoái tư tưởng chính trị, “tự diễn biến”, “tự chuyển hóa”");
  EXPECT_EQ(Find(r, "79 tập thể").subject.value_or(""), "tập thể lãnh đạo, quản lý");
  EXPECT_EQ(Find(r, "07 nghị quyết").subject.value_or(""), "nghị quyết liên quan đến đầu tư, ngân sách");
  EXPECT_EQ(Find(r, "24.694 ha").subject.value_or(""), "sản xuất theo tiêu chuẩn hữu cơ, GAP và tương đương");
  EXPECT_EQ(Find(r, "49 xã").subject.value_or(""), "xã đạt chuẩn xã nông thôn mới");
}

TEST(Context, ACommaInsideAFixedPairBreaksNoClause) {
  // 001 and 004: "phòng, chống", "điều tra, khám phá" and "tố giác, tin báo"
  // are each one word; the year inside the subject, before a passive verb,
  // is its period.
  auto r = Extract(
      "Kết quả chấm điểm đánh giá công tác phòng, chống tham nhũng năm 2022 được Thanh tra Chính phủ đánh giá đạt "
      "69,85/100 điểm, xếp vị trí thứ 16/63 tỉnh/thành cả nước (năm 2021 xếp thứ 60/63).\n"
      "Kiềm chế và kéo giảm tai nạn giao thông trên cả 03 tiêu chí so năm 2023; tỷ lệ điều tra, khám phá án hình "
      "sự đạt 80%; tỷ lệ giải quyết tố giác, tin báo tội phạm và kiến nghị khởi tố đạt trên 90%.\n"
      "Tiến độ triển khai thực hiện 10 nhóm nhiệm vụ, giải pháp chủ yếu Nghị quyết Tỉnh ủy năm 2024.\n");
  const std::string score = "Kết quả chấm điểm đánh giá công tác phòng, chống tham nhũng";
  EXPECT_EQ(Find(r, "69,85/100 điểm").subject.value_or(""), score);
  EXPECT_EQ(Find(r, "xếp vị trí thứ 16/63 tỉnh/thành cả nước").subject.value_or(""), score);
  EXPECT_EQ(Find(r, "80%").subject.value_or(""), "tỷ lệ điều tra, khám phá án hình sự");
  EXPECT_EQ(Find(r, "trên 90%").subject.value_or(""), "tỷ lệ giải quyết tố giác, tin báo tội phạm và kiến nghị khởi tố");
  EXPECT_EQ(Find(r, "10 nhóm").subject.value_or(""), "nhóm nhiệm vụ, giải pháp chủ yếu Nghị quyết Tỉnh ủy");
}

TEST(Context, AdjunctsOfTimeAndConditionAreNoPartOfTheSubject) {
  // 004: "hiện" (now) opens a clause after a measure; "qua 03 năm" is how long
  // and "đúng kế hoạch" how well, not which persons; what comes before "thì" is the condition, not the
  // indicator, nor is the work done "để phấn đấu đạt" it.
  auto r = Extract(
      "Đề án Làng Văn hóa Du lịch Chợ Lách: Về điều chỉnh quy hoạch phân khu chức năng Cồn Cái Gà từ 20 ha lên 75 "
      "ha hiện Sở Xây dựng đang thẩm định.\n"
      // "hiện vật" (artefacts) is a noun all the same.
      "Bảo tàng tỉnh trưng bày 500 hiện vật về lịch sử.\n"
      "Khen thưởng cho 07 tập thể, 08 cá nhân; đề nghị về tinh xét khen thưởng cho 01 tập thể và 01 cá nhân có "
      "thành tích xuất sắc qua 03 năm thực hiện Chỉ thị số 01-CT/TU.\n"
      "Trung đoàn 895 tiếp nhận, huấn luyện 54 chiến sỹ mới đúng kế hoạch.\n"
      "Quy hoạch điện VIII; trong đó, tại bảng 5 Phụ lục II Quyết định số 262/QĐ-TTg thì công suất nguồn điện sản "
      "xuất từ rác của tỉnh Bến Tre đến năm 2030 là 18MW.\n"
      // The work done to strive for it is not the indicator either.
      "Chỉ đạo các ngành triển khai theo các kế hoạch, chương trình công tác đã xác định của từng ngành, lĩnh vực "
      "quản lý để phấn đấu đạt tốc độ tăng trưởng GRDP năm 2024 đạt 6,5% trở lên.\n"
      // 002: what a figure "cho thấy" (shows) is a clause of its own.
      "Chỉ số tăng trưởng kinh tế ước 9 tháng năm 2023 đạt 4,45% cho thấy khả năng đạt mục tiêu tăng trưởng 9,3% "
      "vào cuối năm là một thách thức lớn.\n");
  EXPECT_EQ(Find(r, "lên 75 ha").subject.value_or(""), "quy hoạch phân khu chức năng Cồn Cái Gà");
  EXPECT_EQ(Find(r, "500 hiện vật").unit.value_or(""), "hiện vật");
  EXPECT_EQ(Find(r, "01 cá nhân").subject.value_or(""), "cá nhân có thành tích xuất sắc");
  EXPECT_EQ(Find(r, "54 chiến sỹ").subject.value_or(""), "chiến sỹ mới");
  EXPECT_EQ(Find(r, "18MW").subject.value_or(""), "công suất nguồn điện sản xuất từ rác của tỉnh Bến Tre");
  EXPECT_EQ(Find(r, "6,5% trở lên").subject.value_or(""), "tốc độ tăng trưởng GRDP");
  EXPECT_EQ(Find(r, "9,3%").subject.value_or(""), "mục tiêu tăng trưởng");
}

TEST(Context, ABracketGivesTheFiguresOfAChangeToldWithoutThem) {
  // 002: the counts in the bracket are the change the clause before it tells.
  auto r = Extract(
      "Tình hình tội phạm và vi phạm pháp luật tăng so cùng kỳ (461/430 vụ, tăng 31 vụ), tệ nạn, tai nạn xã hội được "
      "kiềm chế, kéo giảm.\n"
      // A count in a bracket after a clause with no change stays what it counts.
      "Đoàn đã kiểm tra các cơ sở kinh doanh (12 cơ sở).\n");
  EXPECT_EQ(Find(r, "461/430 vụ").subject.value_or(""), "Tình hình tội phạm và vi phạm pháp luật");
  EXPECT_EQ(Find(r, "tăng 31 vụ").subject.value_or(""), "Tình hình tội phạm và vi phạm pháp luật");
  EXPECT_EQ(Find(r, "12 cơ sở").subject.value_or(""), "cơ sở");
}

TEST(Context, ACountsQualifiersEndWhereAClauseAPlaceOrARecipientBegins) {
  // 001 and 004: a verb after a comma opens a clause of its own; a place
  // named after a comma is the next item; a named body after "cho" is whom
  // the things were for.
  auto r = Extract(
      "Hiện APEC có 21 nền kinh tế thành viên, bao gồm Trung Quốc, Hoa Kỳ và Nga.\n"
      "Tuần tra kiểm soát và xử lý vi phạm giao thông đường thủy 656 lượt, có 2.041 lượt CBCS tham gia, phát "
      "hiện, lập biên bản 564 trường hợp vi phạm.\n"
      "Huyện Bình Đại đạt 04 tiêu chí, huyện Châu Thành, Thạnh Phú đạt 03 tiêu chí.\n"
      "Cấp 02 giấy chứng nhận nhãn hiệu tập thể cho Hợp tác xã Nông Nghiệp An Định và Hợp tác xã Nông Nghiệp "
      "Hương Mỹ.\n");
  EXPECT_EQ(Find(r, "21 nền kinh tế").subject.value_or(""), "nền kinh tế thành viên");
  EXPECT_EQ(Find(r, "2.041 lượt").subject.value_or(""), "lượt CBCS tham gia");
  EXPECT_EQ(Find(r, "04 tiêu chí").subject.value_or(""), "tiêu chí");
  EXPECT_EQ(Find(r, "02 giấy chứng nhận").subject.value_or(""), "giấy chứng nhận nhãn hiệu tập thể");
}

TEST(Context, AShareOfNamedBodiesOrAnAcronymIsAboutThem) {
  // 004 note 27, 001 and 003: the words after the percent name what it is a
  // share of, capitalised or not.
  auto r = Extract(
      "Đến cuối tháng 5/2024, có 100% Mặt trận Tổ quốc Việt Nam các xã, thị trấn đã tổ chức thành công đại hội.\n"
      "Hiện APEC có 21 nền kinh tế thành viên, chiếm 38% dân số, 47% thương mại và 61% GDP toàn cầu.\n"
      "Hàng năm có 95% cán bộ, đoàn viên Công đoàn đạt đoàn viên công đoàn xuất sắc; có trên 94 % CĐCS khu vực "
      "nhà nước, gần 57 % CĐCS khu vực ngoài nhà nước đạt hoàn thành xuất sắc nhiệm vụ.\n");
  EXPECT_EQ(Find(r, "100%").subject.value_or(""),
            "Mặt trận Tổ quốc Việt Nam các xã, thị trấn đã tổ chức thành công đại hội");
  EXPECT_EQ(Find(r, "61%").subject.value_or(""), "GDP toàn cầu");
  EXPECT_EQ(Find(r, "trên 94 %").subject.value_or(""), "CĐCS khu vực nhà nước");
}

TEST(Context, AfterAFiguresNounAndOpensTheNextThingMeasured) {
  // 001: "chi thường xuyên" is the 88%'s; the 169% is the city's.
  auto r = Extract(
      "Đến cuối năm 2023, ngân sách tỉnh tự cân đối được 88% chi thường xuyên  và thành phố Bến Tre là 169% chi "
      "thường xuyên  (NQ 70%).\n");
  EXPECT_EQ(Find(r, "169%").subject.value_or(""), "thành phố Bến Tre");
}

TEST(Context, ALevelFallenToAndWhatItIsComparedWithAreOfTheClausesSubject) {
  // 000: the index fell to 95,5 points, from 96,6; neither counts "điểm".
  auto r = Extract(
      "Chỉ số thương mại hàng hóa toàn cầu của WTO (tháng 02/2020) đã giảm mạnh xuống chỉ còn 95,5 điểm (so với "
      "96,6 điểm tháng 11/2019).\n");
  const std::string index = "Chỉ số thương mại hàng hóa toàn cầu của WTO";
  EXPECT_EQ(Find(r, "xuống chỉ còn 95,5 điểm").subject.value_or(""), index);
  EXPECT_EQ(Find(r, "96,6 điểm").subject.value_or(""), index);
}

TEST(Context, CountsOfOtherNounsAfterTrongDoArePartsOfTheCountBefore) {
  // 001: the 1.527 and the 5.499 are "gương điển hình"; counts of the same
  // noun after "trong đó" keep their own qualifiers.
  auto r = Extract(
      "Phong trào thi đua đã đạt kết quả tích cực trên các lĩnh vực (toàn tỉnh có 7.026 gương điển hình, trong đó có "
      "1.527 tập thể, 5.499 cá nhân).\n"
      "Toàn tỉnh có 120 xã, trong đó 52 xã đạt chuẩn nông thôn mới nâng cao.\n"
      // Only a list of counts breaks the whole down; a clause after it does not.
      "Toàn tỉnh có 50 dự án, trong đó 30 dự án đã hoàn thành, thu hút 2.000 lao động.\n");
  EXPECT_EQ(Find(r, "1.527 tập thể").subject.value_or(""), "gương điển hình");
  EXPECT_EQ(Find(r, "5.499 cá nhân").subject.value_or(""), "gương điển hình");
  EXPECT_EQ(Find(r, "52 xã").subject.value_or(""), "xã đạt chuẩn nông thôn mới nâng cao");
  EXPECT_EQ(Find(r, "2.000 lao động").subject.value_or(""), "lao động");
}

TEST(Context, AnOccasionIsNoPartOfTheSubjectAndChiDangBoCountsAsOneNoun) {
  // 000: "trong dịp Tết" says when, not what; 003: "chi, đảng bộ" is one
  // kind of unit counted, like "ấp, khu phố".
  auto r = Extract(
      "Hàng hóa tiêu thụ trong dịp Tết Nguyên đán cao hơn 10 - 20% so ngày thường, riêng sức tiêu thụ bia, rượu "
      "giảm khoảng 20%.\n"
      "Toàn tỉnh hiện có trên 70 chi, đảng bộ trong DN với gần 1400 đảng viên, đã làm nòng cốt.\n");
  EXPECT_EQ(Find(r, "cao hơn 10 - 20% so ngày thường").subject.value_or(""), "Hàng hóa tiêu thụ");
  const Record& cells = Find(r, "trên 70 chi, đảng bộ");
  EXPECT_EQ(cells.unit.value_or(""), "chi, đảng bộ");
  EXPECT_EQ(cells.subject.value_or(""), "chi, đảng bộ trong DN");
}

TEST(Context, TheKindsOfACountBracketedAfterItArePartsOfWhatItMeasures) {
  // 004: "giải nhì" is a kind of "giải". Counts of the same noun keep their
  // own names: note ²⁸ "(khiếu nại 39 đơn, …)" breaks "đơn" down by case.
  auto r = Extract(
      "Kết quả kỳ thi học sinh giỏi Quốc gia tỉnh Bến Tre đạt 16 giải (gồm 03 giải nhì, 03 giải ba, 10 giải khuyến "
      "khích), tăng 06 giải so với năm học trước.\n"
      "Các cơ quan chức năng đã giải quyết 392 đơn/469 đơn (khiếu nại 39 đơn, tố cáo 07 đơn và kiến nghị, phản "
      "ánh 346 đơn), đạt 83,58%.\n");
  const std::string contest = "Kết quả kỳ thi học sinh giỏi Quốc gia tỉnh Bến Tre";
  EXPECT_EQ(Find(r, "16 giải").subject.value_or(""), contest);
  EXPECT_EQ(Find(r, "03 giải nhì").subject.value_or(""), contest);
  EXPECT_EQ(Find(r, "03 giải ba").subject.value_or(""), contest);
  EXPECT_EQ(Find(r, "10 giải khuyến khích").subject.value_or(""), contest);
  EXPECT_EQ(Find(r, "39 đơn").subject.value_or(""), "khiếu nại");
}

TEST(Context, AClauseRepeatingTheStartOfItsLabelIsAboutTheLabel) {
  // 004 PHỤ LỤC 3 (Thạnh Phú); a label that is not repeated (Giồng Trôm)
  // leaves the clause its own subject.
  auto r = Extract(
      "- Huy động các nguồn lực thực hiện tốt công tác an sinh xã hội: Đến nay, huy động được 9,3 tỷ đồng đạt 93% "
      "(trong đó hỗ trợ xây dựng 82 căn nhà Đại đoàn kết).\n"
      "1. Thi đua xây dựng Đảng và hệ thống chính trị trong sạch, vững mạnh: Kết quả thực hiện như sau: - Kết nạp "
      "82/130 đảng viên đạt 63,08%.\n");
  const std::string label = "Huy động các nguồn lực thực hiện tốt công tác an sinh xã hội";
  EXPECT_EQ(Find(r, "9,3 tỷ đồng").subject.value_or(""), label);
  EXPECT_EQ(Find(r, "đạt 93%").subject.value_or(""), label);
  EXPECT_EQ(Find(r, "82/130 đảng viên").subject.value_or(""), "đảng viên");
}

TEST(Context, ABareNumberAfterItsItemsLabelIsWhatTheLabelNames) {
  // 003: the label runs back over its comma to the item's start.
  auto r = Extract(
      "Trong đó người hoạt động cách mạng trước ngày 1/1/1945: 668 người; Liệt sĩ: 35.600; Bà mẹ Việt Nam anh "
      "hùng: 6.937 mẹ (hiện còn sống 129 mẹ); Thương binh, người hưởng chính sách như thương binh: 18.700; Bệnh "
      "binh: 1.606.\n");
  EXPECT_EQ(Find(r, "35.600").subject.value_or(""), "Liệt sĩ");
  EXPECT_EQ(Find(r, "18.700").subject.value_or(""), "Thương binh, người hưởng chính sách như thương binh");
  EXPECT_EQ(Find(r, "1.606").subject.value_or(""), "Bệnh binh");
  EXPECT_EQ(Find(r, "6.937 mẹ").subject.value_or(""), "Bà mẹ Việt Nam anh hùng");
}

TEST(Context, ACommaBetweenTwoAcronymsJoinsThem) {
  // 004 note ³² and PHỤ LỤC 3 (Mỏ Cày Bắc): "HTX, THT" and "GTNT, ASXH" are
  // one coordination, not two clauses.
  const std::string doc =
      "Chuỗi xoài: Xây dựng 02 liên kết giữa HTX, THT và doanh nghiệp, với tổng diện tích liên kết là "
      "44,45 ha.\n" +
      kAppendix3Header +
      "7\tMỏ Cày Bắc\tKế hoạch số 286-KH/HU\t\t- Quyết định khen thưởng đóng góp vật chất xây dựng GTNT, "
      "ASXH 12 tập thể, 46 cá nhân, 02 hộ gia đình.\t\t\n";
  auto r = Extract(doc);
  EXPECT_EQ(Find(r, "02 liên kết").subject.value_or(""), "liên kết giữa HTX, THT và doanh nghiệp");
  EXPECT_EQ(Find(r, "44,45 ha").subject.value_or(""), "tổng diện tích liên kết");
  EXPECT_EQ(Find(r, "12 tập thể").subject.value_or(""),
            "khen thưởng đóng góp vật chất xây dựng GTNT, ASXH / Mỏ Cày Bắc");
  // The counts listed after it share what it counts.
  EXPECT_EQ(Find(r, "46 cá nhân").subject.value_or(""),
            "khen thưởng đóng góp vật chất xây dựng GTNT, ASXH / Mỏ Cày Bắc");
  EXPECT_EQ(Find(r, "02 hộ gia đình").subject.value_or(""),
            "khen thưởng đóng góp vật chất xây dựng GTNT, ASXH / Mỏ Cày Bắc");
}

TEST(Context, ALabelNamesTheCountsItsListItemHandles) {
  // 004 PHỤ LỤC 3, Thành phố Bến Tre: the label before ':' names the cases
  // found; a verb of handling before ':' is still no label.
  const std::string doc =
      kAppendix3Header +
      "9\tThành phố Bến Tre\tKế hoạch số 190-KH/TU\t\t- Phạm pháp hình sự: Phát hiện 59/76 vụ (giảm 17 vụ so "
      "với cùng kỳ); tệ nạn xã hội: Phát hiện 28/25 vụ, 173/113 đối tượng. Tạm giữ: 152 phương tiện.\t\t\n";
  auto r = Extract(doc);
  EXPECT_EQ(Find(r, "59/76 vụ").subject.value_or(""), "Phạm pháp hình sự / Thành phố Bến Tre");
  EXPECT_EQ(Find(r, "28/25 vụ").subject.value_or(""), "tệ nạn xã hội / Thành phố Bến Tre");
  EXPECT_EQ(Find(r, "152 phương tiện").subject.value_or(""), "phương tiện / Thành phố Bến Tre");
}

TEST(Context, AListLeadInNamesTheBareNounsOfItsItems) {
  // 004 PHỤ LỤC 3, Thành phố Bến Tre.
  const std::string doc =
      "Kết quả thực hiện các tiêu chuẩn chuyển xã thành phường: Phú Hưng đạt 14/18 tiêu chuẩn; Mỹ Thạnh An "
      "đạt 13/18 tiêu chuẩn.\n"
      // A noun the lead-in does not list stays bare.
      "Bà mẹ Việt Nam anh hùng: tỉnh có 6.937 mẹ.\n";
  auto r = Extract(doc);
  EXPECT_EQ(Find(r, "14/18 tiêu chuẩn").subject.value_or(""), "tiêu chuẩn chuyển xã thành phường");
  EXPECT_EQ(Find(r, "13/18 tiêu chuẩn").subject.value_or(""), "tiêu chuẩn chuyển xã thành phường");
  EXPECT_NE(Find(r, "6.937 mẹ").subject.value_or(""), "mẹ Việt Nam anh hùng");
}

TEST(Context, ACellCutByAPageBreakGoesOnInTheSameColumnAfterTheRepeatedHeader) {
  // 004 PHỤ LỤC 3: the page ends in "… nâng tổng số đến"; past the repeated
  // header the same column goes on "nay có 37/55 trường …". The period is the
  // "đến nay" the break split, and the sentence spans both parts.
  const std::string doc =
      kAppendix3Header +
      "6\tThạnh Phú\tKế hoạch số 12-KH/HU\t\tĐưa 141 lao động đi làm việc nước ngoài theo hợp đồng. Kiểm "
      "tra mới 4/4 trường đạt chuẩn quốc gia, nâng tổng số đến \t\t\n\n" +
      kAppendix3Header + "\t\t\t\tnay có 37/55 trường đạt chuẩn quốc gia đạt 67,27%.\t\t\n" +
      // Not cuts: a cell closed by its full stop, and a next page that opens on a capital.
      "7\tMỏ Cày Bắc\tKế hoạch số 286-KH/HU\t\tKết nạp 54 đảng viên.\t\t\n\n" + kAppendix3Header +
      "\t\t\t\tđã tổ chức 03 hội nghị.\t\t\n"
      "8\tBa Tri\tKế hoạch số 226-KH/HU\t\tKết nạp 20 đảng viên\t\t\n\n" + kAppendix3Header +
      "\t\t\t\tĐã tổ chức 05 hội nghị.\t\t\n";
  auto r = Extract(doc);
  const Record& schools = Find(r, "37/55 trường");
  EXPECT_EQ(schools.period.value_or(""), "đến nay");
  EXPECT_EQ(Find(r, "đạt 67,27%").period.value_or(""), "đến nay");
  ASSERT_TRUE(schools.sentence.has_value());
  EXPECT_EQ(schools.sentence->start, doc.find("Kiểm"));
  EXPECT_EQ(Find(r, "4/4 trường").sentence->end, schools.sentence->end);
  EXPECT_EQ(Find(r, "141 lao động").sentence->end, doc.find(" Kiểm"));
  EXPECT_EQ(Find(r, "03 hội nghị").sentence->start, doc.find("đã tổ chức 03"));
  EXPECT_EQ(Find(r, "05 hội nghị").sentence->start, doc.find("Đã tổ chức 05"));
}

TEST(Context, ACellCutByAPageBreakKeepsTheListLeadInItGaveBeforeTheBreak) {
  // 004 PHỤ LỤC 3 Ba Tri: "- Đang tiếp tục thực hiện: + Xây dựng đạt thêm 03
  // tiêu" / (header) / "chuẩn đô thị loại I: … (đạt 28m²/sàn/người), …".
  const std::string doc =
      kAppendix3Header +
      "8\tBa Tri\tKế hoạch số 226-KH/HU\t\t<p>Kết quả thực hiện như sau: - Hoàn thành xây dựng đạt 01 xã NTM "
      "nâng cao. - Đang tiếp tục thực hiện: + Xây dựng đạt thêm 03 tiêu\t\t\n\n" +
      kAppendix3Header +
      "\t\t\t\t<p>chuẩn đô thị loại I: Diện tích sàn nhà ở bình quân (đạt 28m²/sàn/người), tỷ lệ sử dụng "
      "hình thức hoả táng (đạt 30% trở lên).</p> <p>+ Giải ngân vốn đạt 45%.</p>\t\t\n";
  auto r = Extract(doc);
  EXPECT_EQ(Find(r, "01 xã").modality, Modality::kActual);
  EXPECT_EQ(Find(r, "03 tiêu").modality, Modality::kTarget);
  EXPECT_EQ(Find(r, "30% trở lên").modality, Modality::kTarget);
}

TEST(Context, ACellCutByAPageBreakMayGoOnOnALineWithoutTabs) {
  // 004 PHỤ LỤC 2: the page ends in "… đạt 40,02%"; past the rule the export
  // left, the cell goes on on a line of its own, "dự toán Trung ương giao, đạt
  // 39,72% …". The figures after the break run on from the one before it.
  const std::string doc =
      "STT\tNỘI DUNG\tTIẾN ĐỘ TRIỂN KHAI THỰC HIỆN\tGHI CHÚ\n"
      "2.3\t<p>Quản lý ngân sách nhà nước chặt chẽ.</p>\t<p><i>Tổng chi ngân sách địa phương 4.783,4 tỷ "
      "đồng, đạt 40,02%</i></p>\n"
      "---\t---\n\n"
      "dự toán Trung ương giao, đạt 39,72% dự toán địa phương, bằng 89,62% so cùng kỳ.\n\n"
      "2.4\t<p>Phát triển hạ tầng.</p>\t<p>Hoàn thành 03 công trình.</p>\t\n";
  auto r = Extract(doc);
  EXPECT_EQ(Find(r, "đạt 40,02%").subject.value_or(""), "Tổng chi ngân sách địa phương");
  EXPECT_EQ(Find(r, "đạt 39,72% dự toán địa phương").subject.value_or(""), "Tổng chi ngân sách địa phương");
  EXPECT_EQ(Find(r, "bằng 89,62% so cùng kỳ").subject.value_or(""), "Tổng chi ngân sách địa phương");
  const Record& local = Find(r, "đạt 39,72% dự toán địa phương");
  ASSERT_TRUE(local.sentence.has_value());
  EXPECT_EQ(local.sentence->start, doc.find("Tổng chi"));
  EXPECT_EQ(local.source, Source::kTable);
}

TEST(Context, APeriodAfterABracketDoesNotDateTheFigureInsideIt) {
  // 004 PHỤ LỤC 2: the capacities in brackets name the plants; the horizon
  // after the bracket is the plan's.
  const std::string doc =
      "BÁO CÁO\nKết quả thực hiện 6 tháng đầu năm 2024\n\n"
      "Tỉnh đã kiến nghị bổ sung dự án Nhà máy điện gió Hải Phong (200MW) và dự án điện gió Thới Thuận "
      "(công suất 93MW) vào Kế hoạch thực hiện Quy hoạch điện VIII đến năm 2030.\n"
      // A period after the figure in its own clause still dates it.
      "Dự kiến đưa vào vận hành 03 nhà máy trong năm 2025.\n";
  auto r = Extract(doc);
  EXPECT_EQ(Find(r, "200MW").period.value_or(""), "6 tháng đầu năm 2024");
  EXPECT_EQ(Find(r, "93MW").period.value_or(""), "6 tháng đầu năm 2024");
  EXPECT_EQ(Find(r, "03 nhà máy").period.value_or(""), "năm 2025");
}

TEST(Context, APeriodPhraseStartsAWord) {
  // 004: "nghiện tại" ends in "hiện tại" (now), but no word of it is.
  const std::string doc =
      "BÁO CÁO\nKết quả thực hiện 6 tháng đầu năm 2024\n\n"
      "Lập hồ sơ đề nghị đưa đi cai nghiện bắt buộc 136 trường hợp; vận động cai nghiện tại cộng đồng 49 "
      "trường hợp.\n"
      "Hiện tại có 256 sản phẩm còn hiệu lực.\n";
  auto r = Extract(doc);
  EXPECT_EQ(Find(r, "49 trường hợp").period.value_or(""), "6 tháng đầu năm 2024");
  EXPECT_EQ(Find(r, "256 sản phẩm").period.value_or(""), "Hiện tại");
}

TEST(Context, AFrontedRunningTotalWithoutACommaDatesItsClauseOnly) {
  // 004 PHỤ LỤC 5: "Lũy kế đến nay" opens the first clause's noun phrase; what
  // was done after the ';' is the report's. With a comma it frames the sentence.
  const std::string doc =
      "BÁO CÁO\nKết quả thực hiện 6 tháng đầu năm 2024\n\n"
      "Lũy kế đến nay tổng số nhãn hiệu cộng đồng của Bến Tre có 51 nhãn hiệu; hướng dẫn 237 cơ sở kinh "
      "doanh xăng dầu thực hiện việc lập hóa đơn điện tử.\n"
      "Đến nay, toàn tỉnh có 196 HTX; có 26 mã số vùng trồng.\n";
  auto r = Extract(doc);
  EXPECT_EQ(Find(r, "51 nhãn hiệu").period.value_or(""), "Lũy kế đến nay");
  EXPECT_EQ(Find(r, "237 cơ sở").period.value_or(""), "6 tháng đầu năm 2024");
  EXPECT_EQ(Find(r, "26 mã số").period.value_or(""), "Đến nay");
}

TEST(Context, TheTermOfANumberedCongressIsNoPeriodOfTheFiguresAfterIt) {
  // 004 PHỤ LỤC 2: the term names the congress whose documents the team
  // drafts; the team was set up in the half year the report covers.
  const std::string doc =
      "BÁO CÁO\nKết quả thực hiện 6 tháng đầu năm 2024\n\n"
      "Dự thảo Quyết định thành lập Tổ Biên tập Văn kiện Đại hội đại biểu Đảng bộ tỉnh lần thứ XII, "
      "nhiệm kỳ 2025-2030, gồm 16 thành viên.\n"
      "Ban Chấp hành Đảng bộ tỉnh khóa XI, nhiệm kỳ 2020-2025 đã tổ chức 05 hội nghị.\n"
      // A term that dates its own clause still does.
      "Trong nhiệm kỳ 2020-2025, toàn tỉnh kết nạp 4.065 đảng viên.\n";
  auto r = Extract(doc);
  EXPECT_EQ(Find(r, "16 thành viên").period.value_or(""), "6 tháng đầu năm 2024");
  EXPECT_EQ(Find(r, "05 hội nghị").period.value_or(""), "6 tháng đầu năm 2024");
  EXPECT_EQ(Find(r, "4.065 đảng viên").period.value_or(""), "nhiệm kỳ 2020-2025");
}

TEST(Context, AModelIsNamedByWhatItAimsAt) {
  // 004 PHỤ LỤC 3: the quoted name of a model states its goal.
  const std::string doc =
      "(1) Đảng bộ xã Thạnh Phước xây dựng mô hình “nâng cao chất lượng sinh hoạt chi bộ; xây dựng chi bộ "
      "áp 100 % đạt trong sạch, vững mạnh toàn diện”. (3) Xã Phú Long xây dựng đạt mô hình “vận động 100% "
      "tổ chức, cá nhân đồng thuận bàn giao mặt bằng” đối với tuyến đường vào trung tâm xã, đã vận động "
      "50 hộ.\n"
      "(3) Ủy ban MTTQ Việt Nam huyện xây dựng mô hình: Phối hợp huy động các nguồn lực thực hiện công tác an "
      "sinh xã hội (đạt 30 tỷ đồng trở lên); đã huy động 12 tỷ đồng.\n"
      // Quoted names of other things state no goal.
      "Phối hợp xử lý vụ án “Vận chuyển trái phép chất ma túy (Bình Đại); khởi tố 84 vụ, 107 bị can.\n";
  auto r = Extract(doc);
  EXPECT_EQ(Find(r, "100 %").modality, Modality::kTarget);
  EXPECT_EQ(Find(r, "100%").modality, Modality::kTarget);
  EXPECT_EQ(Find(r, "50 hộ").modality, Modality::kActual);
  EXPECT_EQ(Find(r, "84 vụ").modality, Modality::kActual);
  EXPECT_EQ(Find(r, "30 tỷ đồng trở lên").modality, Modality::kTarget);
  EXPECT_EQ(Find(r, "12 tỷ đồng").modality, Modality::kActual);
}

TEST(Context, ATaskColumnKeepsTheYearItsTitlePledgesFor) {
  // 004 PHỤ LỤC 2, in a report on the half year: the tasks are the year's
  // resolution's, whatever the half year's report says of them.
  const std::string doc =
      "BÁO CÁO\nKết quả thực hiện 6 tháng đầu năm 2024\n\n"
      "PHỤ LỤC 2\n\n"
      "Tiến độ triển khai thực hiện 10 nhóm nhiệm vụ, giải pháp chủ yếu Nghị quyết Tỉnh ủy năm 2024\n\n"
      "(6 tháng đầu năm 2024)\n\n"
      "STT\tNỘI DUNG\tTIẾN ĐỘ TRIỂN KHAI THỰC HIỆN\tGHI CHÚ\n"
      "2.1\t<p>Tập trung thực hiện hiệu quả các nhiệm vụ, giải pháp phát triển kinh tế, phấn đấu tăng trưởng "
      "kinh tế (GRDP) đạt từ 6,5% - 7%.</p>\t<p>Kết quả ước tăng trưởng kinh tế (GRDP) đạt 4,96%.</p>\t\n";
  auto r = Extract(doc);
  EXPECT_EQ(Find(r, "từ 6,5% - 7%").modality, Modality::kTarget);
  EXPECT_EQ(Find(r, "từ 6,5% - 7%").period.value_or(""), "năm 2024");
  EXPECT_EQ(Find(r, "4,96%").period.value_or(""), "6 tháng đầu năm 2024");
  // A row without its number that writes both the task and its progress.
  r = Extract(doc + "\t<p>Tiếp tục triển khai kế hoạch phát triển 4.000 ha nuôi tôm biển.</p>\t<p>Đã thả nuôi 253 "
                    "ha.</p>\t\n");
  EXPECT_EQ(Find(r, "4.000 ha").modality, Modality::kTarget);
  EXPECT_EQ(Find(r, "4.000 ha").period.value_or(""), "năm 2024");
  EXPECT_EQ(Find(r, "253 ha").modality, Modality::kActual);
}
TEST(Context, ACellsProseIsDatedWithinTheCell) {
  // 004 PHỤ LỤC 1: "Hàng năm đạt 98,5% trở lên" under "So sánh chỉ tiêu nhiệm kỳ
  // 2020-2025" is about the term; "không tính lũy kế" in the cell before it is not its period.
  const std::string doc =
      "TT\tNỘI DUNG\tChỉ tiêu 2024\tĐơn vị tính\tKết quả thực hiện 6 tháng đầu năm 2024\t\tSo với cùng kỳ "
      "(6 tháng đầu năm 2023)\tLũy kế thực hiện từ đầu nhiệm kỳ đến 6 tháng đầu năm 2024\tSo sánh chỉ tiêu "
      "nhiệm kỳ 2020-2025\t\n"
      "\t\t\t\tKết quả\tTỷ lệ\t\t\tChỉ tiêu nhiệm kỳ 2020-2025\tSo sánh (%)\n"
      "21\tTuyên quân\t100\t%\t100\t100\t100\tkhông tính lũy kế\tHàng năm hoàn thành 100% chỉ tiêu\t\n"
      "-\tDự bị động viên\t98,5\t%\t70,10\t71,17\t79,32\tkhông tính lũy kế\tHàng năm đạt 98,5% trở lên\t\n";
  auto r = Extract(doc);
  EXPECT_EQ(Find(r, "98,5% trở lên").period.value_or(""), "nhiệm kỳ 2020-2025");
  // 004 PHỤ LỤC 3: the lead of a cell's HTML paragraph dates the sentences after it.
  const std::string by_unit =
      "TT\tĐơn vị\tKý hiệu, ngày tháng\tKết quả thực hiện\n"
      "6\tChợ Lách\tNghị quyết số 01\t<p>- Hoàn thành công tác lập KH sử dụng đất cấp huyện năm 2024.</p> <p>- "
      "Sản lượng trái cây 6 tháng ước đạt 44.300/89.978 tấn (đạt 49% chỉ tiêu). Sản lượng cây giống đạt: 6/17 "
      "triệu sản phẩm (đạt 53% chỉ tiêu NQ năm 2024).</p>\n";
  r = Extract(by_unit);
  EXPECT_EQ(Find(r, "44.300/89.978 tấn").period.value_or(""), "6 tháng");
  EXPECT_EQ(Find(r, "6/17 triệu sản phẩm").period.value_or(""), "6 tháng");
}

TEST(Context, ARateRowWithoutAUnitCellCountsWhatItsLabelNames) {
  // 004 PHỤ LỤC 1, indicator 16: the unit cell is empty; the label says it.
  const std::string doc =
      "TT\tNỘI DUNG\tChỉ tiêu 2024\tĐơn vị tính\tKết quả thực hiện 6 tháng đầu năm 2024\t\n"
      "\t\t\t\tKết quả\tTỷ lệ\n"
      "16\tSố giường bệnh/vạn dân\t32,3\t\t32,30\t100,00\n"
      "-\t<i>Số bác sĩ/vạn dân</i>\t10,27\t\t10,05\t97,86\n";
  auto r = Extract(doc);
  EXPECT_EQ(Find(r, "32,3").unit.value_or(""), "giường bệnh");
  EXPECT_EQ(Find(r, "32,3").per.value_or(""), "vạn dân");
  EXPECT_EQ(Find(r, "10,05").unit.value_or(""), "bác sĩ");
  EXPECT_EQ(Find(r, "97,86").unit.value_or(""), "%");
}

TEST(Context, IndicatorCellsAreAboutTheirRowUnlessTheCellLabelsThem) {
  // 004, Phụ lục 1: rows 20, 21, 23 and their sub-rows, as written there.
  const std::string doc =
      "TT\tNỘI DUNG\tChỉ tiêu 2024\tĐơn vị tính\tKết quả\tTỷ lệ\tSo với cùng kỳ (6 tháng đầu năm 2023)\t"
      "Lũy kế\tChỉ tiêu nhiệm kỳ 2020-2025\n"
      "20\tGiải quyết việc làm\t20.000\tlao động\t12.537\t62,69\t108,27\t74.446\t\n"
      "-\tTrong đó: làm việc nước ngoài\t2.500\tlao động\t681\t27,24\t119,26\t5.269\t10.000\n"
      "21\tTuyên quân\t100\t%\t100\t100\t100\tkhông tính lũy kế\tHàng năm hoàn thành 100% chỉ tiêu\n"
      "23\tKiểm chế, kéo giảm tội phạm, tai/nạn xã hội\tTội phạm: <333 vụ; Tai nạn xã hội: <70 vụ\tvụ\t"
      "Tội phạm: 394 vụ; tai nạn xã hội: 93 vụ\tkhông đạt\tTội phạm tăng 18,32%; Tai nạn xã hội tăng 32,86%\t\t\n"
      "-\tKéo giảm tai nạn giao thông\t3 tiêu chí\ttiêu chí\t\t\t\t\t\n"
      "+\tSố người chết\t<50\t%\t73\tkhông đạt\t146,00\t476\tKéo giảm\n";
  auto r = Extract(doc);
  EXPECT_EQ(Find(r, "hoàn thành 100% chỉ tiêu").subject.value_or(""), "Tuyên quân");
  EXPECT_EQ(Find(r, "681").subject.value_or(""), "Giải quyết việc làm / làm việc nước ngoài");
  EXPECT_EQ(Find(r, "<333 vụ").subject.value_or(""), "Tội phạm");
  EXPECT_EQ(Find(r, "93 vụ").subject.value_or(""), "tai nạn xã hội");
  EXPECT_EQ(Find(r, "tăng 18,32%").subject.value_or(""), "Tội phạm");
  EXPECT_EQ(Find(r, "tăng 32,86%").subject.value_or(""), "Tai nạn xã hội");
  EXPECT_EQ(Find(r, "3 tiêu chí").subject.value_or(""),
            "Kiểm chế, kéo giảm tội phạm, tai/nạn xã hội / Kéo giảm tai nạn giao thông");
  EXPECT_EQ(Find(r, "146,00").subject.value_or(""),
            "Kiểm chế, kéo giảm tội phạm, tai/nạn xã hội / Kéo giảm tai nạn giao thông / Số người chết");
}

TEST(Context, UpToNowEndsOnTheDateTheDocumentIsIssued) {
  // 004: the report is dated in its opening lines; "Đến nay" in its body ends then.
  auto r = Extract("BÁO CÁO\ntình hình, kết quả thực hiện Nghị quyết Tỉnh ủy 6 tháng đầu năm 2024\nBến Tre, ngày 08 "
                   "tháng 7 năm 2024\n\nĐến nay, có 102 xã được công nhận xã đạt chuẩn.\n");
  const Record& xa = Find(r, "102 xã");
  EXPECT_EQ(xa.period.value_or(""), "Đến nay");
  EXPECT_EQ(xa.period_end.value_or(""), "2024-07-08");
  EXPECT_FALSE(xa.period_start.has_value());
  // Without a date of issue it stays unresolved.
  r = Extract("Đến nay, có 102 xã được công nhận xã đạt chuẩn.\n");
  EXPECT_FALSE(Find(r, "102 xã").period_end.has_value());
}

TEST(Context, CumulativeSaysWhenAndIsNoPartOfTheSubject) {
  // 004 (and 001-003): "lũy kế" is the period's word (SCHEMA.md #20).
  EXPECT_EQ(SubjectOf("Lũy kế tổng công suất đóng điện hòa lưới là 250,75 MW.", "250,75 MW"),
            "tổng công suất đóng điện hòa lưới");
  EXPECT_EQ(SubjectOf("Đến ngày 27/6/2024, toàn tỉnh kết nạp được 791/1.200 đảng viên; lũy kế số lượng kết nạp "
                      "từ đầu nhiệm kỳ 2020-2025 đến nay là 4.869/(4.500 - 5.000).",
                      "4.869/(4.500 - 5.000)"),
            "số lượng kết nạp");
}

TEST(Context, AMeasureOfProgressIsOfTheWorkItsItemNamesBeforeAColon) {
  // 004 PHỤ LỤC 2: the project heads its item; a package named after it is the nearer work.
  auto r = Extract(
      "- Hoàn thiện hệ thống thủy lợi Bắc, Nam Bến Tre: Khối lượng thực hiện đạt 15,04% giá trị hợp đồng, đã trãi "
      "qua 18,39% thời gian, dự kiến hoàn thành năm 2025.\n"
      "- Xây dựng hồ chứa nước ngọt Lạc Địa xã Phú Lễ huyện Ba Tri: Gói thầu Thi công xây dựng các hạng mục hồ chứa "
      "nước: Khối lượng thực hiện đạt 57,1% giá trị hợp đồng, đã trãi qua 41,67% thời gian. Gói thầu - Thi công xây "
      "dựng các hạng mục đường giao thông: Khối lượng thực hiện đạt 13,56% giá trị hợp đồng.\n");
  EXPECT_EQ(Find(r, "đạt 15,04% giá trị hợp đồng").subject.value_or(""),
            "Hoàn thiện hệ thống thủy lợi Bắc, Nam Bến Tre / Khối lượng thực hiện");
  EXPECT_EQ(Find(r, "đạt 57,1% giá trị hợp đồng").subject.value_or(""),
            "Gói thầu Thi công xây dựng các hạng mục hồ chứa nước / Khối lượng thực hiện");
  // A dash after a word joins the name.
  EXPECT_EQ(Find(r, "đạt 13,56% giá trị hợp đồng").subject.value_or(""),
            "Gói thầu - Thi công xây dựng các hạng mục đường giao thông / Khối lượng thực hiện");
}

TEST(Context, APackagesMeasuresNameItWithoutWhatIsDoneToIt) {
  // 004 PHỤ LỤC 2 and 4: the package's name ends before "triển khai"; a clause
  // that goes on after a comma ("đang bơm cát san lấp đạt khoáng …", a
  // mistyped "khoảng") is about the same package.
  auto r = Extract(
      "Gói thầu San lấp lô A3 triển khai thi công ngày khôi lượng thi công đạt 71,42% giá trị hợp đồng, đang bơm "
      "cát san lấp đạt khoảng 83,98%.\n"
      "Gói thầu San lấp lô A2 khối lượng thi công đạt 47,18 tỷ đồng/68,21 tỷ đồng, đang bơm cát san lấp đạt khoáng "
      "213.060/277.580m³ (76,76%).\n");
  EXPECT_EQ(Find(r, "đạt 71,42% giá trị hợp đồng").subject.value_or(""), "Gói thầu San lấp lô A3 / khôi lượng thi công");
  EXPECT_EQ(Find(r, "khoảng 83,98%").subject.value_or(""), "Gói thầu San lấp lô A3 / bơm cát san lấp");
  const Record& sand = Find(r, "khoáng 213.060/277.580m³");
  EXPECT_EQ(sand.comparator, Comparator::kApprox);
  EXPECT_EQ(sand.subject.value_or(""), "Gói thầu San lấp lô A2 / bơm cát san lấp");
  // Commas join road codes; a bracketed aside is no part of the name.
  EXPECT_EQ(SubjectOf("gói thầu Xây dựng đường N3, D1, D3 (đoạn từ N3 đến N4) khối lượng đạt 46,1% giá trị hợp đồng.",
                      "đạt 46,1% giá trị hợp đồng"),
            "gói thầu Xây dựng đường N3, D1, D3 / khối lượng");
}

TEST(Context, HeadingsSetTheSection) {
  // 004: "II. KINH TẾ" then a sentence under it.
  auto r = Extract("II. KINH TẾ\nTổng vốn đầu tư toàn xã hội ước đạt 7.362 tỷ đồng.\n");
  ASSERT_EQ(r.size(), 1u);
  ASSERT_EQ(r[0].section.size(), 1u);
  EXPECT_EQ(r[0].section[0], "II. KINH TẾ");
}

}  // namespace
}  // namespace solieu
