#include "app/console.h"

#include <algorithm>
#include <map>
#include <set>

#include <fmt/format.h>

#include "app/report.h"
#include "app/store_cache.h"
#include "app/tips.h"
#include "common/file.h"
#include "common/temp_dir.h"
#include "detect/catalog.h"
#include "model/money.h"
#include "store/store.h"

namespace tiphub::app {

namespace {

constexpr size_t kMaxDetailTransactions = 500;

Status Audit(store::Store& s, const CaseContext& ctx, std::string_view action,
             const std::string& object, const std::string& detail) {
  std::unique_lock<std::mutex> lock = LockForWriting(ctx.store_path);
  return AppendAudit(s, ctx, action, object, detail);
}

}  // namespace

Result<std::string> ListAlertsJson(const CaseContext& ctx, const AlertListQuery& q) {
  if (q.sort != "score" && q.sort != "last_seen" && q.sort != "id") {
    return Status::InvalidArgument(
        fmt::format("unknown sort '{}': use score, last_seen or id", q.sort));
  }
  ASSIGN_OR_RETURN(store::Store * s, CachedStore(ctx.store_path));
  store::AlertQuery sq;
  sq.limit = std::clamp<int64_t>(q.limit, 1, 500);
  sq.offset = std::max<int64_t>(q.offset, 0);
  sq.min_score = q.min_score;
  sq.typology = q.typology;
  sq.kind = q.kind;
  sq.sort = q.sort;
  ASSIGN_OR_RETURN(std::vector<std::string> page, s->AlertQueuePage(sq));
  ASSIGN_OR_RETURN(int64_t total, s->CountAlerts(sq));
  RETURN_IF_ERROR(
      Audit(*s, ctx, "alert.list", "alerts",
            fmt::format("{} of {} alerts from offset {}", page.size(), total, sq.offset)));
  std::string out = fmt::format(R"({{"total":{},"offset":{},"items":[)", total, sq.offset);
  for (size_t i = 0; i < page.size(); ++i) {
    if (i > 0) out += ',';
    out += page[i];
  }
  out += "]}";
  return out;
}

Result<nlohmann::json> AlertDetailJson(const CaseContext& ctx, int64_t id) {
  ASSIGN_OR_RETURN(store::Store * s, CachedStore(ctx.store_path));
  ASSIGN_OR_RETURN(Alert alert, s->GetAlert(id));
  std::vector<std::string> ids = alert.evidence;
  if (ids.size() > kMaxDetailTransactions) ids.resize(kMaxDetailTransactions);
  ASSIGN_OR_RETURN(std::vector<Transaction> txs, s->GetTransactions(ids));
  std::sort(txs.begin(), txs.end(), [](const Transaction& a, const Transaction& b) {
    return a.time.utc_seconds < b.time.utc_seconds;
  });

  nlohmann::json doc = store::AlertToJson(alert);
  nlohmann::json tx_json = nlohmann::json::array();
  struct Edge {
    int64_t count = 0;
    int64_t amount_minor = 0;
    Currency currency;
  };
  std::map<std::pair<std::string, std::string>, Edge> edges;
  std::map<std::string, nlohmann::json> nodes;
  for (const auto& acc : alert.accounts) {
    nodes[acc.account] = {{"id", acc.account},
                          {"role", acc.role},
                          {"score", acc.score},
                          {"protect", acc.protect},
                          {"in_alert", true}};
  }
  auto counterpart = [&nodes](const std::string& account) {
    if (account.empty() || nodes.contains(account)) return;
    nodes[account] = {{"id", account},
                      {"role", "counterparty"},
                      {"score", 0},
                      {"protect", false},
                      {"in_alert", false}};
  };
  for (const Transaction& tx : txs) {
    tx_json.push_back(store::TransactionToJson(tx));
    const std::string from = tx.from_account.empty() ? "(cash)" : tx.from_account;
    const std::string to = tx.to_account.empty()
                               ? (tx.merchant_id.empty() ? "(cash)" : tx.merchant_id)
                               : tx.to_account;
    counterpart(from);
    counterpart(to);
    Edge& e = edges[{from, to}];
    ++e.count;
    e.amount_minor += tx.amount.minor;
    e.currency = tx.amount.currency;
  }
  nlohmann::json graph_nodes = nlohmann::json::array();
  for (auto& [_, n] : nodes) graph_nodes.push_back(std::move(n));
  nlohmann::json graph_edges = nlohmann::json::array();
  for (const auto& [key, e] : edges) {
    graph_edges.push_back({{"from", key.first},
                           {"to", key.second},
                           {"count", e.count},
                           {"amount_minor", e.amount_minor},
                           {"amount", FormatAmount(e.amount_minor, e.currency.exponent())},
                           {"currency", std::string(e.currency.code())}});
  }
  doc["transactions"] = tx_json;
  doc["transactions_missing"] = ids.size() - txs.size();
  doc["graph"] = {{"nodes", graph_nodes}, {"edges", graph_edges}};

  std::vector<store::TipLink> tips;
  for (const auto& acc : alert.accounts) {
    ASSIGN_OR_RETURN(std::vector<store::TipLink> l, s->TipLinksTo("account", acc.account));
    tips.insert(tips.end(), l.begin(), l.end());
  }
  nlohmann::json tip_json = nlohmann::json::array();
  for (const auto& l : tips) tip_json.push_back(store::TipLinkToJson(l));
  doc["tips"] = tip_json;
  RETURN_IF_ERROR(Audit(*s, ctx, "alert.read", fmt::format("alert:{}", id), ""));
  return doc;
}

Result<nlohmann::json> SearchEntitiesJson(const CaseContext& ctx, const std::string& text) {
  if (text.size() < 2 || text.size() > 200) {
    return Status::InvalidArgument("search text must be 2-200 characters");
  }
  ASSIGN_OR_RETURN(store::Store * s, CachedStore(ctx.store_path));
  ASSIGN_OR_RETURN(std::vector<Party> parties, s->SearchParties(text, 50));
  ASSIGN_OR_RETURN(std::vector<Account> accounts, s->SearchAccounts(text, 50));
  nlohmann::json out{{"parties", nlohmann::json::array()},
                     {"accounts", nlohmann::json::array()},
                     {"tips", nlohmann::json::array()}};
  for (const Party& p : parties) out["parties"].push_back(store::PartyToJson(p));
  for (const Account& a : accounts) out["accounts"].push_back(store::AccountToJson(a));
  std::set<std::string> tip_ids, party_ids;
  for (const Party& p : parties) party_ids.insert(p.id);
  std::vector<std::string> more_parties;  // holders of a matching phone or e-mail
  const std::pair<const char*, std::string> keys[] = {{"phone", NormalizeTipPhone(text)},
                                                      {"email", NormalizeTipEmail(text)},
                                                      {"plate", NormalizeTipPlate(text)},
                                                      {"handle", NormalizeTipHandle(text)}};
  for (const auto& [kind, value] : keys) {
    if (value.empty()) continue;
    ASSIGN_OR_RETURN(std::vector<store::IdentifierRow> rows, s->LookupIdentifier(kind, value));
    for (const auto& r : rows) {
      if (r.target_kind == "tip" && tip_ids.insert(r.target_id).second) {
        out["tips"].push_back({{"tip_id", r.target_id}, {"via_kind", kind}, {"via_value", value}});
      }
      if (r.target_kind == "party" && more_parties.size() < 50 &&
          party_ids.insert(r.target_id).second) {
        more_parties.push_back(r.target_id);
      }
    }
  }
  ASSIGN_OR_RETURN(std::vector<Party> more, s->GetParties(more_parties));
  for (const Party& p : more) out["parties"].push_back(store::PartyToJson(p));
  RETURN_IF_ERROR(Audit(*s, ctx, "entity.search", "entities", fmt::format("query '{}'", text)));
  return out;
}

Result<nlohmann::json> AuditJson(const CaseContext& ctx, int64_t limit) {
  ASSIGN_OR_RETURN(store::Store * s, CachedStore(ctx.store_path));
  ASSIGN_OR_RETURN(std::vector<AuditEvent> events,
                   s->RecentAudit(std::clamp<int64_t>(limit, 1, 1000)));
  // Reading the trail is itself recorded (after the read, so the reader's view ends before it).
  RETURN_IF_ERROR(Audit(*s, ctx, "audit.read", "audit", fmt::format("{} events", events.size())));
  return AuditToJson(events);
}

nlohmann::json IndicatorCatalogJson() {
  nlohmann::json out = nlohmann::json::array();
  for (const detect::IndicatorInfo& ind : detect::Catalog()) {
    out.push_back({{"id", ind.id},
                   {"title", ind.title},
                   {"measures", ind.measures},
                   {"level", ind.level},
                   {"source", ind.source},
                   {"threshold", ind.threshold},
                   {"weight", ind.weight}});
  }
  return out;
}

Result<nlohmann::json> ListCasesJson(const CaseContext& ctx, const CaseFilter& filter) {
  ASSIGN_OR_RETURN(std::vector<Case> cases, ListCases(ctx, filter));
  nlohmann::json items = nlohmann::json::array();
  for (const Case& c : cases) items.push_back(CaseToJson(c, false));
  ASSIGN_OR_RETURN(store::Store * s, CachedStore(ctx.store_path));
  RETURN_IF_ERROR(Audit(*s, ctx, "case.list", "cases", fmt::format("{} cases", cases.size())));
  return nlohmann::json{{"items", items}};
}

Result<nlohmann::json> CaseDetailJson(const CaseContext& ctx, int64_t id) {
  ASSIGN_OR_RETURN(CaseView view, ShowCase(ctx, id));
  nlohmann::json doc = CaseToJson(view.c, true);
  doc["audit"] = AuditToJson(view.audit);
  ASSIGN_OR_RETURN(store::Store * s, CachedStore(ctx.store_path));
  RETURN_IF_ERROR(Audit(*s, ctx, "case.read", fmt::format("case:{}", id), ""));
  return doc;
}

Result<ReportDownload> ReportForDownload(const CaseContext& ctx, int64_t case_id,
                                         const std::string& format) {
  if (format != "goaml" && format != "fincen") {
    return Status::InvalidArgument(
        fmt::format("unknown report format '{}': use goaml or fincen", format));
  }
  TempDir dir;
  if (dir.path().empty()) return Status::IoError("cannot create a temporary folder for the report");
  ReportRequest request;
  request.case_id = case_id;
  request.format = format;
  request.out = (dir.path() / "report.xml").string();
  ASSIGN_OR_RETURN(ReportResult written, WriteReport(ctx, request));
  ASSIGN_OR_RETURN(std::string xml, ReadWholeFile(written.path, "report"));
  return ReportDownload{fmt::format("case-{}-{}.xml", case_id, format), std::move(xml)};
}

Result<nlohmann::json> OverviewJson(const CaseContext& ctx) {
  ASSIGN_OR_RETURN(store::Store * s, CachedStore(ctx.store_path));
  ASSIGN_OR_RETURN(int64_t alerts, s->CountAlerts(store::AlertQuery{}));
  ASSIGN_OR_RETURN(int64_t tips, s->CountTips(store::TipQuery{}));
  store::TipQuery urgent;
  urgent.urgent_only = true;
  urgent.status = "new";
  ASSIGN_OR_RETURN(int64_t urgent_tips, s->CountTips(urgent));
  return nlohmann::json{{"alerts", alerts}, {"tips", tips}, {"urgent_new_tips", urgent_tips}};
}

}  // namespace tiphub::app
