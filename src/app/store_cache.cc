#include "app/store_cache.h"

#include <map>
#include <memory>

namespace tiphub::app {

Result<store::Store*> CachedStore(const std::string& path) {
  thread_local std::map<std::string, std::unique_ptr<store::Store>> cache;
  auto it = cache.find(path);
  if (it == cache.end()) {
    ASSIGN_OR_RETURN(std::unique_ptr<store::Store> s, store::OpenSqliteStore(path));
    it = cache.emplace(path, std::move(s)).first;
  }
  return it->second.get();
}

}  // namespace tiphub::app
