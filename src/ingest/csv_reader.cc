#include "ingest/csv_reader.h"

#include <array>

#include <sys/stat.h>

#include <cerrno>
#include <chrono>
#include <thread>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <cstring>

#include <fmt/format.h>

#include "common/strings.h"

namespace tiphub::ingest {

namespace {

// C0 controls and DEL, by byte: the scalar scan's test in one load.
constexpr auto kControlByte = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 0x20; ++c) t[static_cast<size_t>(c)] = true;
  t[0x7F] = true;
  return t;
}();

// The first field of `rec` that is not clean text (free text may hold tabs and line breaks:
// common/strings.h), as a record error naming the column; "" when every field is clean.
std::string FieldProblem(const CsvRecord& rec) {
  for (size_t i = 0; i < rec.fields.size(); ++i) {
    const std::string problem = TextProblem(rec.fields[i], TextKind::kMultiline);
    if (!problem.empty()) return fmt::format("field {} {}", i + 1, problem);
  }
  return {};
}

}  // namespace

namespace {
constexpr size_t kChunkBytes = 1 << 20;
}  // namespace

CsvReader::~CsvReader() {
  if (owns_file_ && file_ != nullptr) std::fclose(file_);
}

Status CsvReader::Open(const std::string& path, CsvOptions options) {
  path_ = path == "-" ? "standard input" : path;
  options_ = options;
  if (path == "-") {
    file_ = stdin;
  } else {
    file_ = std::fopen(path.c_str(), "rb");
    if (file_ == nullptr) {
      return Status::InvalidArgument(
          fmt::format("cannot open '{}': {}", path, std::strerror(errno)));
    }
    owns_file_ = true;
    struct stat info;
    if (fstat(fileno(file_), &info) == 0 && S_ISREG(info.st_mode)) {
      expected_bytes_ = static_cast<int64_t>(info.st_size);
    }
  }
  return Status::Ok();
}

void CsvReader::OpenBuffer(std::string data, CsvOptions options) {
  path_ = "buffer";
  options_ = options;
  buffer_ = std::move(data);
  eof_ = true;
}

Result<bool> CsvReader::Fill() {
  if (pos_ < buffer_.size()) return true;
  return ReadMore();
}

Result<bool> CsvReader::ReadMore() {
  if (eof_ || file_ == nullptr) return false;
  buffer_.erase(0, pos_);
  pos_ = 0;
  const size_t kept = buffer_.size();
  buffer_.resize(kept + kChunkBytes);
  size_t n = std::fread(buffer_.data() + kept, 1, kChunkBytes, file_);
  if (n == 0 && follow_.enabled && !std::ferror(file_)) {
    // Wait for the writer: poll every 100 ms until data, a stop request, or the idle limit.
    double idle_seconds = 0;
    while (n == 0) {
      if (follow_.stop != nullptr && follow_.stop->load()) break;
      if (follow_.idle_exit_seconds > 0 && idle_seconds >= follow_.idle_exit_seconds) break;
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
      idle_seconds += 0.1;
      std::clearerr(file_);
      n = std::fread(buffer_.data() + kept, 1, kChunkBytes, file_);
    }
    if (n > 0) {
      buffer_.resize(kept + n);
      bytes_read_ += static_cast<int64_t>(n);
      return true;
    }
  } else if (n > 0 && follow_.enabled) {
    buffer_.resize(kept + n);
    bytes_read_ += static_cast<int64_t>(n);
    return true;
  }
  if (n < kChunkBytes) {
    if (std::ferror(file_)) {
      return Status::IoError(fmt::format("reading '{}' failed after {} bytes: {}", path_,
                                         bytes_read_ + static_cast<int64_t>(n),
                                         std::strerror(errno)));
    }
    eof_ = true;
  }
  buffer_.resize(kept + n);
  bytes_read_ += static_cast<int64_t>(n);
  if (eof_ && expected_bytes_ >= 0 && bytes_read_ < expected_bytes_) {
    return Status::IoError(fmt::format(
        "'{}' ended after {} of its {} bytes: it was truncated or replaced while being read. "
        "Nothing after line {} was read; run the ingest again when the file is complete",
        path_, bytes_read_, expected_bytes_, line_));
  }
  return n > 0;
}

bool CsvReader::TryFastLine(CsvRecord& rec) {
  // A whole line in the buffer with no quote character: fields are views into the buffer.
  const char* begin = buffer_.data() + pos_;
  const size_t avail = buffer_.size() - pos_;
  const char* nl = static_cast<const char*>(std::memchr(begin, '\n', avail));
  if (nl == nullptr && !eof_) return false;
  const char* end = nl != nullptr ? nl : begin + avail;
  if (static_cast<size_t>(end - begin) > options_.max_record_bytes) return false;
  const char* line_end = end;
  if (line_end > begin && line_end[-1] == '\r') --line_end;
  // One pass over the line: delimiter positions become field ends; a quote sends the line to the
  // slow path; a byte >= 0x80 asks for UTF-8 validation.
  const size_t len = static_cast<size_t>(line_end - begin);
  const char delim = options_.delimiter;
  const char quote = options_.quote;
  bool ascii = true;
  bool control = false;
  size_t field_start = 0;
  size_t offset = 0;
#if defined(__SSE2__)
  const __m128i delim_v = _mm_set1_epi8(delim);
  const __m128i quote_v = _mm_set1_epi8(quote == '\0' ? delim : quote);
  __m128i control_v = _mm_setzero_si128();
  for (; offset + 16 <= len; offset += 16) {
    const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(begin + offset));
    if (quote != '\0' && _mm_movemask_epi8(_mm_cmpeq_epi8(block, quote_v)) != 0) {
      rec.fields.clear();
      return false;
    }
    ascii &= _mm_movemask_epi8(block) == 0;
    // Control bytes (<= 0x1F or 0x7F) other than the delimiter, gathered for one test after the
    // loop.
    const __m128i low = _mm_cmpeq_epi8(_mm_min_epu8(block, _mm_set1_epi8(0x1F)), block);
    const __m128i del = _mm_cmpeq_epi8(block, _mm_set1_epi8(0x7F));
    const __m128i is_delim = _mm_cmpeq_epi8(block, delim_v);
    control_v = _mm_or_si128(control_v, _mm_andnot_si128(is_delim, _mm_or_si128(low, del)));
    unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(is_delim));
    while (mask != 0) {
      const size_t at = offset + static_cast<size_t>(__builtin_ctz(mask));
      rec.fields.emplace_back(begin + field_start, at - field_start);
      field_start = at + 1;
      mask &= mask - 1;
    }
  }
  control = _mm_movemask_epi8(control_v) != 0;
#endif
  for (; offset < len; ++offset) {
    const char c = begin[offset];
    if (c == quote && quote != '\0') {
      rec.fields.clear();
      return false;
    }
    ascii &= static_cast<unsigned char>(c) < 0x80;
    control |= kControlByte[static_cast<unsigned char>(c)] & (c != delim);
    if (c == delim) {
      rec.fields.emplace_back(begin + field_start, offset - field_start);
      field_start = offset + 1;
    }
  }
  rec.fields.emplace_back(begin + field_start, len - field_start);
  // C0 controls are known from the scan above; a line with bytes >= 0x80 still needs UTF-8
  // validity and no C1 control. FieldProblem then names the field (and finds none for a tab).
  if (control || (!ascii && (!IsValidUtf8(std::string_view(begin, len)) ||
                             HasC1Control(std::string_view(begin, len))))) {
    rec.error = FieldProblem(rec);
  }
  pos_ = static_cast<size_t>(end - buffer_.data()) + (nl != nullptr ? 1 : 0);
  ++line_;
  return true;
}

Result<bool> CsvReader::Next(CsvRecord& rec) {
  rec.fields.clear();
  rec.error.clear();
  record_.clear();
  field_ends_.clear();
  rec.line = line_;
  ASSIGN_OR_RETURN(bool have, Fill());
  if (!have) return false;
  // Fast path; when the line is not complete in the buffer, read more once and retry.
  if (TryFastLine(rec)) return true;
  if (std::memchr(buffer_.data() + pos_, '\n', buffer_.size() - pos_) == nullptr && !eof_ &&
      buffer_.size() - pos_ <= options_.max_record_bytes) {
    ASSIGN_OR_RETURN(bool more, ReadMore());
    (void)more;
    if (TryFastLine(rec)) return true;
  }

  bool in_quotes = false;
  bool field_was_quoted = false;
  bool too_long = false;
  bool bad_quote = false;
  const char delim = options_.delimiter;
  const char quote = options_.quote;
  while (true) {
    ASSIGN_OR_RETURN(bool more, Fill());
    if (!more) {
      if (in_quotes) bad_quote = true;
      break;
    }
    // Fast path: copy a run of ordinary bytes at once.
    const char* begin = buffer_.data() + pos_;
    const char* end = buffer_.data() + buffer_.size();
    const char* p = begin;
    if (!in_quotes) {
      while (p < end && *p != delim && *p != quote && *p != '\n' && *p != '\r') ++p;
    } else {
      while (p < end && *p != quote && *p != '\n') ++p;
    }
    if (p > begin) {
      if (!too_long) record_.append(begin, p);
      pos_ += static_cast<size_t>(p - begin);
      if (record_.size() > options_.max_record_bytes) {
        too_long = true;
        record_.clear();
      }
      continue;
    }
    const char c = *p;
    ++pos_;
    if (in_quotes) {
      if (c == quote) {
        ASSIGN_OR_RETURN(bool peek, Fill());
        if (peek && buffer_[pos_] == quote) {
          if (!too_long) record_.push_back(quote);
          ++pos_;
        } else {
          in_quotes = false;
        }
      } else {  // newline inside quotes
        ++line_;
        if (!too_long) record_.push_back(c);
      }
      continue;
    }
    if (c == quote) {
      // A quote opens a quoted field only at its start; elsewhere it is a literal.
      const size_t field_start = field_ends_.empty() ? 0 : field_ends_.back();
      if (record_.size() == field_start && !field_was_quoted) {
        in_quotes = true;
        field_was_quoted = true;
      } else {
        bad_quote = true;
        if (!too_long) record_.push_back(c);
      }
    } else if (c == delim) {
      field_ends_.push_back(record_.size());
      field_was_quoted = false;
    } else if (c == '\r') {
      ASSIGN_OR_RETURN(bool peek, Fill());
      if (peek && buffer_[pos_] == '\n') ++pos_;
      ++line_;
      break;
    } else {  // '\n'
      ++line_;
      break;
    }
  }
  field_ends_.push_back(record_.size());
  if (too_long) {
    rec.error = fmt::format("the record is longer than {} bytes", options_.max_record_bytes);
    rec.fields.clear();
    return true;
  }
  if (bad_quote) {
    rec.error = "a quote is not closed or stands inside an unquoted field";
  }
  size_t start = 0;
  for (size_t end_offset : field_ends_) {
    rec.fields.emplace_back(record_.data() + start, end_offset - start);
    start = end_offset;
  }
  if (rec.error.empty() && !IsCleanText(record_, TextKind::kMultiline)) {
    rec.error = FieldProblem(rec);
  }
  return true;
}

Result<std::vector<std::map<std::string, std::string>>> ReadCsvRows(const std::string& path) {
  CsvReader reader;
  RETURN_IF_ERROR(reader.Open(path));
  CsvRecord rec;
  ASSIGN_OR_RETURN(bool any, reader.Next(rec));
  if (!any)
    return Status::InvalidArgument(fmt::format("'{}' is empty: expected a header line", path));
  std::vector<std::string> header(rec.fields.begin(), rec.fields.end());
  std::vector<std::map<std::string, std::string>> rows;
  while (true) {
    ASSIGN_OR_RETURN(bool more, reader.Next(rec));
    if (!more) break;
    if (!rec.error.empty()) {
      return Status::InvalidArgument(fmt::format("{} line {}: {}", path, rec.line, rec.error));
    }
    if (rec.fields.size() == 1 && rec.fields[0].empty()) continue;
    std::map<std::string, std::string> row;
    for (size_t k = 0; k < header.size() && k < rec.fields.size(); ++k) {
      row.emplace(header[k], rec.fields[k]);
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace tiphub::ingest
