#include "ingest/ingester.h"

#include <xxhash.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <sstream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "common/strings.h"
#include "ingest/csv_reader.h"
#include "model/money.h"
#include "model/time.h"

namespace tiphub::ingest {

namespace fs = std::filesystem;

namespace {

// A rejected record: where and why.
struct Reject {
  int64_t line;
  std::string column;
  std::string reason;
};

class RejectsWriter {
 public:
  Status Open(const std::string& path) {
    path_ = path;
    if (path.empty()) return Status::Ok();
    file_ = std::fopen(path.c_str(), "ab");
    if (file_ == nullptr)
      return Status::IoError(fmt::format("cannot write rejects file '{}'", path));
    std::fseek(file_, 0, SEEK_END);
    if (std::ftell(file_) == 0) std::fputs("file,line,column,reason\n", file_);
    return Status::Ok();
  }
  ~RejectsWriter() {
    if (file_ != nullptr) std::fclose(file_);
  }
  void Write(const std::string& file, const Reject& r) {
    if (file_ == nullptr) return;
    std::string row;
    AppendCsvField(row, file);
    row += fmt::format(",{},", r.line);
    AppendCsvField(row, r.column);
    row.push_back(',');
    AppendCsvField(row, r.reason);
    row.push_back('\n');
    std::fwrite(row.data(), 1, row.size(), file_);
  }
  Status Flush() {
    if (file_ != nullptr && std::fflush(file_) != 0)
      return Status::IoError("writing the rejects file failed");
    return Status::Ok();
  }

 private:
  std::string path_;
  FILE* file_ = nullptr;
};

// Column positions of a transactions file; -1 when absent.
struct TxColumns {
  // Positional form: the fifteen columns in tiphub's transactions.csv order.
  static TxColumns Positions(std::array<int, 15> p) {
    TxColumns c;
    c.id = p[0], c.timestamp = p[1], c.offset = p[2], c.from_bank = p[3], c.from_account = p[4];
    c.to_bank = p[5], c.to_account = p[6], c.amount = p[7], c.currency = p[8], c.channel = p[9];
    c.mcc = p[10], c.merchant = p[11], c.city = p[12], c.country = p[13], c.label = p[14];
    return c;
  }
  int id = -1, timestamp = -1, offset = -1, from_bank = -1, from_account = -1, to_bank = -1,
      to_account = -1, amount = -1, currency = -1, channel = -1, mcc = -1, merchant = -1, city = -1,
      country = -1, label = -1, typology = -1, instance = -1;
  std::string timestamp_format;  // empty: ISO 8601
  char decimal = '.';
  std::string default_currency;
  int32_t default_offset = 0;
  bool ibm = false;
  SyntheticIds synthetic_ids = SyntheticIds::kTimeAndHash;
  std::map<std::string, std::string> channel_values;  // source value -> tiphub channel
  std::map<std::string, bool> label_values;           // source value -> illicit
};

// A transaction's label: illicit or not, and for illicit ones the typology and the pattern
// instance the data names (empty when it names none).
struct LabelFields {
  std::optional<bool> illicit;
  std::string typology, instance;
};

// A label value: the mapping's own values first, then 1/0, true/false, yes/no, y/n, t/f in any
// case (and empty for licit).
std::optional<bool> ParseLabel(std::string_view v, const std::map<std::string, bool>& mapped) {
  if (auto it = mapped.find(std::string(v)); it != mapped.end()) return it->second;
  const std::string lower = ToLower(v);
  if (lower == "1" || lower == "true" || lower == "yes" || lower == "y" || lower == "t")
    return true;
  if (lower == "0" || lower == "false" || lower == "no" || lower == "n" || lower == "f" ||
      lower.empty())
    return false;
  return std::nullopt;
}

std::optional<Channel> IbmChannel(std::string_view v) {
  if (v == "Credit Card") return Channel::kCard;
  if (v == "ACH") return Channel::kAch;
  if (v == "Wire") return Channel::kWire;
  if (v == "Cash") return Channel::kCashDeposit;
  if (v == "Bitcoin") return Channel::kCrypto;
  if (v == "Cheque") return Channel::kCheque;
  if (v == "Reinvestment") return Channel::kTransfer;
  return std::nullopt;
}

std::string_view Field(const CsvRecord& rec, int idx) {
  return idx >= 0 && static_cast<size_t>(idx) < rec.fields.size()
             ? Trim(rec.fields[static_cast<size_t>(idx)])
             : std::string_view();
}

struct ParsedTx {
  Transaction tx;
  LabelFields label;
};

// Parses one transaction record; on failure fills `reject`.
bool ParseTransaction(const CsvRecord& rec, const TxColumns& c,
                      const std::vector<std::string>& names, Transaction& tx, LabelFields& label,
                      Reject& reject) {
  auto fail = [&](int col, std::string reason) {
    reject = {
        rec.line,
        col >= 0 && static_cast<size_t>(col) < names.size() ? names[static_cast<size_t>(col)] : "",
        std::move(reason)};
    return false;
  };
  // Fields are assigned in place so their string capacity is reused from row to row; every field
  // is assigned, whatever `tx` held.
  label.illicit.reset();
  label.typology.clear();
  label.instance.clear();
  // Timestamp.
  const std::string_view ts = Field(rec, c.timestamp);
  int32_t offset = c.default_offset;
  std::optional<int64_t> parsed = c.timestamp_format.empty()
                                      ? ParseIso8601(ts, &offset)
                                      : ParseWithFormat(ts, c.timestamp_format, &offset);
  if (!parsed) {
    return fail(c.timestamp,
                ts.empty() ? "the timestamp is empty"
                           : fmt::format("{} is not a timestamp{}", QuoteForMessage(ts),
                                         c.timestamp_format.empty()
                                             ? " (expected ISO 8601, e.g. 2026-01-05T14:03:22Z)"
                                             : " in the format " + c.timestamp_format));
  }
  if (c.offset >= 0 && !Field(rec, c.offset).empty()) {
    auto off = ParseOffset(Field(rec, c.offset));
    if (!off)
      return fail(c.offset, fmt::format("{} is not a UTC offset like -06:00",
                                        QuoteForMessage(Field(rec, c.offset))));
    offset = *off;
  }
  if (!c.timestamp_format.empty() && c.offset < 0 &&
      c.timestamp_format.find("%z") == std::string::npos) {
    // A local wall-clock time with a configured offset: convert to UTC.
    *parsed -= int64_t{offset} * 60;
  }
  // 1970-01-01 to 2099-12-31 (UTC): anything else is a data error, not a transaction date.
  constexpr int64_t kLatest = 4102444800;  // 2100-01-01T00:00:00Z
  if (*parsed < 0 || *parsed >= kLatest) {
    return fail(c.timestamp,
                fmt::format("{} is outside 1970-01-01 .. 2099-12-31", QuoteForMessage(ts)));
  }
  tx.time = {*parsed, offset};
  // Sides.
  tx.from_bank.assign(Field(rec, c.from_bank));
  tx.from_account.assign(Field(rec, c.from_account));
  tx.to_bank.assign(Field(rec, c.to_bank));
  tx.to_account.assign(Field(rec, c.to_account));
  if (tx.from_account.empty() && tx.to_account.empty()) {
    return fail(c.from_account, "both the source and the target account are empty");
  }
  // Ids are one line: no tab or line break (the record already holds no other control character).
  for (const auto& [col, value] :
       {std::pair{c.from_account, &tx.from_account}, std::pair{c.to_account, &tx.to_account},
        std::pair{c.from_bank, &tx.from_bank}, std::pair{c.to_bank, &tx.to_bank}}) {
    if (!IsCleanText(*value)) {
      return fail(col, fmt::format("{} {}", QuoteForMessage(*value), TextProblem(*value)));
    }
  }
  // Currency then amount (the exponent depends on the currency).
  std::string_view currency = Field(rec, c.currency);
  std::string ibm_code;
  if (c.ibm) {
    ibm_code = IbmCurrencyCode(currency);
    currency = ibm_code;
  }
  if (currency.empty()) currency = c.default_currency;
  auto cur = Currency::Parse(currency);
  if (!cur) {
    return fail(c.currency,
                currency.empty()
                    ? "the currency is empty (give a currency column or a default in the mapping)"
                    : fmt::format("{} is not an ISO 4217 currency code",
                                  QuoteForMessage(Field(rec, c.currency))));
  }
  const std::string_view amount = Field(rec, c.amount);
  auto minor = ParseAmount(amount, cur->exponent(), c.decimal);
  if (!minor) return fail(c.amount, fmt::format("{} is not a number", QuoteForMessage(amount)));
  if (*minor < 0)
    return fail(c.amount, fmt::format("{} is negative: give the direction by source and target",
                                      QuoteForMessage(amount)));
  tx.amount = {*minor, *cur};
  // Channel.
  if (c.channel >= 0) {
    const std::string_view ch = Field(rec, c.channel);
    std::optional<Channel> channel;
    if (c.ibm) {
      channel = IbmChannel(ch);
    } else if (auto it = c.channel_values.find(std::string(ch)); it != c.channel_values.end()) {
      channel = ParseChannel(it->second);
    } else {
      channel = ParseChannel(ch);
    }
    if (!channel) {
      if (!ch.empty())
        return fail(c.channel, fmt::format("{} is not a known channel", QuoteForMessage(ch)));
      channel = Channel::kUnknown;
    }
    tx.channel = *channel;
  }
  tx.channel = c.channel >= 0 ? tx.channel : Channel::kUnknown;
  tx.mcc = 0;
  if (c.mcc >= 0 && !Field(rec, c.mcc).empty()) {
    auto mcc = ParseInt64(Field(rec, c.mcc));
    if (!mcc || *mcc < 0 || *mcc > 9999)
      return fail(c.mcc, fmt::format("{} is not a merchant category code (0-9999)",
                                     QuoteForMessage(Field(rec, c.mcc))));
    tx.mcc = static_cast<int>(*mcc);
  }
  tx.merchant_id.assign(Field(rec, c.merchant));
  tx.city.assign(Field(rec, c.city));
  tx.country.assign(Field(rec, c.country));
  if (c.label >= 0) {
    const std::string_view l = Field(rec, c.label);
    label.illicit = ParseLabel(l, c.label_values);
    if (!label.illicit) {
      return fail(c.label, fmt::format("{} is not a label: use 1/0, true/false, yes/no, or give "
                                       "its meaning under \"label_values\" in a --mapping file",
                                       QuoteForMessage(l)));
    }
    if (*label.illicit) {
      label.typology.assign(Field(rec, c.typology));
      label.instance.assign(Field(rec, c.instance));
    }
  }
  tx.id.assign(Field(rec, c.id));
  if (!IsCleanText(tx.id)) {
    return fail(c.id, fmt::format("the id {} {}", QuoteForMessage(tx.id), TextProblem(tx.id)));
  }
  if (tx.id.empty()) {
    // No id: identical rows are the same transaction.
    XXH64_hash_t h = 0;
    for (std::string_view f : rec.fields) h = XXH64(f.data(), f.size(), h + 0x9E37);
    char id[32];
    char* end;
    if (c.synthetic_ids == SyntheticIds::kHash) {
      end = fmt::format_to(id, "h{:016x}", h);
    } else {
      const uint64_t second =
          static_cast<uint64_t>(tx.time.utc_seconds) & ((uint64_t{1} << 36) - 1);
      end = fmt::format_to(id, "h{:09x}{:016x}", second, h);
    }
    tx.id.assign(id, static_cast<size_t>(end - id));
  }
  return true;
}

// Header lookup: position of a column name, case-insensitive; -1 if absent.
int Find(const std::vector<std::string>& header, std::string_view name) {
  const std::string lower = ToLower(name);
  for (size_t k = 0; k < header.size(); ++k) {
    if (ToLower(header[k]) == lower) return static_cast<int>(k);
  }
  return -1;
}

// Column positions of one file's header by name, each name looked up once: rows of parties,
// accounts, labels and watch lists read their fields by name. `header` must outlive it.
class HeaderColumns {
 public:
  explicit HeaderColumns(const std::vector<std::string>& header) : header_(header) {}
  int operator()(std::string_view name) {
    for (const auto& [known, idx] : known_) {
      if (known == name) return idx;
    }
    known_.emplace_back(std::string(name), Find(header_, name));
    return known_.back().second;
  }

 private:
  const std::vector<std::string>& header_;
  std::vector<std::pair<std::string, int>> known_;
};

enum class Kind { kTransactions, kParties, kAccounts, kLabels, kWatchlist, kIbm, kUnknown };

Kind DetectKind(const std::vector<std::string>& h) {
  if (h.size() >= 11 && h[0] == "Timestamp" && h[1] == "From Bank" && h[2] == "Account" &&
      h[4] == "Account")
    return Kind::kIbm;
  if (Find(h, "timestamp") >= 0 && (Find(h, "from_account") >= 0 || Find(h, "to_account") >= 0))
    return Kind::kTransactions;
  if (Find(h, "kind") >= 0 && Find(h, "id") >= 0 && Find(h, "name") >= 0) return Kind::kParties;
  if (Find(h, "party_id") >= 0 && Find(h, "bank") >= 0 && Find(h, "id") >= 0)
    return Kind::kAccounts;
  if (Find(h, "transaction") >= 0 && Find(h, "illicit") >= 0) return Kind::kLabels;
  if (Find(h, "party_id") >= 0 && Find(h, "list") >= 0) return Kind::kWatchlist;
  return Kind::kUnknown;
}

std::string_view KindName(Kind k) {
  switch (k) {
    case Kind::kTransactions:
      return "transactions";
    case Kind::kParties:
      return "parties";
    case Kind::kAccounts:
      return "accounts";
    case Kind::kLabels:
      return "labels";
    case Kind::kWatchlist:
      return "watchlist";
    case Kind::kIbm:
      return "ibm";
    case Kind::kUnknown:
      break;
  }
  return "mapped";
}

class FileIngester {
 public:
  FileIngester(const IngestOptions& options, RecordSink& sink, RejectsWriter& rejects,
               int64_t& bytes_before)
      : options_(options), sink_(sink), rejects_(rejects), bytes_before_(bytes_before) {}

  Result<FileCounts> IngestCsv(const std::string& path, const nlohmann::json* mapping);
  Result<FileCounts> IngestJsonLines(const std::string& path, std::istream& in,
                                     std::string first_line);

 private:
  Status Accepted(Result<bool> stored, FileCounts& counts) {
    if (!stored.ok()) return stored.status();
    if (*stored) {
      ++counts.accepted;
    } else {
      ++counts.duplicates;
    }
    return Tick();
  }
  // Counts a stored record; commits and flushes rejects at each batch boundary.
  Status Tick() {
    if (++since_checkpoint_ >= options_.batch_rows) {
      since_checkpoint_ = 0;
      RETURN_IF_ERROR(sink_.Checkpoint());
      RETURN_IF_ERROR(rejects_.Flush());
    }
    return Status::Ok();
  }
  void Rejected(const std::string& file, const Reject& r, FileCounts& counts) {
    ++counts.rejected;
    rejects_.Write(file, r);
  }

  const IngestOptions& options_;
  RecordSink& sink_;
  RejectsWriter& rejects_;
  int64_t& bytes_before_;
  int64_t since_checkpoint_ = 0;
};

Status ApplyMapping(const nlohmann::json& m, const std::vector<std::string>& header,
                    bool has_header, TxColumns& c, const std::string& mapping_path) {
  if (!m.contains("columns") || !m["columns"].is_object()) {
    return Status::InvalidArgument(
        mapping_path + ": the mapping needs a \"columns\" object (see docs/formats.md)");
  }
  std::map<std::string, int*> slots = {{"id", &c.id},
                                       {"timestamp", &c.timestamp},
                                       {"local_offset", &c.offset},
                                       {"from_bank", &c.from_bank},
                                       {"from_account", &c.from_account},
                                       {"to_bank", &c.to_bank},
                                       {"to_account", &c.to_account},
                                       {"amount", &c.amount},
                                       {"currency", &c.currency},
                                       {"channel", &c.channel},
                                       {"mcc", &c.mcc},
                                       {"merchant_id", &c.merchant},
                                       {"city", &c.city},
                                       {"country", &c.country},
                                       {"label", &c.label},
                                       {"typology", &c.typology},
                                       {"instance", &c.instance}};
  for (const auto& [key, value] : m["columns"].items()) {
    auto it = slots.find(key);
    if (it == slots.end()) {
      return Status::InvalidArgument(
          fmt::format("{}: columns.{} is not a transaction field", mapping_path, key));
    }
    if (value.is_number_integer()) {
      *it->second = value.get<int>();
    } else if (value.is_string()) {
      if (!has_header)
        return Status::InvalidArgument(fmt::format(
            "{}: columns.{} names a column but the file has no header: give its position (0-based)",
            mapping_path, key));
      *it->second = Find(header, value.get<std::string>());
      if (*it->second < 0) {
        return Status::InvalidArgument(
            fmt::format("{}: column '{}' (columns.{}) is not in the file's header", mapping_path,
                        value.get<std::string>(), key));
      }
    } else {
      return Status::InvalidArgument(
          fmt::format("{}: columns.{} must be a column name or position", mapping_path, key));
    }
  }
  c.timestamp_format = m.value("timestamp_format", "");
  const std::string decimal = m.value("decimal", ".");
  if (decimal != "." && decimal != ",")
    return Status::InvalidArgument(mapping_path + ": decimal must be \".\" or \",\"");
  c.decimal = decimal[0];
  c.default_currency = m.value("currency", "");
  if (m.contains("utc_offset")) {
    auto off = ParseOffset(m.value("utc_offset", ""));
    if (!off) return Status::InvalidArgument(mapping_path + ": utc_offset must look like -06:00");
    c.default_offset = *off;
  }
  if (m.contains("label_values")) {
    if (!m["label_values"].is_object())
      return Status::InvalidArgument(mapping_path +
                                     ": label_values must be an object of value: true/false");
    for (const auto& [k, v] : m["label_values"].items()) {
      if (v.is_boolean()) {
        c.label_values[k] = v.get<bool>();
      } else if (v.is_number_integer() && (v.get<int>() == 0 || v.get<int>() == 1)) {
        c.label_values[k] = v.get<int>() == 1;
      } else {
        return Status::InvalidArgument(fmt::format(
            "{}: label_values.{} must be true (illicit) or false (licit)", mapping_path, k));
      }
    }
  }
  if ((c.typology >= 0 || c.instance >= 0) && c.label < 0) {
    return Status::InvalidArgument(mapping_path +
                                   ": columns.typology and columns.instance need columns.label");
  }
  if (m.contains("channel_values")) {
    for (const auto& [k, v] : m["channel_values"].items()) {
      if (!v.is_string() || !ParseChannel(v.get<std::string>())) {
        return Status::InvalidArgument(
            fmt::format("{}: channel_values.{} must be one of card, ach, wire, transfer, "
                        "cash_deposit, cash_withdrawal, crypto, cheque",
                        mapping_path, k));
      }
      c.channel_values[k] = v.get<std::string>();
    }
  }
  return Status::Ok();
}

Status RequireColumns(const std::string& path, const std::vector<std::string>& header,
                      std::initializer_list<const char*> names, char delimiter) {
  for (const char* name : names) {
    if (Find(header, name) < 0) {
      std::string hint;
      if (header.size() == 1) {
        hint = fmt::format(
            " The header has a single column: is the delimiter something other than '{}'? (set "
            "\"delimiter\" in a --mapping file)",
            delimiter);
      }
      return Status::InvalidArgument(
          fmt::format("{}: required column '{}' is missing from the header.{}", path, name, hint));
    }
  }
  return Status::Ok();
}

Result<FileCounts> FileIngester::IngestCsv(const std::string& path, const nlohmann::json* mapping) {
  CsvOptions csv;
  bool has_header = true;
  if (mapping != nullptr) {
    const std::string delim = mapping->value("delimiter", ",");
    const std::string quote = mapping->value("quote", "\"");
    if (delim.size() != 1 && delim != "\\t")
      return Status::InvalidArgument(options_.mapping_file + ": delimiter must be one character");
    csv.delimiter = delim == "\\t" ? '\t' : delim[0];
    csv.quote = quote.empty() ? '\0' : quote[0];
    has_header = mapping->value("header", true);
  }
  CsvReader reader;
  RETURN_IF_ERROR(reader.Open(path, csv));
  const std::string& name = reader.path();
  CsvRecord rec;
  ASSIGN_OR_RETURN(bool any, reader.Next(rec));
  if (!any)
    return Status::InvalidArgument(
        fmt::format("{} is empty: expected a header line and records", name));
  if (!rec.error.empty()) {
    return Status::InvalidArgument(fmt::format(
        "{}: the first line cannot be read as CSV ({}); is this a binary file?", name, rec.error));
  }
  std::vector<std::string> header;
  for (auto f : rec.fields) header.emplace_back(Trim(f));
  if (!header.empty() && header[0].rfind("\xEF\xBB\xBF", 0) == 0) header[0].erase(0, 3);  // BOM
  for (const auto& h : header) {
    if (h.find('\0') != std::string::npos)
      return Status::InvalidArgument(name + ": the file contains NUL bytes; is it a binary file?");
  }
  Kind kind = mapping != nullptr ? Kind::kUnknown : DetectKind(header);
  FileCounts counts;
  counts.file = name;
  counts.kind = std::string(KindName(kind));
  if (kind == Kind::kUnknown && mapping == nullptr) {
    std::string hint;
    if (header.size() == 1 && header[0].find_first_of(";\t|") != std::string::npos) {
      hint =
          " The header has a single column: the delimiter is probably not ','; set \"delimiter\" "
          "in a --mapping file.";
    }
    return Status::InvalidArgument(
        fmt::format("{}: the header ({} columns, starting {}) is not a known format: give a "
                    "--mapping file that says which column holds what (docs/formats.md).{}",
                    name, header.size(), QuoteForMessage(header.empty() ? "" : header[0]), hint));
  }
  if (options_.follow.enabled &&
      (kind == Kind::kTransactions || kind == Kind::kIbm || kind == Kind::kUnknown)) {
    reader.Follow(options_.follow);
  }
  TxColumns cols;
  if (kind == Kind::kIbm) {
    cols = TxColumns::Positions({-1, 0, -1, 1, 2, 3, 4, 7, 8, 9, -1, -1, -1, -1, 10});
    cols.timestamp_format = "%Y/%m/%d %H:%M";
    cols.ibm = true;
  } else if (kind == Kind::kTransactions) {
    RETURN_IF_ERROR(RequireColumns(name, header, {"timestamp", "amount"}, csv.delimiter));
    cols.id = Find(header, "id");
    cols.timestamp = Find(header, "timestamp");
    cols.offset = Find(header, "local_offset");
    cols.from_bank = Find(header, "from_bank");
    cols.from_account = Find(header, "from_account");
    cols.to_bank = Find(header, "to_bank");
    cols.to_account = Find(header, "to_account");
    cols.amount = Find(header, "amount");
    cols.currency = Find(header, "currency");
    cols.channel = Find(header, "channel");
    cols.mcc = Find(header, "mcc");
    cols.merchant = Find(header, "merchant_id");
    cols.city = Find(header, "city");
    cols.country = Find(header, "country");
    cols.label = Find(header, "illicit");
  } else if (kind == Kind::kUnknown) {
    if (!has_header) {
      header.clear();
    }
    RETURN_IF_ERROR(ApplyMapping(*mapping, header, has_header, cols, options_.mapping_file));
    if (cols.timestamp < 0 || cols.amount < 0 || (cols.from_account < 0 && cols.to_account < 0)) {
      return Status::InvalidArgument(
          options_.mapping_file +
          ": the mapping must name at least timestamp, amount and from_account or to_account");
    }
  }
  cols.synthetic_ids = options_.synthetic_ids;
  if (kind == Kind::kParties)
    RETURN_IF_ERROR(RequireColumns(name, header, {"id", "kind"}, csv.delimiter));
  if (kind == Kind::kAccounts)
    RETURN_IF_ERROR(RequireColumns(name, header, {"id", "party_id"}, csv.delimiter));
  if (kind == Kind::kLabels)
    RETURN_IF_ERROR(RequireColumns(name, header, {"transaction", "illicit"}, csv.delimiter));

  // Records. A headerless mapped file's first line is a record too.
  bool pending = kind == Kind::kUnknown && !has_header;
  ParsedTx parsed;
  Reject reject;
  HeaderColumns column(header);
  while (true) {
    if (!pending) {
      ASSIGN_OR_RETURN(bool more, reader.Next(rec));
      if (!more) break;
    }
    pending = false;
    if (rec.fields.size() == 1 && rec.fields[0].empty() && rec.error.empty())
      continue;  // blank line
    ++counts.read;
    if (options_.progress && counts.read % 65536 == 0)
      options_.progress(bytes_before_ + reader.bytes_read(), 0);
    if (!rec.error.empty()) {
      Rejected(name, {rec.line, "", rec.error}, counts);
      continue;
    }
    const size_t expected = header.size();
    if (expected > 0 && rec.fields.size() != expected && kind != Kind::kUnknown) {
      Rejected(
          name,
          {rec.line, "",
           fmt::format("the record has {} fields, the header {}", rec.fields.size(), expected)},
          counts);
      continue;
    }
    switch (kind) {
      case Kind::kIbm:
      case Kind::kTransactions:
      case Kind::kUnknown: {
        Transaction* slot = sink_.TransactionSlot();
        Transaction& tx = slot != nullptr ? *slot : parsed.tx;
        if (!ParseTransaction(rec, cols, header, tx, parsed.label, reject)) {
          Rejected(name, reject, counts);
          continue;
        }
        RETURN_IF_ERROR(Accepted(sink_.AddTransaction(tx), counts));
        if (parsed.label.illicit && (kind == Kind::kIbm || cols.label >= 0)) {
          RETURN_IF_ERROR(sink_
                              .AddLabel(tx.id, *parsed.label.illicit, parsed.label.instance,
                                        parsed.label.typology)
                              .status());
        }
        break;
      }
      case Kind::kParties: {
        Party p;
        auto get = [&](const char* col) { return std::string(Field(rec, column(col))); };
        p.id = get("id");
        auto kind_value = ParsePartyKind(get("kind"));
        if (p.id.empty()) {
          Rejected(name, {rec.line, "id", "the party id is empty"}, counts);
          continue;
        }
        if (!kind_value) {
          Rejected(name,
                   {rec.line, "kind",
                    fmt::format("{} is not a party kind (person or business)",
                                QuoteForMessage(get("kind")))},
                   counts);
          continue;
        }
        p.kind = *kind_value;
        p.given_names = get("given_names");
        p.surnames = get("surnames");
        p.name = get("name");
        p.birth_date = get("birth_date");
        p.phone = get("phone");
        p.email = get("email");
        p.address = get("address");
        p.city = get("city");
        p.country = get("country");
        p.mcc = static_cast<int>(ParseInt64(get("mcc")).value_or(0));
        p.employer_id = get("employer_id");
        p.open_hour = static_cast<int>(ParseInt64(get("open_hour")).value_or(0));
        p.close_hour = static_cast<int>(ParseInt64(get("close_hour")).value_or(24));
        if (!p.birth_date.empty() && !ParseIso8601(p.birth_date)) {
          Rejected(name,
                   {rec.line, "birth_date",
                    fmt::format("{} is not a date like 1990-04-21", QuoteForMessage(p.birth_date))},
                   counts);
          continue;
        }
        RETURN_IF_ERROR(Accepted(sink_.AddParty(p), counts));
        break;
      }
      case Kind::kAccounts: {
        Account a;
        auto get = [&](const char* col) { return std::string(Field(rec, column(col))); };
        a.id = get("id");
        a.bank = get("bank");
        a.party_id = get("party_id");
        auto type = ParseAccountType(get("type").empty() ? "personal" : get("type"));
        auto currency = Currency::Parse(get("currency").empty() ? "XXX" : get("currency"));
        if (a.id.empty()) {
          Rejected(name, {rec.line, "id", "the account id is empty"}, counts);
          continue;
        }
        if (!type) {
          Rejected(name,
                   {rec.line, "type",
                    fmt::format("{} is not an account type (personal, business, prepaid)",
                                QuoteForMessage(get("type")))},
                   counts);
          continue;
        }
        if (!currency) {
          Rejected(name,
                   {rec.line, "currency",
                    fmt::format("{} is not an ISO 4217 currency code",
                                QuoteForMessage(get("currency")))},
                   counts);
          continue;
        }
        a.type = *type;
        a.currency = *currency;
        a.opened = get("opened");
        a.custodian = get("custodian");
        RETURN_IF_ERROR(Accepted(sink_.AddAccount(a), counts));
        break;
      }
      case Kind::kLabels: {
        const std::string tx = std::string(Field(rec, column("transaction")));
        const std::string_view illicit = Field(rec, column("illicit"));
        if (tx.empty() || (illicit != "0" && illicit != "1")) {
          Rejected(name,
                   {rec.line, tx.empty() ? "transaction" : "illicit",
                    tx.empty() ? "the transaction id is empty"
                               : fmt::format("{} is not 0 or 1", QuoteForMessage(illicit))},
                   counts);
          continue;
        }
        RETURN_IF_ERROR(Accepted(
            sink_.AddLabel(tx, illicit == "1", std::string(Field(rec, column("scenario_id"))),
                           std::string(Field(rec, column("scheme_type")))),
            counts));
        break;
      }
      case Kind::kWatchlist: {
        const std::string party(Field(rec, column("party_id")));
        const std::string list(Field(rec, column("list")));
        if (party.empty() || list.empty()) {
          Rejected(name, {rec.line, party.empty() ? "party_id" : "list", "the value is empty"},
                   counts);
          continue;
        }
        RETURN_IF_ERROR(Accepted(sink_.AddWatchlistEntry(party, list), counts));
        break;
      }
    }
  }
  bytes_before_ += reader.bytes_read();
  return counts;
}

Result<FileCounts> FileIngester::IngestJsonLines(const std::string& path, std::istream& in,
                                                 std::string first_line) {
  FileCounts counts;
  counts.file = path;
  counts.kind = "jsonl";
  std::string line = std::move(first_line);
  int64_t line_no = 0;
  bool have = true;
  constexpr size_t kMaxLine = 1 << 20;
  auto text = [](const nlohmann::json& j, const char* key) -> std::string {
    if (!j.contains(key) || j[key].is_null()) return "";
    if (j[key].is_string()) return j[key].get<std::string>();
    return j[key].dump();
  };
  while (have) {
    ++line_no;
    if (!Trim(line).empty()) {
      ++counts.read;
      Reject reject{line_no, "", ""};
      nlohmann::json j;
      if (line.size() > kMaxLine) {
        reject.reason = fmt::format("the line is longer than {} bytes", kMaxLine);
      } else if (!IsValidUtf8(line)) {
        reject.reason = "the line is not valid UTF-8";
      } else {
        j = nlohmann::json::parse(line, nullptr, false);
        if (j.is_discarded() || !j.is_object()) reject.reason = "the line is not a JSON object";
      }
      if (reject.reason.empty()) {
        // Re-use the CSV field parser: lay the object out as a record in tiphub's column order.
        static const std::vector<std::string> kCols = {
            "id",      "timestamp",   "local_offset", "from_bank", "from_account",
            "to_bank", "to_account",  "amount",       "currency",  "channel",
            "mcc",     "merchant_id", "city",         "country",   "illicit"};
        std::vector<std::string> values;
        for (const auto& col : kCols) values.push_back(text(j, col.c_str()));
        CsvRecord rec;
        rec.line = line_no;
        for (const auto& v : values) rec.fields.emplace_back(v);
        TxColumns cols = TxColumns::Positions({0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14});
        cols.synthetic_ids = options_.synthetic_ids;
        ParsedTx parsed;
        if (!ParseTransaction(rec, cols, kCols, parsed.tx, parsed.label, reject)) {
          Rejected(path, reject, counts);
        } else {
          RETURN_IF_ERROR(Accepted(sink_.AddTransaction(parsed.tx), counts));
          if (j.contains("illicit"))
            RETURN_IF_ERROR(sink_.AddLabel(parsed.tx.id, *parsed.label.illicit, "", "").status());
        }
      } else {
        Rejected(path, reject, counts);
      }
    }
    have = static_cast<bool>(std::getline(in, line));
  }
  if (in.bad()) return Status::IoError(fmt::format("reading '{}' failed", path));
  return counts;
}

void Add(FileCounts& total, const FileCounts& c) {
  total.read += c.read;
  total.accepted += c.accepted;
  total.rejected += c.rejected;
  total.duplicates += c.duplicates;
}

}  // namespace

std::string IbmCurrencyCode(std::string_view name) {
  static const std::map<std::string_view, std::string_view> kCodes = {{"US Dollar", "USD"},
                                                                      {"Euro", "EUR"},
                                                                      {"Yuan", "CNY"},
                                                                      {"Yen", "JPY"},
                                                                      {"UK Pound", "GBP"},
                                                                      {"Rupee", "INR"},
                                                                      {"Ruble", "RUB"},
                                                                      {"Canadian Dollar", "CAD"},
                                                                      {"Australian Dollar", "AUD"},
                                                                      {"Swiss Franc", "CHF"},
                                                                      {"Mexican Peso", "MXN"},
                                                                      {"Brazil Real", "BRL"},
                                                                      {"Shekel", "ILS"},
                                                                      {"Saudi Riyal", "SAR"},
                                                                      {"Bitcoin", "XBT"}};
  auto it = kCodes.find(name);
  if (it != kCodes.end()) return std::string(it->second);
  return Currency::Parse(name) ? std::string(name) : std::string();
}

namespace {

// Feeds one document's records to the sink: parties and accounts first, then transactions.
Result<FileCounts> IngestDocument(const std::string& file, const IngestOptions& options,
                                  RecordSink& sink, RejectsWriter& rejects) {
  ASSIGN_OR_RETURN(DocumentRecords records, options.document_reader(file));
  FileCounts counts;
  counts.file = file;
  counts.kind = options.document_kind;
  auto count = [&counts](const Result<bool>& added) -> Status {
    RETURN_IF_ERROR(added.status());
    ++counts.read;
    ++(*added ? counts.accepted : counts.duplicates);
    return Status::Ok();
  };
  for (const Party& p : records.parties) RETURN_IF_ERROR(count(sink.AddParty(p)));
  for (const Account& a : records.accounts) RETURN_IF_ERROR(count(sink.AddAccount(a)));
  for (const Transaction& tx : records.transactions) {
    RETURN_IF_ERROR(count(sink.AddTransaction(tx)));
  }
  for (const auto& r : records.rejected) {
    ++counts.read;
    ++counts.rejected;
    rejects.Write(file, {r.line, r.field, r.reason});
  }
  if (options.progress) options.progress(counts.read, counts.read);
  return counts;
}

}  // namespace

Result<IngestReport> IngestInputs(const std::vector<std::string>& inputs,
                                  const IngestOptions& options, RecordSink& sink) {
  if (inputs.empty())
    return Status::InvalidArgument(
        "give at least one input: a file, a simulator folder, or - for standard input");
  IngestReport report;
  report.rejects_path = options.rejects_path;
  report.total.file = "total";
  RejectsWriter rejects;
  RETURN_IF_ERROR(rejects.Open(options.rejects_path));
  std::optional<nlohmann::json> mapping;
  if (!options.mapping_file.empty()) {
    std::ifstream in(options.mapping_file);
    if (!in)
      return Status::InvalidArgument(
          fmt::format("cannot open mapping file '{}'", options.mapping_file));
    std::stringstream buffer;
    buffer << in.rdbuf();
    auto parsed = nlohmann::json::parse(buffer.str(), nullptr, false);
    if (parsed.is_discarded() || !parsed.is_object()) {
      return Status::InvalidArgument(
          fmt::format("{}: the mapping file is not a JSON object", options.mapping_file));
    }
    mapping = std::move(parsed);
  }
  int64_t bytes = 0;
  FileIngester ingester(options, sink, rejects, bytes);

  std::vector<std::string> files;
  for (const std::string& input : inputs) {
    std::error_code ec;
    if (options.document_reader && input != "-" && fs::is_directory(input, ec)) {
      // A folder of documents: every .xml file in it, in name order.
      std::vector<std::string> found;
      for (const auto& entry : fs::directory_iterator(input, ec)) {
        if (entry.is_regular_file() && entry.path().extension() == ".xml") {
          found.push_back(entry.path().string());
        }
      }
      if (found.empty()) {
        return Status::InvalidArgument(fmt::format("folder '{}' holds no .xml files", input));
      }
      std::sort(found.begin(), found.end());
      files.insert(files.end(), found.begin(), found.end());
    } else if (input != "-" && fs::is_directory(input, ec)) {
      // A simulator folder: reference data first, then transactions, then labels.
      bool found = false;
      for (const char* name : {"parties.csv", "accounts.csv", "watchlists.csv", "transactions.csv",
                               "labels_transactions.csv"}) {
        const fs::path p = fs::path(input) / name;
        if (fs::exists(p, ec)) {
          files.push_back(p.string());
          found = true;
        }
      }
      if (!found)
        return Status::InvalidArgument(fmt::format(
            "folder '{}' holds no tiphub files (parties.csv, accounts.csv, transactions.csv, ...)",
            input));
    } else {
      if (input != "-" && !fs::exists(input, ec))
        return Status::InvalidArgument(fmt::format("input '{}' does not exist", input));
      files.push_back(input);
    }
  }

  for (const std::string& file : files) {
    bool jsonl = file.ends_with(".jsonl") || file.ends_with(".ndjson");
    if (file == "-") {
      // Peek at the first byte: '{' means JSON Lines, anything else CSV. Both then stream.
      const int first = std::fgetc(stdin);
      if (first == EOF) return Status::InvalidArgument("standard input is empty");
      std::ungetc(first, stdin);
      jsonl = first == '{';
    }
    Result<FileCounts> counts = Status::Internal("unset");
    if (options.document_reader) {
      if (file == "-") {
        return Status::InvalidArgument(fmt::format(
            "{} documents are read from files, not standard input", options.document_kind));
      }
      counts = IngestDocument(file, options, sink, rejects);
    } else if (jsonl && options.follow.enabled) {
      return Status::InvalidArgument("--follow reads CSV input; give JSON Lines without --follow");
    }
    if (jsonl) {
      std::ifstream in_file;
      std::istream* in = &std::cin;
      if (file != "-") {
        in_file.open(file, std::ios::binary);
        if (!in_file) return Status::InvalidArgument(fmt::format("cannot open '{}'", file));
        in = &in_file;
      }
      std::string first_line;
      if (!std::getline(*in, first_line))
        return Status::InvalidArgument(
            fmt::format("{} is empty", file == "-" ? "standard input" : file));
      counts = ingester.IngestJsonLines(file == "-" ? "standard input" : file, *in,
                                        std::move(first_line));
    } else if (!options.document_reader) {
      counts = ingester.IngestCsv(file, mapping ? &*mapping : nullptr);
    }
    if (!counts.ok()) {
      RETURN_IF_ERROR(sink.Checkpoint());
      RETURN_IF_ERROR(rejects.Flush());
      return counts.status();
    }
    RETURN_IF_ERROR(sink.Checkpoint());
    ASSIGN_OR_RETURN(const int64_t late, sink.TakeLateDuplicates());  // the file is written now
    counts->accepted -= late;
    counts->duplicates += late;
    Add(report.total, *counts);
    report.files.push_back(std::move(*counts));
  }
  RETURN_IF_ERROR(rejects.Flush());
  return report;
}

}  // namespace tiphub::ingest
