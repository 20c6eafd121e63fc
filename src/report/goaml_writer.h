// goAML report writer: a case into an STR (transaction-based) or SAR (activity-based) report in
// the structure of goAML 5 (../shared/reference/goaml.md), coded through an FIU profile.
//
// Accounts at the reporting bank (`GoamlOptions::bank`) and their holders are the bank's own
// clients: they are written in the `_my_client` forms, which need the KYC fields the profile lists
// under `required`. A missing field is an error naming the party and the field, and no report is
// produced. The writer does not validate against a schema; app::WriteReport does that before any
// file is written.
#ifndef TIPHUB_REPORT_GOAML_WRITER_H_
#define TIPHUB_REPORT_GOAML_WRITER_H_

#include <cstdint>
#include <string>

#include "common/status.h"
#include "model/case.h"
#include "report/profile.h"

namespace tiphub::report {

enum class GoamlKind { kTransaction, kActivity };

struct GoamlOptions {
  GoamlKind kind = GoamlKind::kTransaction;
  std::string bank;              // the reporting bank's code in the data
  int64_t submission_time = 0;   // UTC seconds
  std::string entity_reference;  // the bank's own reference; default TIPHUB-CASE-<id>
};

Result<std::string> WriteGoaml(const Case& c, const FiuProfile& profile,
                               const GoamlOptions& options);

// The report's reason text: the case title, each alert's summary and its indicators with values,
// thresholds and sources, at most `max_chars` characters.
std::string ReasonText(const Case& c, size_t max_chars);

}  // namespace tiphub::report

#endif  // TIPHUB_REPORT_GOAML_WRITER_H_
