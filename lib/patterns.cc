// The pattern catalogue. Every regex of solieu is here, named, with a real
// bulletin sentence (tagged with its corpus file) that it matches.
#include "patterns.h"

#include <algorithm>
#include <cctype>
#include <utility>

#include "validate.h"

namespace solieu {
namespace {

// ---------------------------------------------------------------------------
// Fragments, expanded as ${NAME} in the patterns below.
// ---------------------------------------------------------------------------
constexpr std::pair<const char*, const char*> kFragments[] = {
    // A number as written: "1.200", "65,92", "2.210.046", "12.408,125", "05".
    {"NUM", R"(\d+(?:[.,]\d+)*)"},
    // Scale words: "tỷ đồng", "312,604 ngàn lượt khách".
    {"SCALE", R"((?:nghìn|ngàn|triệu|tỷ|tỉ|vạn))"},
    {"CURRENCY", R"((?:đồng|USD|đô la Mỹ|đô la|Đô la|VNĐ|VND|EUR|Euro|yên|nhân dân tệ))"},
    // Measures of land and matter; longer spellings first so "km2" is not read as "km".
    {"MATTER", R"((?:héc-ta|hécta|hecta|ha|km²|km2|km|m ?²|m2|m ?³|m3|cm|mm|m|tấn|tạ|kg|gram|gam|lít|mét))"},
    // All measures: those, and power, energy and freight.
    {"MEASURE", R"((?:${MATTER}|MWh|GWh|kWh|MW|GW|kW|TEU))"},
    // The end of a word: Vietnamese letters are not ASCII, so no \b.
    {"END", R"((?:[^\pL\pN]|$))"},
    // The start of a word, in left-context patterns.
    {"WB", R"((?:^|[^\pL\pN]))"},
    // What is done with cases: found, handled, investigated, prosecuted …
    {"HANDLING", R"((?:phát hiện|xử lý|điều tra|làm rõ|khởi tố|bắt|giải quyết|tiếp nhận))"},
    // Kinds of named places and works: "cầu Ba Lai 8", "chợ …".
    {"NAMED_PLACE", R"((?:cầu|đường|kênh|cống|khu công nghiệp|cụm công nghiệp|nhà máy|bến|cảng|chợ|trường|bệnh viện|quân khu))"},
    // A round number of people, the divisor of a density: "100 dân".
    {"PER_PEOPLE", R"((?:100|1\.000|10\.000|100\.000)\s+dân)"},
    // A year written out: 1900-2099.
    {"YEAR", R"((?:1[89]\d\d|20\d\d))"},
    // The end of a clause, for baseline and target phrases.
    {"CLAUSE_END",
     R"((?:[,;:()\t\n"]|\.(?:\s|$)|\svà\s+(?:\d|đạt|tăng|giảm|chiếm|bằng)|\s(?:nhưng|trong đó|đạt|tăng|giảm|chiếm|với|để|do|nhờ|góp phần)\s|$))"},
};

// ---------------------------------------------------------------------------
// Candidates
// ---------------------------------------------------------------------------

// A number group: one number, a slash group, or a range.
// 004: "Kết nạp 791/1.200 đảng viên"; 002: "3.814/(4.500-5.000)";
// 000: "3 - 5 tỷ USD"; 003: "đạt từ 50 - 90%"; "6,5% đến 7%";
// 004: "11 đơn vị/25 trường hợp" (a noun before the slash).
constexpr Pattern kNumberGroup{
    "number_group",
    R"(${NUM}\s*[\pL\pM][\pL\pM²³]*(?:\s+[\pL\pM]+){0,2}\s*/\s*${NUM}|${NUM}(?:(?:\s*/\s*(?:\(\s*${NUM}(?:\s*-\s*${NUM})?\s*\)|${NUM}))+|\s*%?\s*(?:-|đến|tới)\s*${NUM})?)"};

// ---------------------------------------------------------------------------
// Units: matched right after the number group.
// ---------------------------------------------------------------------------

// 000: "tăng 11,39% so cùng kỳ" -> "%"; also "5 %".
constexpr Pattern kUnitPercent{"unit_percent", R"(^ ?(%))"};

// 002: "giảm 2 điểm phần trăm", "đóng góp 2,71 điểm phần trăm".
constexpr Pattern kUnitPercentagePoint{"unit_percentage_point",
                                       R"(^\s*(điểm phần trăm|điểm %))"};

// "1 tỷ 375 triệu USD" -> 1375 "triệu USD" (SCHEMA.md convention 12).
constexpr Pattern kUnitScaledCompound{
    "unit_scaled_compound",
    R"(^\s*(?:tỷ|tỉ)\s+(${NUM})\s+(triệu\s+${CURRENCY})${END})"};

// 000: "22.720 tỷ đồng", "801,7 triệu USD", "260,7m3", "1.500 ha".
// Not: "5 tháng" (a duration filter takes it first).
constexpr Pattern kUnitMeasure{"unit_measure",
                               R"(^\s*((?:${SCALE}\s+)?(?:${CURRENCY}|${MEASURE}))${END})"};

// A scale word alone or before a counted noun: "312,604 ngàn lượt khách",
// "(Nghị quyết: 38,7 triệu)".
constexpr Pattern kUnitScaleNoun{"unit_scale_noun", R"(^\s*(${SCALE})${END})"};

// 000: "gấp 2 lần" (SCHEMA.md convention 7).
constexpr Pattern kUnitTimes{"unit_times", R"(^\s*(lần)${END})"};

// A rate's divisor after the unit: "6,1%/năm", "tạ/ha", "bác sĩ/vạn dân",
// "520 người/km2", "m³/ngày đêm".
constexpr Pattern kUnitPer{"unit_per",
                           R"(^\s*/\s*(${PER_PEOPLE}|(?:vạn|nghìn|ngàn|triệu) dân|lao động|người|ngày(?:\s*[./]\s*|\s+)đêm|\pL[\pL\pN²³]*))"};
// A round number of people a density is given over: 004 "0,95 thuê bao/100 dân".
constexpr Pattern kPerPeople{"per_people", R"(${PER_PEOPLE})"};

// The word after a percent, past "trên": 004 "đạt 81% trên tổng số hồ sơ".
constexpr Pattern kWordAfterPercent{"word_after_percent", R"(^\s*(?:trên\s+)?(\p{Ll}[\pL\pM]*))"};

// The next word after a number: the head of a counted noun ("49 xã").
constexpr Pattern kWordAfter{"word_after", R"(^\s*(\pL[\pL\pM]*))"};

// Lists of counts that share one noun, or none: 004: "Khiển trách 32, cảnh
// cáo 13 và khai trừ 18 đảng viên"; "Huyện Châu Thành 81, Mỏ Cày Nam 80, …".
// An item precedes; the items to the list's end.
constexpr Pattern kListItemBefore{
    "list_item_before", R"(${NUM}\s*(?:[,;]\s*(?:và\s+)?|\s+và\s+)[^\d,;.()\t\n"]{1,40}?\s$)"};
constexpr Pattern kListTail{
    "list_tail", R"(^(?:\s*(?:[,;]\s*(?:và\s+)?|\s+và\s+)[^\d,;.()\t\n"]{1,40}?\s${NUM})+)"};

// An item of a list labelled before colons: 003 "Liệt sĩ: 35.600;".
constexpr Pattern kLabelledListItem{"labelled_list_item", R"(:\s*${NUM}\s*[;.])"};

// 003: "đạt từ 80% trở lên" -> comparator ge.
constexpr Pattern kTrailingGe{"trailing_ge", R"(^\s*(?:trở lên|trở lại))"};

// A baseline written after the figure: "tăng 11,39% so cùng kỳ",
// "chiếm 46,90% so với tổng số chi bộ ấp, khu phố", and after what is
// compared, 004: "bằng 40,8% về vốn đăng ký so cùng kỳ".
constexpr Pattern kBaselineAfter{
    "baseline_after",
    R"(^\s*(?:về(?:\s+[\pL\pM]+){1,4}\s+)?(?i:so)\s+(?:(?i:với)\s+)?([^,;:()\t\n"]+?)\s*${CLAUSE_END})"};

// A comma inside a baseline: 001: "so với tổng số chi bộ ấp, khu phố." —
// a few words to the clause end, with no number and no verb of a figure.
constexpr Pattern kBaselineTail{
    "baseline_tail",
    R"(^,\s*((?:[\pL\pM]+\s?){1,3}?)\s*(?:[.;)]|$))"};

// A plan or target after an achievement's "%": 000: "đạt 32,6% dự toán Trung
// ương giao"; 002: "đạt 191% chỉ tiêu Nghị quyết năm 2023".
// Not: "đạt 99,49% số hộ" (a share of the whole, so a percent).
constexpr Pattern kTargetAfter{
    "target_after",
    R"(^\s*(?:(?i:so)\s+(?:(?i:với)\s+)?|(?i:theo)\s+)?((?:(?i:dự toán|kế hoạch|chỉ tiêu|mục tiêu|nghị quyết|yêu cầu|số lượng đã đăng ký|số đăng ký|cam kết|giá trị hợp đồng|khối lượng theo hợp đồng|khối lượng hợp đồng)|KH|NQ)[^,;:()\t\n"]*?)\s*${CLAUSE_END})"};

// The target of a rate joined to an achievement, its head word left out, a
// few lower-case words to the clause end: 002 "đạt 76,32% dự toán Trung ương
// giao và 73,93% địa phương phân đầu" -> "địa phương phân đầu".
constexpr Pattern kElidedTargetAfter{
    "elided_target_after",
    R"(^\s+(\p{Ll}[^,;:()\t\n"]{0,50}?)\s*(?:[,;:()\t\n"]|\.(?:\s|$)|\s(?:tăng|giảm|và|so)\s|$))"};

// ---------------------------------------------------------------------------
// Left context: matched on the clause text before the number, anchored at its
// end. Capture 1 is the trigger that goes into the span.
// ---------------------------------------------------------------------------

// 002: "xếp thứ 51/63 tỉnh, thành phố"; 000: "đứng vị trí thứ 04/63";
// "từ vị trí thứ 9 lên thứ 4"; "xếp hạng 3/5 thành phố"; the first N: 002
// "vào top 20 cả nước", 004 "vào nhóm 20 tỉnh, thành phố dẫn đầu cả nước".
constexpr Pattern kLeftRank{
    "left_rank",
    R"((?i)${WB}((?:xếp|đứng|lên|tụt|xuống|giữ|vươn lên)\s+(?:(?:ở\s+)?(?:vị trí|hạng|thứ hạng)\s+)?thứ|xếp\s+(?:ở\s+)?(?:hạng|vị trí)(?:\s+thứ)?|đứng\s+(?:ở\s+)?vị trí(?:\s+thứ)?|(?:ở\s+)?vị trí\s+thứ|vào\s+(?:top|nhóm)|top)\s*$)"};

// A level reached, not a change (SCHEMA.md convention 1): 004: "lên 18.406
// đảng viên"; 000: "giảm xuống còn 0,62 tỷ USD" -> "xuống còn 0,62 tỷ USD".
constexpr Pattern kLeftLevel{
    "left_level",
    R"((?i)${WB}(lên(?:\s+(?:mức|đến|tới))?|xuống(?:\s+(?:chỉ\s+)?còn)?(?:\s+mức)?|(?:giảm|hạ)\s+còn|chỉ còn)\s+$)"};

// A change: 000: "tăng 11,39%", "giảm 86 vụ", "thấp hơn 4,85 điểm phần trăm",
// "vượt 4,34% chỉ tiêu", "gấp 2 lần", "tăng vốn thêm 45 triệu USD" (a verb of
// change with "thêm", SCHEMA.md convention 14). Not "tăng trưởng 9,3%": the word
// between the verb and the number breaks the match.
constexpr Pattern kLeftChange{
    "left_change",
    R"((?i)${WB}((?:mức\s+)?(?:tăng|giảm|kéo giảm|sụt giảm|cao hơn|thấp hơn|nhiều hơn|ít hơn|vượt|gấp|hụt|sụt|tụt|(?:tăng|giảm)\s+[\pL\pM]+\s+thêm)(?:\s+(?:thêm|được|gấp|lần lượt|là|bình quân|khoảng|gần|hơn|trên|đến|tới|xấp xỉ|so cùng kỳ|so với cùng kỳ))*)\s+$)"};

// Higher or lower than a named level, the number after it (SCHEMA.md
// convention 7): "cao hơn chỉ tiêu đề ra 9,05%", "cao hơn cùng kỳ 1,2 điểm
// phần trăm". Capture 1 is the verb, 2 the baseline. Its "hơn" is what
// Patterns::MayBeChangeVersus looks for: keep the two together.
constexpr Pattern kLeftChangeVersus{
    "left_change_versus",
    R"((?i)${WB}((?:cao|thấp|nhiều|ít|tăng|giảm) hơn)\s+(?:so với\s+|so\s+)?((?:cùng kỳ|chỉ tiêu|kế hoạch|nghị quyết|dự toán|mục tiêu|bình quân|mức|năm)[^,;:()\d\t\n]{0,50}?)\s+$)"};

// A verb of change, its object, then the rate that closes the clause: 004
// PHỤ LỤC 3 "kéo giảm ĐV vi phạm bị xử lý kỷ luật 10%". Capture 1 is the verb,
// 2 the object's first word, which must not make the verb a noun ("tăng
// trưởng", "tăng cường", "giảm nghèo") or a level ("lên", "xuống", "còn").
constexpr Pattern kLeftChangeOfObject{
    "left_change_of_object",
    R"((?i)${WB}(kéo giảm|giảm|tăng)\s+([^\s\d,;:()=]+)(?:\s+[^\s\d,;:()=%]+){0,10}\s+$)"};
constexpr Pattern kNoObjectOfChange{
    "no_object_of_change", R"((?i)trưởng|cường|nghèo|lên|xuống|thêm|so|còn|từ|được)"};

// An achievement or a level reached: "đạt 32,6%", "bằng 98,67%",
// "hoàn thành 100% kế hoạch", "đạt tỷ lệ 94,27%".
constexpr Pattern kLeftAchievement{
    "left_achievement",
    R"((?i)${WB}((?:đạt|bằng|hoàn thành|thực hiện được|đạt được)(?:\s+(?:tỷ lệ|mức|được|khoảng|gần|hơn|trên|xấp xỉ))*)\s+$)"};

// A share: "chiếm 46,90% so với tổng số chi bộ ấp, khu phố".
constexpr Pattern kLeftShare{"left_share",
                             R"((?i)${WB}(chiếm(?:\s+(?:tỷ lệ|tỉ lệ|khoảng|gần|hơn|trên))*)\s+$)"};

// Comparators (SCHEMA.md convention 17): "hơn 124 quốc gia", "trên 4.120 tỷ
// đồng", "khoảng 20%", "<333 vụ", "không quá 50 tuổi". One '$' after both
// branches, not one in each: RE2 then reads it backwards from the number
// and stops after a word, instead of scanning the whole clause. "khoáng"
// (mineral) never comes right before a number: it is "khoảng" mistyped, 004
// "đang bơm cát san lấp đạt khoáng 243.480/289.924m³".
constexpr Pattern kLeftComparator{
    "left_comparator",
    R"((?i)(?:${WB}(khoảng gần|khoảng|khoáng|gần|xấp xỉ|hơn|trên|dưới|ít nhất|tối thiểu|tối đa|không quá|không dưới|không vượt quá|chưa đến|chưa tới|từ)\s+|([<>≤≥~≈])\s*)$)"};

// "cao hơn", "thấp hơn": the "hơn" is the verb's, not a comparator.
// 002: "thấp hơn 4,85 điểm phần trăm so với Nghị quyết".
constexpr Pattern kLeftMoreThan{"left_more_than",
                                R"((?i)${WB}(?:cao|thấp|nhiều|ít|lớn|nhỏ)\s*$)"};

// A rank's denominator after it: 002: "đứng thứ 7 trong 10 quốc gia";
// "đứng thứ 17 so với 63 tỉnh, thành phố".
constexpr Pattern kRankOutOf{
    "rank_out_of",
    R"(^\s*(?:so với|trong số|trong|trên)\s+(${NUM})((?:\s+[^,;:()\t\n"]*?)?)\s*${CLAUSE_END})"};

// What a rank is among, up to the clause end: 004: "xếp vị trí thứ 3 khu vực
// đồng bằng sông Cửu Long"; "đứng thứ 2 cả nước". Not over another number:
// "từ vị trí thứ 9 lên thứ 4" is two ranks (SCHEMA.md convention 9).
constexpr Pattern kRankScope{"rank_scope",
                             R"(^\s*([^,;:()\t\n".\d]{0,60}?)\s*${CLAUSE_END})"};

// "trong tổng số 280 đại biểu": "số" after "tổng" makes a total.
constexpr Pattern kTotalBefore{"total_before", R"((?i)tổng\s+số\s*$)"};

// "Hằng năm phát triển 1.500 đảng viên" -> per "năm" (SCHEMA.md convention 10).
constexpr Pattern kPerLead{"per_lead", R"((?i)${WB}(?:hằng|hàng|mỗi)\s+(năm|tháng|quý|ngày|tuần)(?:[^\pL]|$))"};

// "thêm N X" (N more) is a quantity (SCHEMA.md convention 14).
constexpr Pattern kLeftMore{"left_more", R"((?i)${WB}(thêm)\s+$)"};

// ---------------------------------------------------------------------------
// Not figures. Left filters see the text up to the end of the number group;
// right filters see the text from its start; group filters the group alone.
// ---------------------------------------------------------------------------
struct FilterSpec {
  Pattern pattern;
  RejectReason reason;
  // Which unit after the number overrides the filter (Patterns::Yield).
  Patterns::Yield yield = Patterns::Yield::kNever;
};

constexpr FilterSpec kLeftFilters[] = {
    // 004: "Đến ngày 27/6/2024"; "ngày 17 tháng 10 năm 2020".
    {{"date_after_ngay",
      R"((?i)${WB}(?:ngày|hôm|mùng|mồng|sáng|chiều|tối|đêm|rạng sáng)\s+(?:0?[1-9]|[12]\d|3[01])(?:\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?)?$)"},
     RejectReason::kDate},
    // 002: "Số tháng 10/2023"; "tháng 10 năm 2020".
    {{"month_after_thang", R"((?i)${WB}tháng\s+(?:0?[1-9]|1[0-2])(?:\s*[/-]\s*${YEAR})?$)"},
     RejectReason::kMonth},
    // 000: "quý I/2020", "quý 1".
    {{"quarter", R"((?i)${WB}quý\s+(?:(?:[IV]+|\d)\s*[/-]\s*${YEAR}|[1-4])$)"},
     RejectReason::kQuarter},
    // "nhiệm kỳ 2020-2025", "giai đoạn 2021 - 2030".
    {{"term",
      R"((?i)${WB}(?:nhiệm kỳ|giai đoạn|thời kỳ|niên khóa|niên khoá|kế hoạch|chiến lược)\s+${YEAR}\s*-\s*${YEAR}$)"},
     RejectReason::kTerm},
    // "năm 2030", "đến năm 2025", "năm học 2023-2024", "vụ Đông Xuân 2023 -2024".
    {{"year_after_word",
      R"((?i)${WB}(?:năm|năm học|niên vụ|vụ|mùa|khóa|khoá|từ|đến|tới|trước|sau|cuối|đầu|giữa|trong|của|và|hết|qua)\s+${YEAR}(?:\s*-\s*${YEAR})?$)"},
     RejectReason::kYear, Patterns::Yield::kToMeasure},
    // "Kỷ niệm 93 năm Ngày thành lập", "chào mừng 20 năm".
    {{"anniversary", R"((?i)${WB}(?:kỷ niệm|kỉ niệm|tròn|chào mừng|mừng)\s+\d+$)"},
     RejectReason::kAnniversary},
    // "11 giờ 30 phút": the 30.
    {{"time_minutes", R"((?i)\d\s*(?:giờ|h)\s*\d{1,2}$)"}, RejectReason::kTime},
    // "lần thứ 26", "Đại hội lần thứ XI", "Thứ 5", "kỳ họp thứ 7", "khóa 15".
    {{"ordinal",
      R"((?i)${WB}(?:lần thứ|lần|thứ|khóa|khoá|kỳ họp|đợt|phiên|trung ương|hội nghị)\s+\d+$)"},
     RejectReason::kOrdinal},
    // "tr.279", "trang 12", "tập 5", "Điều 5", "khoản 2".
    {{"citation_page",
      R"((?i)${WB}(?:tr|trang|tập|điều|khoản|chương|mục)\s*\.?\s*\d+$)"},
     RejectReason::kCitation},
    // 000: "Covid-19", "QL.57", "Btr-8330", "H5N1", "ĐT.885".
    {{"identifier_glued", R"([\pL]\.?-?\d+(?:[.,]\d+)*$)"}, RejectReason::kIdentifier, Patterns::Yield::kToMeasure},
    {{"identifier_covid", R"((?i)(?:covid|sars-cov)\s*-\s*\d+$)"}, RejectReason::kIdentifier, Patterns::Yield::kToMeasure},
    // "ấp 4", "Ban chỉ đạo 35", "bão số 2", "xe 16 chỗ", "Phường 7", "quốc lộ 57".
    {{"identifier_place",
      R"((?i)${WB}(?:ban chỉ đạo|ấp|khu phố|khóm|xóm|tổ|phường|quận|bão số|bão|áp thấp nhiệt đới số|số nhà|đường số|đường|hẻm|quốc lộ|tỉnh lộ|đường tỉnh|đường huyện|kênh|lô|xe|gói thầu|gói|cụm|khu vực|khu|tuyến|cầu|đề án|chương trình|dự án|nhà máy|trạm|tàu|ô|thửa|tờ bản đồ|bảng|biểu|phụ lục|mẫu|tiêu chí)\s+(?:số\s+)?\d+$)"},
     RejectReason::kIdentifier, Patterns::Yield::kToMeasure},
    // "Gói thầu xây lắp số 1", "đường số 5": "số N" names a thing, unless it
    // is a total ("tổng số 791 đảng viên").
    {{"identifier_so", R"((?i)${WB}số\s+\d+$)"},
     RejectReason::kIdentifier, Patterns::Yield::kToKnownNoun},
    // A named bridge, road, canal or zone with its number: 001: "cầu Rạch
    // Miễu 2", 004: "cầu Ba Lai 8", "KCN Giao Long 2" (SCHEMA.md convention 19).
    // Mid-sentence the kind is in lower case; capitalised there it is part of
    // a place's name, "Chợ Lách 64, Mỏ Cày Bắc 57" (districts in a breakdown).
    {{"identifier_named_place",
      R"((?:(?:^[^\pL]*|[:;(•+-]\s*|\.\s+)(?i:${NAMED_PLACE})|${NAMED_PLACE}|(?i:kcn|ccn))\s+(?:\p{Lu}[\pL\pM]*\s+){1,4}\d+$)"},
     RejectReason::kIdentifier, Patterns::Yield::kToMeasure},
    // Codes with spaced dashes: "Gói XL - 1".
    {{"identifier_code", R"(\p{Lu}{2,}\s*-\s*\d+$)"},
     RejectReason::kIdentifier, Patterns::Yield::kToMeasure},
    // "nhóm 4", "hạng 3" (class labels, SCHEMA.md convention 9).
    // "lớp 10 THPT" (a school year), "mức độ 4".
    {{"class_label", R"((?i)${WB}(?:nhóm|loại|cấp độ|mức độ|lớp|hạng)\s+\d+$)"},
     RejectReason::kClassLabel, Patterns::Yield::kToMeasure},
    // Document numbers with no suffix: "Chỉ thị 16", "Nghị quyết số 26",
    // "Kế hoạch số 183", "Công văn số 1160".
    {{"document_word_number",
      R"((?i)${WB}(?:nghị quyết|chỉ thị|kết luận|quyết định|nghị định|thông tư|luật|hướng dẫn|kế hoạch|công văn|thông báo|quy định|tờ trình|báo cáo|văn bản|thông tri|quy chế|số)\s+(?:số\s+)?\d+$)"},
     RejectReason::kDocumentNumber, Patterns::Yield::kToCountedNoun},
    // "tỷ lệ 1/500": a map scale.
    {{"map_scale", R"((?i)${WB}tỷ lệ\s+1\s*/\s*[\d.]+$)"}, RejectReason::kMapScale},
};

constexpr FilterSpec kRightFilters[] = {
    // Keep this one first: validate.cc also asks it alone, to tell "số 1160/UBND-KGVX"
    // (a document) from "Gói thầu xây lắp số 1" (a name).
    // 001: "Kết luận số 01-KL/TW"; "số 1160/UBND-KGVX"; "26/2021/NQ-HĐND".
    {{"document_number", R"(^${NUM}(?:\s*/\s*${NUM})*\s*[-/]\s*\p{Lu})"},
     RejectReason::kDocumentNumber},
    // "12/3/2020", "22-12-1964", "01.4.2024", "20/10/1930-20/10/2023".
    {{"date_dmy",
      R"(^(?:0?[1-9]|[12]\d|3[01])\s*([/.-])\s*(?:0?[1-9]|1[0-2])\s*[/.-]\s*(?:${YEAR}|\d\d)(?:[^\d]|$))"},
     RejectReason::kDate},
    // "tháng 6/2024" without "tháng": "6/2024".
    {{"month_year", R"(^(?:0?[1-9]|1[0-2])\s*/\s*${YEAR}(?:[^\d]|$))"}, RejectReason::kMonth},
    // "2020-2025", "2021 - 2030": a term.
    {{"year_range", R"(^${YEAR}\s*-\s*${YEAR}(?:[^\d]|$))"}, RejectReason::kTerm},
    // "6 tháng đầu năm", "9 tháng", "14 ngày qua", "3 năm liên tiếp",
    // "02 nhiệm kỳ", "11 giờ 30 phút".
    {{"duration",
      R"((?i)^${NUM}(?:\s*-\s*${NUM})?\s*(?:năm|tháng|ngày|tuần|quý|thập kỷ|thập niên|thế kỷ|giờ|phút|giây|nhiệm kỳ|năm học|học kỳ|đêm)(?:[^\pL]|$))"},
     RejectReason::kDuration},
    // "11h30", "7h".
    {{"time_h", R"(^\d{1,2}\s*h(?:\s*\d{1,2})?(?:[^\pL]|$))"}, RejectReason::kTime},
    // "[9]", "[12, 13]".
    {{"citation_bracket", R"(^\d+(?:\s*[,-]\s*\d+)*\s*\])"}, RejectReason::kCitation},
    // Class labels written after the number: "OCOP 3 sao", "đường dây 110 kV".
    {{"class_after", R"(^\d+\s*(?:sao|kV)(?:[^\pL]|$))"}, RejectReason::kClassLabel},
    // "(1)", "2)" list markers.
    {{"list_marker", R"(^\d{1,3}\))"}, RejectReason::kNumbering},
};

// Right-side exceptions that keep a figure the duration filter would take:
// "5.000 ngày công", "trẻ dưới 6 tuổi", "18 tháng tuổi".
constexpr Pattern kDurationButQuantity{
    "duration_but_quantity",
    R"((?i)^${NUM}\s*(?:ngày công|ngày người|tháng tuổi|năm tuổi|(?:giờ|ngày|tháng|năm)\s*/))"};

constexpr FilterSpec kGroupFilters[] = {
    // "1/500", "1/2000": map scales.
    {{"map_scale_ratio", R"(^1\s*/\s*(?:\d{3,}|\d{1,3}\.\d{3})$)"}, RejectReason::kMapScale},
};

// ---------------------------------------------------------------------------
// Tables: what a header cell says its column holds (tables.cc).
// 004 Phụ lục 1: "TT | NỘI DUNG | Chỉ tiêu 2024 | Đơn vị tính | Kết quả thực
// hiện 6 tháng đầu năm 2024 (Kết quả | Tỷ lệ) | So với cùng kỳ (6 tháng đầu
// năm 2023) | Lũy kế … | So sánh chỉ tiêu nhiệm kỳ 2020-2025 (Chỉ tiêu nhiệm
// kỳ 2020-2025 | So sánh (%))".
// ---------------------------------------------------------------------------
constexpr Pattern kColumnRowNumber{"column_row_number", R"((?i)(?:s?tt|số tt|số thứ tự))"};
constexpr Pattern kColumnUnit{"column_unit", R"((?i)(?:đơn vị tính|đvt)(?:\s*\(.*\))?)"};
// Not "Đơn vị tính" (the unit column, tested first).
constexpr Pattern kColumnRowLabel{
    "column_row_label",
    R"((?i)(?:nội dung|tên (?:dự án|chỉ tiêu|công trình|đơn vị)|chỉ tiêu|đơn vị|địa phương|lĩnh vực|danh mục))"};
constexpr Pattern kColumnAchievement{
    "column_achievement",
    R"((?i)(?:tỷ lệ|tỉ lệ|so sánh|tỷ lệ đạt|tỷ lệ \(%\)|so sánh \(%\)|% so (?:với )?(?:kế hoạch|chỉ tiêu|kh|nq)))"};
// "So với cùng kỳ (6 tháng đầu năm 2023)" -> baseline "cùng kỳ (6 tháng đầu năm 2023)".
constexpr Pattern kColumnComparison{"column_comparison", R"((?i)so (?:với\s+)?(cùng kỳ.*|năm.*|đầu năm.*))"};
constexpr Pattern kColumnTarget{"column_target", R"((?i)^(?:chỉ tiêu|kế hoạch|mục tiêu|kh\b))"};
// A progress table ("Tên dự án | Tiến độ | Kế hoạch dự kiến"): the column
// before "Tiến độ" lists the tasks, pledged for the period that closes the
// table's title: 004 PHỤ LỤC 2 "… Nghị quyết Tỉnh ủy năm 2024", PHỤ LỤC 4
// "… các công trình, dự án trọng điểm của nhiệm kỳ".
constexpr Pattern kColumnProgress{"column_progress", R"((?i)^tiến độ)"};
constexpr Pattern kTitleClosingPeriod{
    "title_closing_period",
    R"((?i)(năm\s+${YEAR}|(?:nhiệm kỳ|giai đoạn)(?:\s+${YEAR}\s*-\s*${YEAR})?)[\s*]*$)"};
constexpr Pattern kColumnEstimate{"column_estimate", R"((?i)(?:^|\s)(?:ước|dự kiến)(?:\s|$))"};
// A column's period: its label less the head words. "Chỉ tiêu 2024" ->
// "2024"; "Lũy kế thực hiện từ đầu nhiệm kỳ đến 6 tháng đầu năm 2024" -> "từ
// đầu nhiệm kỳ đến 6 tháng đầu năm 2024".
constexpr Pattern kColumnPeriod{
    "column_period",
    R"((?i)(?:so sánh chỉ tiêu|chỉ tiêu|kết quả thực hiện|kết quả|lũy kế thực hiện|luỹ kế thực hiện|lũy kế|luỹ kế|thực hiện|ước thực hiện|ước|kế hoạch|mục tiêu)\s+(\D*\d.*))"};
// A rate row that names its unit: 004 "Số giường bệnh/vạn dân" (its unit
// cell empty) counts "giường bệnh" per "vạn dân".
constexpr Pattern kRowRateLabel{
    "row_rate_label", R"((?i)số\s+([^/]{2,40}?)\s*/\s*([^/]{2,20}?))"};
// The first cell of a body row: "I", "1", "1.1", "-", "+".
constexpr Pattern kRowNumber{"row_number", R"((?:[IVXLC]+|\d+(?:\.\d+)*\.?|[a-zđ]\)?|TT))"};
// A cell that is a value: "791", "65,92%", "<333", "4.500-5.000", "40%- 50%".
constexpr Pattern kNumericCell{
    "numeric_cell", R"([<>≤≥~]?\s*\d[\d.,]*\s*%?(?:\s*-\s*\d[\d.,]*\s*%?)?)"};

// ---------------------------------------------------------------------------
// Modality cues, searched in the figure's clause before it.
// ---------------------------------------------------------------------------

// 003: "Kim ngạch xuất khẩu ước đạt 801,66 triệu USD".
constexpr Pattern kModalityEstimate{
    "modality_estimate", R"((?i)${WB}(?:ước|ước tính|ước đạt|dự ước|ước thực hiện)(?:[^\pL]|$))"};
// An estimated "there are" that opens the sentence, or its main clause after
// fronted phrases, governs the list it opens, past its ';': 004 "So với chỉ
// tiêu Nghị quyết, ước có 02/24 chỉ tiêu đạt 100%; 03/24 chỉ tiêu đạt trên
// 90%; …". Matched on the sentence before the figure. Not "Ước tổng chi … 9.367,9
// tỷ đồng, đạt 73,86% …": there the estimate governs its own clause only.
constexpr Pattern kModalityEstimateList{
    "modality_estimate_list", R"((?i)^\s*(?:[-+*]\s*)?(?:[^,;:()]{1,80},\s*){0,2}(?:ước|dự ước)\s+có\s)"};
// "dự kiến đến cuối năm đạt 95%".
constexpr Pattern kModalityForecast{"modality_forecast",
                                    R"((?i)${WB}(?:dự kiến|dự báo|sẽ)(?:[^\pL]|$))"};
// 001: "(NQ 20% số xã)"; "phấn đấu đạt 100%"; "chỉ tiêu đề ra là tăng 15%".
constexpr Pattern kModalityTarget{
    "modality_target",
    R"((?i)${WB}(?:phấn đấu|mục tiêu|chỉ tiêu đề ra|chỉ tiêu giao|chỉ tiêu là|nghị quyết đề ra|đề ra là|NQ|KH|nghị quyết:|kế hoạch:|chỉ tiêu:)(?:[^\pL]|$))"};

// A target named right before a bracketed figure (SCHEMA.md convention 15):
// "nghị quyết đề ra (21.900 tỷ đồng)", "kế hoạch (1.200 đảng viên)", 001 "Nghị
// quyết Tỉnh ủy năm 2023 (1.100 đảng viên mới)".
constexpr Pattern kTargetBeforeBracket{
    "target_before_bracket",
    R"((?i)(?:đề ra|chỉ tiêu|kế hoạch|mục tiêu|nghị quyết|dự toán|phấn đấu)(?:\s+[\pL\pM]+){0,3}(?:\s+${YEAR}(?:\s*-\s*${YEAR})?)?\s*$)"};

// The cues that open a list of targets and govern every item up to a ';':
// "phấn đấu đạt từ 70% trở lên, tối thiểu 30% số xã"; "mục tiêu đến năm 2025: …".
// Not the name of a plan: 001 "dự toán địa phương phấn đấu, bằng 98,67% so cùng kỳ".
// A pledge opens a list of targets that runs to the end of the sentence, past
// its ';': 004 PHỤ LỤC 3 "Về xây dựng Đảng: Thi đua kết nạp 100 đảng viên mới;
// kéo giảm …; xây dựng 10 chi bộ". Matched on the sentence before the figure.
constexpr Pattern kModalityPledge{
    "modality_pledge", R"((?i)(?:^|[:;\-+*>]\s*|\(\d+\)\s*)(?:thi đua|phấn đấu|mục tiêu cụ thể)\s*[,:]?\s+[\pL\d])"};

// A target in a bracket after the result: 000 "38,9 triệu đồng (Nghị quyết:
// 38,7 triệu)"; 004 "đạt 66,95% (nghị quyết 68%)". Matched on the text before.
constexpr Pattern kTargetInBracket{
    "target_in_bracket",
    R"((?i)\(\s*(?:nghị quyết|nq|kế hoạch|kh|chỉ tiêu|mục tiêu)(?:\s+[\pL\pM]+){0,3}?\s*:?\s*(?:là\s+)?$)"};

// A model is named by what it aims at, in quotes or after a colon: 004 "Đảng bộ
// xã Thạnh Phước xây dựng mô hình “… xây dựng chi bộ áp 100 % đạt trong sạch,
// vững mạnh toàn diện”", "xây dựng mô hình: Phối hợp huy động các nguồn lực …
// (đạt 30 tỷ đồng trở lên); (4) …". Matched on the text before the figure, with
// the quote still open or no ';' since the colon.
constexpr Pattern kTargetInModelName{"target_in_model_name", R"((?i)mô hình\s*(?:[“"][^”"]*|:[^;:“”"]*)$)"};

// A lead-in that opens a list in a table cell, and so says what its items are:
// 004 PHỤ LỤC 3 "Tiếp tục tập trung thực hiện các nội dung thi đua sau:" or
// "Đang tiếp tục thực hiện:", "Đang triển khai thực hiện:" (pledges, work still
// under way, group 1) then "Kết quả thực hiện như sau:" (results, group 2).
constexpr Pattern kModalityListLead{
    "modality_list_lead",
    R"((?i)((?:nhiệm vụ|nội dung|chỉ tiêu|mục tiêu)(?:\s+[\pL\pM]+){0,2}\s+sau|phấn đấu(?:\s+thực hiện)?|đang\s+(?:tiếp tục|triển khai)(?:\s+thực hiện)?)\s*:|(kết quả(?:\s+thực hiện)?(?:\s+(?:như sau|đạt được))?|đã đạt được)\s*:)"};

constexpr Pattern kModalityTargetList{
    "modality_target_list", R"((?i)${WB}(?:phấn đấu|mục tiêu|chỉ tiêu đề ra|chỉ tiêu giao)\s+[\pL\d])"};

// ---------------------------------------------------------------------------
// Sentences and context
// ---------------------------------------------------------------------------

// ICU breaks after these abbreviations; solieu does not: "TP. Bến Tre",
// "tr. 279", "ThS. Nguyễn".
constexpr Pattern kNoBreakAfterAbbreviation{
    "no_break_after_abbreviation",
    R"((?:^|[\s(])(?:TP|Tp|TX|TT|tr|Tr|TS|ThS|Ths|PGS|GS|BS|KS|CN|QL|ĐT|NXB|Nxb|St|Q|P|H|TW|ĐH|Mr|Ms|No|Th\.S|v\.v)\.\s*$)"};

// A list number at the start of a line: "1.2. Nâng cao", "II. KINH TẾ", "a.".
constexpr Pattern kNoBreakAfterListNumber{
    "no_break_after_list_number", R"(^\s*\(?(?:[IVXLC]+|\d+|[a-zđ])(?:\.\d+)*\.?\)?\s*$)"};

// A baseline written before the figures it governs: 004: "So với cùng kỳ năm
// 2023, giảm 1.214 vụ".
constexpr Pattern kFrontedBaseline{
    "fronted_baseline", R"((?i)^\s*(?:[-+*]\s*)?so\s+(?:với\s+)?([^,;:]{2,80}?)\s*,)"};

// A baseline after a bracket that restates the figure, matched right after the
// figure (or after the bracketed one): 003 "giảm 0,87% (3.473 hộ) so với đầu năm 2023".
constexpr Pattern kBaselinePastBracket{
    "baseline_past_bracket",
    R"((?i)^\s*(?:\([^()]{0,60})?\)\s*so\s+(?:với\s+)?([^,;:()]{2,80}?)\s*(?:[,;.)]|$))"};

// A baseline inside the clause before a rate: 004 "Tỷ lệ lao động … tham gia
// BHXH so với lực lượng lao động đạt 14,5%". Matched on the clause before it.
constexpr Pattern kBaselineInClause{
    "baseline_in_clause", R"((?i)(?:^|\s)so\s+với\s+([^,;:()]{2,60}?)\s+(?:đạt|là|chiếm)?\s*$)"};

// Period phrases (SCHEMA.md "period"): "6 tháng đầu năm 2024", "quý I/2020",
// "9 tháng năm 2023", "năm 2019", "tháng 10/2023", "cuối năm 2023", "năm học
// 2023 - 2024", "Lũy kế đến nay", "từ đầu nhiệm kỳ đến nay", "Đến nay"; and,
// fronted by "qua" before a comma, the years a work has run: 001 "Qua 02 năm
// thực hiện Kết luận số 01-KL/TW, …" -> "02 năm thực hiện Kết luận số 01-KL/TW"
// (the phrase is the first group that matched).
constexpr Pattern kPeriodPhrase{
    "period_phrase",
    R"((?i)(?:qua\s+((?:hơn\s+)?\d+\s+năm\s+(?:triển khai(?:\s+thực hiện)?|thực hiện)(?:\s+[^,;.()<]+?)?)\s*,|((?:\d+|sáu|chín|ba)\s+tháng(?:\s+(?:đầu|cuối))?\s+(?:năm\s+)?${YEAR}|(?:\d+|sáu|chín)\s+tháng\s+(?:đầu|cuối)\s+năm|(?:\d+|sáu|chín)\s+tháng|(?:quý|quí)\s+[IV]+\s+(?:đến|-)\s+(?:quý|quí)\s+[IV]+(?:\s*/\s*${YEAR}|\s+năm\s+${YEAR})?|(?:quý|quí)\s+[IV]+(?:\s*/\s*${YEAR}|\s+năm\s+${YEAR})?|(?:(?:tính\s+)?đến\s+)?(?:cuối|đầu)\s+tháng\s+\d{1,2}\s*/\s*${YEAR}|tháng\s+\d{1,2}(?:\s*/\s*${YEAR}|\s+năm\s+${YEAR})|năm học\s+${YEAR}\s*-\s*${YEAR}|(?:từ nay\s+)?(?:đến\s+)?(?:cuối|đầu|giữa)\s+năm\s+${YEAR}|đến\s+năm\s+${YEAR}|năm\s+${YEAR}|(?:lũy|luỹ) kế(?:\s+từ đầu nhiệm kỳ)?(?:\s+đến nay)?|từ đầu nhiệm kỳ(?:\s+${YEAR}\s*-\s*${YEAR})?\s+đến nay|(?:tính\s+)?đến\s+(?:ngày\s+)?\d{1,2}/\d{1,2}(?:/${YEAR})?|(?:tính\s+)?đến\s+thời điểm\s+(?:hiện tại|hiện nay|báo cáo)|(?:nhiệm kỳ|giai đoạn|thời kỳ)\s+${YEAR}\s*-\s*${YEAR}|\d+\s+năm\s+${YEAR}\s*-\s*${YEAR}|\d+\s+năm\s+qua|thời gian qua|đến nay|hiện nay|hiện tại)))"};

// A date that opens a sentence or list item dates what follows: 003 "Ngày
// 11/5/2024, tiếp nhận 01 vụ"; 001 "Đợt 07/11/2023, Ban Thường vụ … tặng …".
// Anywhere else "ngày 26/12/2023" dates a document or an event, not a figure.
constexpr Pattern kPeriodFrontedDate{
    "period_fronted_date",
    R"((?:\s|[-+*•])*((?:Ngày|ngày|Đợt|đợt)\s+\d{1,2}/\d{1,2}/${YEAR})\s*,)"};

// Period phrases that are not a report's own period: a term, a horizon, a
// running total. 000 opens with "… nhiệm kỳ 2020-2025" and "đến năm 2030".
constexpr Pattern kPeriodNotReported{
    "period_not_reported", R"((?i)^(?:nhiệm kỳ|giai đoạn|thời kỳ|đến|lũy kế|luỹ kế|từ đầu|hiện|tính đến|từ nay|\d+\s+năm\s+${YEAR}))"};

// A bare "lũy kế" (to date) and the "up to" periods it may sum up to.
constexpr Pattern kPeriodBareCumulative{"period_bare_cumulative", R"((?i)(?:lũy|luỹ) kế)"};
constexpr Pattern kPeriodUpTo{"period_up_to", R"((?i)^(?:tính\s+)?đến\s)"};

// A clause-bound phrase that opens an enumeration dates its items past the
// ';': 002 "đến nay có 02/24 chỉ tiêu đạt …; 10/24 chỉ tiêu xấp xỉ đạt …";
// 004 "đến nay toàn tỉnh có 24.694 ha …; có 26 mã số …; 54 vùng trồng …".
// Matched after the phrase, and on the item that holds the figure.
constexpr Pattern kPeriodOpensEnumeration{
    "period_opens_enumeration", R"(^,?\s*(?:\pL+\s+){0,3}?(?:có|đạt)\s+(?:khoảng\s+|trên\s+|hơn\s+)?\d)"};
constexpr Pattern kEnumerationItem{
    "enumeration_item", R"(^\s*(?:có\s+)?(?:khoảng\s+|trên\s+|hơn\s+)?\d)"};

// A clause-bound phrase that, closing a list, dates the whole list: 004 "…,
// đạt 68% chỉ tiêu kế hoạch 5 năm 2021 - 2025", 002 "… từ nay đến cuối năm 2023".
constexpr Pattern kPeriodClosingAList{"period_closing_a_list", R"((?i)^(?:từ nay|\d+\s+năm))"};

// A term: 004 "nhiệm kỳ 2020-2025", "giai đoạn 2021 - 2025".
constexpr Pattern kPeriodTerm{"period_term", R"((?i)^(?:nhiệm kỳ|giai đoạn|thời kỳ)\s)"};

// Period phrases whose dates resolve (lib/period.cc), matched whole on the
// case-folded phrase. The name says how the captures are read.
//   004 "6 tháng đầu năm 2024" -> months_of_year: 2024-01-01 … 2024-06-30
//   000 "quý I/2020" -> quarter; 004 "Quí III đến quý IV năm 2024" ->
//   quarter_range: 2024-07-01 … 2024-12-31; 002 "tháng 10/2023" -> month;
//   004 "Đến ngày 27/6/2024" -> until_date (an end only).
//   004 "Lũy kế từ đầu nhiệm kỳ đến nay" -> as_of_issue: up to the date the
//   document is issued, when it gives one (an end only; none without a date).
//   004 "từ đầu nhiệm kỳ 2020-2025 đến 6 tháng đầu năm 2024" -> term_until_months.
constexpr Pattern kPeriodForms[] = {
    {"as_of_issue", R"((?:lũy kế\s+|luỹ kế\s+)?(?:từ đầu nhiệm kỳ(?:\s+(${YEAR})\s*-\s*${YEAR})?\s+)?(?:(?:tính\s+)?(?:đến|tới)\s+(?:nay|thời điểm\s+(?:hiện nay|hiện tại|báo cáo|này))|hiện nay|hiện tại))"},
    {"term_until_months", R"((?:lũy kế\s+|luỹ kế\s+)?từ đầu nhiệm kỳ(?:\s+(${YEAR})\s*-\s*${YEAR})?\s+đến\s+(\d{1,2}|sáu|chín)\s+tháng\s+đầu\s+năm\s+(${YEAR}))"},
    {"months_of_year", R"((?:lũy kế\s+|luỹ kế\s+|trong\s+)?(\d{1,2}|ba|sáu|chín)\s+tháng(?:\s+(đầu|cuối))?(?:\s+năm)?(?:\s+(${YEAR}))?)"},
    {"quarter_range", R"((?:quý|quí)\s+(i|ii|iii|iv|[1-4])\s+(?:đến|-)\s+(?:quý|quí)\s+(i|ii|iii|iv|[1-4])(?:\s*/\s*|\s+năm\s+)?(${YEAR})?)"},
    {"quarter", R"((?:quý|quí)\s+(i|ii|iii|iv|[1-4])(?:\s*/\s*|\s+năm\s+)?(${YEAR})?)"},
    {"month", R"(tháng\s+(\d{1,2})(?:\s*/\s*|\s+năm\s+)(${YEAR}))"},
    {"year", R"((?:năm\s+)?(${YEAR}))"},
    {"year_edge", R"((?:từ nay\s+)?(?:(?:tính\s+)?đến\s+)?(cuối|đầu)\s+năm\s+(${YEAR}))"},
    {"horizon", R"(đến\s+năm\s+(${YEAR}))"},
    {"term", R"((?:nhiệm kỳ|giai đoạn|thời kỳ)\s+(${YEAR})\s*-\s*(${YEAR}))"},
    {"until_date", R"((?:tính\s+)?đến\s+(?:ngày\s+)?(\d{1,2})/(\d{1,2})(?:/(${YEAR}))?)"},
    {"day", R"((?:ngày|đợt)\s+(\d{1,2})/(\d{1,2})/(${YEAR}))"},
};

// Document metadata (lib/metadata.cc), read in the opening lines.
// 002: "BAN TUYÊN GIÁO TỈNH ỦY BẾN TRE" -> the issuing body.
constexpr Pattern kInfoIssuer{
    "info_issuer", R"(^(?:BAN|TỈNH ỦY|TỈNH UỶ|HUYỆN ỦY|HUYỆN UỶ|THÀNH ỦY|THÀNH UỶ|ĐẢNG BỘ|ĐẢNG ỦY|ĐẢNG UỶ|ỦY BAN|UỶ BAN|UBND|SỞ|HỘI|MẶT TRẬN|VĂN PHÒNG)\s)"};
// 004: "BÁO CÁO"; 002: "THÔNG TIN SINH HOẠT NỘI BỘ (Phục vụ sinh hoạt chi bộ)".
constexpr Pattern kInfoDocumentType{
    "info_document_type", R"(^(?:BÁO CÁO|THÔNG TIN SINH HOẠT|ĐỊNH HƯỚNG SINH HOẠT|THÔNG BÁO|NGHỊ QUYẾT|KẾ HOẠCH|CHỈ THỊ|KẾT LUẬN|HƯỚNG DẪN|TỜ TRÌNH|BẢN TIN|THÔNG TIN NỘI BỘ|TÀI LIỆU))"};
// 002: "Số tháng 10/2023 - LHNB"; "Số 654-BC/TU", "Số: 15".
constexpr Pattern kInfoIssue{"info_issue", R"(^(?:Số|SỐ)(?:\s*:\s*|\s+)(?:tháng\s+)?\d)"};
// "Bến Tre, ngày 08 tháng 7 năm 2024".
constexpr Pattern kInfoDate{
    "info_date", R"((?i)ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(${YEAR}))"};
// 004, under every appendix: "(kèm Báo cáo số 654-BC/TU ngày 08/7/2024 của Ban
// Thường vụ Tỉnh ủy)" — the report's own number, date and issuer.
constexpr Pattern kInfoCoverNote{
    "info_cover_note",
    R"((?i)kèm(?:\s+theo)?\s+(?:báo cáo|nghị quyết|kế hoạch|tờ trình|thông báo)\s+số\s+([^\s,]+)[,\s]+ngày\s+(\d{1,2})/(\d{1,2})/(${YEAR})\s+của\s+([^)\n]+))"};

// Any period after a comparison is the baseline's: 003 "… giảm 0,87% so với
// đầu năm 2023" is not dated "đầu năm 2023". Matched on the text before it.
constexpr Pattern kPeriodCompared{"period_compared", R"((?i)(?:^|[^\pL\pM])(?:so với|so)\s*$)"};

// A deadline is not the time a figure reports on: 004 "… đạt 15,04% giá trị
// hợp đồng, …, dự kiến hoàn thành năm 2025". Matched on the text before it.
constexpr Pattern kPeriodDeadline{
    "period_deadline", R"((?i)(?:^|[^\pL\pM])(?:dự kiến|hoàn thành|kết thúc)(?:\s+(?:hoàn thành|trong|vào|trước))*\s*$)"};

// The year of an event a paragraph's lead tells, which does not date the
// paragraph's figures: 001 "APEC được thành lập năm 1989".
constexpr Pattern kPeriodOfAnEvent{
    "period_of_an_event", R"((?i)(?:thành lập|ra đời|ký kết|khánh thành|khởi công)(?:\s+(?:vào|từ|trong))?\s*$)"};

// A year or a term that belongs to something else, not to the figure: a
// document or target ("chỉ tiêu Nghị quyết Tỉnh ủy năm 2024", "Kế hoạch năm
// 2024"), a comparison ("so với cùng kỳ năm 2023"), or a numbered congress or
// committee (004 "Đại hội đại biểu Đảng bộ tỉnh lần thứ XII, nhiệm kỳ
// 2025-2030"). Matched on the text before a bare year or a term.
constexpr Pattern kPeriodOwner{
    "period_owner",
    R"((?i)(?:(?:nghị quyết|nq|kế hoạch|kh|chỉ tiêu|chương trình|đề án|chủ đề|chuyên đề|dự toán|giá so sánh)(?:\s+[\pL\pM]+){0,3}|so với|so|cùng kỳ|cùng|(?:lần thứ|khóa|khoá)\s+[IVXLC\d]+\s*,?)\s*$)"};

// The verbs and particles between a subject and its figure: 000: "Tổng mức
// bán lẻ … tiêu dùng ước tăng 11,39%" -> "Tổng mức bán lẻ … tiêu dùng"; 004
// "tổng số người nghiện ghi nhận 988 người"; 000 "… đã giảm mạnh xuống chỉ còn".
constexpr Pattern kSubjectTailTrim{
    "subject_tail_trim",
    R"((?i)(?:(?:^|\s)(?:ước đạt|ước tính|ước thực hiện|ước|đạt được|đạt|được|là|hiện có|hiện nay|hiện còn|có|khoảng|gần|hơn|trên|dưới|với|gồm|chiếm|bằng|còn|lên|xuống|thêm|tới|đến|từ|tăng|giảm|đã|đang|sẽ|vẫn|cũng|thì|nay|có thể|tỷ lệ|tỉ lệ|đạt cao|và|ghi nhận|(?:tăng|giảm) (?:mạnh|nhẹ))|[\s,:=])*$)"};

// A verb of growth before the measure it grows is no part of the indicator:
// 004 "Phát triển diện tích nuôi tôm UDCNC … đạt 253 ha".
constexpr Pattern kSubjectVerbBeforeMeasure{
    "subject_verb_before_measure",
    R"((?i)^(?:phát triển|mở rộng|nâng)\s+((?:diện tích|sản lượng|quy mô)(?:\s.*)?)$)"};

// "tăng trưởng" closing a subject is the verb of a growth rate, "Khu vực II
// tăng trưởng 9,3%", unless a measure word makes it a noun: "tốc độ tăng
// trưởng", "mục tiêu tăng trưởng".
constexpr Pattern kSubjectGrowthVerb{
    "subject_growth_verb",
    R"((?i)^(.*\S)\s+tăng trưởng$)"};
constexpr Pattern kGrowthMeasureWord{
    "growth_measure_word", R"((?i)(?:^|\s)(?:tốc độ|mức|mục tiêu|chỉ số|đà|tỷ lệ|tỉ lệ|thúc đẩy|kết quả)$)"};

// An index named by its acronym, then the province it is measured for: 001
// "Chỉ số Năng lực cạnh tranh cấp tỉnh (PCI) Bến Tre", 004 "… (PAPI) tỉnh".
// The place is not part of the indicator.
constexpr Pattern kSubjectIndexOfPlace{
    "subject_index_of_place", R"(^(.*\(\p{Lu}{2,}\))\s+(?:tỉnh|(?:tỉnh\s+)?\p{Lu}\pL*(?:\s+\p{Lu}\pL*){0,2})$)"};

// A clause that names what it measures before a copula: "tổng lượng khách
// ước đạt", "Số doanh nghiệp … là". (Not "có": "toàn tỉnh có" names a place.)
constexpr Pattern kSubjectCopulaTail{
    "subject_copula_tail", R"((?i)\S\s+(?:ước đạt|ước tính|ước|đạt được|đạt|là)\s*$)"};

// The copulas after which a bare count is what the clause names, not a place
// that reaches it: "tổng lượng khách ước đạt 1.285.563 lượt", "… là 216 DN"
// (but "huyện Mỏ Cày Nam đạt 09 tiêu chí" is about criteria).
constexpr Pattern kSubjectNamingCopula{
    "subject_naming_copula", R"((?i)\S\s+(?:ước đạt|ước tính|ước|là)\s*$)"};

// Nouns that only count the occurrences or heads of an activity: "giải quyết
// việc làm 12.537 lao động", "tuần tra kiểm soát giao thông đường bộ 88 lượt".
// Bare after the activity, they leave it to name the figure.
constexpr Pattern kCountingClassifier{
    "counting_classifier", R"((?i)lượt|trường hợp|người|lao động|công dân|đồng chí)"};

// Places a count may name after it: "02 xã Phú Vang và Lộc Thuận" counts
// communes, the names say which (a name opens on a capital then a small letter;
// an acronym such as "NTM" qualifies instead).
constexpr Pattern kCountedPlace{
    "counted_place", R"((?i)xã|huyện|phường|thị trấn|tỉnh|ấp|khu phố|xã, thị trấn|huyện, thành phố)"};
constexpr Pattern kNameOpening{"name_opening", R"(^\p{Lu}\p{Ll})"};

// In the terse prose of a report by unit (004 PHỤ LỤC 3), cases, people and
// awards are counted bare after the label they are listed under: "Phạm pháp
// hình sự 17/10 vụ", "khen thưởng chuyên đề 343 cá nhân, 72 tập thể, 27 hộ gia
// đình".
constexpr Pattern kLabelledInCell{"labelled_in_cell", R"((?i)vụ|đối tượng|cá nhân|tập thể|hộ gia đình)"};

// After a verb of handling them, the noun stays what is counted: "đã điều tra
// làm rõ 289 vụ", "phạt hành chính 143 đối tượng", "giải quyết ổn định 1/2 vụ",
// "Tạm giữ: 152 phương tiện".
constexpr Pattern kCaseHandlingVerb{
    "case_handling_verb",
    R"((?i)(?:^|\s)(?:đã|${HANDLING}|phạt|triệt xóa|tạm giữ|thu giữ)(?:\s|$))"};

// Nothing but verbs of handling: "Phát hiện", "Phát hiện, xử lý".
constexpr Pattern kHandlingVerbsOnly{
    "handling_verbs_only",
    R"((?i)(?:đã\s+)?${HANDLING}(?:\s*(?:,|và)\s*${HANDLING})*)"};

// What happened, before the verb of events: 001 "Phạm pháp hình sự xảy ra
// trong tháng xảy ra 10 vụ", 004 "Tai nạn giao thông xảy ra 41/37 vụ".
constexpr Pattern kSubjectBeforeEventVerb{
    "subject_before_event_verb", R"((?i)^(.*?\S)\s+xảy ra(?:\s|$))"};
// Where or when it happened is not what happened: "Trong tháng xảy ra 05 vụ",
// "Trên địa bàn tỉnh xảy ra 03 vụ".
constexpr Pattern kPlaceOrTimeLead{"place_or_time_lead", R"((?i)^(?:trong|trên|tại|ở|từ|đến|vào|tính đến)\s)"};

// Nouns that count cases of a kind named after them: "10 vụ trộm cắp tài sản",
// "55 ca thủy đậu" (a breakdown by kind names the kind).
constexpr Pattern kCaseClassifier{"case_classifier", R"((?i)vụ|vụ việc|ca|trường hợp)"};

// The clause ends on whom the count serves or is about: "… cho", "đối với"
// (a bare "với" gives the amount: "tuyển quân năm 2024 với 1.402 công dân").
constexpr Pattern kCountForWhom{"count_for_whom", R"((?i)(?:^|\s)(?:cho|đối với)\s*$)"};

// A result names what the count it reaches measures: 004 "Kết quả kỳ thi học
// sinh giỏi Quốc gia tỉnh Bến Tre đạt 16 giải".
constexpr Pattern kSubjectAResult{"subject_a_result", R"((?i)^kết quả\s)"};

// What a bracket after a figure may open with that is no subject of its own.
constexpr Pattern kSubjectRestating{
    "subject_restating", R"((?i)tỷ lệ|nghị quyết|nq|kế hoạch|kh|chỉ tiêu(?: nghị quyết| nq)?)"};

// The verbs after which a percent's next noun is the whole it is measured
// against, not what it measures: 004 "chiếm 12,28% giá trị sản xuất công
// nghiệp toàn tỉnh", 002 "đạt 93,5% dân số".
constexpr Pattern kPercentOfWholeBefore{
    "percent_of_whole_before",
    R"((?i)(?:chiếm|đạt|được|bằng|là|tương đương|so với|ước)(?:\s+(?:tỷ lệ|tỉ lệ|khoảng|trên|gần|hơn))?\s*$)"};

// A clause after a comma that names its own amount or share, so is not the
// tail of the noun phrase before the comma: "…, kinh phí 40,13 tỷ đồng", "…,
// tổng số tiền …", "…, chiếm tỷ lệ 61,49%".
constexpr Pattern kSubjectOwnLabel{
    "subject_own_label", R"((?i)^(?:tổng\s+)?(?:số|kinh phí|giá trị|chiều dài|diện tích|chiếm)(?:\s|$))"};

// An amount's label written straight before it, in the clause a figure before
// it runs on into: 004 "… 05 cây cầu bê tông tổng kinh phí 4,3 tỷ đồng", "…
// phạt vi phạm hành chính 03 đối tượng sử dụng … tổng số tiền 21.250.000 đồng".
constexpr Pattern kSubjectAmountLabelBefore{
    "subject_amount_label_before",
    R"((?i)(?:^|\s)((?:tổng\s+)?(?:số tiền|kinh phí|giá trị|chiều dài|diện tích|công suất)(?:\s+[\pL\pM]+){0,2}?)\s*(?:là\s*)?$)"};

// The dimension a rate names right after it: 002 "giảm 28,3% «về số vụ»", 004
// "bằng 40,8% «về vốn đăng ký» so cùng kỳ".
constexpr Pattern kSubjectDimensionAfter{
    "subject_dimension_after",
    R"(^\s*%?\s*về\s+([^,;:()*]{2,60}?)\s*(?:$|[,;:()*.]|\s(?:và|so|so với|trong|đạt|tăng|giảm)\s))"};

// A name that closes on its acronym: "… cơ quan hành chính nhà nước (SIPAS)".
constexpr Pattern kClosingAcronym{"closing_acronym", R"(\(\p{Lu}[\p{Lu}\d&-]{1,11}\)\s*$)"};

// A subject that names a work and then how far it has got: 004 "Gói thầu San
// lấp lô A3 khối lượng thi công".
constexpr Pattern kSubjectWorkAndMeasure{
    "subject_work_and_measure",
    R"((?i)(\pL.{3,}?)\s+((?:khối|khôi) lượng(?:\s+(?:thi công|thực hiện))?|tiến độ(?:\s+thực hiện)?))"};

// A measure of a work's progress, alone: it names nothing until the work is
// said (ANNOTATING.md, "one passage, one reading"): 004 "- Hoàn thiện hệ thống
// thủy lợi Bắc, Nam Bến Tre: Khối lượng thực hiện đạt 15,04% giá trị hợp đồng".
constexpr Pattern kProgressMeasure{
    "progress_measure", R"((?i)(?:khối|khôi) lượng(?:\s+(?:thi công|thực hiện))?|tiến độ(?:\s+thực hiện)?)"};

// What is being done to a work, after its name: 004 "Gói thầu San lấp lô A3
// «triển khai» thi công ngày khôi lượng thi công".
constexpr Pattern kWorkNameEnd{"work_name_end", R"((?i)\s((?:triển khai|khởi công|đang|đã|được)\s))"};

// A package of works, named: "Gói thầu San lấp lô A3", "gói thầu xây lắp số 2".
constexpr Pattern kPackageName{"package_name", R"((?i)^gói thầu\s)"};

// Words that, alone before a figure, name nothing it measures: a bare rate
// word ("đạt tỷ lệ 100%" after "17.330/17.330 tài khoản"), the scope "toàn
// tỉnh" or the place that has it ("45/130 ha nuôi tôm công nghệ cao …, đến nay
// huyện có 1.292/1.500 ha"), a frequency, a year ("năm 2020 … 7,33%"). The
// figure shares its lead's.
constexpr Pattern kSubjectNamesNothing{
    "subject_names_nothing", R"((?i)(?:tỷ lệ|tỉ lệ|(?:toàn )?(?:tỉnh|huyện|thành phố|xã)|hàng năm|hằng năm|[\d\s.,/-]+))"};

// A period inside a subject, with more after it: "kết quả xếp hạng chuyển đổi
// số (DTI) năm 2022 của tỉnh Bến Tre", "lũy kế số lượng kết nạp từ đầu nhiệm
// kỳ 2020-2025", "Tăng trưởng kinh tế (GRDP) 6 tháng đầu năm đạt thấp …", 000
// "Hàng hóa tiêu thụ trong dịp Tết Nguyên đán cao hơn …". The subject ends
// before it.
constexpr Pattern kSubjectInnerPeriod{
    "subject_inner_period",
    R"((?i)\s+(?:(?:\d+|sáu|chín)\s+tháng\s+(?:đầu|cuối)\s+năm|năm\s+${YEAR}\s+(?:của|cho|được)|từ đầu nhiệm kỳ|trong dịp)\s)"};

// An amount named after "với" is what the figure measures: 004 "Xây dựng vùng
// sản xuất với tổng diện tích liên kết là 208,09 ha" -> "tổng diện tích liên
// kết"; "thành lập mới với vốn đăng ký 1.012 tỷ đồng" -> "vốn đăng ký"; "với
// dự kiến tổng mức đầu tư dự án là …" -> "tổng mức đầu tư dự án"; "với TMĐT
// 812,90 tỷ đồng" (its initials) -> "TMĐT". Not
// "đối với", "so với", "cùng với": those name a party or a baseline.
constexpr Pattern kSubjectNamedAfterWith{
    "subject_named_after_with",
    R"((?i)(?:^|[^\pL\pM])(đối|so|cùng|gắn)?\s*với\s+(?:dự kiến\s+)?((?:tổng|số|giá|vốn|kinh|quy|công|diện|sản|khối|mức|chiều|trị|TMĐT)[\pL\pM]*(?:\s+[\pL\pM]+){0,6})\s*$)"};

// The price basis a value is stated in is not the indicator: 004 "Giá trị sản
// xuất ngành sản xuất chế biến thủy sản (Giá so sánh 2010) ước đạt 2.450 tỷ
// đồng" -> "Giá trị sản xuất ngành sản xuất chế biến thủy sản".
constexpr Pattern kSubjectPriceBasis{
    "subject_price_basis", R"((?i)\s*\(\s*(?:theo\s+)?giá\s+(?:so sánh|hiện hành|cố định)[^()]*\)\s*$)"};

// A change told without its figure, which a bracket after it gives: 002
// "Tình hình tội phạm và vi phạm pháp luật tăng so cùng kỳ (461/430 vụ, …)".
constexpr Pattern kChangeWithoutFigure{
    "change_without_figure", R"((?i)\s(?:tăng|giảm)(?:\s+[\pL\pM]+){0,2}\s+so(?:\s+với)?\s+cùng\s+kỳ[^,;]*$)"};

// A level a figure falls or rises to: 000 "Chỉ số thương mại hàng hóa toàn cầu
// của WTO (tháng 02/2020) đã giảm mạnh «xuống chỉ còn 95,5 điểm»".
constexpr Pattern kLevelReached{"level_reached", R"((?i)^(?:xuống|lên|còn)\s)"};

// What opens a list that breaks a count down: 001 "7.026 gương điển hình«,
// trong đó có »1.527 tập thể, 5.499 cá nhân".
constexpr Pattern kBreakdownLead{"breakdown_lead", R"((?i)\s*,?\s*trong đó(?:\s+có)?\s*:?\s*)"};

// What a rate is compared with is its baseline, not its indicator: 004 note
// ⁵² "Tỷ lệ lao động trong doanh nghiệp tham gia BHXH so với lực lượng lao
// động … 14,5%".
constexpr Pattern kSubjectComparedWith{"subject_compared_with", R"((?i)\s+so\s+(?:với|cùng)\s)"};

// A period phrase closing a subject, with the preposition before it: 002
// "Thu ngân sách nhà nước trên địa bàn 9 tháng đầu năm", 000 "Lạm phát tháng
// 01/2020", "Chỉ số thương mại hàng hóa toàn cầu của WTO (tháng 02/2020)" ->
// the period goes.
constexpr Pattern kSubjectPeriodTail{
    "subject_period_tail", R"((?i)(?:\s+(?:trong|của|tính)\s*)?\s+(?:\d+|sáu|chín|ba)\s+tháng(?:\s+(?:đầu|cuối))?(?:\s+năm)?(?:\s+${YEAR})?\s*$|(?:\s+(?:trong|của)\s*)?\s+(?:quý|quí)\s+[IV]+(?:\s*/\s*${YEAR}|\s+năm\s+${YEAR})?\s*$|(?:\s+(?:đến hết|đến|trong))?\s+năm\s+${YEAR}\s*$|\s+tháng\s+\d{1,2}\s*/\s*${YEAR}\s*$|\s+trong\s+(?:tháng|quý|quí|kỳ)\s*$|\s*\(\s*(?:tháng|quý|quí|năm)\s[^()]*\)\s*$)"};

// Where the words that qualify a counted noun stop: an adjunct ("… trợ cấp
// thất nghiệp với số tiền là …", "… tại xã Thừa Đức"; but "người có công với
// cách mạng", "liên kết với doanh nghiệp" go on), a coordinated figure
// ("… 24 công trình thuộc lĩnh vực kinh tế - xã hội và 01 công trình …", "…
// và không còn xã đạt dưới 10 tiêu chí"), a period ("… trong hai năm 2024 -
// 2025", "… giai đoạn 2021 - 2025"), the label of a further amount ("… số tiền
// 45.000.000 đồng", "… gồm 06 đương sự"), a list it opens ("02 tàu sắt gồm:"),
// a clause of its own ("… và đạt được một số kết quả"), a citation "[2]", the
// verb of a further figure ("tăng 5%", "chiếm 38%": "lừa đảo chiếm đoạt tài
// sản", "mô hình giảm nghèo", "vùng đồng bằng sông Cửu Long" go on), "so với",
// or a clause of time, agent or consequence ("… đảng
// viên khi có dấu hiệu vi phạm", "… căn nhà tình nghĩa do đồng chí …", "… mới
// thành lập nên không đánh giá"), a modal or aspect word that opens the
// predicate ("59 cơ sở phải đảm bảo …", "03 đối tượng đều dương tính", "06 xã
// … đang được triển khai", "05 huyện/thành phố còn lại sẽ tổ chức …"), a rate
// after "đạt" ("82/130 đảng viên đạt 63,08%"; QualifiersAfter goes on past one
// that does not restate the ratio), "=" before the next figure, or what the
// count was done by, about or in ("03 vụ án theo tinh thần Chỉ thị …", "57
// sản phẩm hết thời hạn theo quyết định công nhận", "27
// đối tác về các chương trình …", "… thuộc các trường hợp F0", "… trên các lĩnh
// vực", "… trong thời gian qua"; "tin bài trên các trang mạng xã hội" goes on),
// or the least amount of it ("01 cụm công nghiệp ít nhất 70ha"), or how long
// it took or whether on plan ("01 cá nhân có thành tích xuất sắc qua 03 năm …",
// "54 chiến sỹ mới đúng kế hoạch"), or where the things went or whom they were
// for, a named place or body after "lên" or "cho" ("1.241/1.475 DVCTT lên Cổng
// Dịch vụ công quốc gia", "02 giấy chứng nhận nhãn hiệu tập thể cho Hợp tác xã
// …"; "HKD chuyển lên DN", "Bằng khen … cho CNLĐ" go on).
// "tại chỗ" is "on the spot", no place: "2 đội Điều trị tại chỗ".
constexpr Pattern kCountedNounTailStop{
    "counted_noun_tail_stop",
    R"((?i)\s+(?:lên|cho)\s+(?-i:\p{Lu}\p{Ll})|\s+(?:với|cùng|cho)\s+(?:(?:gần|hơn|trên|khoảng|dưới)\s+)?\d|\s+và\s+[^,;()]*?\d|\s+với\s+(?:tổng|số|giá|vốn|kinh phí|quy mô|công suất|diện tích|sản lượng|khối lượng|mức|chiều)|\s+(?:trên địa bàn|nhằm|để)\s|\s+tại\s+(?:[^c\s]|c[^h]|ch[^ỗ])|\s+(?:trong|của|năm)\s+(?:hai\s+|các\s+)?năm\s+\d|\s+(?:năm|giai đoạn|nhiệm kỳ|đến năm|lần thứ|tháng)\s+\d|\s+(?:tổng\s+)?(?:số tiền|kinh phí|chiều dài|giá trị)\s+(?:là\s+)?\d|\s+(?:gồm|có)\s+\d|\s+(?:bao\s+)?gồm\s*(?::|$)|\s+và\s+(?:đạt|được|đã|đang|chưa)\s|\s*\[\d+\]|\s+(?:so với|so)\s|\s+(?:tăng|giảm|bằng|chiếm)\s+(?:(?:khoảng|gần|hơn|trên|dưới|tỷ lệ|tỉ lệ)\s+)?\d|\s+(?:khi|do|nên|song|phải|đều|đang được|yêu cầu|sẽ)\s|\s+theo\s+(?:tinh thần|lộ trình|quy định|hướng dẫn|quyết định)|\s+trong thời gian qua|\s+(?:về|thuộc)\s+các\s|\s+trên các lĩnh vực|\s+đạt\s+(?:tỷ lệ\s+|tỉ lệ\s+)?[\d.,]+\s*%|\s*=|\s+(?:ít nhất|tối thiểu|qua)\s+\d|\s+đúng\s+(?:kế hoạch|tiến độ))"};

// The rest of an address after its comma: "bờ sông Giao Hòa, xã Giao Long,
// huyện Châu Thành" names one place. (Only looking back from a figure: after
// one, ", huyện Bình Đại đạt 04 tiêu chí" opens the next item.)
constexpr Pattern kAddressAfterComma{
    "address_after_comma", R"(^\s(?:xã|huyện|tỉnh|thị xã|thị trấn|phường|thành phố)\s\p{Lu})"};

// Fixed pairs of administrative Vietnamese written with a comma between their
// two words, most of them verbs: a comma inside one breaks no clause. 001 "công
// tác phòng, chống tham nhũng năm 2022 … xếp vị trí thứ 16/63"; 004 "tỷ lệ
// điều tra, khám phá án hình sự … 80%", "giải quyết tố giác, tin báo tội phạm",
// "10 nhóm nhiệm vụ, giải pháp chủ yếu"; and the pair "Đảng, Nhà nước".
constexpr Pattern kCommaInAPair{
    "comma_in_a_pair",
    R"((?i)${WB}(?:phòng, chống|kiểm tra, giám sát|điều tra, khám phá|tố giác, tin báo|đánh giá, xếp loại|lãnh đạo, chỉ đạo|tuyên truyền, vận động|phòng cháy, chữa cháy|tìm kiếm, cứu nạn|cứu nạn, cứu hộ|học tập, làm theo|tiếp nhận, giải quyết|quản lý, sử dụng|sản xuất, kinh doanh|xây dựng, chỉnh đốn|tuần tra, kiểm soát|đấu tranh, phản bác|phát hiện, xử lý|bồi dưỡng, tập huấn|đào tạo, bồi dưỡng|nhiệm vụ, giải pháp|Đảng, Nhà nước)${END})"};

// Words that open a clause of their own after a comma, so the counted noun's
// qualifiers end before them: "16 thành viên, trong đó: …", "46.770 bà mẹ liệt
// sĩ, tiếp tục truy tặng …", "10 ca viêm não vi rút khác, tương đương cùng kỳ",
// "02 đảng viên, bằng hình thức khiển trách", "21 nền kinh tế thành viên, bao
// gồm Trung Quốc", "2.041 lượt CBCS tham gia, phát hiện, lập biên bản …",
// "4/4 trường đạt chuẩn quốc gia, nâng tổng số đến …".
constexpr Pattern kClauseOpenerAfterComma{
    "clause_opener_after_comma",
    R"((?i)^(?:trong đó|riêng|qua đó|từ đó|đồng thời|tiếp tục|góp phần|nhằm|đảm bảo|bảo đảm|tạo điều kiện|nhắc nhở|tương đương|bằng|bao gồm|gắn với|nâng tổng số|củng cố|cung cố|phát hiện)(?:[\s:,]|$))"};

// Where a noun phrase listed over a comma ends: before a number coordinated
// with "và" or a clause of purpose. 004 "79 tập thể lãnh đạo, quản lý và 222
// cán bộ …", "07 nghị quyết liên quan đến đầu tư, ngân sách nhằm phát triển …".
constexpr Pattern kNounPhraseEndAfterComma{
    "noun_phrase_end_after_comma", R"(\s+và\s+(?:(?:gần|hơn|trên|khoảng)\s+)?\d|\s+(?:nhằm|để)\s)"};

// Units of land and matter, whose figure is about the thing named after them:
// "127,5 ha đất sản xuất", "61,79 km đường" (not "1500 MW đưa vào khai thác").
constexpr Pattern kMeasuredUnit{"measured_unit", R"(${MATTER})"};

// A count in millions or thousands of a noun: "9 triệu người" (a lower-case
// noun, so not "triệu USD"; "triệu đồng" is turned away where it is used).
constexpr Pattern kScaledCount{
    "scaled_count", R"((?:triệu|nghìn|ngàn)\s+(\p{Ll}\PN*))"};

// A row-label column whose rows are the reporting units: 004 PHỤ LỤC 3 "Đơn
// vị" (Ba Tri, Châu Thành, …). A figure in such a row is about that unit.
constexpr Pattern kColumnEntity{
    "column_entity", R"((?i)^\s*(?:đơn vị|địa phương|đơn vị,? địa phương|huyện,? thành phố|huyện|xã|cơ quan, đơn vị)\s*$)"};

// Connectives that open a clause but are not the subject: "trong đó",
// "riêng", "đến nay", "qua đó", "-", "kết quả đánh giá", "kết quả ước";
// "lũy kế" (cumulative), which says when and is the period's word: 004 "Lũy
// kế vốn bố trí đến hết năm 2024 được 995,926 tỷ đồng" -> "vốn bố trí"; the
// scope "toàn tỉnh"; and the steps taken on the indicator, which are not what
// it measures: "điều chỉnh quy hoạch phân khu …", "phê duyệt phần diện tích …",
// "bổ sung mục tiêu dự án điện rác", "Triển khai các dự án điện gió",
// "Quyết định khen thưởng …", "đưa chỉ số CCHC … vào nhóm 20", "nhằm nâng cao chỉ
// số …"; and a condition before "thì" (then): "tại bảng 5 Phụ lục II Quyết định
// số 262/QĐ-TTg thì công suất nguồn điện … là 18MW", or the work done to
// strive for the indicator: "… của từng ngành, lĩnh vực quản lý để phấn đấu đạt
// tốc độ tăng trưởng GRDP năm 2024 đạt 6,5% trở lên", or a figure that shows
// it: 002 "… đạt 4,45% cho thấy khả năng đạt mục tiêu tăng trưởng 9,3%".
constexpr Pattern kSubjectLeadTrim{
    "subject_lead_trim",
    R"((?i)^(?:\s|[-+*•).\]=])*(?:(?:[^;]*?\sthì|(?:[^;]*?\s)?cho thấy(?:\s+khả năng)?(?:\s+đạt)?|[^;]*?\sđể\s+phấn đấu(?:\s+đạt)?|trong đó|(?:nếu\s+)?tính riêng|toàn tỉnh|nỗ lực|phê duyệt|quyết định|điều chỉnh|bổ sung(?:\s+(?:danh mục|mục tiêu))?|phối hợp|bố trí từ|triển khai các|riêng|nhưng|dự báo|(?:lũy|luỹ) kế|đang|đã|đến nay|qua đó|đồng thời|ngoài ra|bên cạnh đó|cụ thể|theo đó|tính chung|nhìn chung|nhờ đó|do đó|tuy nhiên|mặt khác|về|còn|ước tính|ước thực hiện|ước|thực hiện|hoàn thành(?:\s+tốt)?\s+công tác|dự kiến|phấn đấu|nhằm|nâng cao|nâng|đưa|với|và|tương đương|tương ứng|chiếm(?: tỷ lệ)?|đóng góp|đạt|kết quả\s+(?:đánh giá|ước)|\(\s*(?:[ivx]+|\d{1,2}|[a-zđ])\s*\)|(?:trong|đến|tính đến)\s+(?:(?:cuối\s+)?năm\s+${YEAR}|(?:cuối\s+)?tháng\s+\d{1,2}\s*/\s*${YEAR}|(?:quý|quí)\s+[IV]+(?:\s*/\s*${YEAR})?|ngày\s+\d{1,2}/\d{1,2}(?:/${YEAR})?|(?:\d{1,2}|sáu|chín)\s+tháng(?:\s+(?:đầu|cuối))?(?:\s+năm)?(?:\s+${YEAR})?))\s*[,:]?\s*)*)"};

// Counted nouns longer than one syllable (SCHEMA.md convention 11 keeps them
// short): "791/1.200 đảng viên", "27 biểu hiện", "11 công trình".
constexpr const char* kCompoundNouns[] = {
    "tổ chức cơ sở đảng", "tổ chức đảng", "đảng viên", "chi bộ", "đảng bộ", "cán bộ",
    "công chức", "viên chức", "lượt người", "lượt khách", "lượt hộ", "lượt cán bộ",
    "lượt đảng viên", "lượt", "hộ gia đình", "hộ dân", "đ/c",
    "doanh nghiệp", "hợp tác xã", "tổ hợp tác", "công trình", "dự án", "lao động", "học sinh",
    "sinh viên", "giáo viên", "bác sĩ", "giường bệnh", "trường học", "cơ sở", "tiêu chí",
    "chỉ tiêu", "nhiệm vụ", "căn nhà", "ngôi nhà", "căn hộ", "người dân", "trẻ em", "đối tượng",
    "trường hợp", "bệnh nhân", "vụ việc", "vụ án", "bị can", "đơn thư",
    "tác phẩm", "bài viết", "tin bài", "đầu sách", "cuộc kiểm tra", "cuộc giám sát",
    "cuộc thanh tra", "cuộc", "đoàn viên", "hội viên", "thanh niên", "chiến sĩ", "quân nhân",
    "tân binh", "hồ sơ", "thủ tục hành chính", "thủ tục", "văn bản", "sản phẩm", "mô hình",
    "câu lạc bộ", "phần quà", "suất quà", "suất học bổng", "học bổng", "con giống", "cây giống",
    "tuyến đường", "cây cầu", "phòng học", "trạm y tế", "khu công nghiệp", "cụm công nghiệp",
    "đơn vị", "địa phương", "gia đình", "nhân khẩu", "giải pháp", "nội dung", "biểu hiện",
    "khâu đột phá", "đột phá", "quốc gia", "tỉnh, thành phố", "tỉnh, thành", "tỉnh thành",
    "thành phố", "thị trấn", "xã, phường, thị trấn", "xã, phường", "ý kiến", "sáng kiến",
    "đề tài", "hội nghị", "lớp học", "lớp", "buổi", "đợt", "chương trình", "kế hoạch",
    "nghị quyết", "văn kiện", "phong trào", "tập thể", "cá nhân", "người",
    "phương tiện", "tàu cá", "con", "cây", "nhà đại đoàn kết", "nhà tình nghĩa",
    "nhà", "điểm", "bậc", "hộ", "xã", "vụ", "huyện", "ấp", "khu phố", "tỉnh", "nước",
    "thành viên", "nhóm", "đoàn", "gói thầu", "hạng mục", "dự án", "giấy chứng nhận",
    "người lao động", "công dân", "trang trại",
    "hợp đồng", "đồng chí", "lãnh đạo", "khách", "bằng khen", "kỳ họp",
    "giấy khen", "giấy chứng nhận", "mã số", "thuê bao", "tổ chức", "xã viên",
    "nhà máy", "nhà nghỉ", "tiêu chuẩn", "huy chương", "tài khoản",
    // Three syllables whose last two make one word ("xác nhận", "công tác"):
    // two would cut it ("01 giấy xác").
    "giấy xác nhận", "giải khuyến khích", "đoàn công tác", "chủ phương tiện", "chuỗi giá trị",
    "cấp ủy viên", "cấp uỷ viên", "gương điển hình", "nền kinh tế", "cờ thi đua", "phiên giải trình",
    "hành lang kinh tế", "huy chương vàng", "huy chương bạc", "huy chương đồng", "tổ liên kết",
    "phòng chuyên môn", "hộ kinh doanh", "khu vực", "cơ quan", "vận động viên", "vùng kinh tế - xã hội",
    // Pairs written as one kind of unit, like "xã, phường" above.
    "ấp, khu phố", "huyện, thành phố", "xã, thị trấn",
    "vụ án, vụ việc", "sở, ban, ngành", "cơ quan, tổ chức, đơn vị", "tin, bài", "chi, đảng bộ",
};

// Nouns that count on their own, so the counted noun stops after them:
// "58 người chết" -> "người", "350 hộ" -> "hộ". Any other noun takes its next
// syllable too: "27 biểu hiện", "130 đồng chí" (most Vietnamese nouns have two).
constexpr const char* kOneSyllableNouns[] = {
    "người", "hộ", "xã", "vụ", "con", "cây", "căn", "chiếc", "cái", "lần", "bậc", "điểm",
    "huyện", "tỉnh", "ấp", "trường", "đội", "tổ", "nhà", "phòng", "cuộc", "buổi", "đợt", "lớp",
    "em", "cháu", "ca", "suất", "phần", "bộ", "tập", "cuốn", "bài", "tin", "bản", "khu", "tấn",
    "ha", "km", "đơn", "tuổi", "chai", "bao", "gói", "lượt", "ngôi", "tàu", "xe", "ghe", "ao",
    "bè", "lồng", "giống", "mẫu", "lô", "hồ", "đàn", "ổ", "kg", "lít", "mét", "khóa", "đoàn",
    "nhóm", "trạm", "chợ", "cầu", "đường", "dân", "cơ", "sở", "trẻ", "ngày", "đêm", "ngành",
    "cấp", "chỗ", "ký", "thôn", "phường", "quận", "nước", "tờ", "trang", "quyển", "kênh",
};

// Words that never start a counted noun: "12 và", "5 so với", "3 đạt".
constexpr const char* kStopWords[] = {
    "và", "so", "với", "của", "trong", "là", "đạt", "tăng", "giảm", "chiếm", "được", "có",
    "cho", "tại", "từ", "đến", "trên", "dưới", "về", "theo", "những", "các", "này", "đó",
    "khi", "đã", "đang", "sẽ", "thì", "mà", "nên", "như", "hơn", "bằng", "hoặc", "hay",
    "vào", "ra", "lên", "xuống", "còn", "trở", "ở", "bởi", "do", "để", "nhưng", "cũng",
    "vẫn", "chỉ", "mới", "nay", "qua", "sau", "trước", "gồm", "thuộc", "tới", "với",
    "cùng", "kỳ", "năm", "tháng", "ngày", "quý", "trong", "vượt", "thấp", "cao", "nhiều",
    "ít", "gấp", "lần", "bình", "tương", "trung", "hàng", "mỗi", "tr", "khoảng", "vừa",
    "này", "rồi", "nữa", "luôn", "đây", "kia", "ấy", "nào", "thứ", "trước", "tiếp", "liền",
};

// Replaces every ${NAME} by its fragment's text, which may use fragments too.
std::string Expand(std::string_view regex, int depth = 0) {
  std::string out;
  out.reserve(regex.size() * 2);
  size_t pos = 0;
  while (pos < regex.size()) {
    size_t at = regex.find("${", pos);
    size_t close = at == std::string_view::npos ? at : regex.find('}', at);
    if (close == std::string_view::npos) {
      out.append(regex.substr(pos));
      break;
    }
    out.append(regex.substr(pos, at - pos));
    std::string_view name = regex.substr(at + 2, close - at - 2);
    bool found = false;
    for (auto [fragment, text] : kFragments) {
      if (name == fragment && depth < 4) {
        out.append(Expand(text, depth + 1));
        found = true;
        break;
      }
    }
    if (!found) out.append(regex.substr(at, close - at + 1));  // RE2 reports it
    pos = close + 1;
  }
  return out;
}

}  // namespace

Result<std::unique_ptr<const Patterns>> Patterns::Compile() {
  std::unique_ptr<Patterns> p(new Patterns());
  std::optional<Error> failure;
  auto compile = [&](const Pattern& pattern) -> std::unique_ptr<RE2> {
    RE2::Options options;
    options.set_log_errors(false);
    options.set_max_mem(64 << 20);
    auto re = std::make_unique<RE2>(Expand(pattern.regex), options);
    if (!re->ok() && !failure) {
      failure = Error{Error::Code::kInternal, "", 0,
                      std::string("pattern ") + pattern.name + " does not compile: " + re->error()};
    }
    return re;
  };
  p->number_group_ = compile(kNumberGroup);
  p->unit_percent_ = compile(kUnitPercent);
  p->unit_percentage_point_ = compile(kUnitPercentagePoint);
  p->unit_scaled_compound_ = compile(kUnitScaledCompound);
  p->unit_measure_ = compile(kUnitMeasure);
  p->unit_scale_noun_ = compile(kUnitScaleNoun);
  p->unit_times_ = compile(kUnitTimes);
  p->unit_per_ = compile(kUnitPer);
  p->per_people_ = compile(kPerPeople);
  p->word_after_ = compile(kWordAfter);
  p->word_after_percent_ = compile(kWordAfterPercent);
  p->trailing_ge_ = compile(kTrailingGe);
  p->list_item_before_ = compile(kListItemBefore);
  p->list_tail_ = compile(kListTail);
  p->labelled_list_item_ = compile(kLabelledListItem);
  p->baseline_after_ = compile(kBaselineAfter);
  p->target_after_ = compile(kTargetAfter);
  p->elided_target_after_ = compile(kElidedTargetAfter);
  p->baseline_tail_ = compile(kBaselineTail);
  p->left_rank_ = compile(kLeftRank);
  p->left_level_ = compile(kLeftLevel);
  p->left_change_ = compile(kLeftChange);
  p->left_achievement_ = compile(kLeftAchievement);
  p->left_change_versus_ = compile(kLeftChangeVersus);
  p->left_change_of_object_ = compile(kLeftChangeOfObject);
  p->no_object_of_change_ = compile(kNoObjectOfChange);
  p->left_share_ = compile(kLeftShare);
  p->left_comparator_ = compile(kLeftComparator);
  p->left_more_ = compile(kLeftMore);
  p->total_before_ = compile(kTotalBefore);
  p->per_lead_ = compile(kPerLead);
  p->column_row_number_ = compile(kColumnRowNumber);
  p->column_unit_ = compile(kColumnUnit);
  p->column_row_label_ = compile(kColumnRowLabel);
  p->column_achievement_ = compile(kColumnAchievement);
  p->column_comparison_ = compile(kColumnComparison);
  p->column_target_ = compile(kColumnTarget);
  p->column_estimate_ = compile(kColumnEstimate);
  p->column_progress_ = compile(kColumnProgress);
  p->row_rate_label_ = compile(kRowRateLabel);
  p->title_closing_period_ = compile(kTitleClosingPeriod);
  p->column_period_ = compile(kColumnPeriod);
  p->row_number_ = compile(kRowNumber);
  p->numeric_cell_ = compile(kNumericCell);
  p->left_more_than_ = compile(kLeftMoreThan);
  p->rank_out_of_ = compile(kRankOutOf);
  p->rank_scope_ = compile(kRankScope);
  p->modality_estimate_ = compile(kModalityEstimate);
  p->modality_forecast_ = compile(kModalityForecast);
  p->modality_target_ = compile(kModalityTarget);
  p->modality_target_list_ = compile(kModalityTargetList);
  p->modality_list_lead_ = compile(kModalityListLead);
  p->target_before_bracket_ = compile(kTargetBeforeBracket);
  p->no_break_before_ = compile(kNoBreakAfterAbbreviation);
  p->no_break_list_number_ = compile(kNoBreakAfterListNumber);
  p->fronted_baseline_ = compile(kFrontedBaseline);
  p->modality_estimate_list_ = compile(kModalityEstimateList);
  p->modality_pledge_ = compile(kModalityPledge);
  p->target_in_bracket_ = compile(kTargetInBracket);
  p->target_in_model_name_ = compile(kTargetInModelName);
  p->baseline_past_bracket_ = compile(kBaselinePastBracket);
  p->baseline_in_clause_ = compile(kBaselineInClause);
  p->period_phrase_ = compile(kPeriodPhrase);
  p->period_owner_ = compile(kPeriodOwner);
  p->period_compared_ = compile(kPeriodCompared);
  p->period_deadline_ = compile(kPeriodDeadline);
  p->period_term_ = compile(kPeriodTerm);
  p->period_of_an_event_ = compile(kPeriodOfAnEvent);
  p->period_closing_a_list_ = compile(kPeriodClosingAList);
  p->period_opens_enumeration_ = compile(kPeriodOpensEnumeration);
  p->period_bare_cumulative_ = compile(kPeriodBareCumulative);
  p->period_up_to_ = compile(kPeriodUpTo);
  p->enumeration_item_ = compile(kEnumerationItem);
  p->period_fronted_date_ = compile(kPeriodFrontedDate);
  p->info_issuer_ = compile(kInfoIssuer);
  p->info_document_type_ = compile(kInfoDocumentType);
  p->info_issue_ = compile(kInfoIssue);
  p->info_date_ = compile(kInfoDate);
  p->info_cover_note_ = compile(kInfoCoverNote);
  for (const Pattern& form : kPeriodForms) p->period_forms_.push_back({form.name, compile(form)});
  p->period_not_reported_ = compile(kPeriodNotReported);
  p->subject_tail_trim_ = compile(kSubjectTailTrim);
  p->subject_price_basis_ = compile(kSubjectPriceBasis);
  p->subject_compared_with_ = compile(kSubjectComparedWith);
  p->breakdown_lead_ = compile(kBreakdownLead);
  p->level_reached_ = compile(kLevelReached);
  p->change_without_figure_ = compile(kChangeWithoutFigure);
  p->subject_named_after_with_ = compile(kSubjectNamedAfterWith);
  p->subject_lead_trim_ = compile(kSubjectLeadTrim);
  p->subject_period_tail_ = compile(kSubjectPeriodTail);
  p->subject_inner_period_ = compile(kSubjectInnerPeriod);
  p->subject_copula_tail_ = compile(kSubjectCopulaTail);
  p->subject_growth_verb_ = compile(kSubjectGrowthVerb);
  p->subject_verb_before_measure_ = compile(kSubjectVerbBeforeMeasure);
  p->growth_measure_word_ = compile(kGrowthMeasureWord);
  p->subject_index_of_place_ = compile(kSubjectIndexOfPlace);
  p->subject_restating_ = compile(kSubjectRestating);
  p->subject_names_nothing_ = compile(kSubjectNamesNothing);
  p->subject_dimension_after_ = compile(kSubjectDimensionAfter);
  p->percent_of_whole_before_ = compile(kPercentOfWholeBefore);
  p->subject_own_label_ = compile(kSubjectOwnLabel);
  p->subject_amount_label_before_ = compile(kSubjectAmountLabelBefore);
  p->subject_work_and_measure_ = compile(kSubjectWorkAndMeasure);
  p->progress_measure_ = compile(kProgressMeasure);
  p->package_name_ = compile(kPackageName);
  p->work_name_end_ = compile(kWorkNameEnd);
  p->closing_acronym_ = compile(kClosingAcronym);
  p->subject_naming_copula_ = compile(kSubjectNamingCopula);
  p->counting_classifier_ = compile(kCountingClassifier);
  p->labelled_in_cell_ = compile(kLabelledInCell);
  p->counted_place_ = compile(kCountedPlace);
  p->name_opening_ = compile(kNameOpening);
  p->case_handling_verb_ = compile(kCaseHandlingVerb);
  p->handling_verbs_only_ = compile(kHandlingVerbsOnly);
  p->count_for_whom_ = compile(kCountForWhom);
  p->subject_a_result_ = compile(kSubjectAResult);
  p->case_classifier_ = compile(kCaseClassifier);
  p->subject_before_event_verb_ = compile(kSubjectBeforeEventVerb);
  p->place_or_time_lead_ = compile(kPlaceOrTimeLead);
  p->counted_noun_tail_stop_ = compile(kCountedNounTailStop);
  p->clause_opener_after_comma_ = compile(kClauseOpenerAfterComma);
  p->noun_phrase_end_after_comma_ = compile(kNounPhraseEndAfterComma);
  p->address_after_comma_ = compile(kAddressAfterComma);
  p->comma_in_a_pair_ = compile(kCommaInAPair);
  p->measured_unit_ = compile(kMeasuredUnit);
  p->scaled_count_ = compile(kScaledCount);
  p->column_entity_ = compile(kColumnEntity);
  p->duration_but_quantity_ = compile(kDurationButQuantity);
  auto add = [&](std::vector<Filter>* to, const FilterSpec& spec) {
    to->push_back({spec.pattern.name, compile(spec.pattern), static_cast<int>(spec.reason), spec.yield});
  };
  for (const FilterSpec& f : kLeftFilters) add(&p->left_filters_, f);
  for (const FilterSpec& f : kRightFilters) add(&p->right_filters_, f);
  for (const FilterSpec& f : kGroupFilters) add(&p->group_filters_, f);
  // The unions (any_left_filter, any_right_filter, any_trigger). A left
  // pattern ends in '$', which moves out of the union so that RE2 sees the
  // union anchored at the end and matches it backwards. The members that open
  // with "(?i)${WB}" share one copy of it: [^\pL\pN] is a large class, and
  // once instead of 13 times halves the union's program and the time to
  // compile it (a union only answers yes or no, so how its members are
  // grouped changes nothing else).
  const std::string wb_prefix = "(?i)" + Expand("${WB}");
  auto any_of = [&](const char* name, const std::string& lead, const std::string& tail,
                    bool strip_end, const std::vector<const Pattern*>& members) {
    std::string after_wb, others;
    for (const Pattern* m : members) {
      std::string one = Expand(m->regex);
      if (strip_end) {
        if (one.size() < 2 || one.back() != '$' || one[one.size() - 2] == '\\') {
          if (!failure) {
            failure = Error{Error::Code::kInternal, "", 0,
                            std::string("pattern ") + m->name + " does not end in '$' (" + name + ")"};
          }
        } else {
          one.pop_back();
        }
      }
      std::string& to = one.rfind(wb_prefix, 0) == 0 ? after_wb : others;
      if (&to == &after_wb) one.erase(0, wb_prefix.size());
      to += (to.empty() ? "(?:" : "|(?:") + one + ")";
    }
    std::string regex = lead + "(?:";
    if (!after_wb.empty()) regex += "(?:" + wb_prefix + "(?:" + after_wb + "))";
    if (!after_wb.empty() && !others.empty()) regex += "|";
    regex += others + ")" + tail;
    return compile(Pattern{name, regex.c_str()});
  };
  std::vector<const Pattern*> left_filters, right_filters;
  for (const FilterSpec& f : kLeftFilters) left_filters.push_back(&f.pattern);
  for (const FilterSpec& f : kRightFilters) right_filters.push_back(&f.pattern);
  p->any_left_filter_ = any_of("any_left_filter", "", "$", true, left_filters);
  p->any_right_filter_ = any_of("any_right_filter", "^", "", false, right_filters);
  p->any_trigger_ = any_of("any_trigger", "", "$", true,
                           {&kLeftRank, &kLeftLevel, &kLeftChange, &kLeftAchievement, &kLeftShare});
  for (const char* noun : kCompoundNouns) p->compound_nouns_.emplace_back(noun);
  std::stable_sort(p->compound_nouns_.begin(), p->compound_nouns_.end(),
                   [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  for (const std::string& noun : p->compound_nouns_) {
    auto first = static_cast<unsigned char>(noun.front());
    p->nouns_by_first_byte_[first].push_back(&noun);
    if (noun.find(' ') != std::string::npos) p->multi_word_nouns_by_first_byte_[first].push_back(&noun);
  }
  for (const char* w : kOneSyllableNouns) p->one_syllable_nouns_.emplace_back(w);
  std::sort(p->one_syllable_nouns_.begin(), p->one_syllable_nouns_.end());
  for (const char* w : kStopWords) p->stop_words_.emplace_back(w);
  std::sort(p->stop_words_.begin(), p->stop_words_.end());
  if (failure) return *failure;
  return std::unique_ptr<const Patterns>(std::move(p));
}

size_t Patterns::MultiWordNounAt(std::string_view s) const {
  if (s.empty()) return 0;
  for (const std::string* noun : MultiWordNounsStartingWith(s.front())) {
    if (!s.starts_with(*noun)) continue;
    // A non-ASCII byte goes on a Vietnamese word; ASCII letters and digits do too.
    unsigned char next = s.size() > noun->size() ? static_cast<unsigned char>(s[noun->size()]) : ' ';
    if (next < 0x80 && !std::isalnum(next)) return noun->size();
  }
  return 0;
}

bool Patterns::IsOneSyllableNoun(std::string_view word) const {
  return std::binary_search(one_syllable_nouns_.begin(), one_syllable_nouns_.end(), word,
                            [](std::string_view a, std::string_view b) { return a < b; });
}

bool Patterns::IsStopWord(std::string_view word) const {
  return std::binary_search(stop_words_.begin(), stop_words_.end(), word,
                            [](std::string_view a, std::string_view b) { return a < b; });
}

bool Patterns::MayBeChangeVersus(std::string_view before) {
  // "hơn" under (?i): [hH], then ơ (C6 A1) or Ơ (C6 A0), then [nN].
  for (size_t k = before.find('\xC6'); k != std::string_view::npos; k = before.find('\xC6', k + 1)) {
    if (k == 0 || k + 2 >= before.size()) continue;
    char h = before[k - 1], o = before[k + 1], n = before[k + 2];
    if ((h == 'h' || h == 'H') && (o == '\xA1' || o == '\xA0') && (n == 'n' || n == 'N')) return true;
  }
  return false;
}

bool Patterns::SuppressesSentenceBreak(std::string_view text, size_t sentence_start,
                                       size_t pos) const {
  // Look at most 48 bytes back, so a long line costs no more than a short one.
  size_t from = std::max(sentence_start, pos > 48 ? pos - 48 : size_t{0});
  std::string_view before = text.substr(from, pos - from);
  size_t nl = before.rfind('\n');
  bool at_line_start = nl != std::string_view::npos || from == 0 || text[from - 1] == '\n';
  if (nl != std::string_view::npos) before.remove_prefix(nl + 1);
  if (RE2::PartialMatch(before, *no_break_before_)) return true;
  if (at_line_start && RE2::FullMatch(before, *no_break_list_number_)) return true;
  return false;
}

}  // namespace solieu
