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

// Writes `content` to `path` through `path`.partial and a rename, so readers see the old file or
// the whole new one, never a part; the partial file is removed on failure.
Status WriteFileAtomically(const std::string& path, std::string_view content);

}  // namespace tiphub

#endif  // TIPHUB_COMMON_FILE_H_
