#include "sim/simulator.h"

#include <unistd.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <future>
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

// `v` with exactly `width` digits, zero-padded.
inline void AppendPadded(std::string& out, uint64_t v, int width) {
  char buf[24];
  for (int k = width - 1; k >= 0; --k) {
    buf[k] = static_cast<char>('0' + v % 10);
    v /= 10;
  }
  out.append(buf, static_cast<size_t>(width));
}

// Formats one day's sorted events into the output files. Formatting runs on several threads in
// fixed chunks and the chunks are written in order, so the bytes do not depend on the thread count.
class DayWriter {
 public:
  DayWriter(const World& world, const SimOptions& options, int threads)
      : options_(options),
        threads_(threads),
        exponent_(Currency::Parse(options.currency)->exponent()) {
    // Everything that repeats across rows is formatted once.
    for (const AccountRecord& a : world.accounts) {
      account_side_.push_back(world.banks[a.bank] + "," + a.id);
      ibm_side_.push_back(std::to_string(a.bank + 1) + "," + a.id);
    }
    for (const City& c : Cities()) {
      city_.push_back(std::string(c.name) + "," + std::string(c.country));
      offset_.push_back(FormatOffset(c.offset_minutes));
    }
    for (const PartyRecord& p : world.parties) merchant_.push_back(p.party.id);
    for (const Scenario& sc : world.scenarios)
      scenario_.push_back("," + sc.id + "," + sc.type + ",");
    ibm_currency_ = std::string(IbmCurrencyName(options.currency));
  }

  Status Write(const std::vector<Event>& events, int64_t& next_id, OutFile& tx, OutFile& labels,
               OutFile* ibm, int64_t& illicit) {
    constexpr size_t kChunk = 16384;
    const size_t chunks = (events.size() + kChunk - 1) / kChunk;
    parts_.resize(std::max(parts_.size(), chunks));
    std::atomic<size_t> next{0};
    std::atomic<int64_t> illicit_count{0};
    auto work = [&] {
      for (size_t chunk = next.fetch_add(1); chunk < chunks; chunk = next.fetch_add(1)) {
        Part& part = parts_[chunk];
        part.tx.clear();
        part.labels.clear();
        part.ibm.clear();
        const size_t end = std::min(events.size(), (chunk + 1) * kChunk);
        int64_t local_illicit = 0;
        for (size_t k = chunk * kChunk; k < end; ++k) {
          local_illicit += events[k].illicit;
          Format(events[k], next_id + static_cast<int64_t>(k), part, ibm != nullptr);
        }
        illicit_count += local_illicit;
      }
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < threads_ && static_cast<size_t>(t) < chunks; ++t) pool.emplace_back(work);
    work();
    for (auto& t : pool) t.join();
    for (size_t chunk = 0; chunk < chunks; ++chunk) {
      RETURN_IF_ERROR(tx.Append(parts_[chunk].tx));
      RETURN_IF_ERROR(labels.Append(parts_[chunk].labels));
      if (ibm != nullptr) RETURN_IF_ERROR(ibm->Append(parts_[chunk].ibm));
    }
    next_id += static_cast<int64_t>(events.size());
    illicit += illicit_count.load();
    return Status::Ok();
  }

 private:
  struct Part {
    std::string tx, labels, ibm;
  };

  void Format(const Event& e, int64_t id, Part& part, bool with_ibm) const {
    std::string& out = part.tx;
    out.push_back('T');
    AppendPadded(out, static_cast<uint64_t>(id), 10);
    out.push_back(',');
    AppendUtc(out, e.ts);
    out.push_back(',');
    // The offset of the event's city (every event carries one).
    out += e.city != kNoCity ? offset_[e.city] : FormatOffset(e.offset);
    out.push_back(',');
    if (e.from != kNone) {
      out += account_side_[e.from];
    } else {
      out.push_back(',');
    }
    out.push_back(',');
    if (e.to != kNone) {
      out += account_side_[e.to];
    } else {
      out.push_back(',');
    }
    out.push_back(',');
    AppendAmount(out, e.amount, exponent_);
    out.push_back(',');
    out += options_.currency;
    out.push_back(',');
    out += ChannelName(static_cast<Channel>(e.channel));
    out.push_back(',');
    if (e.mcc != 0) AppendPadded(out, e.mcc, 4);
    out.push_back(',');
    if (e.merchant != kNone) out += merchant_[e.merchant];
    out.push_back(',');
    if (e.city != kNoCity) {
      out += city_[e.city];
    } else {
      out.push_back(',');
    }
    out.push_back('\n');

    if (e.scenario != kNone) {
      part.labels.push_back('T');
      AppendPadded(part.labels, static_cast<uint64_t>(id), 10);
      part.labels += scenario_[e.scenario];
      part.labels.push_back(e.illicit ? '1' : '0');
      part.labels.push_back('\n');
    }
    if (with_ibm) {
      std::string& row = part.ibm;
      const int64_t days = e.ts / 86400;
      const int64_t secs = e.ts % 86400;
      const CivilDate d = CivilFromDays(days);
      AppendPadded(row, static_cast<uint64_t>(d.year), 4);
      row.push_back('/');
      AppendPadded(row, static_cast<uint64_t>(d.month), 2);
      row.push_back('/');
      AppendPadded(row, static_cast<uint64_t>(d.day), 2);
      row.push_back(' ');
      AppendPadded(row, static_cast<uint64_t>(secs / 3600), 2);
      row.push_back(':');
      AppendPadded(row, static_cast<uint64_t>((secs / 60) % 60), 2);
      row.push_back(',');
      // Cash has one side: IBM's files show such rows with the account on both sides.
      const uint32_t from = e.from != kNone ? e.from : e.to;
      const uint32_t to = e.to != kNone ? e.to : e.from;
      row += ibm_side_[from];
      row.push_back(',');
      row += ibm_side_[to];
      for (int side = 0; side < 2; ++side) {
        row.push_back(',');
        AppendAmount(row, e.amount, exponent_);
        row.push_back(',');
        row += ibm_currency_;
      }
      row.push_back(',');
      row += IbmPaymentFormat(static_cast<Channel>(e.channel));
      row.push_back(',');
      row.push_back(e.illicit ? '1' : '0');
      row.push_back('\n');
    }
  }

  const SimOptions& options_;
  int threads_;
  int exponent_;
  std::vector<std::string> account_side_, ibm_side_, city_, offset_, merchant_, scenario_;
  std::string ibm_currency_;
  std::vector<Part> parts_;
};

Status WriteStaticFiles(const World& world, const SimOptions& options, const fs::path& tmp,
                        const fs::path& out, std::vector<std::unique_ptr<OutFile>>& files) {
  auto open = [&](const std::string& name) -> Result<OutFile*> {
    files.push_back(std::make_unique<OutFile>());
    RETURN_IF_ERROR(files.back()->Open(tmp, out, name));
    return files.back().get();
  };

  ASSIGN_OR_RETURN(OutFile * parties, open("parties.csv"));
  parties->buffer() =
      "id,kind,given_names,surnames,name,birth_date,phone,email,address,city,country,mcc,"
      "employer_id,open_hour,close_hour\n";
  for (const PartyRecord& rec : world.parties) {
    const Party& p = rec.party;
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
    fmt::format_to(std::back_inserter(accounts->buffer()), "{},{},{},{},{},{},{}\n", a.id,
                   world.banks[a.bank], world.parties[a.party].party.id, AccountTypeName(a.type),
                   options.currency, FormatDate(a.opened_day),
                   a.custodian == kNone ? std::string() : world.parties[a.custodian].party.id);
    RETURN_IF_ERROR(accounts->MaybeFlush());
    const uint32_t scenario = world.account_scenario[idx];
    const Scenario* s = scenario == kNone ? nullptr : &world.scenarios[scenario];
    fmt::format_to(std::back_inserter(labels->buffer()), "{},{},{},{},{},{},P{:07}\n", a.id,
                   s ? s->id : "", s ? s->type : "normal", s ? world.account_role[idx] : "",
                   s && s->illicit ? 1 : 0, s && s->hard_negative ? 1 : 0,
                   world.parties[a.party].person_id);
    RETURN_IF_ERROR(labels->MaybeFlush());
  }

  ASSIGN_OR_RETURN(OutFile * watch, open("watchlists.csv"));
  watch->buffer() = "party_id,list,comment\n";
  for (const auto& [party, list] : world.watchlist) {
    fmt::format_to(std::back_inserter(watch->buffer()), "{},{},\n", world.parties[party].party.id,
                   list);
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
  ASSIGN_OR_RETURN(OutFile * tx, open("transactions.csv"));
  tx->buffer() =
      "id,timestamp,local_offset,from_bank,from_account,to_bank,to_account,amount,currency,"
      "channel,mcc,merchant_id,city,country\n";
  ASSIGN_OR_RETURN(OutFile * tx_labels, open("labels_transactions.csv"));
  tx_labels->buffer() = "transaction,scenario_id,scheme_type,illicit\n";
  OutFile* ibm = nullptr;
  if (options.ibm_format) {
    ASSIGN_OR_RETURN(ibm, open("transactions_ibm.csv"));
    ibm->buffer() =
        "Timestamp,From Bank,Account,To Bank,Account,Amount Received,Receiving Currency,"
        "Amount Paid,Payment Currency,Payment Format,Is Laundering\n";
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
    return std::async(
        std::launch::async, [&writer, &events, &next_id, tx, tx_labels, ibm, &summary] {
          summary.transactions += static_cast<int64_t>(events.size());
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

  ASSIGN_OR_RETURN(OutFile * ads, open("ads.jsonl"));
  for (const auto& ad : world.ads) ads->buffer() += ad.dump() + "\n";
  ASSIGN_OR_RETURN(OutFile * tips, open("tips.jsonl"));
  for (const auto& tip : world.tips) tips->buffer() += tip.dump() + "\n";

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
      nlohmann::json{{"generator", "tiphub simulate"},
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
                       {"ordinary_night_share", options.ordinary_night_share}}},
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
