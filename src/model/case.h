// A case: what an analyst investigates and, if it holds up, reports to the FIU. A case keeps copies
// of the alerts it was opened from and of its evidence (transactions, accounts, parties) as they
// were when added, so a later scan or ingest cannot change what was reported.
//
// Workflow: new -> investigating -> reported | closed_not_suspicious. A closed case may be reopened
// (back to investigating); a reported case is final.
#ifndef TIPHUB_MODEL_CASE_H_
#define TIPHUB_MODEL_CASE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/alert.h"
#include "model/types.h"

namespace tiphub {

enum class CaseStatus : uint8_t { kNew, kInvestigating, kReported, kClosedNotSuspicious };

std::string_view CaseStatusName(CaseStatus status);
// Accepts the names above and "closed-not-suspicious"/"closed".
std::optional<CaseStatus> ParseCaseStatus(std::string_view name);
// Whether the workflow allows moving from `from` to `to`.
bool CaseTransitionAllowed(CaseStatus from, CaseStatus to);

struct CaseNote {
  int64_t at = 0;  // UTC seconds
  std::string author;
  std::string text;
};

// One entry of the append-only audit trail.
struct AuditEvent {
  int64_t id = 0;
  int64_t at = 0;      // UTC seconds
  std::string actor;   // who did it
  std::string action;  // "case.open", "case.status", ...
  std::string object;  // "case:12"
  std::string detail;  // what changed, for a person
};

struct Case {
  int64_t id = 0;
  std::string title;
  CaseStatus status = CaseStatus::kNew;
  std::string assignee;
  int64_t created_at = 0;
  int64_t updated_at = 0;
  std::vector<Alert> alerts;  // snapshots, in the order they were added
  std::vector<Transaction> transactions;
  std::vector<Account> accounts;
  std::vector<Party> parties;
  std::vector<CaseNote> notes;

  // The highest alert score, 0 without alerts.
  double Score() const;
};

}  // namespace tiphub

#endif  // TIPHUB_MODEL_CASE_H_
