#include "link/match.h"

#include <gtest/gtest.h>

#include <map>
#include <random>
#include <set>
#include <tuple>

namespace tiphub::link {
namespace {

EncodedRecords Random(size_t n, int words, std::mt19937_64& rng, double density) {
  EncodedRecords r;
  r.words = words;
  std::bernoulli_distribution bit(density);
  for (size_t i = 0; i < n; ++i) {
    r.ids.push_back("r" + std::to_string(i));
    for (int w = 0; w < words; ++w) {
      uint64_t v = 0;
      for (int b = 0; b < 64; ++b) v |= uint64_t{bit(rng)} << b;
      r.filters.push_back(v);
    }
  }
  return r;
}

// Copies of `a` with `flips` random bits flipped: true matches for b.
EncodedRecords Noisy(const EncodedRecords& a, int flips, std::mt19937_64& rng) {
  EncodedRecords b = a;
  std::uniform_int_distribution<int> pos(0, a.words * 64 - 1);
  for (size_t i = 0; i < a.ids.size(); ++i) {
    for (int f = 0; f < flips; ++f) {
      const int p = pos(rng);
      b.filters[i * static_cast<size_t>(a.words) + static_cast<size_t>(p / 64)] ^= uint64_t{1}
                                                                                   << (p % 64);
    }
  }
  return b;
}

std::set<std::pair<uint32_t, uint32_t>> Brute(const EncodedRecords& a, const EncodedRecords& b,
                                              double t) {
  std::set<std::pair<uint32_t, uint32_t>> out;
  for (uint32_t i = 0; i < a.ids.size(); ++i) {
    for (uint32_t j = 0; j < b.ids.size(); ++j) {
      if (Dice(a.filter(i), b.filter(j), a.words) >= t) out.insert({i, j});
    }
  }
  return out;
}

std::set<std::pair<uint32_t, uint32_t>> Pairs(const std::vector<Match>& m) {
  std::set<std::pair<uint32_t, uint32_t>> out;
  for (const auto& x : m) out.insert({x.a, x.b});
  return out;
}

TEST(MatchTest, EveryKernelAgreesWithBruteForce) {
  std::mt19937_64 rng(7);
  for (int words : {16, 8, 3}) {
    SCOPED_TRACE(words);
    EncodedRecords a = Random(203, words, rng, 0.3);
    EncodedRecords b = Noisy(a, words * 3, rng);
    EncodedRecords extra = Random(50, words, rng, 0.3);
    b.ids.insert(b.ids.end(), extra.ids.begin(), extra.ids.end());
    b.filters.insert(b.filters.end(), extra.filters.begin(), extra.filters.end());
    const auto want = Brute(a, b, 0.7);
    ASSERT_GT(want.size(), 150u);
    for (Kernel kernel : {Kernel::kAvx512, Kernel::kAvx2, Kernel::kPopcnt, Kernel::kPortable}) {
      MatchOptions o;
      o.threshold = 0.7;
      o.blocking = Blocking::kNone;
      o.kernel = kernel;
      o.threads = 2;
      EXPECT_EQ(Pairs(FindMatches(a, b, o)), want) << KernelName(kernel);
    }
  }
}

// Thousands of candidates over a spread of popcounts, so query blocks' popcount ranges start and
// end at every offset within the kernels' candidate blocks; scores are exact.
TEST(MatchTest, KernelsAgreeWithBruteForceOverWidePopcountRanges) {
  std::mt19937_64 rng(13);
  EncodedRecords a = Random(150, 16, rng, 0.25);
  EncodedRecords extra_a = Random(150, 16, rng, 0.45);
  a.ids.insert(a.ids.end(), extra_a.ids.begin(), extra_a.ids.end());
  a.filters.insert(a.filters.end(), extra_a.filters.begin(), extra_a.filters.end());
  EncodedRecords b = Noisy(a, 40, rng);
  for (double density : {0.2, 0.3, 0.4, 0.5}) {
    EncodedRecords extra = Random(700, 16, rng, density);
    b.ids.insert(b.ids.end(), extra.ids.begin(), extra.ids.end());
    b.filters.insert(b.filters.end(), extra.filters.begin(), extra.filters.end());
  }
  for (double t : {0.6, 0.8}) {
    SCOPED_TRACE(t);
    const auto want = Brute(a, b, t);
    ASSERT_GT(want.size(), 250u);
    for (Kernel kernel : {Kernel::kAvx512, Kernel::kAvx2}) {
      MatchOptions o;
      o.threshold = t;
      o.blocking = Blocking::kNone;
      o.kernel = kernel;
      o.threads = 2;
      const std::vector<Match> found = FindMatches(a, b, o);
      EXPECT_EQ(Pairs(found), want) << KernelName(kernel);
      for (const Match& m : found) {
        EXPECT_FLOAT_EQ(m.score, static_cast<float>(Dice(a.filter(m.a), b.filter(m.b), 16)));
      }
    }
  }
}

TEST(MatchTest, LshFindsCloseMatchesWithoutAllPairs) {
  std::mt19937_64 rng(11);
  EncodedRecords a = Random(2000, 16, rng, 0.4);
  EncodedRecords b = Noisy(a, 30, rng);
  MatchOptions o;
  o.threshold = 0.85;
  o.blocking = Blocking::kLsh;
  const auto found = Pairs(FindMatches(a, b, o));
  size_t diagonal = 0;
  for (const auto& [i, j] : found) diagonal += i == j;
  EXPECT_GE(diagonal, 1980u);  // recall of the blocking >= 99%
  // Everything found is a real match above the threshold.
  for (const auto& [i, j] : found) EXPECT_GE(Dice(a.filter(i), b.filter(j), 16), 0.85);
}

// LSH finds a subset of what all pairs finds (with the same scores), each pair once, also when a
// record matches several others (copies of records in B) and when two threads take bands.
TEST(MatchTest, LshReportsEachPairOnceWithAllPairsScores) {
  std::mt19937_64 rng(12);
  EncodedRecords a = Random(3000, 16, rng, 0.33);
  EncodedRecords b = Noisy(a, 40, rng);
  for (size_t i = 0; i < 50; ++i) {  // B record 3000 + i: another near copy of A record i
    EncodedRecords extra = Noisy(a, 40, rng);
    b.ids.push_back("copy" + std::to_string(i));
    b.filters.insert(b.filters.end(), extra.filter(i), extra.filter(i) + 16);
  }
  MatchOptions o;
  o.threshold = 0.8;
  o.threads = 2;
  o.blocking = Blocking::kNone;
  const auto all = FindMatches(a, b, o);
  std::map<std::pair<uint32_t, uint32_t>, float> exact;
  for (const Match& m : all) exact[{m.a, m.b}] = m.score;
  o.blocking = Blocking::kLsh;
  const LshParams params = ChooseLshParams(a, b, o);
  EXPECT_GT(params.bands, 1);
  EXPECT_GT(params.bits, 4);
  const auto lsh = FindMatches(a, b, o);
  std::set<std::pair<uint32_t, uint32_t>> seen;
  for (const Match& m : lsh) {
    EXPECT_TRUE(seen.insert({m.a, m.b}).second) << "pair reported twice: " << m.a << "," << m.b;
    auto it = exact.find({m.a, m.b});
    ASSERT_NE(it, exact.end()) << "not a match: " << m.a << "," << m.b;
    EXPECT_EQ(it->second, m.score);
  }
  EXPECT_GE(seen.size(), exact.size() * 99 / 100);
  size_t copies = 0;
  for (uint32_t i = 0; i < 50; ++i) copies += seen.count({i, 3000 + i});
  EXPECT_GE(copies, 49u);
}

// Records LSH cannot spread over buckets: empty filters (never a match) and many copies of one
// filter on both sides (every copy matches every copy, in every band).
TEST(MatchTest, LshHandlesEmptyAndIdenticalRecords) {
  std::mt19937_64 rng(13);
  EncodedRecords a = Random(2000, 16, rng, 0.33);
  EncodedRecords b = Noisy(a, 30, rng);
  const EncodedRecords same = Random(1, 16, rng, 0.33);
  for (EncodedRecords* set : {&a, &b}) {
    for (int i = 0; i < 500; ++i) {
      set->ids.push_back("empty");
      set->filters.insert(set->filters.end(), 16, 0);
    }
    for (int i = 0; i < 300; ++i) {
      set->ids.push_back("same");
      set->filters.insert(set->filters.end(), same.filters.begin(), same.filters.end());
    }
  }
  MatchOptions o;
  o.threshold = 0.8;
  o.blocking = Blocking::kLsh;
  size_t diagonal = 0, copies = 0;
  for (const Match& m : FindMatches(a, b, o)) {
    ASSERT_LT(m.a, 2000u + 500u + 300u);
    EXPECT_FALSE(a.ids[m.a] == "empty" || b.ids[m.b] == "empty");
    diagonal += m.a == m.b && m.a < 2000;
    copies += a.ids[m.a] == "same" && b.ids[m.b] == "same";
  }
  EXPECT_GE(diagonal, 1980u);
  EXPECT_EQ(copies, 300u * 300u);
}

TEST(MatchTest, GroupsHoldAtMostOneRecordPerFile) {
  // File 0 record 1 matches file 1 records 1 and 2; the better edge wins, the other is left out.
  std::vector<Edge> edges = {{0, 1, 1, 1, 0.95f},
                             {0, 1, 1, 2, 0.90f},
                             {1, 1, 2, 5, 0.92f},
                             {0, 7, 2, 5, 0.85f},
                             {0, 3, 1, 4, 0.81f}};
  const auto groups = SolveGroups(edges);
  ASSERT_EQ(groups.size(), 2u);
  for (const auto& g : groups) {
    std::set<uint16_t> files;
    for (const auto& m : g) EXPECT_TRUE(files.insert(m.file).second);
  }
  EXPECT_EQ(groups[0].size(), 3u);  // (0,1) (1,1) (2,5)
}

}  // namespace
}  // namespace tiphub::link
