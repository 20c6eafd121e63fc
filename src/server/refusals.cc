#include "server/refusals.h"

#include <algorithm>

#include <spdlog/spdlog.h>

namespace tiphub::server {

void Refusals::Record(std::string_view address, int status, std::string_view what, int64_t now) {
  std::lock_guard<std::mutex> lock(mu_);
  auto it = entries_.find(std::string(address));
  if (it == entries_.end()) {
    if (entries_.size() >= options_.max_addresses) EvictOldest();
    it = entries_.emplace(std::string(address), Entry{}).first;
    it->second.window_start = now;
  }
  Entry& e = it->second;
  if (now - e.window_start >= options_.window_seconds) {
    e.window_start = now;
    e.in_window = 0;
    e.failed_auth = 0;
  }
  ++e.in_window;
  if (status == 401) ++e.failed_auth;
  ++e.total;
  ++e.unlogged;
  if (e.last_log < 0 || now - e.last_log >= options_.log_interval_seconds) {
    spdlog::warn("refused {} request{} from {} (last: {} {}; {} in the last {} s{})", e.unlogged,
                 e.unlogged == 1 ? "" : "s", address, status, what, e.in_window,
                 options_.window_seconds,
                 e.failed_auth > options_.max_failures ? ", slowed down" : "");
    e.last_log = now;
    e.unlogged = 0;
  }
}

int64_t Refusals::RetryAfter(std::string_view address, int64_t now) const {
  std::lock_guard<std::mutex> lock(mu_);
  const auto it = entries_.find(std::string(address));
  if (it == entries_.end()) return 0;
  const Entry& e = it->second;
  if (e.failed_auth <= options_.max_failures) return 0;
  const int64_t left = e.window_start + options_.window_seconds - now;
  return left > 0 ? left : 0;
}

std::vector<Refusals::Count> Refusals::Counts(int64_t now) const {
  std::vector<Count> out;
  {
    std::lock_guard<std::mutex> lock(mu_);
    out.reserve(entries_.size());
    for (const auto& [address, e] : entries_) {
      const bool current = now - e.window_start < options_.window_seconds;
      const int64_t in_window = current ? e.in_window : 0;
      const int64_t failed_auth = current ? e.failed_auth : 0;
      out.push_back(
          {address, in_window, failed_auth, e.total, failed_auth > options_.max_failures});
    }
  }
  std::sort(out.begin(), out.end(), [](const Count& a, const Count& b) {
    return a.in_window != b.in_window ? a.in_window > b.in_window
           : a.total != b.total       ? a.total > b.total
                                      : a.address < b.address;
  });
  return out;
}

void Refusals::EvictOldest() {
  // Drops the older half: eviction is rare (a flood of addresses), so its cost is amortised.
  std::vector<int64_t> starts;
  starts.reserve(entries_.size());
  for (const auto& [address, e] : entries_) starts.push_back(e.window_start);
  auto mid = starts.begin() + static_cast<std::ptrdiff_t>(starts.size() / 2);
  std::nth_element(starts.begin(), mid, starts.end());
  const int64_t cut = *mid;
  for (auto it = entries_.begin(); it != entries_.end();) {
    it = it->second.window_start <= cut ? entries_.erase(it) : std::next(it);
  }
}

}  // namespace tiphub::server
