// FinCEN SAR XML batch writer (schema EFL_SARXBatchSchema.xsd, version 1.2): one SAR activity per
// case, classified as human trafficking (subtype 927 under "other suspicious activities"), with
// "HUMAN TRAFFICKING FIN-2020-A008" in the note to FinCEN and at the start of the narrative as
// FinCEN advisory FIN-2020-A008 asks. Subjects are the case's holders in controller, recruiter,
// mule and front-business roles; likely victims are named in the narrative, not as subjects.
#ifndef TIPHUB_REPORT_FINCEN_WRITER_H_
#define TIPHUB_REPORT_FINCEN_WRITER_H_

#include <cstdint>
#include <string>

#include "common/status.h"
#include "model/case.h"
#include "report/profile.h"

namespace tiphub::report {

inline constexpr const char* kFincenHumanTraffickingKey = "HUMAN TRAFFICKING FIN-2020-A008";

struct FincenOptions {
  std::string bank;         // the filing bank's code in the data
  int64_t filing_time = 0;  // UTC seconds
};

Result<std::string> WriteFincenSar(const Case& c, const FiuProfile& profile,
                                   const FincenOptions& options);

}  // namespace tiphub::report

#endif  // TIPHUB_REPORT_FINCEN_WRITER_H_
