// Use case: write a case as a report for the FIU (`tiphub report`): goAML STR/SAR or FinCEN SAR
// XML. The report is validated (against the FIU's XSD when given, otherwise the built-in schema)
// before anything is written; a report that fails validation is never written. Writing is
// recorded in the audit trail.
#ifndef TIPHUB_APP_REPORT_H_
#define TIPHUB_APP_REPORT_H_

#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

#include "app/cases.h"
#include "common/status.h"

namespace tiphub::app {

struct ReportRequest {
  int64_t case_id = 0;
  std::string format = "goaml";  // goaml or fincen
  std::string type;              // goaml: str (transactions) or sar (activity); default str
  std::string profile;           // built-in name or JSON file; default per format
  std::string xsd;               // the FIU's own XSD; default: the built-in schema
  std::string bank;              // reporting bank code; default: profile, then the case's
  std::string out;               // output file
};

struct ReportResult {
  std::string path;
  std::string format;
  std::string report_code;
  std::string schema;  // what it was validated against
  std::string bank;
  int64_t transactions = 0;
  int64_t bytes = 0;
  nlohmann::json ToJson() const;
};

Result<ReportResult> WriteReport(const CaseContext& ctx, const ReportRequest& request);

}  // namespace tiphub::app

#endif  // TIPHUB_APP_REPORT_H_
