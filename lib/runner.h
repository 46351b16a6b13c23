// The runner: many documents on worker threads, delivered in input order.
//
// Takes a DocumentSource and a DocumentSink and runs the Extractor over every
// document on N threads that share it (it is immutable). Guarantees: the sink
// sees document i's records, in text order, then document i itself, then
// document i + 1, on the calling thread, whatever N; the document due next
// streams its records to the sink as they are found, and no worker starts a
// document more than 2N places ahead of it, so memory is bounded by the
// workers and the largest document, not by the number of documents or figures.
// 5,000 bulletins with -j 2: the records of 0000.txt, then 0001.txt, …,
// exactly as -j 1 writes them.
#ifndef SOLIEU_LIB_RUNNER_H_
#define SOLIEU_LIB_RUNNER_H_

#include "solieu/archive.h"

namespace solieu {

// How many documents may be in flight (read, being extracted, or waiting to
// be delivered) per worker thread.
inline constexpr size_t kDocumentsInFlightPerWorker = 2;

}  // namespace solieu

#endif  // SOLIEU_LIB_RUNNER_H_
