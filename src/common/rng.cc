#include "common/rng.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace tiphub {

uint64_t Mix64(uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

namespace {
inline uint64_t Rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
}  // namespace

Rng::Rng(uint64_t seed) {
  uint64_t x = seed;
  for (uint64_t& word : s_) {
    x += 0x9e3779b97f4a7c15ULL;
    word = Mix64(x);
  }
}

Rng Rng::Stream(uint64_t seed, uint64_t a, uint64_t b) {
  return Rng(
      Mix64(Mix64(seed) ^ Mix64(a + 0x632be59bd9b4e019ULL) ^ Mix64(b + 0x8cb92ba72f3d8dd7ULL) * 3));
}

uint64_t Rng::Next() {
  const uint64_t result = Rotl(s_[1] * 5, 7) * 9;
  const uint64_t t = s_[1] << 17;
  s_[2] ^= s_[0];
  s_[3] ^= s_[1];
  s_[1] ^= s_[2];
  s_[0] ^= s_[3];
  s_[2] ^= t;
  s_[3] = Rotl(s_[3], 45);
  return result;
}

uint64_t Rng::Uniform(uint64_t n) {
  // Lemire's multiply-shift with rejection: unbiased.
  uint64_t x = Next();
  __uint128_t m = static_cast<__uint128_t>(x) * n;
  uint64_t low = static_cast<uint64_t>(m);
  if (low < n) {
    const uint64_t threshold = -n % n;
    while (low < threshold) {
      x = Next();
      m = static_cast<__uint128_t>(x) * n;
      low = static_cast<uint64_t>(m);
    }
  }
  return static_cast<uint64_t>(m >> 64);
}

int64_t Rng::UniformInt(int64_t lo, int64_t hi) {
  return lo + static_cast<int64_t>(Uniform(static_cast<uint64_t>(hi - lo) + 1));
}

double Rng::UniformDouble() { return static_cast<double>(Next() >> 11) * 0x1.0p-53; }

double Rng::Normal(double mean, double stddev) {
  // Box-Muller gives two independent normals per draw; the second serves the next call.
  if (has_spare_normal_) {
    has_spare_normal_ = false;
    return mean + stddev * spare_normal_;
  }
  double u1 = UniformDouble();
  while (u1 <= 0.0) u1 = UniformDouble();
  const double u2 = UniformDouble();
  const double radius = std::sqrt(-2.0 * std::log(u1));
  const double angle = 2.0 * std::numbers::pi * u2;
  spare_normal_ = radius * std::sin(angle);
  has_spare_normal_ = true;
  return mean + stddev * radius * std::cos(angle);
}

double Rng::LogNormal(double mu, double sigma) { return std::exp(Normal(mu, sigma)); }

double Rng::Exponential(double rate) {
  double u = UniformDouble();
  while (u <= 0.0) u = UniformDouble();
  return -std::log(u) / rate;
}

int64_t Rng::Poisson(double lambda) {
  if (lambda <= 0) return 0;
  if (lambda > 64) {
    return std::max<int64_t>(0, std::llround(Normal(lambda, std::sqrt(lambda))));
  }
  // k = 0 whenever the first draw is at most exp(-lambda), which is at least 1 - lambda: most draws
  // of the small rates that dominate stop here, before exp(-lambda) is computed.
  double p = UniformDouble();
  if (p <= 1.0 - lambda) return 0;
  // exp(-lambda) by its Taylor series for the small rates that dominate (error below 1e-8 for
  // lambda <= 0.5); deterministic arithmetic either way.
  double limit;
  if (lambda <= 0.5) {
    double term = 1, sum = 1;
    for (int k = 1; k <= 8; ++k) {
      term *= -lambda / k;
      sum += term;
    }
    limit = sum;
  } else {
    limit = std::exp(-lambda);
  }
  int64_t k = 0;
  while (p > limit) {
    ++k;
    p *= UniformDouble();
  }
  return k;
}

WeightedPicker::WeightedPicker(std::span<const double> weights) {
  cumulative_.reserve(weights.size());
  double total = 0;
  for (double w : weights) {
    total += std::max(0.0, w);
    cumulative_.push_back(total);
  }
}

size_t WeightedPicker::Pick(Rng& rng) const {
  const double target = rng.UniformDouble() * cumulative_.back();
  auto it = std::upper_bound(cumulative_.begin(), cumulative_.end(), target);
  if (it == cumulative_.end()) --it;
  return static_cast<size_t>(it - cumulative_.begin());
}

}  // namespace tiphub
