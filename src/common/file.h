// Whole-file reads and atomic whole-file writes.
#ifndef TIPHUB_COMMON_FILE_H_
#define TIPHUB_COMMON_FILE_H_

#include <string>
#include <string_view>

#include "common/status.h"

namespace tiphub {

// The bytes of `path`. NotFound "cannot read <what> '<path>'" when it cannot be opened; IoError
// when reading fails part way.
Result<std::string> ReadWholeFile(const std::string& path, std::string_view what);

// Files tiphub creates are the owner's only (0600; folders 0700): they hold personal data.
inline constexpr int kPrivateFileMode = 0600;
inline constexpr int kPrivateDirMode = 0700;

// A whole file written and fsynced under `path`.partial, not yet in place: Commit() renames it to
// `path` and fsyncs the folder, so once Commit returns the file survives a crash, and readers see
// the old file or the whole new one, never a part. Lets a caller record what the file is (an
// audit event) after its bytes are durable and before it exists under its name. Destroying an
// uncommitted StagedFile removes the partial file. Not thread-safe.
class StagedFile {
 public:
  // Writes (mode 0600) and fsyncs `path`.partial; IoError naming the file when it cannot.
  static Result<StagedFile> Write(const std::string& path, std::string_view content);
  StagedFile(StagedFile&& other) noexcept;
  StagedFile& operator=(StagedFile&&) = delete;
  StagedFile(const StagedFile&) = delete;
  StagedFile& operator=(const StagedFile&) = delete;
  ~StagedFile();

  Status Commit();

 private:
  explicit StagedFile(std::string path) : path_(std::move(path)) {}
  std::string path_;
  bool pending_ = true;
};

// StagedFile::Write then Commit: `content` durably at `path` (0600), atomically replacing it.
Status WriteFileAtomically(const std::string& path, std::string_view content);

}  // namespace tiphub

#endif  // TIPHUB_COMMON_FILE_H_
