// The alert builder: at the end of a scan, scores each account on the combination of indicators
// that fired on it, groups flagged accounts into network alerts (starting from the pattern
// instances the graph stage found, then repeated relationships), adds the associates that show
// little on their own, and explains each alert: its family (the catalog's votes), each account's
// likely role (the catalog's role rules), the evidence and a summary.
#ifndef TIPHUB_DETECT_ALERT_BUILDER_H_
#define TIPHUB_DETECT_ALERT_BUILDER_H_

#include <string_view>
#include <vector>

#include "detect/kyc_stage.h"
#include "detect/pattern_stage.h"
#include "model/alert.h"

namespace tiphub::detect {

class AccountTable;
class GraphStage;
struct AccountState;

// Builds the alerts of `table`, highest score first. `holders` are the table's KYC holders;
// `structures` the pattern stage's instances of new relationships, whose accounts are grouped by
// the Leiden communities of their flows (not by connected components), so that one alert holds one
// pattern instance and ordinary hubs do not glue instances together. No alert holds more than
// EngineOptions::max_alert_accounts accounts: a larger group is split into communities and each
// part says so.
std::vector<Alert> BuildAlerts(AccountTable& table, GraphStage& graph,
                               const std::vector<Holder>& holders,
                               const std::vector<Structure>& structures = {});

// The role of `a` in an alert by the catalog's role rules, and whether it is to be protected.
struct RoleVerdict {
  std::string_view role;
  bool protect = false;
};
RoleVerdict RoleOf(const AccountState& a);

}  // namespace tiphub::detect

#endif  // TIPHUB_DETECT_ALERT_BUILDER_H_
