// Logging: spdlog configured once per process. Logs go to standard error so that standard output
// carries only results (tables, JSON). Secrets and personal data are never logged.
//
//   tiphub::SetUpLogging("info");
//   spdlog::info("ingested {} rows", n);
#ifndef TIPHUB_COMMON_LOGGING_H_
#define TIPHUB_COMMON_LOGGING_H_

#include <string_view>

#include "common/status.h"

namespace tiphub {

// Accepts trace, debug, info, warn, error, critical, off. Not thread-safe: call once at start-up.
Status SetUpLogging(std::string_view level);

}  // namespace tiphub

#endif  // TIPHUB_COMMON_LOGGING_H_
