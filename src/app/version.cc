#include "app/version.h"

#include <sqlite3.h>

#include <fmt/format.h>

namespace tiphub::app {

std::string VersionString() {
  return fmt::format("tiphub {} (sqlite {})", TIPHUB_VERSION, sqlite3_libversion());
}

}  // namespace tiphub::app
