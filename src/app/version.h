// Build and format versions reported by `tiphub --version` and the API's health route.
#ifndef TIPHUB_APP_VERSION_H_
#define TIPHUB_APP_VERSION_H_

#include <string>

namespace tiphub::app {

// "tiphub 0.1.0 (sqlite 3.40.1)".
std::string VersionString();

}  // namespace tiphub::app

#endif  // TIPHUB_APP_VERSION_H_
