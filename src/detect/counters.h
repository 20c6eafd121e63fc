// Small bounded containers of per-account detection state: a set of distinct hashes and counts per
// counterparty, each capped so that memory per account stays bounded whatever the history.
#ifndef TIPHUB_DETECT_COUNTERS_H_
#define TIPHUB_DETECT_COUNTERS_H_

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace tiphub::detect {

inline constexpr size_t kMaxDistinct = 64;

// A small set of hashes, capped at kMaxDistinct (later values are dropped).
struct DistinctSet {
  std::vector<uint64_t> items;
  void Add(uint64_t v) {
    if (items.size() >= kMaxDistinct) return;
    if (std::find(items.begin(), items.end(), v) == items.end()) items.push_back(v);
  }
  size_t size() const { return items.size(); }
};

// Counts per counterparty, in a small flat array: at most kMaxCounterparties distinct keys are
// kept (later ones are dropped), so memory per account is bounded and lookups stay in cache.
inline constexpr size_t kMaxCounterparties = 48;
struct CounterMap {
  std::vector<std::pair<uint32_t, int>> items;
  void Add(uint32_t key, int n = 1) {
    for (auto& item : items) {
      if (item.first == key) {
        item.second += n;
        return;
      }
    }
    if (items.size() < kMaxCounterparties) items.emplace_back(key, n);
  }
  int Get(uint32_t key) const {
    for (const auto& item : items) {
      if (item.first == key) return item.second;
    }
    return 0;
  }
  void clear() { items.clear(); }
  // Keeps the larger of the stored and the given count.
  void Max(uint32_t key, int n) {
    for (auto& item : items) {
      if (item.first == key) {
        item.second = std::max(item.second, n);
        return;
      }
    }
    if (items.size() < kMaxCounterparties) items.emplace_back(key, n);
  }
  auto begin() const { return items.begin(); }
  auto end() const { return items.end(); }
};

}  // namespace tiphub::detect

#endif  // TIPHUB_DETECT_COUNTERS_H_
