#include "app/eval.h"

#include <algorithm>
#include <array>
#include <filesystem>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include <fmt/format.h>

#include "app/reference.h"
#include "app/scan.h"
#include "detect/catalog.h"
#include "ingest/csv_reader.h"
#include "learn/model.h"
#include "store/store.h"

namespace tiphub::app {

namespace {

struct AccountTruth {
  std::string scheme_type;
  std::string role;                 // empty when the labels give none
  std::set<std::string> instances;  // pattern instances it took part in
};

// What the alerts are compared with.
struct Truth {
  bool simulator = false;
  std::unordered_map<std::string, AccountTruth> illicit;  // account -> truth
  // Simulator worlds list every account: only listed accounts count as false positives.
  std::unordered_set<std::string> listed;
  std::unordered_set<std::string> hard_negatives;
  std::unordered_map<std::string, LabelFamily> illicit_tx;  // transaction -> family
  bool Counts(const std::string& account) const { return !simulator || listed.count(account) > 0; }
};

Result<std::vector<std::map<std::string, std::string>>> ReadLabels(const std::string& path) {
  if (!std::filesystem::exists(path)) {
    return Status::InvalidArgument(fmt::format(
        "cannot open '{}': give the simulator world's folder with --labels, or leave --labels out "
        "to use the labels ingested with the data",
        path));
  }
  return ingest::ReadCsvRows(path);
}

LabelFamily FamilyOfType(const std::string& type) {
  if (IsLaunderingType(type)) return LabelFamily::kLaundering;
  if (type == "sex_ads" || type == "massage_front" || type == "labour_payroll" ||
      type == "debt_bondage_remit")
    return LabelFamily::kTrafficking;
  return LabelFamily::kUnknown;
}

Result<Truth> SimulatorTruth(const std::string& labels_dir) {
  Truth truth;
  truth.simulator = true;
  ASSIGN_OR_RETURN(auto account_rows, ReadLabels(labels_dir + "/labels_accounts.csv"));
  ASSIGN_OR_RETURN(auto tx_rows, ReadLabels(labels_dir + "/labels_transactions.csv"));
  for (const auto& row : account_rows) {
    const std::string& acct = row.at("account");
    truth.listed.insert(acct);
    if (row.at("illicit") == "1") {
      AccountTruth& t = truth.illicit[acct];
      t.scheme_type = row.at("scheme_type");
      t.role = row.at("role");
      if (t.role == "recruiter") t.role = "front_business";
      if (t.role == "source") t.role = "controller";
      if (auto s = row.find("scenario_id"); s != row.end() && !s->second.empty())
        t.instances.insert(s->second);
    }
    if (row.at("hard_negative") == "1") truth.hard_negatives.insert(acct);
  }
  for (const auto& row : tx_rows) {
    if (row.at("illicit") != "1") continue;
    truth.illicit_tx[row.at("transaction")] = FamilyOfType(row.at("scheme_type"));
  }
  return truth;
}

Result<Truth> WorkspaceTruth(store::Store& store, const std::string& store_path) {
  Truth truth;
  ASSIGN_OR_RETURN(std::vector<store::IllicitTransaction> txs, store.IllicitTransactions());
  if (txs.empty()) {
    ASSIGN_OR_RETURN(store::StoreCounts counts, store.Counts());
    return Status::FailedPrecondition(fmt::format(
        "workspace '{}' holds {} labels and none is illicit: ingest data with a label column (a "
        "--mapping with columns.label, and label_values for values other than 1/0, true/false, "
        "yes/no), or give a simulator world's folder with --labels",
        store_path, counts.labels));
  }
  // Typology votes per account: the most frequent typology of its illicit transactions.
  std::unordered_map<std::string, std::map<std::string, int>> votes;
  for (const auto& t : txs) {
    truth.illicit_tx[t.label.transaction_id] = FamilyOfType(t.label.scheme_type);
    for (const std::string* side : {&t.from_account, &t.to_account}) {
      if (side->empty()) continue;
      AccountTruth& a = truth.illicit[*side];
      if (!t.label.scenario.empty()) a.instances.insert(t.label.scenario);
      ++votes[*side][t.label.scheme_type];
    }
  }
  for (auto& [account, counts] : votes) {
    truth.illicit[account].scheme_type =
        std::max_element(counts.begin(), counts.end(), [](const auto& x, const auto& y) {
          return x.second < y.second;
        })->first;
  }
  return truth;
}

nlohmann::json Prf(int64_t tp, int64_t fp, int64_t fn) { return learn::Prf{tp, fp, fn}.ToJson(); }

// Where an alert came from: the rules, the unsupervised dense-flow detector or the model.
std::string SourceOf(const Alert& a) {
  if (a.typology == "model") return "model";
  const detect::FamilyInfo* family = detect::FindFamily(a.typology);
  return family != nullptr && family->unsupervised ? "unsupervised" : "rules";
}

// Account precision, recall and F1 of the accounts in `alerts`.
nlohmann::json AccountPrf(const Truth& truth, const std::vector<const Alert*>& alerts) {
  std::unordered_set<std::string> flagged;
  for (const Alert* a : alerts) {
    for (const auto& acc : a->accounts) flagged.insert(acc.account);
  }
  int64_t tp = 0, fp = 0;
  for (const auto& acct : flagged) {
    if (truth.illicit.count(acct)) {
      ++tp;
    } else if (truth.Counts(acct)) {
      ++fp;
    }
  }
  return Prf(tp, fp, static_cast<int64_t>(truth.illicit.size()) - tp);
}

}  // namespace

Result<nlohmann::json> Evaluate(const std::string& store_path, const std::string& labels_dir,
                                int top_k) {
  ASSIGN_OR_RETURN(std::unique_ptr<store::Store> store, store::OpenSqliteStore(store_path));
  Truth truth;
  if (!labels_dir.empty()) {
    ASSIGN_OR_RETURN(truth, SimulatorTruth(labels_dir));
  } else {
    ASSIGN_OR_RETURN(truth, WorkspaceTruth(*store, store_path));
  }
  store::AlertQuery query;
  query.limit = 1'000'000'000;
  ASSIGN_OR_RETURN(std::vector<Alert> alerts, store->ListAlerts(query));

  std::unordered_map<std::string, std::string> predicted_role;
  std::unordered_set<std::string> flagged, flagged_tx;
  // Evidence by family, for the per-family transaction scores.
  std::unordered_set<std::string> flagged_tx_laundering, flagged_tx_trafficking;
  size_t largest = 0, over_50 = 0;
  for (const Alert& a : alerts) {
    largest = std::max(largest, a.accounts.size());
    over_50 += a.accounts.size() > 50;
    for (const auto& acc : a.accounts) {
      flagged.insert(acc.account);
      // The role of the account's best-scored alert (alerts come highest score first); an
      // alert that cannot tell ("unknown", e.g. a dense flow's source) leaves it to the others.
      auto [role, inserted] = predicted_role.emplace(acc.account, acc.role);
      if (!inserted && role->second == "unknown") role->second = acc.role;
    }
    flagged_tx.insert(a.evidence.begin(), a.evidence.end());
    // Laundering: the transfers of the patterns found, in any alert (a trafficking network's
    // laundering layer included); trafficking: the evidence of trafficking-led alerts.
    const detect::FamilyInfo* family = detect::FindFamily(a.typology);
    if (IsLaunderingType(a.typology) || (family != nullptr && family->laundering)) {
      flagged_tx_laundering.insert(a.evidence.begin(), a.evidence.end());
    } else {
      flagged_tx_trafficking.insert(a.evidence.begin(), a.evidence.end());
    }
    flagged_tx_laundering.insert(a.flows.begin(), a.flows.end());
  }

  // Accounts.
  int64_t tp = 0, fp = 0, role_ok = 0, roles_known = 0;
  std::array<int64_t, 2> traffic{}, launder{};               // found, missed per family
  std::map<std::string, std::array<int64_t, 2>> per_scheme;  // type -> {members, found}
  for (const auto& [acct, t] : truth.illicit) {
    const bool hit = flagged.count(acct) > 0;
    auto& s = per_scheme[t.scheme_type.empty() ? "illicit" : t.scheme_type];
    ++s[0];
    // Labels that name no typology count with the laundering family.
    auto& family = FamilyOfType(t.scheme_type) == LabelFamily::kTrafficking ? traffic : launder;
    ++(hit ? family[0] : family[1]);
    if (hit) {
      ++s[1];
      ++tp;
      if (!t.role.empty()) {
        ++roles_known;
        role_ok += predicted_role[acct] == t.role;
      }
    }
  }
  for (const auto& acct : flagged) {
    if (!truth.illicit.count(acct) && truth.Counts(acct)) ++fp;
  }
  const int64_t fn = static_cast<int64_t>(truth.illicit.size()) - tp;
  int64_t hn_flagged = 0;
  for (const auto& acct : truth.hard_negatives) hn_flagged += flagged.count(acct) > 0;

  // Transactions. Per family, the other family's illicit transactions count neither for nor
  // against it; labels that name no typology count with the laundering family.
  auto is_family = [](LabelFamily f, LabelFamily want) {
    return want == LabelFamily::kTrafficking ? f == LabelFamily::kTrafficking
                                             : f != LabelFamily::kTrafficking;
  };
  auto family_tx = [&](const std::unordered_set<std::string>& flagged_set, LabelFamily want) {
    int64_t tp = 0, fp = 0, truth_n = 0;
    for (const auto& [id, f] : truth.illicit_tx) truth_n += is_family(f, want);
    for (const auto& id : flagged_set) {
      auto it = truth.illicit_tx.find(id);
      if (it == truth.illicit_tx.end()) {
        ++fp;
      } else if (is_family(it->second, want)) {
        ++tp;
      }
    }
    return Prf(tp, fp, truth_n - tp);
  };
  int64_t ttp = 0, tfp = 0;
  for (const auto& id : flagged_tx) {
    if (truth.illicit_tx.count(id)) {
      ++ttp;
    } else {
      ++tfp;
    }
  }
  const int64_t tfn = static_cast<int64_t>(truth.illicit_tx.size()) - ttp;

  nlohmann::json per = nlohmann::json::object();
  for (const auto& [type, s] : per_scheme) {
    per[type] = {{"accounts", s[0]},
                 {"found", s[1]},
                 {"recall", s[0] ? static_cast<double>(s[1]) / static_cast<double>(s[0]) : 0}};
  }
  int64_t good_top = 0;
  const int64_t k = std::min<int64_t>(top_k, static_cast<int64_t>(alerts.size()));
  for (int64_t idx = 0; idx < k; ++idx) {
    bool any = false;
    for (const auto& acc : alerts[static_cast<size_t>(idx)].accounts)
      any |= truth.illicit.count(acc.account) > 0;
    good_top += any;
  }

  nlohmann::json out = {
      {"truth", truth.simulator ? "simulator" : "workspace"},
      {"account", Prf(tp, fp, fn)},
      {"account_trafficking", Prf(traffic[0], fp, traffic[1])},
      {"account_laundering", Prf(launder[0], fp, launder[1])},
      {"transaction_laundering", family_tx(flagged_tx_laundering, LabelFamily::kLaundering)},
      {"transaction_trafficking", family_tx(flagged_tx_trafficking, LabelFamily::kTrafficking)},
      {"transaction_laundering_any_alert", family_tx(flagged_tx, LabelFamily::kLaundering)},
      {"transaction_trafficking_any_alert", family_tx(flagged_tx, LabelFamily::kTrafficking)},
      {"transaction", Prf(ttp, tfp, tfn)},
      {"per_scheme", per},
      {"precision_at_k",
       {{"k", k}, {"precision", k ? static_cast<double>(good_top) / static_cast<double>(k) : 0}}},
      {"alerts", alerts.size()},
      {"largest_alert", largest},
      {"alerts_over_50", over_50}};
  out["role_accuracy"] =
      roles_known ? nlohmann::json(static_cast<double>(role_ok) / static_cast<double>(roles_known))
                  : nlohmann::json(nullptr);
  out["hard_negative_accounts"] = truth.hard_negatives.size();
  out["hard_negative_fpr"] =
      truth.simulator ? nlohmann::json(truth.hard_negatives.empty()
                                           ? 0.0
                                           : static_cast<double>(hn_flagged) /
                                                 static_cast<double>(truth.hard_negatives.size()))
                      : nlohmann::json(nullptr);

  // Pattern instances: found when a member is flagged, and when half of them are.
  std::unordered_map<std::string, std::vector<std::string>> members;
  for (const auto& [acct, t] : truth.illicit) {
    for (const auto& inst : t.instances) members[inst].push_back(acct);
  }
  if (!members.empty()) {
    int64_t found = 0, found_half = 0;
    for (const auto& [inst, accts] : members) {
      size_t hit = 0;
      for (const auto& a : accts) hit += flagged.count(a) > 0;
      found += hit > 0;
      found_half += 2 * hit >= accts.size();
    }
    int64_t mixed = 0;
    for (const Alert& a : alerts) {
      std::set<std::string> seen;
      for (const auto& acc : a.accounts) {
        auto it = truth.illicit.find(acc.account);
        if (it != truth.illicit.end())
          seen.insert(it->second.instances.begin(), it->second.instances.end());
      }
      mixed += seen.size() >= 2;
    }
    out["instances"] = {{"total", members.size()},
                        {"found", found},
                        {"found_half", found_half},
                        {"mixed_alerts", mixed}};
  }
  // Each source of alerts on its own.
  std::map<std::string, std::vector<const Alert*>> by_source;
  for (const Alert& a : alerts) by_source[SourceOf(a)].push_back(&a);
  nlohmann::json sources = nlohmann::json::object();
  for (const auto& [source, list] : by_source) {
    size_t big = 0;
    for (const Alert* a : list) big = std::max(big, a->accounts.size());
    sources[source] = AccountPrf(truth, list);
    sources[source]["alerts"] = list.size();
    sources[source]["largest_alert"] = big;
  }
  out["by_source"] = sources;
  return out;
}

}  // namespace tiphub::app
