#include "common/file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
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

namespace {

// fsync of the folder that holds `path`, so a rename into it is durable.
Status SyncParentDir(const std::string& path) {
  std::filesystem::path dir = std::filesystem::path(path).parent_path();
  if (dir.empty()) dir = ".";
  const int fd = open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) {
    return Status::IoError(
        fmt::format("cannot open folder '{}': {}", dir.string(), std::strerror(errno)));
  }
  const int rc = fsync(fd);
  close(fd);
  if (rc != 0) {
    return Status::IoError(
        fmt::format("cannot sync folder '{}': {}", dir.string(), std::strerror(errno)));
  }
  return Status::Ok();
}

}  // namespace

Result<StagedFile> StagedFile::Write(const std::string& path, std::string_view content) {
  const std::string tmp = path + ".partial";
  const int fd = open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, kPrivateFileMode);
  if (fd < 0) {
    return Status::IoError(fmt::format("cannot write '{}': {}", tmp, std::strerror(errno)));
  }
  StagedFile staged(path);
  size_t done = 0;
  while (done < content.size()) {
    const ssize_t n = ::write(fd, content.data() + done, content.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      const int err = errno;
      close(fd);
      return Status::IoError(
          fmt::format("writing '{}' failed (disk full?): {}", tmp, std::strerror(err)));
    }
    done += static_cast<size_t>(n);
  }
  if (fsync(fd) != 0) {
    const int err = errno;
    close(fd);
    return Status::IoError(fmt::format("cannot sync '{}': {}", tmp, std::strerror(err)));
  }
  if (close(fd) != 0) {
    return Status::IoError(fmt::format("closing '{}' failed: {}", tmp, std::strerror(errno)));
  }
  return staged;
}

StagedFile::StagedFile(StagedFile&& other) noexcept
    : path_(std::move(other.path_)), pending_(other.pending_) {
  other.pending_ = false;
}

StagedFile::~StagedFile() {
  if (pending_) {
    std::error_code ignored;
    std::filesystem::remove(path_ + ".partial", ignored);
  }
}

Status StagedFile::Commit() {
  if (!pending_) return Status::FailedPrecondition("the file was already committed");
  std::error_code ec;
  std::filesystem::rename(path_ + ".partial", path_, ec);
  if (ec) {
    return Status::IoError(fmt::format("cannot move the file to '{}': {}", path_, ec.message()));
  }
  pending_ = false;
  return SyncParentDir(path_);
}

Status WriteFileAtomically(const std::string& path, std::string_view content) {
  ASSIGN_OR_RETURN(StagedFile staged, StagedFile::Write(path, content));
  return staged.Commit();
}

}  // namespace tiphub
