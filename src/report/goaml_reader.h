// goAML report reader: the transactions, accounts and parties of goAML XML reports (STR with
// transactions, SAR with report parties), so an FIU can load reports from many banks into one
// workspace and scan across them. Reports tiphub wrote read back to the same records (details goAML
// has no field for travel in the transaction comments as "tiphub: key=value ...").
//
// Hostile input is refused before it is parsed: entity declarations (XML bombs, external
// entities), documents over 256 MiB, malformed XML, and documents whose root is not <report>.
// A transaction that lacks what tiphub needs is rejected on its own, with its line and reason.
#ifndef TIPHUB_REPORT_GOAML_READER_H_
#define TIPHUB_REPORT_GOAML_READER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"
#include "model/types.h"
#include "report/profile.h"

namespace tiphub::report {

struct GoamlRecords {
  struct Rejected {
    int64_t line = 0;
    std::string field;
    std::string reason;
  };
  std::string report_code;
  std::string entity_reference;
  int64_t rentity_id = 0;
  std::vector<Party> parties;  // each once
  std::vector<Account> accounts;
  std::vector<Transaction> transactions;
  std::vector<Rejected> rejected;
};

// `profile` supplies the reverse code maps (transmodes, account types) and the time offset of the
// report's dates.
Result<GoamlRecords> ReadGoaml(std::string_view xml, const std::string& name,
                               const FiuProfile& profile);

}  // namespace tiphub::report

#endif  // TIPHUB_REPORT_GOAML_READER_H_
