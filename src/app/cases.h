// Use cases: the case workflow (`tiphub case ...`). Every change is written together with its
// audit event in one store transaction: both land or neither.
#ifndef TIPHUB_APP_CASES_H_
#define TIPHUB_APP_CASES_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "common/clock.h"
#include "common/status.h"
#include "model/case.h"

namespace tiphub::app {

// Who acts on which workspace, and the clock that dates their actions.
struct CaseContext {
  std::string store_path = "tiphub.db";
  std::string actor;  // required: the audit trail says who
  const Clock* clock = &SystemClock::Default();
};

struct OpenCaseResult {
  Case c;
  bool merged = false;
  // Evidence the alert names that the workspace does not hold (the alert came from a scan of
  // files that were not ingested); the case keeps the ids in the alert snapshot.
  int64_t missing_transactions = 0;
};

// Opens a case from alert `alert_id`, or adds the alert and its evidence to case `into` (not a
// reported case). The evidence copied into the case: the alert's transactions, the accounts of the
// alert and of both sides of those transactions, their holders, custodians and merchants.
Result<OpenCaseResult> OpenCase(const CaseContext& ctx, int64_t alert_id,
                                std::optional<int64_t> into, const std::string& title);

struct CaseFilter {
  std::string status;  // a status name, or empty
  std::string assignee;
  int64_t limit = 100;
};
Result<std::vector<Case>> ListCases(const CaseContext& ctx, const CaseFilter& filter);

struct CaseView {
  Case c;
  std::vector<AuditEvent> audit;
};
Result<CaseView> ShowCase(const CaseContext& ctx, int64_t id);

Result<Case> AssignCase(const CaseContext& ctx, int64_t id, const std::string& assignee);
Result<Case> AddCaseNote(const CaseContext& ctx, int64_t id, const std::string& text);
// Moves the case along the workflow; a move the workflow does not allow is an error naming the
// allowed ones. `reason` goes into the audit trail.
Result<Case> SetCaseStatus(const CaseContext& ctx, int64_t id, const std::string& status,
                           const std::string& reason);

// Appends an event to the workspace's audit trail (used by other use cases, e.g. reports).
Status RecordAudit(const CaseContext& ctx, const std::string& action, const std::string& object,
                   const std::string& detail);

// JSON forms for the CLI and API. `full` adds evidence, notes and the alert snapshots.
nlohmann::json CaseToJson(const Case& c, bool full);
nlohmann::json AuditToJson(const std::vector<AuditEvent>& events);

}  // namespace tiphub::app

#endif  // TIPHUB_APP_CASES_H_
