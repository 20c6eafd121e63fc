#include "sim/simulator.h"

#include <unistd.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
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

// Formats one day's sorted events into the output files.
class DayWriter {
 public:
  DayWriter(const World& world, const SimOptions& options)
      : world_(world),
        options_(options),
        exponent_(Currency::Parse(options.currency)->exponent()) {}

  Status Write(const std::vector<Event>& events, int64_t& next_id, OutFile& tx, OutFile& labels,
               OutFile* ibm, int64_t& illicit) {
    for (const Event& e : events) {
      const int64_t id = next_id++;
      std::string& out = tx.buffer();
      fmt::format_to(std::back_inserter(out), "T{:010},", id);
      AppendUtc(out, e.ts);
      out.push_back(',');
      out += FormatOffset(e.offset);
      out.push_back(',');
      AppendSide(out, e.from);
      out.push_back(',');
      AppendSide(out, e.to);
      out.push_back(',');
      AppendAmount(out, e.amount, exponent_);
      out.push_back(',');
      out += options_.currency;
      out.push_back(',');
      out += ChannelName(static_cast<Channel>(e.channel));
      out.push_back(',');
      if (e.mcc != 0) fmt::format_to(std::back_inserter(out), "{:04}", e.mcc);
      out.push_back(',');
      if (e.merchant != kNone) out += world_.parties[e.merchant].party.id;
      out.push_back(',');
      if (e.city != kNoCity) {
        const City& city = Cities()[e.city];
        out += city.name;
        out.push_back(',');
        out += city.country;
      } else {
        out.push_back(',');
      }
      out.push_back('\n');
      RETURN_IF_ERROR(tx.MaybeFlush());

      if (e.scenario != kNone) {
        const Scenario& s = world_.scenarios[e.scenario];
        fmt::format_to(std::back_inserter(labels.buffer()), "T{:010},{},{},{}\n", id, s.id, s.type,
                       e.illicit ? 1 : 0);
        RETURN_IF_ERROR(labels.MaybeFlush());
      }
      if (e.illicit) ++illicit;
      if (ibm != nullptr) {
        std::string& row = ibm->buffer();
        const int64_t days = e.ts / 86400;
        const int64_t secs = e.ts % 86400;
        const CivilDate d = CivilFromDays(days);
        fmt::format_to(std::back_inserter(row), "{:04}/{:02}/{:02} {:02}:{:02},", d.year, d.month,
                       d.day, secs / 3600, (secs / 60) % 60);
        // Cash has one side: IBM's files show such rows with the account on both sides.
        const uint32_t from = e.from != kNone ? e.from : e.to;
        const uint32_t to = e.to != kNone ? e.to : e.from;
        AppendIbmSide(row, from);
        row.push_back(',');
        AppendIbmSide(row, to);
        row.push_back(',');
        const std::string_view currency = IbmCurrencyName(options_.currency);
        AppendAmount(row, e.amount, exponent_);
        fmt::format_to(std::back_inserter(row), ",{},", currency);
        AppendAmount(row, e.amount, exponent_);
        fmt::format_to(std::back_inserter(row), ",{},{},{}\n", currency,
                       IbmPaymentFormat(static_cast<Channel>(e.channel)), e.illicit ? 1 : 0);
        RETURN_IF_ERROR(ibm->MaybeFlush());
      }
    }
    return Status::Ok();
  }

 private:
  void AppendSide(std::string& out, uint32_t account) const {
    if (account == kNone) {
      out.push_back(',');
      return;
    }
    out += world_.banks[world_.accounts[account].bank];
    out.push_back(',');
    out += world_.accounts[account].id;
  }
  void AppendIbmSide(std::string& out, uint32_t account) const {
    fmt::format_to(std::back_inserter(out), "{},{}", world_.accounts[account].bank + 1,
                   world_.accounts[account].id);
  }

  const World& world_;
  const SimOptions& options_;
  int exponent_;
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
  DayWriter writer(world, options);
  DayGenerator generator(world, options);
  int64_t next_id = 1;
  std::vector<Event> events;
  for (int day = 0; day < options.days; ++day) {
    generator.GenerateDay(day, events);
    RETURN_IF_ERROR(
        writer.Write(events, next_id, *tx, *tx_labels, ibm, summary.illicit_transactions));
    summary.transactions += static_cast<int64_t>(events.size());
    if (progress) progress(day + 1, options.days);
  }
  generator.Finish(events);
  RETURN_IF_ERROR(
      writer.Write(events, next_id, *tx, *tx_labels, ibm, summary.illicit_transactions));
  summary.transactions += static_cast<int64_t>(events.size());

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
