#include "common/id_index.h"

#include <xxhash.h>

namespace tiphub {

uint64_t IdIndex::Hash(std::string_view id) { return XXH3_64bits(id.data(), id.size()); }

}  // namespace tiphub
