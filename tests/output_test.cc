// Stage 8 (lib/output.cc): records as JSON Lines, CSV and TSV (SCHEMA.md v1).
#include "output.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "solieu/solieu.h"

namespace solieu {
namespace {

// 004: "Đến ngày 27/6/2024, toàn tỉnh kết nạp được 791/1.200 đảng viên²⁰, đạt
// 65,92% chỉ tiêu Nghị quyết Tỉnh ủy năm 2024;" -> the ratio.
Record Ratio004() {
  Record r;
  r.doc = "corpus/004_195a311180f3ecea.txt";
  r.kind = Kind::kRatio;
  r.text = "791/1.200 đảng viên";
  r.span = {21353, 21376};
  r.value = 791;
  r.unit = "đảng viên";
  r.denominator = 1200;
  r.subject = "kết nạp";
  r.period = "Đến ngày 27/6/2024";
  r.period_end = "2024-06-27";
  r.sentence = Span{21295, 21445};
  r.footnote = 20;
  r.pattern = "ratio";
  return r;
}

// The same sentence -> the achievement.
Record Achievement004() {
  Record r;
  r.doc = "corpus/004_195a311180f3ecea.txt";
  r.kind = Kind::kAchievement;
  r.text = "đạt 65,92% chỉ tiêu Nghị quyết Tỉnh ủy năm 2024";
  r.span = {21383, 21445};
  r.value = 65.92;
  r.unit = "%";
  r.target = "chỉ tiêu Nghị quyết Tỉnh ủy năm 2024";
  r.pattern = "achievement_percent";
  return r;
}

// 004: "giá trị sản xuất công nghiệp - tiêu thụ công nghiệp ước đạt 19.950 tỷ đồng
// (Giá so sánh 2010), tăng 6,12% so cùng kỳ³⁷." -> the change.
Record Change004() {
  Record r;
  r.doc = "corpus/004_195a311180f3ecea.txt";
  r.kind = Kind::kChange;
  r.text = "tăng 6,12% so cùng kỳ";
  r.span = {40908, 40933};
  r.value = 6.12;
  r.unit = "%";
  r.direction = Direction::kIncrease;
  r.baseline = "cùng kỳ";
  r.subject = "giá trị sản xuất công nghiệp - tiêu thụ công nghiệp";
  r.period = "6 tháng đầu năm";
  r.period_start = "2024-01-01";
  r.period_end = "2024-06-30";
  r.section = {"II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU",
                "2. Kinh tế - xã hội, quốc phòng, an ninh và đối ngoại"};
  r.footnote = 37;
  r.pattern = "change_percent";
  return r;
}

// 003: "đã hỗ trợ xây dựng và sửa chữa 140 căn nhà “Mái  ấm công đoàn”, “Mái ấm
// tình thương”, ... với số tiền gần 12 tỷ đồng" -> a quantity whose subject
// holds a comma and quotes.
Record Quantity003() {
  Record r;
  r.doc = "corpus/003_4accc1bacc6ce9c7.txt";
  r.kind = Kind::kQuantity;
  r.text = "gần 12 tỷ đồng";
  r.span = {90975, 90996};
  r.value = 12;
  r.unit = "tỷ đồng";
  r.comparator = Comparator::kApprox;
  r.subject = "sửa chữa 140 căn nhà \"Mái  ấm công đoàn\", \"Mái ấm tình thương\"";
  r.pattern = "quantity";
  return r;
}

// 004, Phụ lục 1: "1\tKết nạp đảng viên mới\t1.200\tĐV\t791\t65,92%\t109,84%\t4.869\t4.500-5.000"
// -> the achievement in the "Tỷ lệ" column.
Record TableCell004() {
  Record r;
  r.doc = "corpus/004_195a311180f3ecea.txt";
  r.kind = Kind::kAchievement;
  r.text = "65,92%";
  r.span = {100323, 100329};
  r.value = 65.92;
  r.unit = "%";
  r.target = "Chỉ tiêu 2024";
  r.subject = "Kết nạp đảng viên mới";
  r.period = "6 tháng đầu năm 2024";
  r.section = {"PHỤ LỤC 1"};
  r.sentence = Span{100275, 100370};
  r.source = Source::kTable;
  r.table = TablePlace{0, 3, 5, "Kết nạp đảng viên mới",
                       "Kết quả thực hiện 6 tháng đầu năm 2024 / Tỷ lệ"};
  r.pattern = "table_achievement";
  return r;
}

TEST(Output, WritesRatioInSchemaFieldOrder) {
  EXPECT_EQ(ToJson(Ratio004()),
            R"({"doc":"corpus/004_195a311180f3ecea.txt","kind":"ratio",)"
            R"("text":"791/1.200 đảng viên",)"
            R"("start":21353,"end":21376,"value":791,"unit":"đảng viên","denominator":1200,)"
            R"("modality":"actual","subject":"kết nạp","period":"Đến ngày 27/6/2024",)"
            R"("period_end":"2024-06-27","sentence_start":21295,"sentence_end":21445,)"
            R"("source":"prose","footnote":20,"pattern":"ratio"})");
}

TEST(Output, WritesAchievementWithDecimalValueAndTarget) {
  EXPECT_EQ(ToJson(Achievement004()),
            R"({"doc":"corpus/004_195a311180f3ecea.txt","kind":"achievement",)"
            R"("text":"đạt 65,92% chỉ tiêu Nghị quyết Tỉnh ủy năm 2024","start":21383,"end":21445,)"
            R"("value":65.92,"unit":"%","target":"chỉ tiêu Nghị quyết Tỉnh ủy năm 2024",)"
            R"("modality":"actual","source":"prose","pattern":"achievement_percent"})");
}

TEST(Output, WritesChangeWithDirectionBaselineAndSection) {
  EXPECT_EQ(ToJson(Change004()),
            R"({"doc":"corpus/004_195a311180f3ecea.txt","kind":"change",)"
            R"("text":"tăng 6,12% so cùng kỳ","start":40908,"end":40933,"value":6.12,"unit":"%",)"
            R"("direction":"increase","baseline":"cùng kỳ","modality":"actual",)"
            R"("subject":"giá trị sản xuất công nghiệp - tiêu thụ công nghiệp",)"
            R"("period":"6 tháng đầu năm","period_start":"2024-01-01","period_end":"2024-06-30",)"
            R"("section":["II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU",)"
            R"("2. Kinh tế - xã hội, quốc phòng, an ninh và đối ngoại"],"source":"prose",)"
            R"("footnote":37,"pattern":"change_percent"})");
}

TEST(Output, WritesTablePlaceAsObject) {
  EXPECT_EQ(ToJson(TableCell004()),
            R"({"doc":"corpus/004_195a311180f3ecea.txt","kind":"achievement","text":"65,92%",)"
            R"("start":100323,"end":100329,"value":65.92,"unit":"%","target":"Chỉ tiêu 2024",)"
            R"("modality":"actual","subject":"Kết nạp đảng viên mới",)"
            R"("period":"6 tháng đầu năm 2024","section":["PHỤ LỤC 1"],)"
            R"("sentence_start":100275,"sentence_end":100370,"source":"table",)"
            R"("table":{"index":0,"row":3,"column":5,"row_label":"Kết nạp đảng viên mới",)"
            R"("column_label":"Kết quả thực hiện 6 tháng đầu năm 2024 / Tỷ lệ"},)"
            R"("pattern":"table_achievement"})");
}

TEST(Output, WritesNullBaselineForChangeWithoutOne) {
  // 001: "Chỉ số Năng lực cạnh tranh cấp tỉnh (PCI) Bến Tre xếp vị trí 13/63
  // tỉnh/thành, tăng 05 bậc;" (no "so với").
  Record r;
  r.doc = "-";
  r.kind = Kind::kChange;
  r.text = "tăng 05 bậc";
  r.span = {68836, 68850};
  r.value = 5;
  r.unit = "bậc";
  r.direction = Direction::kIncrease;
  r.modality = Modality::kEstimate;
  r.source = Source::kFootnote;
  EXPECT_EQ(ToJson(r),
            R"({"doc":"-","kind":"change","text":"tăng 05 bậc","start":68836,"end":68850,)"
            R"("value":5,"unit":"bậc","direction":"increase","baseline":null,)"
            R"("modality":"estimate","source":"footnote","pattern":""})");

  // A percent always carries "baseline" (null when none), an achievement
  // "target"; other kinds carry neither. 004: "đạt 65,92%".
  Record percent;
  percent.doc = "-";
  percent.kind = Kind::kPercent;
  percent.value = 65.92;
  percent.unit = "%";
  EXPECT_NE(ToJson(percent).find(R"("unit":"%","baseline":null,"modality")"), std::string::npos)
      << ToJson(percent);
  Record achievement = percent;
  achievement.kind = Kind::kAchievement;
  EXPECT_NE(ToJson(achievement).find(R"("unit":"%","target":null,"modality")"), std::string::npos)
      << ToJson(achievement);
  Record quantity = percent;
  quantity.kind = Kind::kQuantity;
  quantity.baseline = "cùng kỳ";  // ignored: not a field of a quantity
  quantity.target = "kế hoạch";
  EXPECT_NE(ToJson(quantity).find(R"("unit":"%","modality")"), std::string::npos)
      << ToJson(quantity);
}

TEST(Output, WritesRangeWithNullValueAndNullUnit) {
  // 004: "lũy kế số lượng kết nạp từ đầu nhiệm kỳ 2020-2025 đến nay là 4.869/(4.500 - 5.000)"
  Record r;
  r.doc = "corpus/004_195a311180f3ecea.txt";
  r.kind = Kind::kRatio;
  r.text = "4.869/(4.500 - 5.000)";
  r.span = {21533, 21554};
  r.value = 4869;
  r.denominator_range = Range{4500, 5000};
  r.pattern = "ratio";
  EXPECT_EQ(ToJson(r),
            R"({"doc":"corpus/004_195a311180f3ecea.txt","kind":"ratio",)"
            R"j("text":"4.869/(4.500 - 5.000)","start":21533,"end":21554,)j"
            R"("value":4869,"unit":null,)"
            R"("denominator_range":[4500,5000],"modality":"actual","source":"prose",)"
            R"("pattern":"ratio"})");

  // 004 table: "Kết nạp đảng viên mới  1.200  ĐV  791  65,92%  109,84%  4.869  4.500-5.000"
  Record range;
  range.doc = "corpus/004_195a311180f3ecea.txt";
  range.kind = Kind::kQuantity;
  range.text = "4.500-5.000";
  range.span = {100344, 100355};
  range.range = Range{4500, 5000};
  range.unit = "ĐV";
  range.modality = Modality::kTarget;
  range.source = Source::kTable;
  range.pattern = "table_cell";
  EXPECT_EQ(ToJson(range),
            R"({"doc":"corpus/004_195a311180f3ecea.txt","kind":"quantity","text":"4.500-5.000",)"
            R"("start":100344,"end":100355,"value":null,"unit":"ĐV","range":[4500,5000],)"
            R"("modality":"target","source":"table","pattern":"table_cell"})");
}

TEST(Output, WritesComparatorAndPer) {
  // 004: "Tội phạm: <333 vụ" and "Trạm xử lý nước thải 4.500 m³/ngày đêm".
  Record lt;
  lt.doc = "d";
  lt.kind = Kind::kQuantity;
  lt.text = "<333 vụ";
  lt.span = {106745, 106754};
  lt.value = 333;
  lt.unit = "vụ";
  lt.comparator = Comparator::kLt;
  lt.modality = Modality::kTarget;
  EXPECT_EQ(ToJson(lt),
            R"({"doc":"d","kind":"quantity","text":"<333 vụ","start":106745,"end":106754,)"
            R"("value":333,"unit":"vụ","comparator":"lt","modality":"target","source":"prose",)"
            R"("pattern":""})");

  Record per;
  per.doc = "d";
  per.kind = Kind::kQuantity;
  per.text = "4.500 m³/ngày đêm";
  per.span = {48007, 48028};
  per.value = 4500;
  per.unit = "m³";
  per.per = "ngày đêm";
  per.modality = Modality::kForecast;
  per.source = Source::kHeading;
  EXPECT_EQ(ToJson(per),
            R"({"doc":"d","kind":"quantity","text":"4.500 m³/ngày đêm","start":48007,)"
            R"("end":48028,"value":4500,"unit":"m³","per":"ngày đêm","modality":"forecast",)"
            R"("source":"heading","pattern":""})");
}

TEST(Output, PrintsIntegralValuesAsIntegers) {
  // 001: "2.210.046 lượt người"; SCHEMA.md: "12.408,125 tỷ đồng"; 004: "0,62 tỷ USD".
  Record r;
  r.doc = "d";
  r.value = 2210046;
  EXPECT_NE(ToJson(r).find(R"("value":2210046,)"), std::string::npos) << ToJson(r);
  r.value = 12408.125;
  EXPECT_NE(ToJson(r).find(R"("value":12408.125,)"), std::string::npos) << ToJson(r);
  r.value = 0.62;
  EXPECT_NE(ToJson(r).find(R"("value":0.62,)"), std::string::npos) << ToJson(r);
  r.value = 0;
  EXPECT_NE(ToJson(r).find(R"("value":0,)"), std::string::npos) << ToJson(r);
  r.value = 22720e9;  // 22.720 tỷ đồng in đồng
  EXPECT_NE(ToJson(r).find(R"("value":22720000000000,)"), std::string::npos) << ToJson(r);
}

TEST(Output, EscapesJsonStrings) {
  // 003 subject with quotes; a tab and a line break from a table cell.
  Record r = Quantity003();
  r.subject = "\"Mái  ấm công đoàn\"\tx\n";
  const std::string json = ToJson(r);
  EXPECT_NE(json.find(R"("subject":"\"Mái  ấm công đoàn\"\tx\n")"), std::string::npos) << json;
  EXPECT_EQ(json.find('\n'), std::string::npos);  // one line
}

// The writer is hand-made for speed; its bytes are the ones nlohmann::json
// wrote before it (and that consumers have seen): control characters as
// \u00xx, invalid UTF-8 (a file name can hold any bytes) as U+FFFD, numbers
// in the shortest form that reads back.
TEST(Output, WritesStringsAndNumbersAsNlohmannJsonDid) {
  auto dumped = [](const nlohmann::json& j) {
    return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  };
  for (std::string doc : {"bt-10-2023.md", "a\x01b\x1f\x7f", "\\ \" /", "Đại hội\xC3", "a\xFFb",
                          "\xE1\xBA", "\xC0\x80x", "\xED\xA0\x80", "\xF4\x90\x80\x80", ""}) {
    Record r;
    r.doc = doc;
    std::string json = ToJson(r);
    EXPECT_EQ(json.substr(0, json.find(",\"kind\"")), "{\"doc\":" + dumped(doc)) << json;
  }
  for (double v : {65.92, 0.1, 0.62, 1e-7, 12408.125, 1e21, -3.5, 2.5e-300, 9.5e15}) {
    Record r;
    r.value = v;
    std::string json = ToJson(r);
    EXPECT_NE(json.find("\"value\":" + dumped(v) + ","), std::string::npos) << json;
  }
}

TEST(Output, NamesTabularColumnsAfterTheSchema) {
  EXPECT_EQ(TabularColumns(),
            (std::vector<std::string>{
                "doc", "kind", "text", "start", "end", "value", "unit", "range", "denominator",
                "denominator_range", "direction", "baseline", "target", "comparator", "per",
                "modality", "subject", "period", "period_start", "period_end", "section",
                "sentence_start", "sentence_end", "source", "footnote", "table", "pattern"}));
}

std::string Joined(const std::vector<std::string>& cells, char sep) {
  std::string out;
  for (size_t i = 0; i < cells.size(); ++i) {
    if (i) out += sep;
    out += cells[i];
  }
  return out;
}

TEST(Output, WritesCsvHeaderRowOfTabularColumns) {
  std::ostringstream out;
  RecordWriter writer(out, Format::kCsv);
  writer.WriteHeader();
  EXPECT_EQ(out.str(), Joined(TabularColumns(), ',') + "\n");
}

TEST(Output, WritesTsvHeaderRowOfTabularColumns) {
  std::ostringstream out;
  RecordWriter writer(out, Format::kTsv);
  writer.WriteHeader();
  EXPECT_EQ(out.str(), Joined(TabularColumns(), '\t') + "\n");
}

TEST(Output, WritesNoHeaderForJsonLines) {
  std::ostringstream out;
  RecordWriter writer(out, Format::kJsonl);
  writer.WriteHeader();
  writer.Write(Ratio004());
  writer.Write(Achievement004());
  EXPECT_EQ(out.str(), ToJson(Ratio004()) + "\n" + ToJson(Achievement004()) + "\n");
}

TEST(Output, QuotesCsvCellWithCommaAndQuote) {
  std::ostringstream out;
  RecordWriter writer(out, Format::kCsv);
  writer.Write(Quantity003());
  EXPECT_EQ(out.str(),
            "corpus/003_4accc1bacc6ce9c7.txt,quantity,gần 12 tỷ đồng,90975,90996,12,tỷ đồng,,,,,,,"
            "approx,,actual,"
            "\"sửa chữa 140 căn nhà \"\"Mái  ấm công đoàn\"\", \"\"Mái ấm tình thương\"\"\","
            ",,,,,,prose,,,quantity\n");
}

TEST(Output, WritesCsvArraysAsQuotedJson) {
  std::ostringstream out;
  RecordWriter writer(out, Format::kCsv);
  writer.Write(Change004());
  EXPECT_EQ(out.str(),
            "corpus/004_195a311180f3ecea.txt,change,\"tăng 6,12% so cùng kỳ\",40908,40933,6.12,%,"
            ",,,"
            "increase,cùng kỳ,,,,actual,giá trị sản xuất công nghiệp - tiêu thụ công nghiệp,"
            "6 tháng đầu năm,2024-01-01,2024-06-30,"
            "\"[\"\"II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU\"\","
            "\"\"2. Kinh tế - xã hội, quốc phòng, an ninh và đối ngoại\"\"]\",,,prose,37,,"
            "change_percent\n");
}

TEST(Output, WritesCsvTablePlaceAsQuotedJson) {
  std::ostringstream out;
  RecordWriter writer(out, Format::kCsv);
  writer.Write(TableCell004());
  EXPECT_EQ(out.str(),
            "corpus/004_195a311180f3ecea.txt,achievement,\"65,92%\",100323,100329,65.92,%,,,,,,"
            "Chỉ tiêu 2024,,,actual,Kết nạp đảng viên mới,6 tháng đầu năm 2024,,,"
            "\"[\"\"PHỤ LỤC 1\"\"]\",100275,100370,table,,"
            "\"{\"\"index\"\":0,\"\"row\"\":3,\"\"column\"\":5,"
            "\"\"row_label\"\":\"\"Kết nạp đảng viên mới\"\","
            "\"\"column_label\"\":\"\"Kết quả thực hiện 6 tháng đầu năm 2024 / Tỷ lệ\"\"}\","
            "table_achievement\n");
}

TEST(Output, QuotesCsvCellWithLineBreak) {
  // 000: a heading and its first line in one subject.
  Record r;
  r.doc = "d";
  r.subject = "1.2. Triển khai thực hiện chỉ thị số 13/CT-TTg\nỦy ban nhân dân";
  std::ostringstream out;
  RecordWriter writer(out, Format::kCsv);
  writer.Write(r);
  EXPECT_NE(out.str().find(",\"1.2. Triển khai thực hiện chỉ thị số 13/CT-TTg\nỦy ban nhân dân\","),
            std::string::npos)
      << out.str();
}

TEST(Output, ReplacesTabsAndLineBreaksInTsv) {
  // 004 line 417, a table row: "23\tKiểm chế, kéo giảm tội phạm, tai/nạn xã hội\tTội phạm: <333 vụ"
  Record r = Quantity003();
  r.subject = "23\tKiểm chế, kéo giảm tội phạm, tai/nạn xã hội\r\n\"Tội phạm\"";
  std::ostringstream out;
  RecordWriter writer(out, Format::kTsv);
  writer.Write(r);
  EXPECT_EQ(out.str(),
            "corpus/003_4accc1bacc6ce9c7.txt\tquantity\tgần 12 tỷ đồng\t90975\t90996\t12\ttỷ đồng"
            "\t\t\t\t\t\t\tapprox\t\tactual"
            "\t23 Kiểm chế, kéo giảm tội phạm, tai/nạn xã hội  \"Tội phạm\""
            "\t\t\t\t\t\t\tprose\t\t\tquantity\n");
}

TEST(Output, WritesOneCellPerColumn) {
  for (Format format : {Format::kCsv, Format::kTsv}) {
    std::ostringstream out;
    RecordWriter writer(out, format);
    writer.Write(Ratio004());
    const std::string line = out.str();
    ASSERT_FALSE(line.empty());
    EXPECT_EQ(line.back(), '\n');
    const char sep = format == Format::kCsv ? ',' : '\t';
    // Ratio004 has no separator inside any cell.
    EXPECT_EQ(static_cast<size_t>(std::count(line.begin(), line.end(), sep)),
              TabularColumns().size() - 1)
        << line;
  }
}

TEST(Output, NamesEnumsAsInTheSchema) {
  EXPECT_EQ(Name(Kind::kQuantity), "quantity");
  EXPECT_EQ(Name(Kind::kPercent), "percent");
  EXPECT_EQ(Name(Kind::kRatio), "ratio");
  EXPECT_EQ(Name(Kind::kChange), "change");
  EXPECT_EQ(Name(Kind::kAchievement), "achievement");
  EXPECT_EQ(Name(Kind::kRank), "rank");
  EXPECT_EQ(Name(Direction::kIncrease), "increase");
  EXPECT_EQ(Name(Direction::kDecrease), "decrease");
  EXPECT_EQ(Name(Direction::kNone), "");
  EXPECT_EQ(Name(Comparator::kGt), "gt");
  EXPECT_EQ(Name(Comparator::kGe), "ge");
  EXPECT_EQ(Name(Comparator::kLt), "lt");
  EXPECT_EQ(Name(Comparator::kLe), "le");
  EXPECT_EQ(Name(Comparator::kApprox), "approx");
  EXPECT_EQ(Name(Modality::kActual), "actual");
  EXPECT_EQ(Name(Modality::kEstimate), "estimate");
  EXPECT_EQ(Name(Modality::kTarget), "target");
  EXPECT_EQ(Name(Modality::kForecast), "forecast");
  EXPECT_EQ(Name(Source::kProse), "prose");
  EXPECT_EQ(Name(Source::kTable), "table");
  EXPECT_EQ(Name(Source::kFootnote), "footnote");
  EXPECT_EQ(Name(Source::kHeading), "heading");
}

TEST(Output, WritesAHugeValueAsADouble) {
  // fuzz_extract: a run of 48 digits read as a number; converting it to an
  // integer for printing was undefined behaviour.
  Record r;
  r.doc = "fuzz";
  r.kind = Kind::kQuantity;
  r.text = "666666666666666666666666666666666666666666666666";
  r.span = {0, 48};
  r.value = 6.66666666666666667e47;
  std::string json = ToJson(r);
  EXPECT_NE(json.find("\"value\":6.6666666666666664e+47"), std::string::npos) << json;
}

TEST(Output, WritesTablesAsCsvBlocks) {
  // 004, Phụ lục 1, a sub-row under its parent.
  TableView t;
  t.index = 0;
  t.column_labels = {"TT", "NỘI DUNG", "Đơn vị tính", "Kết quả"};
  t.rows.push_back({true, "", std::nullopt, {"TT", "NỘI DUNG", "Đơn vị tính", "Kết quả"}});
  t.rows.push_back({false, "Thu ngân sách nhà nước / Trung ương giao", "tỷ đồng",
                    {"-", "Trung ương giao", "tỷ đồng", "3.584,5"}});
  std::ostringstream out;
  WriteTablesCsv({t}, out);
  EXPECT_EQ(out.str(),
            "table,row,type,subject,unit,cells...\n"
            "\n0,,labels,,,TT,NỘI DUNG,Đơn vị tính,Kết quả\n"
            "0,0,header,,,TT,NỘI DUNG,Đơn vị tính,Kết quả\n"
            "0,1,row,Thu ngân sách nhà nước / Trung ương giao,tỷ đồng,-,Trung ương giao,tỷ đồng,"
            "\"3.584,5\"\n");
}

}  // namespace
}  // namespace solieu
