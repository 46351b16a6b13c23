// Reporting a run: the progress line and the summary.
//
// Takes a run's counts (RunStats) and the seconds it has taken, and returns
// what a person reads on standard error: a one-line progress report that a
// ProgressMeter rewrites a few times a second on a terminal, and the summary
// at the end (files read, failed with their reasons, skipped, figures by kind,
// MB, seconds, MB/s). MB are 10^6 bytes.
// "solieu: 120/5000 files, 3.1/95.2 MB, 10234 figures, 1.6 MB/s, ETA 0:58"
#ifndef SOLIEU_LIB_REPORT_H_
#define SOLIEU_LIB_REPORT_H_

#include <string>

#include "solieu/archive.h"

namespace solieu {

// "0:58", "1:02:03": minutes and seconds, hours when there are any.
std::string FormatDuration(double seconds);

}  // namespace solieu

#endif  // SOLIEU_LIB_REPORT_H_
