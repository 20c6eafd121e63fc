// Use cases behind the analyst console and the JSON API: the alert queue, an alert with its
// network, roles, timeline and linked tips, entity search, and the audit trail. Each read of
// personal data appends an audit event (who, what, when) in the context's store before returning.
//
// Thread safety: callable from many threads at once; each thread uses its own store handles.
#ifndef TIPHUB_APP_CONSOLE_H_
#define TIPHUB_APP_CONSOLE_H_

#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

#include "app/cases.h"
#include "common/status.h"

namespace tiphub::app {

struct AlertListQuery {
  int64_t limit = 50;  // 1..500
  int64_t offset = 0;
  double min_score = 0;
  std::string typology;
  std::string kind;
  std::string sort = "score";  // score, last_seen or id
};
// {total, offset, items: [alert summaries without evidence lists]}, serialised (the queue is
// served from precomputed JSON, not re-encoded per request).
Result<std::string> ListAlertsJson(const CaseContext& ctx, const AlertListQuery& query);

// The alert in full plus: transactions (the stored evidence, oldest first, at most 500),
// graph {nodes: [{id, role, score, protect, in_alert}], edges: [{from, to, count, amount}]},
// tips linked to its accounts.
Result<nlohmann::json> AlertDetailJson(const CaseContext& ctx, int64_t id);

// Parties and accounts matching `text` (id, holder or name), and tips sharing a phone, e-mail,
// plate or handle with it.
Result<nlohmann::json> SearchEntitiesJson(const CaseContext& ctx, const std::string& text);

// The newest `limit` audit events of the context's organisation.
Result<nlohmann::json> AuditJson(const CaseContext& ctx, int64_t limit);

// The detection indicator catalog with sources.
nlohmann::json IndicatorCatalogJson();

// The case list and one case in full with its audit trail; both audited as reads.
Result<nlohmann::json> ListCasesJson(const CaseContext& ctx, const CaseFilter& filter);
Result<nlohmann::json> CaseDetailJson(const CaseContext& ctx, int64_t id);

// A case's report for download: goAML ("goaml") or FinCEN SAR ("fincen") XML, validated and
// audited like `tiphub report`. Returns the file name and the XML.
struct ReportDownload {
  std::string filename;
  std::string xml;
};
Result<ReportDownload> ReportForDownload(const CaseContext& ctx, int64_t case_id,
                                         const std::string& format);

// Counts of alerts, tips and cases for the console's header.
Result<nlohmann::json> OverviewJson(const CaseContext& ctx);

}  // namespace tiphub::app

#endif  // TIPHUB_APP_CONSOLE_H_
