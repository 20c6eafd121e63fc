#include "sim/simulator.h"

#include <unistd.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <future>
#include <limits>
#include <memory>
#include <string_view>
#include <thread>
#include <vector>

#include <fmt/format.h>

#include "common/strings.h"
#include "model/mcc.h"
#include "model/money.h"
#include "model/time.h"
#include "model/types.h"
#include "sim/geo_names.h"
#include "sim/world.h"

namespace tiphub::sim {

namespace fs = std::filesystem;

nlohmann::json WorldSummary::ToJson() const {
  return {{"parties", parties},
          {"accounts", accounts},
          {"transactions", transactions},
          {"illicit_transactions", illicit_transactions},
          {"ads", ads},
          {"tips", tips},
          {"instances", instances},
          {"laundering_instances", laundering_instances},
          {"seconds", seconds}};
}

namespace {

// Buffered file writer with a temporary name; Commit() renames it into place.
class OutFile {
 public:
  Status Open(const fs::path& tmp_dir, const fs::path& final_dir, const std::string& name) {
    tmp_path_ = tmp_dir / name;
    final_path_ = final_dir / name;
    file_ = std::fopen(tmp_path_.c_str(), "wb");
    if (file_ == nullptr) {
      return Status::IoError(
          fmt::format("cannot create '{}': check that the folder is writable", tmp_path_.string()));
    }
    buffer_.reserve(kFlushBytes + 4096);
    return Status::Ok();
  }
  ~OutFile() {
    if (file_ != nullptr) std::fclose(file_);
  }
  std::string& buffer() { return buffer_; }
  // Writes `text` after what is buffered, without copying it into the buffer.
  Status Append(std::string_view text) {
    if (buffer_.size() + text.size() < kFlushBytes) {
      buffer_.append(text);
      return Status::Ok();
    }
    RETURN_IF_ERROR(Flush());
    if (std::fwrite(text.data(), 1, text.size(), file_) != text.size()) {
      return Status::IoError(fmt::format("writing '{}' failed: disk full?", tmp_path_.string()));
    }
    return Status::Ok();
  }
  Status MaybeFlush() { return buffer_.size() >= kFlushBytes ? Flush() : Status::Ok(); }
  Status Flush() {
    if (!buffer_.empty() &&
        std::fwrite(buffer_.data(), 1, buffer_.size(), file_) != buffer_.size()) {
      return Status::IoError(fmt::format("writing '{}' failed: disk full?", tmp_path_.string()));
    }
    buffer_.clear();
    return Status::Ok();
  }
  Status Close() {
    RETURN_IF_ERROR(Flush());
    const int rc = std::fclose(file_);
    file_ = nullptr;
    if (rc != 0) return Status::IoError(fmt::format("closing '{}' failed", tmp_path_.string()));
    return Status::Ok();
  }
  Status Commit() {
    std::error_code ec;
    fs::rename(tmp_path_, final_path_, ec);
    if (ec) {
      return Status::IoError(fmt::format("cannot move '{}' to '{}': {}", tmp_path_.string(),
                                         final_path_.string(), ec.message()));
    }
    return Status::Ok();
  }

 private:
  static constexpr size_t kFlushBytes = 1 << 20;
  fs::path tmp_path_, final_path_;
  FILE* file_ = nullptr;
  std::string buffer_;
};

std::string_view IbmCurrencyName(std::string_view code) {
  if (code == "USD") return "US Dollar";
  if (code == "MXN") return "Mexican Peso";
  if (code == "CAD") return "Canadian Dollar";
  if (code == "EUR") return "Euro";
  if (code == "GBP") return "UK Pound";
  return code;
}

std::string_view IbmPaymentFormat(Channel channel) {
  switch (channel) {
    case Channel::kCard:
      return "Credit Card";
    case Channel::kAch:
      return "ACH";
    case Channel::kWire:
    case Channel::kTransfer:
      return "Wire";
    case Channel::kCashDeposit:
    case Channel::kCashWithdrawal:
      return "Cash";
    case Channel::kCrypto:
      return "Bitcoin";
    case Channel::kCheque:
      return "Cheque";
    case Channel::kUnknown:
      break;
  }
  return "Reinvestment";
}

// Strings that repeat across rows, stored back to back with 16 bytes of slack after the last, so
// a row writer copies any of them in whole 16-byte moves (no length-dependent library call).
class Pieces {
 public:
  uint32_t Add(std::string_view s) {
    offsets_.push_back(static_cast<uint32_t>(text_.size()));
    sizes_.push_back(static_cast<uint32_t>(s.size()));
    text_.append(s);
    max_size_ = std::max(max_size_, s.size());
    return static_cast<uint32_t>(sizes_.size() - 1);
  }
  void Seal() { text_.append(16, '\0'); }
  size_t max_size() const { return max_size_; }
  // Writes piece `i` at `p`, which must have the piece's size rounded up to 16 bytes writable.
  char* Put(char* p, uint32_t i) const {
    const char* src = text_.data() + offsets_[i];
    const uint32_t n = sizes_[i];
    for (uint32_t k = 0; k < n; k += 16) std::memcpy(p + k, src + k, 16);
    return p + n;
  }

 private:
  std::string text_;
  std::vector<uint32_t> offsets_, sizes_;
  size_t max_size_ = 0;
};

// A reusable byte buffer written through a raw cursor; the caller reserves the worst case first.
class RowBuffer {
 public:
  char* Start(size_t capacity) {
    if (capacity_ < capacity) {
      data_ = std::make_unique<char[]>(capacity);
      capacity_ = capacity;
    }
    size_ = 0;
    return data_.get();
  }
  void Finish(const char* end) { size_ = static_cast<size_t>(end - data_.get()); }
  std::string_view view() const { return {data_.get(), size_}; }

 private:
  std::unique_ptr<char[]> data_;
  size_t capacity_ = 0, size_ = 0;
};

constexpr char kDigitPairs[] =
    "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
    "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
    "8081828384858687888990919293949596979899";

inline char* PutTwo(char* p, uint64_t v) {
  std::memcpy(p, kDigitPairs + 2 * v, 2);
  return p + 2;
}

// `v` with exactly `width` digits, zero-padded (higher digits are dropped).
inline char* PutPadded(char* p, uint64_t v, int width) {
  for (int k = width - 1; k >= 0; --k) {
    p[k] = static_cast<char>('0' + v % 10);
    v /= 10;
  }
  return p + width;
}

inline char* PutText(char* p, std::string_view s) {
  std::memcpy(p, s.data(), s.size());
  return p + s.size();
}

// Formats one day's sorted events into the output files. Formatting runs on several threads in
// fixed chunks and the chunks are written in order, so the bytes do not depend on the thread count.
class DayWriter {
 public:
  DayWriter(const World& world, const SimOptions& options, int threads)
      : threads_(threads), exponent_(Currency::Parse(options.currency)->exponent()) {
    // Everything that repeats across rows is formatted once.
    for (const AccountRecord& a : world.accounts) {
      account_side_.Add(world.banks[a.bank] + "," + a.id);
      ibm_side_.Add(std::to_string(a.bank + 1) + "," + a.id);
    }
    for (const City& c : Cities()) {
      city_.Add(std::string(c.name) + "," + std::string(c.country));
      offset_.Add(FormatOffset(c.offset_minutes));
    }
    for (const PartyRecord& p : world.parties) merchant_.Add(p.party.id);
    for (const Scenario& sc : world.scenarios) scenario_.Add("," + sc.id + "," + sc.type + ",");
    for (int k = 0; k < kChannelCount; ++k) {
      const auto channel = static_cast<Channel>(k);
      channel_.Add(ChannelName(channel));
      ibm_format_.Add(IbmPaymentFormat(channel));
    }
    currency_.Add(options.currency);
    ibm_currency_.Add(IbmCurrencyName(options.currency));
    for (Pieces* p : {&account_side_, &ibm_side_, &city_, &offset_, &merchant_, &scenario_,
                      &channel_, &ibm_format_, &currency_, &ibm_currency_}) {
      p->Seal();
    }
    // Worst cases per row, with 16 bytes of slack for the piece copies.
    max_tx_row_ = 11 + 1 + 20 + 1 + std::max<size_t>(offset_.max_size(), 6) + 1 +
                  2 * (account_side_.max_size() + 1) + kMaxAmountChars + 1 + currency_.max_size() +
                  1 + channel_.max_size() + 1 + 4 + 1 + merchant_.max_size() + 1 +
                  city_.max_size() + 2 + 32;
    max_label_row_ = 11 + scenario_.max_size() + 2 + 32;
    max_ibm_row_ = 17 + 2 * (ibm_side_.max_size() + 1) +
                   2 * (kMaxAmountChars + 2 + ibm_currency_.max_size()) + ibm_format_.max_size() +
                   4 + 32;
  }

  Status Write(const std::vector<Event>& events, int64_t& next_id, OutFile& tx, OutFile& labels,
               OutFile* ibm, int64_t& illicit) {
    constexpr size_t kChunk = 16384;
    const size_t chunks = (events.size() + kChunk - 1) / kChunk;
    if (parts_.size() < chunks) parts_.resize(chunks);
    std::atomic<size_t> next{0};
    std::atomic<int64_t> illicit_count{0};
    auto work = [&] {
      for (size_t chunk = next.fetch_add(1); chunk < chunks; chunk = next.fetch_add(1)) {
        Part& part = parts_[chunk];
        const size_t begin = chunk * kChunk;
        const size_t end = std::min(events.size(), begin + kChunk);
        const size_t rows = end - begin;
        char* tx_out = part.tx.Start(rows * max_tx_row_);
        char* label_out = part.labels.Start(rows * max_label_row_);
        char* ibm_out = ibm != nullptr ? part.ibm.Start(rows * max_ibm_row_) : nullptr;
        int64_t local_illicit = 0;
        for (size_t k = begin; k < end; ++k) {
          const Event& e = events[k];
          local_illicit += e.illicit;
          const int64_t id = next_id + static_cast<int64_t>(k);
          tx_out = FormatRow(e, id, part, tx_out);
          if (e.scenario != kNone) label_out = FormatLabel(e, id, label_out);
          if (ibm_out != nullptr) ibm_out = FormatIbm(e, ibm_out);
        }
        part.tx.Finish(tx_out);
        part.labels.Finish(label_out);
        if (ibm_out != nullptr) part.ibm.Finish(ibm_out);
        illicit_count += local_illicit;
      }
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < threads_ && static_cast<size_t>(t) < chunks; ++t) pool.emplace_back(work);
    work();
    for (auto& t : pool) t.join();
    for (size_t chunk = 0; chunk < chunks; ++chunk) {
      RETURN_IF_ERROR(tx.Append(parts_[chunk].tx.view()));
      RETURN_IF_ERROR(labels.Append(parts_[chunk].labels.view()));
      if (ibm != nullptr) RETURN_IF_ERROR(ibm->Append(parts_[chunk].ibm.view()));
    }
    next_id += static_cast<int64_t>(events.size());
    illicit += illicit_count.load();
    return Status::Ok();
  }

 private:
  struct Part {
    RowBuffer tx, labels, ibm;
    // "YYYY-MM-DDT" of the last UTC day formatted (rows come in time order).
    int64_t day = std::numeric_limits<int64_t>::min();
    char day_prefix[11] = {};
  };

  static char* PutUtc(char* p, int64_t ts, Part& part) {
    const int64_t days = ts >= 0 ? ts / 86400 : -((-ts + 86399) / 86400);
    const int64_t secs = ts - days * 86400;
    if (days != part.day) {
      const CivilDate d = CivilFromDays(days);
      char* q = PutPadded(part.day_prefix, static_cast<uint64_t>(d.year), 4);
      *q++ = '-';
      q = PutTwo(q, static_cast<uint64_t>(d.month));
      *q++ = '-';
      q = PutTwo(q, static_cast<uint64_t>(d.day));
      *q = 'T';
      part.day = days;
    }
    std::memcpy(p, part.day_prefix, 11);
    p += 11;
    p = PutTwo(p, static_cast<uint64_t>(secs / 3600));
    *p++ = ':';
    p = PutTwo(p, static_cast<uint64_t>((secs / 60) % 60));
    *p++ = ':';
    p = PutTwo(p, static_cast<uint64_t>(secs % 60));
    *p++ = 'Z';
    return p;
  }

  char* FormatRow(const Event& e, int64_t id, Part& part, char* p) const {
    *p++ = 'T';
    p = PutPadded(p, static_cast<uint64_t>(id), 10);
    *p++ = ',';
    p = PutUtc(p, e.ts, part);
    *p++ = ',';
    // The offset of the event's city (every event carries one).
    p = e.city != kNoCity ? offset_.Put(p, e.city) : PutText(p, FormatOffset(e.offset));
    *p++ = ',';
    if (e.from != kNone) {
      p = account_side_.Put(p, e.from);
    } else {
      *p++ = ',';
    }
    *p++ = ',';
    if (e.to != kNone) {
      p = account_side_.Put(p, e.to);
    } else {
      *p++ = ',';
    }
    *p++ = ',';
    p = WriteAmount(p, e.amount, exponent_);
    *p++ = ',';
    p = currency_.Put(p, 0);
    *p++ = ',';
    p = channel_.Put(p, e.channel);
    *p++ = ',';
    if (e.mcc != 0) p = PutPadded(p, e.mcc, 4);
    *p++ = ',';
    if (e.merchant != kNone) p = merchant_.Put(p, e.merchant);
    *p++ = ',';
    if (e.city != kNoCity) {
      p = city_.Put(p, e.city);
    } else {
      *p++ = ',';
    }
    *p++ = '\n';
    return p;
  }

  char* FormatLabel(const Event& e, int64_t id, char* p) const {
    *p++ = 'T';
    p = PutPadded(p, static_cast<uint64_t>(id), 10);
    p = scenario_.Put(p, e.scenario);
    *p++ = e.illicit ? '1' : '0';
    *p++ = '\n';
    return p;
  }

  char* FormatIbm(const Event& e, char* p) const {
    const int64_t days = e.ts / 86400;
    const int64_t secs = e.ts % 86400;
    const CivilDate d = CivilFromDays(days);
    p = PutPadded(p, static_cast<uint64_t>(d.year), 4);
    *p++ = '/';
    p = PutTwo(p, static_cast<uint64_t>(d.month));
    *p++ = '/';
    p = PutTwo(p, static_cast<uint64_t>(d.day));
    *p++ = ' ';
    p = PutTwo(p, static_cast<uint64_t>(secs / 3600));
    *p++ = ':';
    p = PutTwo(p, static_cast<uint64_t>((secs / 60) % 60));
    *p++ = ',';
    // Cash has one side: IBM's files show such rows with the account on both sides.
    const uint32_t from = e.from != kNone ? e.from : e.to;
    const uint32_t to = e.to != kNone ? e.to : e.from;
    p = ibm_side_.Put(p, from);
    *p++ = ',';
    p = ibm_side_.Put(p, to);
    for (int side = 0; side < 2; ++side) {
      *p++ = ',';
      p = WriteAmount(p, e.amount, exponent_);
      *p++ = ',';
      p = ibm_currency_.Put(p, 0);
    }
    *p++ = ',';
    p = ibm_format_.Put(p, e.channel);
    *p++ = ',';
    *p++ = e.illicit ? '1' : '0';
    *p++ = '\n';
    return p;
  }

  int threads_;
  int exponent_;
  Pieces account_side_, ibm_side_, city_, offset_, merchant_, scenario_, channel_, ibm_format_,
      currency_, ibm_currency_;
  size_t max_tx_row_ = 0, max_label_row_ = 0, max_ibm_row_ = 0;
  std::vector<Part> parts_;
};

std::string ToUpper(std::string_view text) {
  std::string out(text);
  for (char& ch : out) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  return out;
}

// Applies the regime to a day's events, in place and in order: what a bank's data of that regime
// would hold (transfers only, whole days, no merchant codes, one bank's side).
void ApplyRegime(const World& world, const Regime& regime, int view_bank,
                 std::vector<Event>& events) {
  size_t kept = 0;
  for (Event& e : events) {
    if (regime.transfers_only) {
      const auto ch = static_cast<Channel>(e.channel);
      if (e.from == kNone || e.to == kNone ||
          (ch != Channel::kTransfer && ch != Channel::kWire && ch != Channel::kAch))
        continue;
      e.channel = static_cast<uint8_t>(Channel::kTransfer);
      e.mcc = 0;
      e.merchant = kNone;
    }
    if (!regime.merchant_codes) e.mcc = 0;
    if (view_bank >= 0 && (e.from == kNone || world.accounts[e.from].bank != view_bank) &&
        (e.to == kNone || world.accounts[e.to].bank != view_bank))
      continue;
    if (regime.day_timestamps) {
      e.ts = (e.ts >= 0 ? e.ts / 86400 : -((-e.ts + 86399) / 86400)) * 86400;
      e.offset = 0;
      e.city = kNoCity;
    }
    events[kept++] = e;
  }
  events.resize(kept);
}

// The flat export (Regime::format "flat"): one CSV as a bank would hand it over, with its label
// column, and the mapping that ingests it.
class FlatWriter {
 public:
  FlatWriter(const World& world, const SimOptions& options)
      : world_(world),
        exponent_(Currency::Parse(options.currency)->exponent()),
        days_(options.regime.day_timestamps),
        mcc_(options.regime.merchant_codes && !options.regime.transfers_only) {}

  std::string Header() const {
    return std::string("tran_id,orig_acct,bene_acct,amount,tran_timestamp,tx_type,") +
           (mcc_ ? "mcc," : "") + "is_sar,alert_type,alert_id\n";
  }
  std::string Mapping(const std::string& currency) const {
    nlohmann::json columns = {
        {"id", "tran_id"},    {"from_account", "orig_acct"},   {"to_account", "bene_acct"},
        {"amount", "amount"}, {"timestamp", "tran_timestamp"}, {"channel", "tx_type"},
        {"label", "is_sar"},  {"typology", "alert_type"},      {"instance", "alert_id"}};
    if (mcc_) columns["mcc"] = "mcc";
    nlohmann::json channels = nlohmann::json::object();
    for (int k = 0; k < kChannelCount; ++k) {
      const std::string name(ChannelName(static_cast<Channel>(k)));
      channels[ToUpper(name)] = name;
    }
    nlohmann::json m = {{"currency", currency},
                        {"label_values", {{"True", true}, {"False", false}}},
                        {"channel_values", channels},
                        {"columns", columns}};
    if (days_) m["timestamp_format"] = "%Y-%m-%d";
    return m.dump(1) + "\n";
  }

  Status Write(const std::vector<Event>& events, int64_t first_id, OutFile& out, int64_t& illicit) {
    std::string& b = out.buffer();
    char amount[64];
    for (size_t k = 0; k < events.size(); ++k) {
      const Event& e = events[k];
      illicit += e.illicit;
      fmt::format_to(std::back_inserter(b), "T{:010},", first_id + static_cast<int64_t>(k));
      if (e.from != kNone) b += world_.accounts[e.from].id;
      b += ',';
      if (e.to != kNone) b += world_.accounts[e.to].id;
      b += ',';
      b.append(amount, WriteAmount(amount, e.amount, exponent_));
      b += ',';
      b += days_ ? FormatDate(e.ts / 86400) : FormatUtc(e.ts);
      b += ',';
      b += ToUpper(ChannelName(static_cast<Channel>(e.channel)));
      b += ',';
      if (mcc_) {
        if (e.mcc != 0) fmt::format_to(std::back_inserter(b), "{:04}", e.mcc);
        b += ',';
      }
      if (e.illicit && e.scenario != kNone) {
        const Scenario& sc = world_.scenarios[e.scenario];
        fmt::format_to(std::back_inserter(b), "True,{},{}\n", sc.type, sc.id);
      } else {
        b += "False,,\n";
      }
      RETURN_IF_ERROR(out.MaybeFlush());
    }
    return Status::Ok();
  }

 private:
  const World& world_;
  int exponent_;
  bool days_, mcc_;
};

Status WriteStaticFiles(const World& world, const SimOptions& options, const fs::path& tmp,
                        const fs::path& out, std::vector<std::unique_ptr<OutFile>>& files) {
  auto open = [&](const std::string& name) -> Result<OutFile*> {
    files.push_back(std::make_unique<OutFile>());
    RETURN_IF_ERROR(files.back()->Open(tmp, out, name));
    return files.back().get();
  };

  const Regime& regime = options.regime;
  // A bank's own accounts and their holders, in a bank's view; every one otherwise.
  const int view_bank = regime.bank_view.empty() ? -1 : std::atoi(regime.bank_view.c_str() + 1) - 1;
  std::vector<bool> own_party(world.parties.size(), view_bank < 0);
  for (const AccountRecord& a : world.accounts) {
    if (view_bank >= 0 && a.bank == view_bank) own_party[a.party] = true;
  }
  // The known answer for account `idx`: a row of labels_accounts.csv, written with or without KYC.
  auto label_row = [&world](OutFile& labels, size_t idx) {
    const AccountRecord& a = world.accounts[idx];
    const uint32_t scenario = world.account_scenario[idx];
    const Scenario* s = scenario == kNone ? nullptr : &world.scenarios[scenario];
    fmt::format_to(std::back_inserter(labels.buffer()), "{},{},{},{},{},{},P{:07}\n", a.id,
                   s ? s->id : "", s ? s->type : "normal", s ? world.account_role[idx] : "",
                   s && s->illicit ? 1 : 0, s && s->hard_negative ? 1 : 0,
                   world.parties[a.party].person_id);
    return labels.MaybeFlush();
  };
  if (!regime.kyc) {
    // Without KYC only the known answers are written (labels_accounts.csv, scenarios.json).
    ASSIGN_OR_RETURN(OutFile * labels, open("labels_accounts.csv"));
    labels->buffer() = "account,scenario_id,scheme_type,role,illicit,hard_negative,person_id\n";
    for (size_t idx = 0; idx < world.accounts.size(); ++idx)
      RETURN_IF_ERROR(label_row(*labels, idx));
  } else {
    ASSIGN_OR_RETURN(OutFile * parties, open("parties.csv"));
    parties->buffer() =
        "id,kind,given_names,surnames,name,birth_date,phone,email,address,city,country,mcc,"
        "employer_id,open_hour,close_hour\n";
    for (size_t pi = 0; pi < world.parties.size(); ++pi) {
      if (!own_party[pi]) continue;
      const Party& p = world.parties[pi].party;
      std::string& b = parties->buffer();
      for (std::string_view field :
           {std::string_view(p.id), PartyKindName(p.kind), std::string_view(p.given_names),
            std::string_view(p.surnames), std::string_view(p.name), std::string_view(p.birth_date),
            std::string_view(p.phone), std::string_view(p.email), std::string_view(p.address),
            std::string_view(p.city), std::string_view(p.country)}) {
        AppendCsvField(b, field);
        b.push_back(',');
      }
      if (p.kind == PartyKind::kBusiness) {
        fmt::format_to(std::back_inserter(b), "{:04},,{},{}\n", p.mcc, p.open_hour, p.close_hour);
      } else {
        fmt::format_to(std::back_inserter(b), ",{},,\n", p.employer_id);
      }
      RETURN_IF_ERROR(parties->MaybeFlush());
    }

    ASSIGN_OR_RETURN(OutFile * accounts, open("accounts.csv"));
    accounts->buffer() = "id,bank,party_id,type,currency,opened,custodian\n";
    ASSIGN_OR_RETURN(OutFile * labels, open("labels_accounts.csv"));
    labels->buffer() = "account,scenario_id,scheme_type,role,illicit,hard_negative,person_id\n";
    for (size_t idx = 0; idx < world.accounts.size(); ++idx) {
      const AccountRecord& a = world.accounts[idx];
      if (view_bank < 0 || a.bank == view_bank)
        fmt::format_to(std::back_inserter(accounts->buffer()), "{},{},{},{},{},{},{}\n", a.id,
                       world.banks[a.bank], world.parties[a.party].party.id,
                       AccountTypeName(a.type), options.currency, FormatDate(a.opened_day),
                       a.custodian == kNone ? std::string() : world.parties[a.custodian].party.id);
      RETURN_IF_ERROR(accounts->MaybeFlush());
      RETURN_IF_ERROR(label_row(*labels, idx));
    }

    ASSIGN_OR_RETURN(OutFile * watch, open("watchlists.csv"));
    watch->buffer() = "party_id,list,comment\n";
    for (const auto& [party, list] : world.watchlist) {
      fmt::format_to(std::back_inserter(watch->buffer()), "{},{},\n", world.parties[party].party.id,
                     list);
    }
  }

  ASSIGN_OR_RETURN(OutFile * scenarios, open("scenarios.json"));
  nlohmann::json doc = nlohmann::json::array();
  for (const Scenario& s : world.scenarios) {
    nlohmann::json members = nlohmann::json::array();
    for (const Member& m : s.members) {
      members.push_back({{"account", world.accounts[m.account].id},
                         {"party", world.parties[world.accounts[m.account].party].party.id},
                         {"role", m.role}});
    }
    nlohmann::json item = {{"id", s.id},
                           {"type", s.type},
                           {"illicit", s.illicit},
                           {"hard_negative", s.hard_negative},
                           {"start", FormatDate(options.StartDay() + s.start_day)},
                           {"end", FormatDate(options.StartDay() + s.end_day)},
                           {"indicators", s.indicators},
                           {"members", members}};
    if (s.business != kNone) item["business"] = world.parties[s.business].party.id;
    if (s.launders != kNone) item["launders_proceeds_of"] = world.scenarios[s.launders].id;
    if (!s.details.is_null()) item["details"] = s.details;
    doc.push_back(std::move(item));
  }
  scenarios->buffer() = doc.dump(1) + "\n";
  return Status::Ok();
}

}  // namespace

Result<WorldSummary> GenerateWorld(const SimOptions& options, const std::string& out_dir,
                                   const ProgressSink& progress) {
  RETURN_IF_ERROR(options.Validate());
  const auto started = std::chrono::steady_clock::now();
  const fs::path out(out_dir);
  std::error_code ec;
  fs::create_directories(out, ec);
  if (ec) {
    return Status::IoError(
        fmt::format("cannot create output folder '{}': {}", out_dir, ec.message()));
  }
  // Clear partial folders of interrupted runs, then write into a fresh one.
  for (const auto& entry : fs::directory_iterator(out, ec)) {
    if (entry.path().filename().string().starts_with(".partial-")) fs::remove_all(entry.path(), ec);
  }
  const fs::path tmp = out / fmt::format(".partial-{}", getpid());
  fs::create_directories(tmp, ec);
  if (ec) return Status::IoError(fmt::format("cannot create '{}': {}", tmp.string(), ec.message()));

  World world = BuildWorld(options);

  std::vector<std::unique_ptr<OutFile>> files;
  RETURN_IF_ERROR(WriteStaticFiles(world, options, tmp, out, files));
  auto open = [&](const std::string& name) -> Result<OutFile*> {
    files.push_back(std::make_unique<OutFile>());
    RETURN_IF_ERROR(files.back()->Open(tmp, out, name));
    return files.back().get();
  };
  const Regime& regime = options.regime;
  const bool flat = regime.format == "flat";
  const int view_bank = regime.bank_view.empty() ? -1 : std::atoi(regime.bank_view.c_str() + 1) - 1;
  const bool filter =
      regime.transfers_only || regime.day_timestamps || !regime.merchant_codes || view_bank >= 0;
  OutFile* tx = nullptr;
  OutFile* tx_labels = nullptr;
  OutFile* ibm = nullptr;
  FlatWriter flat_writer(world, options);
  if (flat) {
    ASSIGN_OR_RETURN(tx, open("export.csv"));
    tx->buffer() = flat_writer.Header();
    ASSIGN_OR_RETURN(OutFile * mapping, open("export_mapping.json"));
    mapping->buffer() = flat_writer.Mapping(options.currency);
  } else {
    ASSIGN_OR_RETURN(tx, open("transactions.csv"));
    tx->buffer() =
        "id,timestamp,local_offset,from_bank,from_account,to_bank,to_account,amount,currency,"
        "channel,mcc,merchant_id,city,country\n";
    ASSIGN_OR_RETURN(tx_labels, open("labels_transactions.csv"));
    tx_labels->buffer() = "transaction,scenario_id,scheme_type,illicit\n";
    if (options.ibm_format) {
      ASSIGN_OR_RETURN(ibm, open("transactions_ibm.csv"));
      ibm->buffer() =
          "Timestamp,From Bank,Account,To Bank,Account,Amount Received,Receiving Currency,"
          "Amount Paid,Payment Currency,Payment Format,Is Laundering\n";
    }
  }

  WorldSummary summary;
  const int threads = options.threads > 0
                          ? options.threads
                          : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  DayWriter writer(world, options, threads);
  DayGenerator generator(world, options);
  int64_t next_id = 1;
  // Day d is written on a second thread while day d + 1 is generated; writes stay in day order.
  std::vector<Event> generated, writing;
  std::future<Status> write_done;
  auto write = [&](std::vector<Event>& events) {
    return std::async(std::launch::async, [&, tx, tx_labels, ibm]() -> Status {
      if (filter) ApplyRegime(world, regime, view_bank, events);
      summary.transactions += static_cast<int64_t>(events.size());
      if (flat) {
        RETURN_IF_ERROR(flat_writer.Write(events, next_id, *tx, summary.illicit_transactions));
        next_id += static_cast<int64_t>(events.size());
        return Status::Ok();
      }
      return writer.Write(events, next_id, *tx, *tx_labels, ibm, summary.illicit_transactions);
    });
  };
  for (int day = 0; day <= options.days; ++day) {
    if (day < options.days) {
      generator.GenerateDay(day, generated);
    } else {
      generator.Finish(generated);
    }
    if (write_done.valid()) RETURN_IF_ERROR(write_done.get());
    std::swap(generated, writing);
    write_done = write(writing);
    if (progress && day < options.days) progress(day + 1, options.days);
  }
  RETURN_IF_ERROR(write_done.get());

  if (!flat) {
    ASSIGN_OR_RETURN(OutFile * ads, open("ads.jsonl"));
    for (const auto& ad : world.ads) ads->buffer() += ad.dump() + "\n";
    ASSIGN_OR_RETURN(OutFile * tips, open("tips.jsonl"));
    for (const auto& tip : world.tips) tips->buffer() += tip.dump() + "\n";
  }

  summary.parties = static_cast<int64_t>(world.parties.size());
  summary.accounts = static_cast<int64_t>(world.accounts.size());
  summary.ads = static_cast<int64_t>(world.ads.size());
  summary.tips = static_cast<int64_t>(world.tips.size());
  for (const Scenario& s : world.scenarios) {
    ++summary.instances[s.type];
    if (s.launders != kNone) ++summary.laundering_instances[s.type];
  }

  ASSIGN_OR_RETURN(OutFile * world_file, open("world.json"));
  nlohmann::json rates = options.rates;
  nlohmann::json counts = summary.ToJson();
  counts.erase("seconds");
  world_file->buffer() =
      nlohmann::json{
          {"generator", "tiphub simulate"},
          {"format_version", 1},
          {"options",
           {{"seed", options.seed},
            {"accounts", options.accounts},
            {"days", options.days},
            {"start_date", options.start_date},
            {"banks", options.banks},
            {"currency", options.currency},
            {"rates", rates},
            {"laundering_of_proceeds", options.laundering_of_proceeds},
            {"ordinary_night_share", options.ordinary_night_share},
            {"one_off_transfer_rate", options.one_off_transfer_rate},
            {"regime",
             {{"timestamps", regime.day_timestamps ? "day" : "second"},
              {"channels", regime.transfers_only ? "transfers" : "all"},
              {"kyc", regime.kyc},
              {"contacts", regime.contacts},
              {"merchant_codes", regime.merchant_codes},
              {"bank_view", regime.bank_view},
              {"typology_days", {regime.typology_min_days, regime.typology_max_days}},
              {"typology_members", {regime.typology_min_members, regime.typology_max_members}},
              {"typology_amounts", regime.ordinary_amounts ? "ordinary" : "structured"},
              {"format", regime.format}}}}},
          {"counts", counts}}
          .dump(1) +
      "\n";

  for (auto& file : files) RETURN_IF_ERROR(file->Close());
  for (auto& file : files) RETURN_IF_ERROR(file->Commit());
  fs::remove_all(tmp, ec);
  summary.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return summary;
}

}  // namespace tiphub::sim
