// Rng: a seeded, portable random number generator (xoshiro256**) with the distributions the
// simulator needs. Unlike <random>'s distributions, every method here gives the same sequence on
// every platform and standard library, so a seed reproduces a world byte for byte.
//
// Independent streams: Rng::Stream(seed, a, b) derives a generator for (seed, a, b), e.g. one per
// (day, account), so results do not depend on how work is split across threads.
//
// Thread safety: an Rng is not shared; give each thread or task its own stream.
#ifndef TIPHUB_COMMON_RNG_H_
#define TIPHUB_COMMON_RNG_H_

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace tiphub {

class Rng {
 public:
  explicit Rng(uint64_t seed);

  // A generator for the stream (seed, a, b): the same arguments always give the same sequence.
  static Rng Stream(uint64_t seed, uint64_t a, uint64_t b = 0);

  uint64_t Next();
  // Uniform in [0, n); n > 0.
  uint64_t Uniform(uint64_t n);
  // Uniform in [lo, hi] inclusive; lo <= hi.
  int64_t UniformInt(int64_t lo, int64_t hi);
  // Uniform in [0, 1).
  double UniformDouble();
  bool Bernoulli(double p) { return UniformDouble() < p; }
  double Normal(double mean, double stddev);
  double LogNormal(double mu, double sigma);
  double Exponential(double rate);
  // Poisson with mean lambda >= 0 (normal approximation above 64).
  int64_t Poisson(double lambda);

  template <typename T>
  const T& Pick(std::span<const T> items) {
    return items[Uniform(items.size())];
  }
  template <typename T, size_t N>
  const T& Pick(const T (&items)[N]) {
    return items[Uniform(N)];
  }
  template <typename T>
  const T& Pick(const std::vector<T>& items) {
    return items[Uniform(items.size())];
  }

 private:
  uint64_t s_[4];
  bool has_spare_normal_ = false;
  double spare_normal_ = 0;
};

// Draws indexes with given non-negative weights in O(log n) (cumulative table and binary search).
class WeightedPicker {
 public:
  WeightedPicker() = default;
  explicit WeightedPicker(std::span<const double> weights);
  size_t Pick(Rng& rng) const;
  size_t size() const { return cumulative_.size(); }

 private:
  std::vector<double> cumulative_;
};

// SplitMix64 finaliser: a fast, well-mixed 64-bit hash of one value.
uint64_t Mix64(uint64_t x);

}  // namespace tiphub

#endif  // TIPHUB_COMMON_RNG_H_
