#include "link/match.h"

#include <sys/mman.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <bit>
#include <cmath>
#include <cstdlib>
#include <new>
#include <numeric>
#include <thread>
#include <unordered_map>
#include <unordered_set>

#include "link/bitslice.h"

namespace tiphub::link {

namespace {

constexpr int kTileQ = 4;
constexpr int kTileC = 8;

// One 4 × 8 tile: queries (rows of `words` words) against eight contiguous candidate rows.
struct TileArgs {
  const uint64_t* const* queries;  // kTileQ rows
  const uint32_t* qpop;            // their popcounts
  const uint64_t* cand;            // kTileC contiguous rows
  const uint32_t* cpop;            // their popcounts
  int words;
  float half_t;  // threshold / 2, slightly lowered: the mask is a prefilter confirmed exactly
};
// Writes counts[q * 8 + c] = popcount(query[q] & cand[c]) and returns the mask of pairs with
// counts >= half_t * (qpop + cpop) (bit q * 8 + c).
using TileFn = uint32_t (*)(const TileArgs& t, uint32_t* counts);

inline uint32_t MaskOf(const TileArgs& t, const uint32_t* counts) {
  uint32_t mask = 0;
  for (int q = 0; q < kTileQ; ++q) {
    for (int c = 0; c < kTileC; ++c) {
      if (static_cast<float>(counts[q * kTileC + c]) >=
          t.half_t * static_cast<float>(t.qpop[q] + t.cpop[c])) {
        mask |= 1u << (q * kTileC + c);
      }
    }
  }
  return mask;
}

uint32_t TilePortable(const TileArgs& t, uint32_t* counts) {
  for (int q = 0; q < kTileQ; ++q) {
    for (int c = 0; c < kTileC; ++c) {
      const uint64_t* a = t.queries[q];
      const uint64_t* b = t.cand + static_cast<size_t>(c) * static_cast<size_t>(t.words);
      uint32_t n = 0;
      for (int w = 0; w < t.words; ++w) {
        uint64_t x = a[w] & b[w];
        x = x - ((x >> 1) & 0x5555555555555555ull);
        x = (x & 0x3333333333333333ull) + ((x >> 2) & 0x3333333333333333ull);
        x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0Full;
        n += static_cast<uint32_t>((x * 0x0101010101010101ull) >> 56);
      }
      counts[q * kTileC + c] = n;
    }
  }
  return MaskOf(t, counts);
}

// With the POPCNT instruction: each query word is loaded once per candidate pair of rows.
__attribute__((target("popcnt"))) uint32_t TilePopcnt(const TileArgs& t, uint32_t* counts) {
  const int words = t.words;
  for (int q = 0; q < kTileQ; ++q) {
    const uint64_t* a = t.queries[q];
    for (int c = 0; c < kTileC; c += 2) {
      const uint64_t* b0 = t.cand + static_cast<size_t>(c) * static_cast<size_t>(words);
      const uint64_t* b1 = b0 + words;
      uint64_t n0 = 0, n1 = 0, m0 = 0, m1 = 0;
      int w = 0;
      for (; w + 1 < words; w += 2) {
        n0 += static_cast<uint64_t>(__builtin_popcountll(a[w] & b0[w]));
        n1 += static_cast<uint64_t>(__builtin_popcountll(a[w + 1] & b0[w + 1]));
        m0 += static_cast<uint64_t>(__builtin_popcountll(a[w] & b1[w]));
        m1 += static_cast<uint64_t>(__builtin_popcountll(a[w + 1] & b1[w + 1]));
      }
      if (w < words) {
        n0 += static_cast<uint64_t>(__builtin_popcountll(a[w] & b0[w]));
        m0 += static_cast<uint64_t>(__builtin_popcountll(a[w] & b1[w]));
      }
      counts[q * kTileC + c] = static_cast<uint32_t>(n0 + n1);
      counts[q * kTileC + c + 1] = static_cast<uint32_t>(m0 + m1);
    }
  }
  return MaskOf(t, counts);
}

// The tile kernels on plain rows: for Kernel::kPopcnt, and for filters longer than the bit-sliced
// kernels take.
TileFn ChooseTile() { return __builtin_cpu_supports("popcnt") ? TilePopcnt : TilePortable; }

// The bit-sliced kernel for `kernel` on this processor, or null where the tile kernels run.
bitslice::PassFn ChoosePass(Kernel kernel, int words) {
  if (kernel == Kernel::kPopcnt || words > bitslice::kMaxWords) return nullptr;
  const Kernel want = kernel == Kernel::kAuto ? Kernel::kAvx512 : kernel;
  if (want == Kernel::kAvx512 && __builtin_cpu_supports("avx512f")) return bitslice::PassAvx512;
  if ((want == Kernel::kAvx512 || want == Kernel::kAvx2) && __builtin_cpu_supports("avx2")) {
    return bitslice::PassAvx2;
  }
  return bitslice::PassPortable;
}

// popcount(a & b) over `words` words (b == nullptr: popcount(a)). Uses the POPCNT instruction when
// the processor has it; the compiler's generic code (a libgcc call per word) otherwise.
template <bool kAnd>
__attribute__((target("popcnt"))) uint32_t PopcountWithInstruction(const uint64_t* a,
                                                                   const uint64_t* b, int words) {
  uint64_t n = 0;
  for (int w = 0; w < words; ++w) {
    n += static_cast<uint64_t>(__builtin_popcountll(kAnd ? a[w] & b[w] : a[w]));
  }
  return static_cast<uint32_t>(n);
}

template <bool kAnd>
uint32_t PopcountGeneric(const uint64_t* a, const uint64_t* b, int words) {
  uint64_t n = 0;
  for (int w = 0; w < words; ++w) {
    n += static_cast<uint64_t>(__builtin_popcountll(kAnd ? a[w] & b[w] : a[w]));
  }
  return static_cast<uint32_t>(n);
}

bool HasPopcnt() {
  static const bool has = __builtin_cpu_supports("popcnt");
  return has;
}

uint32_t PopcountAnd(const uint64_t* a, const uint64_t* b, int words) {
  return HasPopcnt() ? PopcountWithInstruction<true>(a, b, words)
                     : PopcountGeneric<true>(a, b, words);
}

uint32_t PopcountRow(const uint64_t* a, int words) {
  return HasPopcnt() ? PopcountWithInstruction<false>(a, nullptr, words)
                     : PopcountGeneric<false>(a, nullptr, words);
}

// Rows of `set` in popcount order, contiguous, with kTileC zero rows of padding at the end.
struct Sorted {
  std::vector<uint32_t> index;  // original record index of each sorted row
  std::vector<uint32_t> pop;
  std::vector<uint64_t> rows;
};

Sorted SortByPopcount(const EncodedRecords& set) {
  const size_t n = set.ids.size();
  const auto words = static_cast<size_t>(set.words);
  std::vector<uint32_t> pop(n);
  for (size_t i = 0; i < n; ++i) pop[i] = PopcountRow(set.filter(i), set.words);
  Sorted s;
  s.index.resize(n);
  std::iota(s.index.begin(), s.index.end(), 0u);
  std::stable_sort(s.index.begin(), s.index.end(),
                   [&pop](uint32_t x, uint32_t y) { return pop[x] < pop[y]; });
  s.pop.assign(n + kTileC, 0);
  s.rows.assign((n + kTileC) * words, 0);
  for (size_t i = 0; i < n; ++i) {
    s.pop[i] = pop[s.index[i]];
    std::copy_n(set.filter(s.index[i]), words, s.rows.data() + i * words);
  }
  return s;
}

int Threads(const MatchOptions& o) {
  if (o.threads > 0) return o.threads;
  return std::max(1u, std::thread::hardware_concurrency());
}

// Runs `worker` (which returns the matches it found) on `threads` threads, the calling thread
// included, and concatenates the results.
template <typename Worker>
std::vector<Match> RunWorkers(int threads, Worker& worker) {
  std::vector<std::vector<Match>> found(static_cast<size_t>(threads));
  std::vector<std::thread> pool;
  for (int i = 1; i < threads; ++i) {
    pool.emplace_back([&found, &worker, i] { found[static_cast<size_t>(i)] = worker(); });
  }
  found[0] = worker();
  for (auto& th : pool) th.join();
  std::vector<Match> out;
  for (auto& part : found) out.insert(out.end(), part.begin(), part.end());
  return out;
}

// Whether Dice(a,b) = 2c/(pa+pb) >= t, exactly as the float comparison would say.
inline bool Passes(uint32_t c, uint32_t pa, uint32_t pb, double t) {
  return pa + pb > 0 && 2.0 * c >= t * (pa + pb);
}

// Popcount bound: |A∩B| <= min(|A|,|B|) gives t/(2-t)*pa <= pb <= (2-t)/t*pa, so queries of
// popcounts [pmin, pmax] meet only the sorted rows [first, second) of `sb`.
std::pair<size_t, size_t> CandidateRange(const Sorted& sb, uint32_t pmin, uint32_t pmax, double t) {
  const auto end = sb.pop.begin() + static_cast<std::ptrdiff_t>(sb.index.size());
  const auto lo_pop = static_cast<uint32_t>(std::ceil(t / (2 - t) * pmin - 1e-9));
  const double hi_bound = t > 0 ? (2 - t) / t * pmax : 1e18;
  const auto lo = std::lower_bound(sb.pop.begin(), end, lo_pop);
  const auto hi = std::upper_bound(lo, end, static_cast<uint32_t>(std::min(hi_bound, 4e9)));
  return {static_cast<size_t>(lo - sb.pop.begin()), static_cast<size_t>(hi - sb.pop.begin())};
}

// All pairs on plain rows, four queries against eight candidates per tile.
std::vector<Match> AllPairsTiled(const Sorted& sa, const Sorted& sb, int words, double t,
                                 int threads) {
  const TileFn tile = ChooseTile();
  const size_t na = sa.index.size();
  const size_t blocks = (na + kTileQ - 1) / kTileQ;
  std::atomic<size_t> next{0};
  auto worker = [&] {
    std::vector<Match> local;
    uint32_t counts[kTileQ * kTileC];
    uint32_t qpop[kTileQ];
    const uint64_t* queries[kTileQ];
    const auto half_t = static_cast<float>(t / 2 * (1 - 1e-5));
    for (;;) {
      const size_t block = next.fetch_add(16);
      if (block >= blocks) break;
      for (size_t bi = block; bi < std::min(blocks, block + 16); ++bi) {
        const size_t q0 = bi * kTileQ;
        const size_t nq = std::min<size_t>(kTileQ, na - q0);
        for (size_t q = 0; q < kTileQ; ++q) {
          // Short blocks repeat their last query; its duplicate results are not reported.
          queries[q] = sa.rows.data() + (q0 + std::min(q, nq - 1)) * static_cast<size_t>(words);
          qpop[q] = sa.pop[q0 + std::min(q, nq - 1)];
        }
        const auto [lo, hi] = CandidateRange(sb, sa.pop[q0], sa.pop[q0 + nq - 1], t);
        TileArgs args{queries, qpop, nullptr, nullptr, words, half_t};
        for (size_t c0 = lo; c0 < hi; c0 += kTileC) {
          args.cand = sb.rows.data() + c0 * static_cast<size_t>(words);
          args.cpop = sb.pop.data() + c0;
          uint32_t mask = tile(args, counts);
          // Bit q * kTileC + c: confirm exactly.
          const size_t nc = std::min<size_t>(kTileC, hi - c0);
          while (mask != 0) {
            const int bit = __builtin_ctz(mask);
            mask &= mask - 1;
            const auto q = static_cast<size_t>(bit / kTileC);
            const auto c = static_cast<size_t>(bit % kTileC);
            if (q >= nq || c >= nc) continue;
            const uint32_t n = counts[bit];
            const uint32_t pa = sa.pop[q0 + q];
            const uint32_t pb = sb.pop[c0 + c];
            if (Passes(n, pa, pb, t)) {
              local.push_back(
                  {sa.index[q0 + q], sb.index[c0 + c], static_cast<float>(2.0 * n / (pa + pb))});
            }
          }
        }
      }
    }
    return local;
  };
  return RunWorkers(threads, worker);
}

// All pairs with a bit-sliced kernel (bitslice.h). The candidates are sliced once; a thread takes
// kQueries queries of neighbouring popcounts at a time and runs each against the blocks its
// popcount range overlaps, block by block, so a block is read from memory once per group. A lane
// passes when |A∩B| >= floor(half_t * pa) + floor(half_t * pb), which every pair with Dice >= t
// does (half_t is t/2 lowered by 1e-5, more than float rounding); passing lanes are confirmed
// exactly.
std::vector<Match> AllPairsBitsliced(const Sorted& sa, const Sorted& sb, int words, double t,
                                     bitslice::PassFn pass, int threads) {
  constexpr size_t kQueries = 16;
  const auto half_t = static_cast<float>(t / 2 * (1 - 1e-5));
  auto need_of = [half_t](uint32_t pop) {
    return std::min<uint32_t>(2047, static_cast<uint32_t>(half_t * static_cast<float>(pop)));
  };
  const size_t nb = sb.index.size();
  const size_t stride = bitslice::BlockWords(words);
  std::vector<uint32_t> need(nb);
  for (size_t i = 0; i < nb; ++i) need[i] = need_of(sb.pop[i]);
  // Vectors are read whole: keep blocks on 64-byte boundaries.
  std::vector<uint64_t> storage(bitslice::Blocks(nb) * stride + 8, 0);
  uint64_t* sliced = storage.data() + (8 - reinterpret_cast<uintptr_t>(storage.data()) / 8 % 8) % 8;
  bitslice::Slice(sb.rows.data(), need.data(), nb, words, sliced);

  const size_t na = sa.index.size();
  const size_t room = static_cast<size_t>(words) * 64 + bitslice::kGroup;
  std::atomic<size_t> next{0};
  auto worker = [&] {
    std::vector<Match> local;
    std::vector<uint32_t> offsets(kQueries * room);
    struct Query {
      size_t count, lo, hi;
      uint32_t need;
    };
    std::array<Query, kQueries> queries{};
    alignas(64) uint64_t lanes[8];
    for (;;) {
      const size_t q0 = next.fetch_add(kQueries);
      if (q0 >= na) break;
      const size_t nq = std::min(kQueries, na - q0);
      size_t first_block = SIZE_MAX, end_block = 0;
      for (size_t k = 0; k < nq; ++k) {
        const uint32_t pa = sa.pop[q0 + k];
        const auto [lo, hi] = CandidateRange(sb, pa, pa, t);
        const uint64_t* row = sa.rows.data() + (q0 + k) * static_cast<size_t>(words);
        queries[k] = {bitslice::QueryOffsets(row, words, offsets.data() + k * room), lo, hi,
                      need_of(pa)};
        if (lo < hi) {
          first_block = std::min(first_block, lo / bitslice::kLanes);
          end_block = std::max(end_block, (hi - 1) / bitslice::kLanes + 1);
        }
      }
      for (size_t blk = first_block; blk < end_block; ++blk) {
        const size_t c0 = blk * bitslice::kLanes;
        for (size_t k = 0; k < nq; ++k) {
          const Query& q = queries[k];
          if (q.lo >= q.hi || q.hi <= c0 || q.lo >= c0 + bitslice::kLanes) continue;
          pass(sliced + blk * stride, words, offsets.data() + k * room, q.count, q.need, lanes);
          const uint64_t* query = sa.rows.data() + (q0 + k) * static_cast<size_t>(words);
          for (size_t w = 0; w < 8; ++w) {
            for (uint64_t m = lanes[w]; m != 0; m &= m - 1) {
              const size_t c = c0 + w * 64 + static_cast<size_t>(__builtin_ctzll(m));
              if (c < q.lo || c >= q.hi) continue;
              const uint32_t n = PopcountAnd(query, sb.rows.data() + c * words, words);
              const uint32_t pa = sa.pop[q0 + k];
              const uint32_t pb = sb.pop[c];
              if (Passes(n, pa, pb, t)) {
                local.push_back(
                    {sa.index[q0 + k], sb.index[c], static_cast<float>(2.0 * n / (pa + pb))});
              }
            }
          }
        }
      }
    }
    return local;
  };
  return RunWorkers(threads, worker);
}

std::vector<Match> AllPairs(const EncodedRecords& a, const EncodedRecords& b,
                            const MatchOptions& o) {
  const Sorted sa = SortByPopcount(a);
  const Sorted sb = SortByPopcount(b);
  if (const bitslice::PassFn pass = ChoosePass(o.kernel, a.words)) {
    return AllPairsBitsliced(sa, sb, a.words, o.threshold, pass, Threads(o));
  }
  return AllPairsTiled(sa, sb, a.words, o.threshold, Threads(o));
}

// LSH blocking (bit sampling). Band j's key is the filter's bits at r positions drawn from two of
// its words: CLK positions are keyed-random, so any positions are a fair sample, and two words let
// a band read two columns of a word-major copy of the filters instead of every filter. Per band,
// both sides' 32-bit key hashes are scattered into 256 partitions and joined per partition through
// a small hash table; records with equal keys are candidates, unless it is the pair this A record
// last matched (a true pair collides in most bands). A band's candidates are compared in A order
// (A's filters read in sequence, B's prefetched from a copy on 2 MB pages). Empty filters are left
// out. Threads take bands; a pair is reported once.
struct LshBand {
  uint32_t w1, w2;  // word indexes
  uint64_t m1, m2;  // sampled bits of each
};

// 32 bits of the band's key: equal keys give equal values; unequal ones collide with chance 2^-32
// (a spurious candidate, compared like any other).
inline uint32_t LshKey(uint64_t word1, uint64_t word2, const LshBand& band) {
  const uint64_t k = ((word1 & band.m1) * 0x9E3779B97F4A7C15ull) ^ (word2 & band.m2);
  return static_cast<uint32_t>((k * 0xD6E8FEB86659FD93ull) >> 32);
}

struct LshItemA {
  uint32_t key;
  uint32_t idx;   // record index
  uint32_t last;  // the B record it last matched (UINT32_MAX: none)
};

struct LshItemB {
  uint32_t key;
  uint32_t idx;
};

constexpr int kLshPartitionBits = 8;
constexpr size_t kLshPartitions = size_t{1} << kLshPartitionBits;
inline size_t PartitionOf(uint32_t key) { return key >> (32 - kLshPartitionBits); }

// Turns partition sizes into start offsets, with one more entry: the end.
void StartOffsets(std::array<uint32_t, kLshPartitions + 1>& count) {
  uint32_t sum = 0;
  for (size_t p = 0; p < kLshPartitions; ++p) {
    const uint32_t c = count[p];
    count[p] = sum;
    sum += c;
  }
  count[kLshPartitions] = sum;
}

struct LshPair {
  uint32_t x, y;  // A and B record
};

// Sorts pairs by x (< n): LSD radix, 11 bits per pass, as many passes as n needs.
void SortByA(std::vector<LshPair>& v, std::vector<LshPair>& scratch, size_t n) {
  constexpr int kDigit = 11;
  constexpr size_t kBuckets = size_t{1} << kDigit;
  scratch.resize(v.size());
  for (int shift = 0; (n - 1) >> shift != 0 || shift == 0; shift += kDigit) {
    std::array<uint32_t, kBuckets> at{};
    for (const LshPair& p : v) ++at[(p.x >> shift) & (kBuckets - 1)];
    uint32_t sum = 0;
    for (auto& c : at) {
      const uint32_t k = c;
      c = sum;
      sum += k;
    }
    for (const LshPair& p : v) scratch[at[(p.x >> shift) & (kBuckets - 1)]++] = p;
    v.swap(scratch);
    if (shift + kDigit >= 32) break;
  }
}

// Popcounts of a, b and a & b in one pass.
__attribute__((target("popcnt"))) void PairCountsPopcnt(const uint64_t* a, const uint64_t* b,
                                                        int words, uint32_t* pa, uint32_t* pb,
                                                        uint32_t* both) {
  uint64_t x = 0, y = 0, z = 0;
  for (int w = 0; w < words; ++w) {
    x += static_cast<uint64_t>(__builtin_popcountll(a[w]));
    y += static_cast<uint64_t>(__builtin_popcountll(b[w]));
    z += static_cast<uint64_t>(__builtin_popcountll(a[w] & b[w]));
  }
  *pa = static_cast<uint32_t>(x);
  *pb = static_cast<uint32_t>(y);
  *both = static_cast<uint32_t>(z);
}

void PairCounts(const uint64_t* a, const uint64_t* b, int words, uint32_t* pa, uint32_t* pb,
                uint32_t* both) {
  if (HasPopcnt()) {
    PairCountsPopcnt(a, b, words, pa, pb, both);
  } else {
    *pa = PopcountGeneric<false>(a, nullptr, words);
    *pb = PopcountGeneric<false>(b, nullptr, words);
    *both = PopcountGeneric<true>(a, b, words);
  }
}

std::vector<LshBand> LshBands(int bands, int r, int words) {
  std::vector<LshBand> out(static_cast<size_t>(bands));
  uint64_t seed = 0x7469706875624c53ull;  // fixed: the same input gives the same candidates
  auto next = [&seed] {
    seed += 0x9E3779B97F4A7C15ull;
    uint64_t z = seed;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  };
  for (auto& band : out) {
    band.w1 = static_cast<uint32_t>(next() % static_cast<uint64_t>(words));
    band.w2 = band.w1;
    while (words > 1 && band.w2 == band.w1) {
      band.w2 = static_cast<uint32_t>(next() % static_cast<uint64_t>(words));
    }
    band.m1 = band.m2 = 0;
    const int r1 = words > 1 ? (r + 1) / 2 : r;
    while (std::popcount(band.m1) < r1) band.m1 |= uint64_t{1} << (next() % 64);
    if (words > 1) {
      while (std::popcount(band.m2) < r - r1) band.m2 |= uint64_t{1} << (next() % 64);
    }
  }
  return out;
}

// A copy of the filters in memory the kernel is asked to back with 2 MB pages: the LSH compares
// records at random, and with 4 KB pages each comparison also misses the TLB. Without
// transparent huge pages this is an ordinary copy.
class HugeRows {
 public:
  explicit HugeRows(const EncodedRecords& set)
      : bytes_(RoundUp(set.filters.size() * sizeof(uint64_t))), words_(set.words) {
    data_ = static_cast<uint64_t*>(std::aligned_alloc(kHuge, bytes_));
    if (data_ == nullptr) throw std::bad_alloc();
#ifdef MADV_HUGEPAGE
    madvise(data_, bytes_, MADV_HUGEPAGE);
#endif
    std::copy(set.filters.begin(), set.filters.end(), data_);
  }
  ~HugeRows() { std::free(data_); }
  HugeRows(const HugeRows&) = delete;
  HugeRows& operator=(const HugeRows&) = delete;
  const uint64_t* filter(size_t i) const { return data_ + i * static_cast<size_t>(words_); }

 private:
  static constexpr size_t kHuge = size_t{2} << 20;
  static size_t RoundUp(size_t n) { return std::max(kHuge, (n + kHuge - 1) / kHuge * kHuge); }
  size_t bytes_;
  int words_;
  uint64_t* data_ = nullptr;
};

// Word-major copy: word w of record i at [w * n + i].
std::vector<uint64_t> Columns(const EncodedRecords& set) {
  const size_t n = set.ids.size();
  const auto words = static_cast<size_t>(set.words);
  std::vector<uint64_t> cols(words * n);
  for (size_t i = 0; i < n; ++i) {
    const uint64_t* f = set.filter(i);
    for (size_t w = 0; w < words; ++w) cols[w * n + i] = f[w];
  }
  return cols;
}

constexpr size_t kSample = 16384;

// Unrelated pairs (Dice below the threshold) sharing a band's key, per band, estimated on up to
// 16,384 records of each side (evenly spaced) with four bands of `bits` bits, scaled to the full
// inputs. Counts the structure of real encodings (records sharing frequent tokens agree on many
// bits together), which the bit density alone does not.
double EstimateCollisions(const EncodedRecords& a, const EncodedRecords& b, int bits,
                          double threshold) {
  constexpr int kBands = 4;
  const std::vector<LshBand> bands = LshBands(kBands, bits, a.words);
  auto keys = [](const EncodedRecords& set, const LshBand& band) {
    const size_t n = set.ids.size(), m = std::min(n, kSample);
    std::vector<std::pair<uint32_t, uint32_t>> k;
    k.reserve(m);
    for (size_t i = 0; i < m; ++i) {
      const auto row = static_cast<uint32_t>(i * n / m);
      const uint64_t* f = set.filter(row);
      if (PopcountRow(f, set.words) == 0) continue;  // empty: left out of the bands too
      k.emplace_back(LshKey(f[band.w1], f[band.w2], band), row);
    }
    std::sort(k.begin(), k.end());
    return k;
  };
  double shared = 0;
  for (const LshBand& band : bands) {
    const auto ka = keys(a, band), kb = keys(b, band);
    size_t i = 0, j = 0;
    while (i < ka.size() && j < kb.size()) {
      if (ka[i].first < kb[j].first) {
        ++i;
      } else if (kb[j].first < ka[i].first) {
        ++j;
      } else {
        size_t ei = i, ej = j;
        while (ei < ka.size() && ka[ei].first == ka[i].first) ++ei;
        while (ej < kb.size() && kb[ej].first == kb[j].first) ++ej;
        for (size_t x = i; x < ei; ++x) {
          for (size_t y = j; y < ej; ++y) {
            shared += Dice(a.filter(ka[x].second), b.filter(kb[y].second), a.words) < threshold;
          }
        }
        i = ei;
        j = ej;
      }
    }
  }
  const double sa = static_cast<double>(std::min(a.ids.size(), kSample));
  const double sb = static_cast<double>(std::min(b.ids.size(), kSample));
  return shared / kBands * (static_cast<double>(a.ids.size()) / sa) *
         (static_cast<double>(b.ids.size()) / sb);
}

}  // namespace

LshParams ChooseLshParams(const EncodedRecords& a, const EncodedRecords& b, const MatchOptions& o) {
  if (a.ids.empty() || b.ids.empty()) return {};
  const int nbits = a.words * 64;
  const int max_bits = std::min(64, nbits / 2);
  double ones = 0;
  size_t sampled = 0;
  for (const EncodedRecords* set : {&a, &b}) {
    const size_t n = std::min<size_t>(set->ids.size(), 4096);
    for (size_t i = 0; i < n; ++i) ones += PopcountRow(set->filter(i), set->words);
    sampled += n;
  }
  const double d = std::clamp(ones / (static_cast<double>(sampled) * nbits), 0.02, 0.98);
  LshParams p;
  p.bits = o.lsh_bits;
  if (p.bits <= 0) {
    // Start where independent bits would give n + m shared keys per band, then add bits while
    // the sample says more than (n + m) / 4 unrelated pairs share one.
    const double agree = d * d + (1 - d) * (1 - d);  // unrelated pair, one sampled bit
    const double pairs = static_cast<double>(a.ids.size()) * static_cast<double>(b.ids.size());
    const double target = static_cast<double>(a.ids.size() + b.ids.size());
    p.bits = std::clamp(static_cast<int>(std::ceil(std::log(target / pairs) / std::log(agree))), 4,
                        max_bits);
    while (p.bits < max_bits && EstimateCollisions(a, b, p.bits, o.threshold) > target / 4)
      ++p.bits;
  }
  p.bits = std::clamp(p.bits, 4, max_bits);
  p.bands = o.lsh_bands;
  if (p.bands <= 0) {
    // A pair of mean popcount c at Dice s differs in 2c(1 - s) of the bits.
    const double s = o.threshold + (1.0 - o.threshold) / 3;
    const double same = 1.0 - 2.0 * d * (1.0 - s);
    const double hit = std::pow(same, p.bits);
    p.bands = hit >= 1.0 ? 1 : static_cast<int>(std::ceil(std::log(0.01) / std::log1p(-hit)));
    p.bands = std::min(p.bands, 2000);
  }
  p.bands = std::clamp(p.bands, 1, 20000);
  return p;
}

namespace {

std::vector<Match> Lsh(const EncodedRecords& a, const EncodedRecords& b, const MatchOptions& o) {
  const int words = a.words;
  const size_t na = a.ids.size(), nb = b.ids.size();
  const LshParams params = ChooseLshParams(a, b, o);
  const std::vector<LshBand> bands = LshBands(params.bands, params.bits, words);
  const double t = o.threshold;
  const std::vector<uint64_t> cols_a = Columns(a), cols_b = Columns(b);
  const HugeRows rows_a(a), rows_b(b);
  std::vector<uint8_t> empty_a(na), empty_b(nb);
  for (size_t i = 0; i < na; ++i) empty_a[i] = PopcountRow(a.filter(i), words) == 0;
  for (size_t i = 0; i < nb; ++i) empty_b[i] = PopcountRow(b.filter(i), words) == 0;
  constexpr size_t kMaxCandidates = size_t{1} << 22;
  std::atomic<size_t> next_band{0};
  auto worker = [&] {
    constexpr uint32_t kNil = UINT32_MAX;
    std::vector<Match> local;
    std::unordered_set<uint64_t> reported;  // pairs in `local`
    std::vector<uint32_t> keys_a(na), keys_b(nb);
    std::vector<LshItemA> parts_a(na);
    std::vector<LshItemB> parts_b(nb);
    std::array<uint32_t, kLshPartitions + 1> count_a, count_b;
    std::vector<uint32_t> last(na, kNil);
    std::vector<uint32_t> head, next;  // one partition's hash table of B items
    // A band's candidates, then in A order (A's filters read in sequence, B's prefetched).
    std::vector<LshPair> cands, cands_scratch;
    auto verify_band = [&] {
      SortByA(cands, cands_scratch, na);
      constexpr size_t kLead = 12;
      for (size_t k = 0; k < cands.size(); ++k) {
        if (k + kLead < cands.size()) {
          const uint64_t* ahead = rows_b.filter(cands[k + kLead].y);
          __builtin_prefetch(ahead);
          __builtin_prefetch(ahead + 8);
        }
        const LshPair c = cands[k];
        uint32_t p1, p2, n;
        PairCounts(rows_a.filter(c.x), rows_b.filter(c.y), words, &p1, &p2, &n);
        if (Passes(n, p1, p2, t)) {
          // A record with several matches meets all but the last again in later bands.
          if (reported.insert(uint64_t{c.x} << 32 | c.y).second) {
            local.push_back({c.x, c.y, static_cast<float>(2.0 * n / (p1 + p2))});
          }
          last[c.x] = c.y;
        }
      }
      cands.clear();
    };
    // The band's keys of one side, and how many fall in each partition.
    // Empty filters match nothing and would all share every key: they are left out.
    auto fill = [](std::vector<uint32_t>& keys, std::array<uint32_t, kLshPartitions + 1>& count,
                   const std::vector<uint64_t>& cols, const std::vector<uint8_t>& empty, size_t n,
                   const LshBand& band) {
      count.fill(0);
      const uint64_t* c1 = cols.data() + band.w1 * n;
      const uint64_t* c2 = cols.data() + band.w2 * n;
      for (size_t i = 0; i < n; ++i) {
        const uint32_t key = LshKey(c1[i], c2[i], band);
        keys[i] = key;
        count[PartitionOf(key)] += empty[i] == 0;
      }
      StartOffsets(count);
    };
    std::array<uint32_t, kLshPartitions> at;
    for (;;) {
      const size_t j = next_band.fetch_add(1);
      if (j >= bands.size()) break;
      fill(keys_a, count_a, cols_a, empty_a, na, bands[j]);
      fill(keys_b, count_b, cols_b, empty_b, nb, bands[j]);
      std::copy_n(count_a.begin(), kLshPartitions, at.begin());
      for (size_t i = 0; i < na; ++i) {
        if (empty_a[i]) continue;
        const uint32_t key = keys_a[i];
        parts_a[at[PartitionOf(key)]++] = {key, static_cast<uint32_t>(i), last[i]};
      }
      std::copy_n(count_b.begin(), kLshPartitions, at.begin());
      for (size_t i = 0; i < nb; ++i) {
        if (empty_b[i]) continue;
        const uint32_t key = keys_b[i];
        parts_b[at[PartitionOf(key)]++] = {key, static_cast<uint32_t>(i)};
      }
      // Per partition: B's items in a small chained hash table (low key bits), A's probe it.
      for (size_t p = 0; p < kLshPartitions; ++p) {
        const uint32_t b0 = count_b[p], b1 = count_b[p + 1];
        const uint32_t a0 = count_a[p], a1 = count_a[p + 1];
        if (b0 == b1 || a0 == a1) continue;
        size_t slots = 16;
        while (slots < 2 * static_cast<size_t>(b1 - b0)) slots *= 2;
        const auto mask = static_cast<uint32_t>(slots - 1);
        head.assign(slots, kNil);
        if (next.size() < b1 - b0) next.resize(b1 - b0);
        for (uint32_t k = b0; k < b1; ++k) {
          uint32_t& h = head[parts_b[k].key & mask];
          next[k - b0] = h;
          h = k - b0;
        }
        for (uint32_t k = a0; k < a1; ++k) {
          const LshItemA& x = parts_a[k];
          for (uint32_t e = head[x.key & mask]; e != kNil; e = next[e]) {
            const LshItemB& y = parts_b[b0 + e];
            if (y.key == x.key && x.last != y.idx) cands.push_back({x.idx, y.idx});
          }
          if (cands.size() >= kMaxCandidates) verify_band();  // bounded memory on heavy keys
        }
      }
      verify_band();
    }
    return local;
  };
  std::vector<Match> found = RunWorkers(Threads(o), worker);
  std::sort(found.begin(), found.end(),
            [](const Match& x, const Match& y) { return x.a != y.a ? x.a < y.a : x.b < y.b; });
  found.erase(std::unique(found.begin(), found.end(),
                          [](const Match& x, const Match& y) { return x.a == y.a && x.b == y.b; }),
              found.end());
  return found;
}

}  // namespace

double Dice(const uint64_t* a, const uint64_t* b, int words) {
  const uint32_t both = PopcountAnd(a, b, words);
  const uint32_t pa = PopcountRow(a, words);
  const uint32_t pb = PopcountRow(b, words);
  return pa + pb == 0 ? 0.0 : 2.0 * both / (pa + pb);
}

std::string KernelName(Kernel kernel) {
  const bitslice::PassFn pass = ChoosePass(kernel, bitslice::kMaxWords);
  if (pass == bitslice::PassAvx512) return "avx512-bitsliced";
  if (pass == bitslice::PassAvx2) return "avx2-bitsliced";
  if (pass == bitslice::PassPortable) return "bitsliced";
  return ChooseTile() == TilePopcnt ? "popcnt" : "portable";
}

Blocking ResolveBlocking(const EncodedRecords& a, const EncodedRecords& b, const MatchOptions& o) {
  if (o.blocking != Blocking::kAuto) return o.blocking;
  const double pairs = static_cast<double>(a.ids.size()) * static_cast<double>(b.ids.size());
  return pairs > 1e10 ? Blocking::kLsh : Blocking::kNone;
}

std::vector<Match> FindMatches(const EncodedRecords& a, const EncodedRecords& b,
                               const MatchOptions& o) {
  if (a.ids.empty() || b.ids.empty()) return {};
  return ResolveBlocking(a, b, o) == Blocking::kLsh ? Lsh(a, b, o) : AllPairs(a, b, o);
}

std::vector<std::vector<Member>> SolveGroups(std::vector<Edge> edges) {
  std::sort(edges.begin(), edges.end(), [](const Edge& x, const Edge& y) {
    if (x.score != y.score) return x.score > y.score;
    return std::tie(x.file_a, x.rec_a, x.file_b, x.rec_b) <
           std::tie(y.file_a, y.rec_a, y.file_b, y.rec_b);
  });
  auto key = [](uint16_t file, uint32_t rec) { return (uint64_t{file} << 32) | rec; };
  std::unordered_map<uint64_t, size_t> group_of;
  std::vector<std::vector<Member>> groups;
  std::vector<bool> alive;
  auto has_file = [&groups](size_t g, uint16_t file) {
    for (const Member& m : groups[g]) {
      if (m.file == file) return true;
    }
    return false;
  };
  for (const Edge& e : edges) {
    const auto ia = group_of.find(key(e.file_a, e.rec_a));
    const auto ib = group_of.find(key(e.file_b, e.rec_b));
    if (ia == group_of.end() && ib == group_of.end()) {
      group_of[key(e.file_a, e.rec_a)] = groups.size();
      group_of[key(e.file_b, e.rec_b)] = groups.size();
      groups.push_back({{e.file_a, e.rec_a}, {e.file_b, e.rec_b}});
      alive.push_back(true);
    } else if (ia != group_of.end() && ib == group_of.end()) {
      if (has_file(ia->second, e.file_b)) continue;
      groups[ia->second].push_back({e.file_b, e.rec_b});
      group_of[key(e.file_b, e.rec_b)] = ia->second;
    } else if (ia == group_of.end() && ib != group_of.end()) {
      if (has_file(ib->second, e.file_a)) continue;
      groups[ib->second].push_back({e.file_a, e.rec_a});
      group_of[key(e.file_a, e.rec_a)] = ib->second;
    } else {
      const size_t ga = ia->second, gb = ib->second;
      if (ga == gb) continue;
      bool clash = false;
      for (const Member& m : groups[gb]) clash = clash || has_file(ga, m.file);
      if (clash) continue;
      for (const Member& m : groups[gb]) {
        groups[ga].push_back(m);
        group_of[key(m.file, m.record)] = ga;
      }
      groups[gb].clear();
      alive[gb] = false;
    }
  }
  std::vector<std::vector<Member>> out;
  for (size_t g = 0; g < groups.size(); ++g) {
    if (alive[g] && groups[g].size() >= 2) out.push_back(std::move(groups[g]));
  }
  return out;
}

}  // namespace tiphub::link
