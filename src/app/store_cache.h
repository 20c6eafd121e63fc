// Stores kept open per thread, for the server's request threads: opening a SQLite workspace
// (pragmas, schema check) costs more than a typical API read.
//
// Thread safety: each thread has its own cache; the returned store belongs to the calling thread's
// cache and stays valid until that thread ends. Never pass it to another thread.
#ifndef TIPHUB_APP_STORE_CACHE_H_
#define TIPHUB_APP_STORE_CACHE_H_

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>

#include "app/cases.h"
#include "common/status.h"
#include "store/store.h"

namespace tiphub::app {

Result<store::Store*> CachedStore(const std::string& path);

// While one exists, the stores CachedStore opens leave log checkpoints to this object's thread,
// which checkpoints every store opened through CachedStore every `period` (PASSIVE: never waits
// for readers or writers) and rewinds a log once it holds `rewind_pages`, so no request pays for
// a checkpoint. Several may exist (servers in one test process); each checkpoints every
// deferred store. The destructor stops the thread after a last round. Errors are logged.
struct CheckpointOptions {
  std::chrono::milliseconds period{250};
  // 256 MB of 16 KB pages: the log size at which SQLite's own checkpoint runs in our stores.
  int64_t rewind_pages = 16384;
};

class BackgroundCheckpoints {
 public:
  explicit BackgroundCheckpoints(CheckpointOptions options = {});
  ~BackgroundCheckpoints();
  BackgroundCheckpoints(const BackgroundCheckpoints&) = delete;
  BackgroundCheckpoints& operator=(const BackgroundCheckpoints&) = delete;

  // Checkpoints run so far (for tests).
  int64_t checkpoints() const { return checkpoints_.load(); }

 private:
  void Loop(CheckpointOptions options);

  std::mutex mu_;
  std::condition_variable cv_;
  bool stop_ = false;  // guarded by mu_
  std::atomic<int64_t> checkpoints_{0};
  std::thread thread_;
};

// Serialises this process's writers of the store at `path`: threads queue here in order instead
// of backing off and retrying on SQLite's write lock, which keeps tail latency low under load.
// Other processes still coordinate through SQLite's lock.
std::unique_lock<std::mutex> LockForWriting(const std::string& path);

// Appends an audit event by ctx.actor, dated by ctx.clock, to `s` (the store of ctx.store_path).
// The caller holds LockForWriting(ctx.store_path).
Status AppendAudit(store::Store& s, const CaseContext& ctx, std::string_view action,
                   const std::string& object, const std::string& detail);

}  // namespace tiphub::app

#endif  // TIPHUB_APP_STORE_CACHE_H_
