#include "common/file.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include <fmt/format.h>

namespace tiphub {

Result<std::string> ReadWholeFile(const std::string& path, std::string_view what) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(fmt::format("cannot read {} '{}'", what, path));
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) return Status::IoError(fmt::format("reading {} '{}' failed", what, path));
  return text.str();
}

Status WriteFileAtomically(const std::string& path, std::string_view content) {
  const std::string tmp = path + ".partial";
  std::error_code ec;
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return Status::IoError(fmt::format("cannot write '{}'", tmp));
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    out.flush();
    if (!out) {
      out.close();
      std::filesystem::remove(tmp, ec);
      return Status::IoError(fmt::format("writing '{}' failed (disk full?)", tmp));
    }
  }
  std::filesystem::rename(tmp, path, ec);
  if (ec) {
    std::error_code ignored;
    std::filesystem::remove(tmp, ignored);
    return Status::IoError(fmt::format("cannot move the file to '{}': {}", path, ec.message()));
  }
  return Status::Ok();
}

}  // namespace tiphub
