#include "link/match.h"

#include <immintrin.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <numeric>
#include <thread>
#include <unordered_map>

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

// AVX2 without a vector popcount: candidates transposed as for AVX-512 (two 256-bit vectors hold
// word w of eight candidates); byte popcounts by nibble lookup (vpshufb), summed in byte lanes and
// widened with vpsadbw every 16 words.
__attribute__((target("avx2"))) uint32_t TileAvx2Transposed(const TileArgs& t, uint32_t* counts) {
  const __m256i lut = _mm256_setr_epi8(0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4, 0, 1, 1, 2,
                                       1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4);
  const __m256i low = _mm256_set1_epi8(0x0f);
  for (int q = 0; q < kTileQ; ++q) {
    const uint64_t* a = t.queries[q];
    __m256i total_lo = _mm256_setzero_si256(), total_hi = _mm256_setzero_si256();
    for (int w0 = 0; w0 < t.words; w0 += 16) {
      __m256i bytes_lo = _mm256_setzero_si256(), bytes_hi = _mm256_setzero_si256();
      const int w1 = std::min(t.words, w0 + 16);
      for (int w = w0; w < w1; ++w) {
        const __m256i qa = _mm256_set1_epi64x(static_cast<long long>(a[w]));
        const __m256i x = _mm256_and_si256(
            qa, _mm256_loadu_si256(reinterpret_cast<const __m256i*>(t.cand + w * 8)));
        const __m256i y = _mm256_and_si256(
            qa, _mm256_loadu_si256(reinterpret_cast<const __m256i*>(t.cand + w * 8 + 4)));
        bytes_lo = _mm256_add_epi8(
            bytes_lo, _mm256_add_epi8(_mm256_shuffle_epi8(lut, _mm256_and_si256(x, low)),
                                      _mm256_shuffle_epi8(
                                          lut, _mm256_and_si256(_mm256_srli_epi16(x, 4), low))));
        bytes_hi = _mm256_add_epi8(
            bytes_hi, _mm256_add_epi8(_mm256_shuffle_epi8(lut, _mm256_and_si256(y, low)),
                                      _mm256_shuffle_epi8(
                                          lut, _mm256_and_si256(_mm256_srli_epi16(y, 4), low))));
      }
      total_lo = _mm256_add_epi64(total_lo, _mm256_sad_epu8(bytes_lo, _mm256_setzero_si256()));
      total_hi = _mm256_add_epi64(total_hi, _mm256_sad_epu8(bytes_hi, _mm256_setzero_si256()));
    }
    alignas(32) uint64_t lanes[8];
    _mm256_store_si256(reinterpret_cast<__m256i*>(lanes), total_lo);
    _mm256_store_si256(reinterpret_cast<__m256i*>(lanes + 4), total_hi);
    for (int c = 0; c < kTileC; ++c) counts[q * kTileC + c] = static_cast<uint32_t>(lanes[c]);
  }
  return MaskOf(t, counts);
}

#define TIPHUB_AVX512 __attribute__((target("avx512f,avx512vl,avx512dq,avx512vpopcntdq")))

// GCC 12's AVX-512 conversion intrinsics start from _mm512_undefined_epi32(), which
// -Wuninitialized reports inside the system header once inlined (a false positive; clang does not
// warn).
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wuninitialized"
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif

// Stores one query row's eight counts and returns its 8-bit mask.
TIPHUB_AVX512 inline uint32_t FinishRow(const TileArgs& t, int q, __m512i sums, uint32_t* counts) {
  const __m256i n = _mm512_cvtepi64_epi32(sums);
  _mm256_storeu_si256(reinterpret_cast<__m256i*>(counts + q * kTileC), n);
  const __m256i pops =
      _mm256_add_epi32(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(t.cpop)),
                       _mm256_set1_epi32(static_cast<int>(t.qpop[q])));
  const __m256 need = _mm256_mul_ps(_mm256_cvtepi32_ps(pops), _mm256_set1_ps(t.half_t));
  return static_cast<uint32_t>(_mm256_cmp_ps_mask(_mm256_cvtepi32_ps(n), need, _CMP_GE_OQ))
         << (q * kTileC);
}

// Candidates transposed in blocks of eight (word w of the eight rows is one vector), so a query
// word broadcast against one load gives eight lanes of counts: no horizontal sums.
TIPHUB_AVX512 uint32_t TileAvx512Transposed(const TileArgs& t, uint32_t* counts) {
  __m512i acc0 = _mm512_setzero_si512(), acc1 = _mm512_setzero_si512();
  __m512i acc2 = _mm512_setzero_si512(), acc3 = _mm512_setzero_si512();
  const uint64_t* q0 = t.queries[0];
  const uint64_t* q1 = t.queries[1];
  const uint64_t* q2 = t.queries[2];
  const uint64_t* q3 = t.queries[3];
  for (int w = 0; w < t.words; ++w) {
    const __m512i c = _mm512_loadu_si512(t.cand + w * 8);
    acc0 = _mm512_add_epi64(acc0, _mm512_popcnt_epi64(_mm512_and_si512(
                                      _mm512_set1_epi64(static_cast<long long>(q0[w])), c)));
    acc1 = _mm512_add_epi64(acc1, _mm512_popcnt_epi64(_mm512_and_si512(
                                      _mm512_set1_epi64(static_cast<long long>(q1[w])), c)));
    acc2 = _mm512_add_epi64(acc2, _mm512_popcnt_epi64(_mm512_and_si512(
                                      _mm512_set1_epi64(static_cast<long long>(q2[w])), c)));
    acc3 = _mm512_add_epi64(acc3, _mm512_popcnt_epi64(_mm512_and_si512(
                                      _mm512_set1_epi64(static_cast<long long>(q3[w])), c)));
  }
  return FinishRow(t, 0, acc0, counts) | FinishRow(t, 1, acc1, counts) |
         FinishRow(t, 2, acc2, counts) | FinishRow(t, 3, acc3, counts);
}

// A whole strip: four queries against the transposed candidate blocks [first, end) (multiples of
// eight, the last padded with zero rows). Appends (block start, 32-bit mask as MaskOf) for blocks
// where a pair may pass; counts are not kept, the rare hits are confirmed exactly by the caller.
// The query words are ANDed straight from memory with embedded broadcasts, and the threshold is
// compared in float against half_t * (popcount sums) precomputed per candidate (`cneed`) and per
// query (`qneed`), so a block costs 3 vector operations per word and query plus 4 per row.
TIPHUB_AVX512 void StripAvx512(const uint64_t* const* queries, const float* qneed,
                               const uint64_t* transposed, const float* cneed, size_t first,
                               size_t end, int words,
                               std::vector<std::pair<size_t, uint32_t>>& hits) {
  const uint64_t* q0 = queries[0];
  const uint64_t* q1 = queries[1];
  const uint64_t* q2 = queries[2];
  const uint64_t* q3 = queries[3];
  const __m256 need0 = _mm256_set1_ps(qneed[0]);
  const __m256 need1 = _mm256_set1_ps(qneed[1]);
  const __m256 need2 = _mm256_set1_ps(qneed[2]);
  const __m256 need3 = _mm256_set1_ps(qneed[3]);
  const auto stride = static_cast<size_t>(words) * kTileC;
  for (size_t c0 = first; c0 < end; c0 += kTileC) {
    const uint64_t* block = transposed + c0 / kTileC * stride;
    __m512i acc0 = _mm512_setzero_si512(), acc1 = _mm512_setzero_si512();
    __m512i acc2 = _mm512_setzero_si512(), acc3 = _mm512_setzero_si512();
    for (int w = 0; w < words; ++w) {
      const __m512i c = _mm512_loadu_si512(block + w * kTileC);
      acc0 = _mm512_add_epi64(acc0, _mm512_popcnt_epi64(_mm512_and_epi64(
                                        c, _mm512_set1_epi64(static_cast<long long>(q0[w])))));
      acc1 = _mm512_add_epi64(acc1, _mm512_popcnt_epi64(_mm512_and_epi64(
                                        c, _mm512_set1_epi64(static_cast<long long>(q1[w])))));
      acc2 = _mm512_add_epi64(acc2, _mm512_popcnt_epi64(_mm512_and_epi64(
                                        c, _mm512_set1_epi64(static_cast<long long>(q2[w])))));
      acc3 = _mm512_add_epi64(acc3, _mm512_popcnt_epi64(_mm512_and_epi64(
                                        c, _mm512_set1_epi64(static_cast<long long>(q3[w])))));
    }
    const __m256 cn = _mm256_loadu_ps(cneed + c0);
    const uint32_t mask =
        _mm256_cmp_ps_mask(_mm512_cvtepi64_ps(acc0), _mm256_add_ps(cn, need0), _CMP_GE_OQ) |
        _mm256_cmp_ps_mask(_mm512_cvtepi64_ps(acc1), _mm256_add_ps(cn, need1), _CMP_GE_OQ) << 8 |
        _mm256_cmp_ps_mask(_mm512_cvtepi64_ps(acc2), _mm256_add_ps(cn, need2), _CMP_GE_OQ) << 16 |
        static_cast<uint32_t>(
            _mm256_cmp_ps_mask(_mm512_cvtepi64_ps(acc3), _mm256_add_ps(cn, need3), _CMP_GE_OQ))
            << 24;
    if (mask != 0) hits.emplace_back(c0, mask);
  }
}

#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

bool HasAvx512Popcnt() {
  static const bool has = __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512vl") &&
                          __builtin_cpu_supports("avx512dq") &&
                          __builtin_cpu_supports("avx512vpopcntdq");
  return has;
}

TileFn ChooseTile(Kernel kernel) {
  const int want = static_cast<int>(kernel == Kernel::kAuto ? Kernel::kAvx512 : kernel);
  if (want <= static_cast<int>(Kernel::kAvx512) && HasAvx512Popcnt()) return TileAvx512Transposed;
  if (want <= static_cast<int>(Kernel::kAvx2) && __builtin_cpu_supports("avx2")) {
    return TileAvx2Transposed;
  }
  if (want <= static_cast<int>(Kernel::kPopcnt) && __builtin_cpu_supports("popcnt")) {
    return TilePopcnt;
  }
  return TilePortable;
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
  // Blocks of kTileC rows with words interleaved: [block][word][row in block].
  std::vector<uint64_t> transposed;
};

Sorted SortByPopcount(const EncodedRecords& set, bool transpose) {
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
  if (transpose) {
    s.transposed.assign((n / kTileC + 2) * kTileC * words, 0);
    for (size_t i = 0; i < n; ++i) {
      const size_t block = i / kTileC, lane = i % kTileC;
      for (size_t w = 0; w < words; ++w) {
        s.transposed[(block * words + w) * kTileC + lane] = s.rows[i * words + w];
      }
    }
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

std::vector<Match> AllPairs(const EncodedRecords& a, const EncodedRecords& b,
                            const MatchOptions& o) {
  const int words = a.words;
  const TileFn tile = ChooseTile(o.kernel);
  const bool transposed = tile == TileAvx512Transposed || tile == TileAvx2Transposed;
  const Sorted sa = SortByPopcount(a, false);
  const Sorted sb = SortByPopcount(b, transposed);
  const double t = o.threshold;
  // half_t * popcount per candidate, padded like the transposed blocks (see StripAvx512).
  std::vector<float> cneed(sb.transposed.size() / std::max(words, 1) + kTileC, 0.0f);
  if (tile == TileAvx512Transposed) {
    const auto half = static_cast<float>(t / 2 * (1 - 1e-5));
    for (size_t i = 0; i < sb.index.size(); ++i) cneed[i] = half * static_cast<float>(sb.pop[i]);
    // Padding rows must never pass: they have no bits, so any positive need rejects them.
    for (size_t i = sb.index.size(); i < cneed.size(); ++i) cneed[i] = 1e30f;
  }
  const size_t na = sa.index.size();
  const auto sb_end = sb.pop.begin() + static_cast<std::ptrdiff_t>(sb.index.size());
  const size_t blocks = (na + kTileQ - 1) / kTileQ;
  std::atomic<size_t> next{0};
  auto worker = [&] {
    std::vector<Match> local;
    uint32_t counts[kTileQ * kTileC];
    uint32_t qpop[kTileQ];
    float qneed[kTileQ];
    std::vector<std::pair<size_t, uint32_t>> hits;
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
        }
        const uint32_t pmin = sa.pop[q0];
        const uint32_t pmax = sa.pop[q0 + nq - 1];
        // Popcount bound: |A∩B| <= min(|A|,|B|) gives t/(2-t)*pa <= pb <= (2-t)/t*pa.
        const auto lo_pop = static_cast<uint32_t>(std::ceil(t / (2 - t) * pmin - 1e-9));
        const double hi_bound = t > 0 ? (2 - t) / t * pmax : 1e18;
        const auto lo =
            static_cast<size_t>(std::lower_bound(sb.pop.begin(), sb_end, lo_pop) - sb.pop.begin());
        const auto hi =
            static_cast<size_t>(std::upper_bound(sb.pop.begin(), sb_end,
                                                 static_cast<uint32_t>(std::min(hi_bound, 4e9))) -
                                sb.pop.begin());
        TileArgs args{queries, qpop, nullptr, nullptr, words, half_t};
        for (size_t q = 0; q < kTileQ; ++q) qpop[q] = sa.pop[q0 + std::min(q, nq - 1)];
        // Transposed blocks start at multiples of kTileC; rows before `lo` cannot pass the bound.
        const size_t first = transposed ? lo - lo % kTileC : lo;
        // Checks exactly the pairs of a block's mask (bit q * kTileC + c) and keeps those that
        // pass; `count(bit, q, candidate row)` gives |A ∩ B|.
        auto confirm = [&](size_t c0, uint32_t mask, auto count) {
          const size_t nc = std::min<size_t>(kTileC, hi - c0);
          while (mask != 0) {
            const int bit = __builtin_ctz(mask);
            mask &= mask - 1;
            const auto q = static_cast<size_t>(bit / kTileC);
            const auto c = static_cast<size_t>(bit % kTileC);
            if (q >= nq || c >= nc || c0 + c < lo) continue;
            const uint32_t n = count(bit, q, c0 + c);
            const uint32_t pa = sa.pop[q0 + q];
            const uint32_t pb = sb.pop[c0 + c];
            if (Passes(n, pa, pb, t)) {
              local.push_back(
                  {sa.index[q0 + q], sb.index[c0 + c], static_cast<float>(2.0 * n / (pa + pb))});
            }
          }
        };
        if (tile == TileAvx512Transposed) {
          for (size_t q = 0; q < kTileQ; ++q) qneed[q] = half_t * static_cast<float>(qpop[q]);
          hits.clear();
          StripAvx512(queries, qneed, sb.transposed.data(), cneed.data(), first, hi, words, hits);
          for (const auto& [c0, mask] : hits) {
            confirm(c0, mask, [&](int, size_t q, size_t row) {
              return PopcountAnd(queries[q], sb.rows.data() + row * words, words);
            });
          }
          continue;
        }
        for (size_t c0 = first; c0 < hi; c0 += kTileC) {
          args.cand = transposed ? sb.transposed.data() + c0 * static_cast<size_t>(words)
                                 : sb.rows.data() + c0 * static_cast<size_t>(words);
          args.cpop = sb.pop.data() + c0;
          const uint32_t mask = tile(args, counts);
          if (mask != 0) confirm(c0, mask, [&](int bit, size_t, size_t) { return counts[bit]; });
        }
      }
    }
    return local;
  };
  return RunWorkers(Threads(o), worker);
}

// LSH blocking: `bands` keys of `bits` sampled bit positions each (fixed positions, seeded); a
// pair is compared in the first band where its keys agree.
std::vector<Match> Lsh(const EncodedRecords& a, const EncodedRecords& b, const MatchOptions& o) {
  const int nbits = a.words * 64;
  const int bands = std::max(1, o.lsh_bands);
  int r = o.lsh_bits;
  if (r <= 0) {
    // Chance that two unrelated filters agree on one sampled bit, from the mean density.
    double ones = 0;
    const size_t sample = std::min<size_t>(a.ids.size(), 4096);
    for (size_t i = 0; i < sample; ++i) ones += PopcountRow(a.filter(i), a.words);
    const double d = std::clamp(ones / (static_cast<double>(sample) * nbits), 0.05, 0.95);
    const double agree = d * d + (1 - d) * (1 - d);
    const double pairs = static_cast<double>(a.ids.size()) * static_cast<double>(b.ids.size());
    const double target = static_cast<double>(a.ids.size() + b.ids.size());
    r = static_cast<int>(std::ceil(std::log(target / pairs) / std::log(agree)));
  }
  r = std::clamp(r, 8, 63);
  std::vector<std::vector<uint32_t>> positions(static_cast<size_t>(bands));
  uint64_t seed = 0x7469706875624c53ull;  // fixed: both sides' keys must agree
  for (auto& band : positions) {
    for (int i = 0; i < r; ++i) {
      seed += 0x9E3779B97F4A7C15ull;
      uint64_t z = seed;
      z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
      z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
      band.push_back(static_cast<uint32_t>((z ^ (z >> 31)) % static_cast<uint64_t>(nbits)));
    }
  }
  auto keys = [&](const EncodedRecords& set) {
    const size_t n = set.ids.size();
    std::vector<uint64_t> k(n * static_cast<size_t>(bands));
    for (size_t i = 0; i < n; ++i) {
      const uint64_t* f = set.filter(i);
      for (int j = 0; j < bands; ++j) {
        uint64_t key = 0;
        for (uint32_t p : positions[static_cast<size_t>(j)])
          key = (key << 1) | ((f[p / 64] >> (p % 64)) & 1);
        k[i * static_cast<size_t>(bands) + static_cast<size_t>(j)] = key;
      }
    }
    return k;
  };
  const std::vector<uint64_t> ka = keys(a);
  const std::vector<uint64_t> kb = keys(b);
  const size_t na = a.ids.size(), nb = b.ids.size();
  std::vector<uint32_t> pa(na), pb(nb);
  for (size_t i = 0; i < na; ++i) pa[i] = PopcountRow(a.filter(i), a.words);
  for (size_t i = 0; i < nb; ++i) pb[i] = PopcountRow(b.filter(i), b.words);
  const double t = o.threshold;
  std::atomic<int> next_band{0};
  auto worker = [&] {
    std::vector<Match> local;
    std::vector<std::pair<uint64_t, uint32_t>> sorted_b(nb);
    for (;;) {
      const int j = next_band.fetch_add(1);
      if (j >= bands) break;
      const auto band = static_cast<size_t>(j);
      for (size_t i = 0; i < nb; ++i)
        sorted_b[i] = {kb[i * static_cast<size_t>(bands) + band], static_cast<uint32_t>(i)};
      std::sort(sorted_b.begin(), sorted_b.end());
      for (size_t i = 0; i < na; ++i) {
        const uint64_t key = ka[i * static_cast<size_t>(bands) + band];
        auto it =
            std::lower_bound(sorted_b.begin(), sorted_b.end(), std::make_pair(key, uint32_t{0}));
        for (; it != sorted_b.end() && it->first == key; ++it) {
          const uint32_t y = it->second;
          // Compared already in an earlier band where the keys also agree?
          bool earlier = false;
          for (size_t e = 0; e < band && !earlier; ++e) {
            earlier =
                ka[i * static_cast<size_t>(bands) + e] == kb[y * static_cast<size_t>(bands) + e];
          }
          if (earlier) continue;
          const uint32_t p1 = pa[i], p2 = pb[y];
          if (2.0 * std::min(p1, p2) < t * (p1 + p2)) continue;  // popcount bound
          const uint64_t* fa = a.filter(i);
          const uint64_t* fb = b.filter(y);
          const uint32_t n = PopcountAnd(fa, fb, a.words);
          if (Passes(n, p1, p2, t)) {
            local.push_back({static_cast<uint32_t>(i), y, static_cast<float>(2.0 * n / (p1 + p2))});
          }
        }
      }
    }
    return local;
  };
  return RunWorkers(Threads(o), worker);
}

}  // namespace

double Dice(const uint64_t* a, const uint64_t* b, int words) {
  const uint32_t both = PopcountAnd(a, b, words);
  const uint32_t pa = PopcountRow(a, words);
  const uint32_t pb = PopcountRow(b, words);
  return pa + pb == 0 ? 0.0 : 2.0 * both / (pa + pb);
}

std::string KernelName(Kernel kernel) {
  const TileFn f = ChooseTile(kernel);
  if (f == TileAvx512Transposed) return "avx512-vpopcntq";
  if (f == TileAvx2Transposed) return "avx2";
  if (f == TilePopcnt) return "popcnt";
  return "portable";
}

std::vector<Match> FindMatches(const EncodedRecords& a, const EncodedRecords& b,
                               const MatchOptions& o) {
  if (a.ids.empty() || b.ids.empty()) return {};
  Blocking blocking = o.blocking;
  if (blocking == Blocking::kAuto) {
    const double pairs = static_cast<double>(a.ids.size()) * static_cast<double>(b.ids.size());
    blocking = pairs > 1e10 ? Blocking::kLsh : Blocking::kNone;
  }
  return blocking == Blocking::kLsh ? Lsh(a, b, o) : AllPairs(a, b, o);
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
