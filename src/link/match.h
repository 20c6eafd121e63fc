// The hub's matcher: Sørensen-Dice similarity of Bloom-filter encodings, all pairs above a
// threshold between two partners' files, and a multi-party greedy solver that forms groups with at
// most one record per partner.
//
// Speed: candidates are sorted by popcount so each query only meets those whose popcount allows
// Dice >= threshold (|A∩B| <= min(|A|,|B|)). Candidates are then bit-sliced in blocks of 512 (one
// vector holds one bit position of 512 candidates) and a query adds up only the vectors of its set
// bits in a bit-sliced counter (carry-save adders; link/bitslice.h), with AVX-512F, AVX2 or
// portable 128-bit vectors chosen at run time; lanes that reach the threshold are confirmed
// exactly. Large inputs are blocked with locality-sensitive hashing on sampled bits (bands of bits
// that must agree exactly).
//
// Thread safety: functions are pure; FindMatches uses `threads` worker threads internally.
#ifndef TIPHUB_LINK_MATCH_H_
#define TIPHUB_LINK_MATCH_H_

#include <cstdint>
#include <string>
#include <vector>

#include "link/clk.h"

namespace tiphub::link {

// Dice of two filters of `words` 64-bit words.
double Dice(const uint64_t* a, const uint64_t* b, int words);

enum class Blocking { kAuto, kNone, kLsh };

// All-pairs kernels. kAuto: the best this processor runs. kAvx512, kAvx2, kPortable: the bit-sliced
// kernel with AVX-512F, AVX2 or the base instruction set; one the processor lacks falls back to
// the next. kPopcnt: plain rows with the POPCNT instruction (the usual approach; kept as a
// baseline), also what runs for filters longer than 4,032 bits.
enum class Kernel { kAuto, kAvx512, kAvx2, kPortable, kPopcnt };

struct MatchOptions {
  double threshold = 0.8;
  Blocking blocking = Blocking::kAuto;  // auto: LSH above 10^10 candidate pairs
  // LSH band keys and bits per key; 0 chooses from the input (ChooseLshParams).
  int lsh_bands = 0;
  int lsh_bits = 0;
  int threads = 0;  // 0: all cores
  Kernel kernel = Kernel::kAuto;
};

struct Match {
  uint32_t a;  // record index in the first set
  uint32_t b;  // record index in the second set
  float score;
};

// The blocking FindMatches uses for these inputs: kAuto resolves to kLsh above 10^10 pairs.
Blocking ResolveBlocking(const EncodedRecords& a, const EncodedRecords& b,
                         const MatchOptions& options);

// Pairs with Dice >= threshold, in no particular order. Both sets must have the same `words`.
std::vector<Match> FindMatches(const EncodedRecords& a, const EncodedRecords& b,
                               const MatchOptions& options);

struct LshParams {
  int bands = 0;
  int bits = 0;
};
// The LSH parameters FindMatches uses for these inputs, where the options leave them 0. Bits: the
// fewest with which about (n + m) / 4 unrelated pairs share a band's key, estimated on a sample of
// the inputs. Bands: so that a pair whose Dice lies a third of the way from the threshold to 1 (at
// the mean popcount) shares at least one band with probability 0.99; at most 2,000.
LshParams ChooseLshParams(const EncodedRecords& a, const EncodedRecords& b,
                          const MatchOptions& options);

// Which all-pairs kernel FindMatches uses on this machine for filters of up to 4,032 bits:
// "avx512-bitsliced", "avx2-bitsliced", "bitsliced", "popcnt" or "portable".
std::string KernelName(Kernel kernel = Kernel::kAuto);

struct Edge {
  uint16_t file_a;
  uint32_t rec_a;
  uint16_t file_b;
  uint32_t rec_b;
  float score;
};

struct Member {
  uint16_t file;
  uint32_t record;
};

// Greedy multi-party solver: edges by descending score; two groups merge when they hold no record
// of the same file. Returns groups of two or more members.
std::vector<std::vector<Member>> SolveGroups(std::vector<Edge> edges);

}  // namespace tiphub::link

#endif  // TIPHUB_LINK_MATCH_H_
