// A unique temporary folder removed with everything in it when the object goes out of scope.
// Used by tests and by jobs that need scratch space.
#ifndef TIPHUB_COMMON_TEMP_DIR_H_
#define TIPHUB_COMMON_TEMP_DIR_H_

#include <cstdlib>
#include <filesystem>
#include <string>

namespace tiphub {

class TempDir {
 public:
  TempDir() {
    std::string templ = (std::filesystem::temp_directory_path() / "tiphub-XXXXXX").string();
    if (mkdtemp(templ.data()) != nullptr) path_ = templ;
  }
  ~TempDir() {
    std::error_code ec;
    if (!path_.empty()) std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }
  std::string File(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

}  // namespace tiphub

#endif  // TIPHUB_COMMON_TEMP_DIR_H_
