// Reporting: the progress line and the summary, as a person reads them.
#include "report.h"

#include <gtest/gtest.h>

namespace solieu {
namespace {

TEST(Report, FormatsDurations) {
  EXPECT_EQ(FormatDuration(0), "0:00");
  EXPECT_EQ(FormatDuration(59.4), "0:59");
  EXPECT_EQ(FormatDuration(61), "1:01");
  EXPECT_EQ(FormatDuration(3725), "1:02:05");
}

TEST(Report, ProgressLineGivesFilesMegabytesFiguresRateAndEta) {
  RunStats s;
  s.total_files = 5000;
  s.total_bytes = 95'200'000;
  s.read = 100;
  s.failed = 20;
  s.bytes = 3'100'000;
  s.figures = 10'234;
  // 3.1 MB in 2 s: 1.55 MB/s; 92.1 MB to go: 59 s.
  EXPECT_EQ(ProgressLine(s, 2.0), "solieu: 120/5000 files, 3.1/95.2 MB, 10234 figures, 1.55 MB/s, ETA 0:59");
}

TEST(Report, ProgressLineOfAStreamHasNoTotals) {
  RunStats s;
  s.read = 3;
  s.bytes = 1'500'000;
  s.figures = 7;
  EXPECT_EQ(ProgressLine(s, 1.0), "solieu: 3 documents, 1.5 MB, 7 figures, 1.50 MB/s");
}

TEST(Report, SummaryGivesCountsKindsWhatWasLeftOutAndEachFailure) {
  ArchiveReport r;
  r.stats.total_files = 10;
  r.stats.read = 6;
  r.stats.failed = 1;
  r.stats.unchanged = 2;
  r.stats.cancelled = 1;
  r.stats.bytes = 2'000'000;
  r.stats.figures = 9;
  r.stats.by_kind = {4, 2, 1, 1, 1, 0};
  r.stats.figures_from_db = 5;
  r.stats.excluded = 3;
  r.stats.repeated_directories = 1;
  r.seconds = 0.5;
  r.interrupted = true;
  r.failures.push_back(Error{Error::Code::kInvalidUtf8, "bt-10-2023.md", 18344, "invalid UTF-8 byte 0xC3"});
  EXPECT_EQ(r.Summary(),
            "solieu: 9 files: 6 read, 1 failed, 2 skipped (unchanged in the database); 9 figures "
            "(quantity 4, percent 2, ratio 1, change 1, achievement 1, rank 0), and 5 of the "
            "unchanged ones copied from the database; 2.0 MB in 0.50 s, 4.00 MB/s\n"
            "solieu: left out: 3 files not matching --include/--exclude, 1 directory reached again "
            "through a symbolic link (walked once)\n"
            "solieu: interrupted: 1 document not done; every finished one is stored (run again to do the rest)\n"
            "failed:\n"
            "  bt-10-2023.md:18344: invalid UTF-8 byte 0xC3\n");
}

}  // namespace
}  // namespace solieu
