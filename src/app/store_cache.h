// Stores kept open per thread, for the server's request threads: opening a SQLite workspace
// (pragmas, schema check) costs more than a typical API read.
//
// Thread safety: each thread has its own cache; the returned store belongs to the calling thread's
// cache and stays valid until that thread ends. Never pass it to another thread.
#ifndef TIPHUB_APP_STORE_CACHE_H_
#define TIPHUB_APP_STORE_CACHE_H_

#include <mutex>
#include <string>

#include "app/cases.h"
#include "common/status.h"
#include "store/store.h"

namespace tiphub::app {

Result<store::Store*> CachedStore(const std::string& path);

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
