// Privacy-preserving linkage throughput.
//   BM_DiceAllPairs/<kernel>    Dice comparisons per second (items/s) of 1024-bit filters, one
//                               thread: 4096 queries × 4096 candidates of equal popcount, so the
//                               popcount bound prunes nothing and no pair matches (threshold 0.99).
//                               Bit-sliced kernels: 1 AVX-512F, 2 AVX2, 3 portable (128-bit
//                               vectors); 4 plain rows with POPCNT, the usual approach
//                               (link::Kernel). Includes sorting, slicing and each query's offsets.
//   BM_Encode                   records encoded per second, one thread: FEBRL 4a's 5,000 records in
//                               turn with the shipped febrl schema (10 fields, about 60 tokens and
//                               420 filter positions per record).
//   BM_LshLink/<n>              n random filters against noisy copies (Dice about 0.94), LSH, all
//                               threads: seconds and recall.
//   BM_LshLinkFebrl/<n>         n × n FEBRL-like records encoded with schemas/linkage/febrl.json
//                               and linked at 0.6 with LSH, all threads (encoding not timed):
//                               FEBRL 4a/4b's 5,000 true pairs plus n − 5,000 synthetic persons
//                               (fields drawn from FEBRL's columns) each with a corrupted copy.
//                               Counters: precision and recall after one-to-one assignment (all
//                               pairs and FEBRL's own), the LSH parameters, and the 1st and 10th
//                               percentile of the true pairs' Dice (FEBRL's and the synthetic).
//                               TIPHUB_LSH_BANDS / TIPHUB_LSH_BITS override the parameters.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <fstream>
#include <map>
#include <random>
#include <sstream>
#include <thread>

#include "link/clk.h"
#include "link/match.h"

namespace tiphub::link {
namespace {

std::vector<std::vector<std::string>> ReadFebrl(const std::string& path) {
  std::ifstream in(path);
  std::vector<std::vector<std::string>> rows;
  std::string line;
  std::getline(in, line);
  while (std::getline(in, line)) {
    std::vector<std::string> f;
    std::stringstream ss(line);
    std::string c;
    while (std::getline(ss, c, ',')) {
      const auto b = c.find_first_not_of(' ');
      f.push_back(b == std::string::npos ? "" : c.substr(b));
    }
    f.resize(11);
    rows.push_back(std::move(f));
  }
  return rows;
}

EncodedRecords EqualWeight(size_t n, uint64_t seed) {
  EncodedRecords r;
  r.words = 16;
  std::mt19937_64 rng(seed);
  std::vector<int> bits(1024);
  for (int i = 0; i < 1024; ++i) bits[static_cast<size_t>(i)] = i;
  for (size_t i = 0; i < n; ++i) {
    r.ids.push_back(std::to_string(i));
    std::shuffle(bits.begin(), bits.end(), rng);
    uint64_t f[16] = {};
    for (int k = 0; k < 400; ++k)
      f[bits[static_cast<size_t>(k)] / 64] |= uint64_t{1} << (bits[static_cast<size_t>(k)] % 64);
    r.filters.insert(r.filters.end(), f, f + 16);
  }
  return r;
}

void BM_DiceAllPairs(benchmark::State& state) {
  static const EncodedRecords a = EqualWeight(4096, 1);
  static const EncodedRecords b = EqualWeight(4096, 2);
  MatchOptions o;
  o.threshold = 0.99;
  o.blocking = Blocking::kNone;
  o.threads = 1;
  o.kernel = static_cast<Kernel>(state.range(0));
  for (auto _ : state) {
    auto m = FindMatches(a, b, o);
    benchmark::DoNotOptimize(m.data());
  }
  state.SetItemsProcessed(state.iterations() * 4096 * 4096);
  state.SetLabel(KernelName(o.kernel));
}
BENCHMARK(BM_DiceAllPairs)->DenseRange(1, 4)->Unit(benchmark::kMillisecond);

void BM_Encode(benchmark::State& state) {
  auto schema = LoadLinkageSchema(std::string(TIPHUB_SOURCE_DIR) + "/schemas/linkage/febrl.json");
  auto encoder = Encoder::Create(*schema, "benchmark secret of some length");
  static const char* kCols[] = {"rec_id",    "given_name",    "surname",   "street_number",
                                "address_1", "address_2",     "suburb",    "postcode",
                                "state",     "date_of_birth", "soc_sec_id"};
  std::vector<std::map<std::string, std::string>> records;
  for (const auto& row : ReadFebrl(std::string(TIPHUB_SHARED_DIR) + "/data/febrl/dataset4a.csv")) {
    auto& m = records.emplace_back();
    for (size_t c = 0; c < 11; ++c) m[kCols[c]] = row[c];
  }
  if (records.empty()) {
    state.SkipWithError("the FEBRL data is not in ../shared/data/febrl");
    return;
  }
  std::vector<uint64_t> out(static_cast<size_t>(encoder->words()));
  size_t i = 0;
  for (auto _ : state) {
    encoder->Encode(records[i], out.data());
    benchmark::DoNotOptimize(out.data());
    if (++i == records.size()) i = 0;
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_Encode);

// n records against n noisy copies (about 6% of the set bits moved: Dice about 0.94) with LSH
// blocking, all threads: seconds for the whole link and the share of true pairs found.
// n = 1,000,000 takes about 4 s on this 2-core machine (2026-11-29).
void BM_LshLink(benchmark::State& state) {
  const auto n = static_cast<size_t>(state.range(0));
  EncodedRecords a = EqualWeight(n, 3);
  EncodedRecords b = a;
  std::mt19937_64 rng(4);
  for (size_t i = 0; i < n; ++i) {
    uint64_t* f = b.filters.data() + i * 16;
    for (int k = 0; k < 24; ++k) {  // move 12 bits: clear 12 set bits, set 12 clear ones
      const auto p = static_cast<int>(rng() % 1024);
      f[p / 64] ^= uint64_t{1} << (p % 64);
    }
  }
  MatchOptions o;
  o.threshold = 0.8;
  o.blocking = Blocking::kLsh;
  size_t found = 0;
  for (auto _ : state) {
    auto m = FindMatches(a, b, o);
    found = 0;
    for (const auto& x : m) found += x.a == x.b;
  }
  state.counters["recall"] = static_cast<double>(found) / static_cast<double>(n);
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(n));
}
// One run each: the large sizes take seconds to minutes.
void LinkSizes(benchmark::internal::Benchmark* b, bool with_febrl_alone) {
  if (with_febrl_alone) b->Arg(5'000);
  b->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kSecond)->Iterations(1)->UseRealTime();
}
BENCHMARK(BM_LshLink)->Apply([](benchmark::internal::Benchmark* b) { LinkSizes(b, false); });

struct FebrlWorld {
  EncodedRecords a, b;  // the first 5,000 of each: FEBRL 4a / 4b, a[i] and b[i] one person
  size_t pairs = 0;
};

const FebrlWorld& Febrl(size_t n) {
  static std::map<size_t, FebrlWorld> cache;
  auto it = cache.find(n);
  if (it != cache.end()) return it->second;
  FebrlWorld& w = cache[n];
  const std::string dir = std::string(TIPHUB_SHARED_DIR) + "/data/febrl/";
  auto ra = ReadFebrl(dir + "dataset4a.csv");
  auto rb = ReadFebrl(dir + "dataset4b.csv");
  std::map<std::string, size_t> person_b;
  auto person = [](const std::string& id) { return id.substr(0, id.find('-', 4)); };
  for (size_t i = 0; i < rb.size(); ++i) person_b[person(rb[i][0])] = i;
  std::vector<std::vector<std::string>> a, b;
  for (auto& r : ra) {
    auto f = person_b.find(person(r[0]));
    if (f == person_b.end()) continue;
    a.push_back(r);
    b.push_back(rb[f->second]);
  }
  w.pairs = a.size();
  // The rest: originals whose fields are drawn from that column of 4a ∪ 4b independently (common
  // names and places stay common; birth date and social security id random), and a duplicate of
  // each with FEBRL-like corruption: one to three fields changed by a typo (insert, delete,
  // substitute, transpose), a missing value or another value of the column.
  std::mt19937_64 rng(77);
  auto pick = [&](size_t c) -> const std::string& {
    const auto& src = rng() % 2 ? ra : rb;
    return src[rng() % src.size()][c];
  };
  while (a.size() < n) {
    std::vector<std::string> r(11);
    r[0] = "bg-" + std::to_string(a.size());
    for (size_t c = 1; c < 9; ++c) r[c] = pick(c);
    char dob[16];
    std::snprintf(dob, sizeof dob, "%04d%02d%02d", 1910 + static_cast<int>(rng() % 95),
                  1 + static_cast<int>(rng() % 12), 1 + static_cast<int>(rng() % 28));
    r[9] = dob;
    r[10] = std::to_string(1000000 + rng() % 9000000);
    std::vector<std::string> d = r;
    int changes = 1;
    while (changes < 6 && rng() % 100 < 55) ++changes;
    for (int k = 0; k < changes; ++k) {
      const size_t c = 1 + rng() % 10;
      std::string& v = d[c];
      const int kind = static_cast<int>(rng() % 100);
      if (kind < 12) {
        v.clear();
      } else if (kind < 22 && c < 9) {
        v = pick(c);
      } else if (!v.empty()) {
        const size_t p = rng() % v.size();
        const char ch = c >= 7 && c != 8 ? static_cast<char>('0' + rng() % 10)
                                         : static_cast<char>('a' + rng() % 26);
        const int op = static_cast<int>(rng() % 4);
        if (op == 0)
          v.insert(p, 1, ch);
        else if (op == 1 && v.size() > 1)
          v.erase(p, 1);
        else if (op == 2 || p + 1 >= v.size())
          v[p] = ch;
        else
          std::swap(v[p], v[p + 1]);
      }
    }
    a.push_back(std::move(r));
    b.push_back(std::move(d));
  }
  auto schema = LoadLinkageSchema(std::string(TIPHUB_SOURCE_DIR) + "/schemas/linkage/febrl.json");
  auto encoder = Encoder::Create(*schema, "febrl benchmark shared secret 0123456789");
  static const char* kCols[] = {"rec_id",    "given_name",    "surname",   "street_number",
                                "address_1", "address_2",     "suburb",    "postcode",
                                "state",     "date_of_birth", "soc_sec_id"};
  auto encode = [&](const std::vector<std::vector<std::string>>& rows, EncodedRecords& out) {
    out.words = encoder->words();
    out.ids.resize(rows.size());
    out.filters.assign(rows.size() * static_cast<size_t>(out.words), 0);
    auto part = [&](size_t begin, size_t end) {
      std::map<std::string, std::string> m;
      for (size_t i = begin; i < end; ++i) {
        for (size_t c = 0; c < 11; ++c) m[kCols[c]] = rows[i][c];
        encoder->Encode(m, out.filters.data() + i * static_cast<size_t>(out.words));
        out.ids[i] = rows[i][0];
      }
    };
    std::thread t(part, 0, rows.size() / 2);
    part(rows.size() / 2, rows.size());
    t.join();
  };
  encode(a, w.a);
  encode(b, w.b);
  return w;
}

void BM_LshLinkFebrl(benchmark::State& state) {
  const auto n = static_cast<size_t>(state.range(0));
  const FebrlWorld& w = Febrl(n);
  MatchOptions o;
  o.threshold = 0.6;  // the febrl schema's threshold
  o.blocking = Blocking::kLsh;
  if (const char* e = std::getenv("TIPHUB_LSH_BANDS")) o.lsh_bands = std::atoi(e);
  if (const char* e = std::getenv("TIPHUB_LSH_BITS")) o.lsh_bits = std::atoi(e);
  std::vector<Match> m;
  for (auto _ : state) m = FindMatches(w.a, w.b, o);
  // One to one, as `tiphub link` groups them.
  std::vector<Edge> edges;
  for (const Match& x : m) edges.push_back({0, x.a, 1, x.b, x.score});
  size_t tp = 0, fp = 0, tp_febrl = 0;
  for (const auto& g : SolveGroups(std::move(edges))) {
    const uint32_t x = g[0].file == 0 ? g[0].record : g[1].record;
    const uint32_t y = g[0].file == 0 ? g[1].record : g[0].record;
    (x == y ? tp : fp)++;
    tp_febrl += x == y && x < w.pairs;
  }
  // How hard the pairs are: quantiles of the true pairs' Dice, FEBRL's and the synthetic ones.
  std::vector<double> dice;
  for (size_t i = 0; i < n; ++i) dice.push_back(Dice(w.a.filter(i), w.b.filter(i), w.a.words));
  auto quantile = [&](size_t begin, size_t end, double at) {
    if (begin >= end) return 0.0;
    std::vector<double> v(dice.begin() + static_cast<std::ptrdiff_t>(begin),
                          dice.begin() + static_cast<std::ptrdiff_t>(end));
    std::sort(v.begin(), v.end());
    return v[static_cast<size_t>(at * static_cast<double>(v.size() - 1))];
  };
  state.counters["febrl_dice_p1"] = quantile(0, w.pairs, 0.01);
  state.counters["febrl_dice_p10"] = quantile(0, w.pairs, 0.10);
  state.counters["synthetic_dice_p1"] = quantile(w.pairs, n, 0.01);
  state.counters["synthetic_dice_p10"] = quantile(w.pairs, n, 0.10);
  state.counters["recall"] = static_cast<double>(tp) / static_cast<double>(n);
  state.counters["recall_febrl"] = static_cast<double>(tp_febrl) / static_cast<double>(w.pairs);
  state.counters["precision"] = static_cast<double>(tp) / static_cast<double>(tp + fp);
  state.counters["pairs_above_t"] = static_cast<double>(m.size());
  const LshParams lp = ChooseLshParams(w.a, w.b, o);
  state.counters["bands"] = lp.bands;
  state.counters["bits"] = lp.bits;
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(n));
}
BENCHMARK(BM_LshLinkFebrl)->Apply([](benchmark::internal::Benchmark* b) { LinkSizes(b, true); });

}  // namespace
}  // namespace tiphub::link
