// Failed authentication and refused requests, counted per client address: logged (at most one line
// per address per log interval, with the count since the last line) and, when one address fails
// to authenticate too often (401), that address is slowed down (its requests answered 429 with
// Retry-After, without touching any store) until its window passes. Refusals of a known user's
// role (403) are counted and logged but slow no one down.
//
// Memory is bounded: at most `max_addresses` addresses are tracked; when full, the oldest windows
// are dropped first. Thread safety: all methods may be called from any thread.
#ifndef TIPHUB_SERVER_REFUSALS_H_
#define TIPHUB_SERVER_REFUSALS_H_

#include <cstdint>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace tiphub::server {

struct RefusalOptions {
  int64_t window_seconds = 60;  // failures counted over this window
  int64_t max_failures = 20;    // more failed authentications than this in a window: slowed down
  int64_t log_interval_seconds = 10;
  size_t max_addresses = 100000;
};

class Refusals {
 public:
  explicit Refusals(RefusalOptions options = {}) : options_(options) {}

  // Counts a refusal (status 401, 403 or 429) of `what` ("GET /api/v1/alerts") from `address` at
  // `now` (seconds, any monotonic clock).
  void Record(std::string_view address, int status, std::string_view what, int64_t now);
  // Seconds `address` must wait before it is served again, or 0.
  int64_t RetryAfter(std::string_view address, int64_t now) const;

  struct Count {
    std::string address;
    int64_t in_window = 0;    // refusals in the current window
    int64_t failed_auth = 0;  // of them, failed authentications
    int64_t total = 0;        // since the server started (while tracked)
    bool slowed = false;
  };
  // The tracked addresses with their counts, most refused first.
  std::vector<Count> Counts(int64_t now) const;

 private:
  struct Entry {
    int64_t window_start = 0;
    int64_t in_window = 0;
    int64_t failed_auth = 0;
    int64_t total = 0;
    int64_t last_log = -1;
    int64_t unlogged = 0;
  };
  void EvictOldest();

  RefusalOptions options_;
  mutable std::mutex mu_;
  std::unordered_map<std::string, Entry> entries_;  // guarded by mu_
};

}  // namespace tiphub::server

#endif  // TIPHUB_SERVER_REFUSALS_H_
