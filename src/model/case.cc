#include "model/case.h"

#include <algorithm>

namespace tiphub {

std::string_view CaseStatusName(CaseStatus status) {
  switch (status) {
    case CaseStatus::kNew:
      return "new";
    case CaseStatus::kInvestigating:
      return "investigating";
    case CaseStatus::kReported:
      return "reported";
    case CaseStatus::kClosedNotSuspicious:
      return "closed_not_suspicious";
  }
  return "new";
}

std::optional<CaseStatus> ParseCaseStatus(std::string_view name) {
  if (name == "new") return CaseStatus::kNew;
  if (name == "investigating") return CaseStatus::kInvestigating;
  if (name == "reported") return CaseStatus::kReported;
  if (name == "closed_not_suspicious" || name == "closed-not-suspicious" || name == "closed") {
    return CaseStatus::kClosedNotSuspicious;
  }
  return std::nullopt;
}

bool CaseTransitionAllowed(CaseStatus from, CaseStatus to) {
  switch (from) {
    case CaseStatus::kNew:
      return to == CaseStatus::kInvestigating || to == CaseStatus::kClosedNotSuspicious;
    case CaseStatus::kInvestigating:
      return to == CaseStatus::kReported || to == CaseStatus::kClosedNotSuspicious;
    case CaseStatus::kClosedNotSuspicious:
      return to == CaseStatus::kInvestigating;
    case CaseStatus::kReported:
      return false;
  }
  return false;
}

double Case::Score() const {
  double best = 0;
  for (const Alert& a : alerts) best = std::max(best, a.score);
  return best;
}

}  // namespace tiphub
