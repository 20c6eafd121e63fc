// IdIndex: string id -> dense index, for tables whose rows the caller keeps (e.g. a vector of
// per-account state whose element k holds its own id). Open addressing with linear probing over
// 8-byte slots (32-bit hash tag, index), so a lookup touches one slot array and compares an id only
// when the tag matches; the ids themselves are read through the caller's `ids(k)` accessor, never
// copied. Grows at half load by rehashing the ids.
//
//   IdIndex index;
//   auto id_of = [&](uint32_t k) { return std::string_view(rows[k].id); };
//   const uint64_t h = IdIndex::Hash(id);
//   uint32_t k = index.Find(id, h, id_of);
//   if (k == IdIndex::kNone) { k = rows.size(); rows.push_back({id}); index.Insert(h, k, id_of); }
//
// Not thread-safe. Indices are the caller's; the index never reorders them.
#ifndef TIPHUB_COMMON_ID_INDEX_H_
#define TIPHUB_COMMON_ID_INDEX_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace tiphub {

class IdIndex {
 public:
  static constexpr uint32_t kNone = 0xFFFFFFFFu;

  // The hash Find and Insert expect (XXH3, 64 bits).
  static uint64_t Hash(std::string_view id);

  // The index of `id` (whose Hash is `hash`), or kNone.
  template <typename Ids>
  uint32_t Find(std::string_view id, uint64_t hash, const Ids& ids) const {
    if (slots_.empty()) return kNone;
    const auto tag = static_cast<uint32_t>(hash >> 32);
    for (size_t pos = hash & mask_;; pos = (pos + 1) & mask_) {
      const Slot& slot = slots_[pos];
      if (slot.index == kNone) return kNone;
      if (slot.tag == tag && ids(slot.index) == id) return slot.index;
    }
  }

  // Asks for the slot where a lookup of `hash` starts to be brought into the cache (a hint).
  void Prefetch(uint64_t hash) const {
    if (!slots_.empty()) __builtin_prefetch(&slots_[hash & mask_]);
  }
  // Records `index` for an id that is not in the index yet (whose Hash is `hash`).
  template <typename Ids>
  void Insert(uint64_t hash, uint32_t index, const Ids& ids) {
    if ((size_ + 1) * 2 > slots_.size()) Grow(ids);
    Place(hash, index);
    ++size_;
  }

  size_t size() const { return size_; }

 private:
  struct Slot {
    uint32_t tag = 0;
    uint32_t index = kNone;
  };
  void Place(uint64_t hash, uint32_t index) {
    size_t pos = hash & mask_;
    while (slots_[pos].index != kNone) pos = (pos + 1) & mask_;
    slots_[pos] = {static_cast<uint32_t>(hash >> 32), index};
  }
  template <typename Ids>
  void Grow(const Ids& ids) {
    std::vector<Slot> old;
    old.swap(slots_);
    slots_.assign(old.empty() ? 1024 : old.size() * 2, Slot());
    mask_ = slots_.size() - 1;
    for (const Slot& slot : old) {
      if (slot.index != kNone) Place(Hash(ids(slot.index)), slot.index);
    }
  }

  std::vector<Slot> slots_;
  size_t mask_ = 0;
  size_t size_ = 0;
};

}  // namespace tiphub

#endif  // TIPHUB_COMMON_ID_INDEX_H_
