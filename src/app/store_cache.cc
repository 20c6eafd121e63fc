#include "app/store_cache.h"

#include <map>
#include <memory>
#include <set>

#include <spdlog/spdlog.h>

namespace tiphub::app {

namespace {

// The paths CachedStore opened while background checkpoints run, for their thread.
struct Deferred {
  std::mutex mu;
  int active = 0;               // BackgroundCheckpoints objects alive
  std::set<std::string> paths;  // guarded by mu
};

Deferred& TheDeferred() {
  static Deferred* d = new Deferred;  // never destroyed: request threads may outlive statics
  return *d;
}

}  // namespace

Result<store::Store*> CachedStore(const std::string& path) {
  thread_local std::map<std::string, std::unique_ptr<store::Store>> cache;
  auto it = cache.find(path);
  if (it == cache.end()) {
    ASSIGN_OR_RETURN(std::unique_ptr<store::Store> s, store::OpenSqliteStore(path));
    Deferred& d = TheDeferred();
    std::lock_guard<std::mutex> lock(d.mu);
    if (d.active > 0) {
      RETURN_IF_ERROR(s->DeferCheckpoints());
      d.paths.insert(path);
    }
    it = cache.emplace(path, std::move(s)).first;
  }
  return it->second.get();
}

BackgroundCheckpoints::BackgroundCheckpoints(CheckpointOptions options) {
  {
    Deferred& d = TheDeferred();
    std::lock_guard<std::mutex> lock(d.mu);
    ++d.active;
  }
  thread_ = std::thread([this, options] { Loop(options); });
}

BackgroundCheckpoints::~BackgroundCheckpoints() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stop_ = true;
  }
  cv_.notify_all();
  thread_.join();
  Deferred& d = TheDeferred();
  std::lock_guard<std::mutex> lock(d.mu);
  if (--d.active == 0) d.paths.clear();
}

void BackgroundCheckpoints::Loop(CheckpointOptions options) {
  // This thread's own connections; they checkpoint whatever any connection committed.
  std::map<std::string, std::unique_ptr<store::Store>> stores;
  for (bool last = false; !last;) {
    {
      std::unique_lock<std::mutex> lock(mu_);
      last = cv_.wait_for(lock, options.period, [this] { return stop_; });
    }
    std::set<std::string> paths;
    {
      Deferred& d = TheDeferred();
      std::lock_guard<std::mutex> lock(d.mu);
      paths = d.paths;
    }
    for (const std::string& path : paths) {
      auto it = stores.find(path);
      if (it == stores.end()) {
        Result<std::unique_ptr<store::Store>> s = store::OpenSqliteStore(path);
        if (!s.ok()) {
          spdlog::warn("background checkpoint: {}", s.status().ToString());
          continue;
        }
        it = stores.emplace(path, std::move(*s)).first;
      }
      const Result<int64_t> left = it->second->Checkpoint(options.rewind_pages);
      if (!left.ok()) {
        spdlog::warn("background checkpoint: {}", left.status().ToString());
      } else {
        checkpoints_.fetch_add(1);
      }
    }
  }
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
