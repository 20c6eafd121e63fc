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

std::unique_lock<std::mutex> LockForWriting(const std::string& path) {
  static std::mutex guard;
  static std::map<std::string, std::unique_ptr<std::mutex>> locks;
  std::mutex* m = nullptr;
  {
    std::lock_guard<std::mutex> g(guard);
    auto& slot = locks[path];
    if (!slot) slot = std::make_unique<std::mutex>();
    m = slot.get();
  }
  return std::unique_lock<std::mutex>(*m);
}

Status AppendAudit(store::Store& s, const CaseContext& ctx, std::string_view action,
                   const std::string& object, const std::string& detail) {
  return s.AppendAudit(
      {0, ctx.clock->NowSeconds(), ctx.actor, std::string(action), object, detail});
}

}  // namespace tiphub::app
