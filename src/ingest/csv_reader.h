// A streaming CSV reader (RFC 4180: quoted fields, doubled quotes, embedded newlines) that reads a
// file or standard input in bounded memory and says exactly where a record is broken.
//
//   CsvReader reader;
//   RETURN_IF_ERROR(reader.Open("tx.csv", {.delimiter = ','}));
//   CsvRecord rec;
//   while (true) {
//     ASSIGN_OR_RETURN(bool more, reader.Next(rec));
//     if (!more) break;
//     if (!rec.error.empty()) { /* reject rec.line with rec.error */ continue; }
//     use(rec.fields);  // views valid until the next call to Next
//   }
//
// A record-level problem (invalid UTF-8, an unterminated quote, a record longer than the limit)
// is returned in CsvRecord::error and reading continues with the next line; Next returns an error
// Status only when the input itself cannot be read. Not thread-safe.
#ifndef TIPHUB_INGEST_CSV_READER_H_
#define TIPHUB_INGEST_CSV_READER_H_

#include <atomic>
#include <cstdint>
#include <cstdio>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"

namespace tiphub::ingest {

// Follows a growing input like `tail -f`: at the end of the data the reader waits for more.
struct FollowOptions {
  bool enabled = false;
  double idle_exit_seconds = 0;             // end after this long without new data; 0: never
  const std::atomic<bool>* stop = nullptr;  // set (e.g. by a signal handler) to end now
};

struct CsvOptions {
  char delimiter = ',';
  char quote = '"';
  size_t max_record_bytes = 1 << 20;  // longer records are rejected, not buffered
};

struct CsvRecord {
  int64_t line = 0;  // 1-based line where the record starts
  std::vector<std::string_view> fields;
  std::string error;  // non-empty: the record is rejected for this reason
};

class CsvReader {
 public:
  CsvReader() = default;
  ~CsvReader();
  CsvReader(const CsvReader&) = delete;
  CsvReader& operator=(const CsvReader&) = delete;

  // Opens a file, or standard input for "-".
  Status Open(const std::string& path, CsvOptions options = {});
  // Reads from memory (tests, fuzzing).
  void OpenBuffer(std::string data, CsvOptions options = {});

  // Reads the next record; false at the end of input.
  Result<bool> Next(CsvRecord& record);

  // From now on, wait for more data at the end of the input instead of ending (see FollowOptions).
  void Follow(const FollowOptions& follow) {
    follow_ = follow;
    if (follow_.enabled && file_ != nullptr) {
      eof_ = false;  // the end seen so far is only where the writer is now
      std::clearerr(file_);
    }
  }

  const std::string& path() const { return path_; }
  int64_t bytes_read() const { return bytes_read_; }

 private:
  // Ensures at least one more byte is buffered; false at end of input.
  Result<bool> Fill();
  // Appends the next chunk of input after the unread bytes; false at end of input.
  Result<bool> ReadMore();
  // Reads one complete unquoted line from the buffer; false when the slow path must handle it.
  bool TryFastLine(CsvRecord& record);

  std::string path_;
  CsvOptions options_;
  FILE* file_ = nullptr;
  bool owns_file_ = false;
  bool eof_ = false;
  std::string buffer_;
  size_t pos_ = 0;
  int64_t line_ = 1;
  int64_t bytes_read_ = 0;
  int64_t expected_bytes_ = -1;
  FollowOptions follow_;            // size of a regular file at open; -1 for pipes
  std::string record_;              // unescaped field bytes of the current record
  std::vector<size_t> field_ends_;  // offsets into record_
};

// Reads a whole CSV file with a header line into rows of column name -> value. For files that fit
// in memory (labels, fixtures); a broken record is an error naming its line.
Result<std::vector<std::map<std::string, std::string>>> ReadCsvRows(const std::string& path);

}  // namespace tiphub::ingest

#endif  // TIPHUB_INGEST_CSV_READER_H_
