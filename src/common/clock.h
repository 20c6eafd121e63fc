// Clock: the source of "now" for everything that is not driven by transaction time, so tests can
// control it (audit timestamps, progress, case workflow dates).
//
// Thread safety: SystemClock is stateless; ManualClock is safe for concurrent reads and writes.
#ifndef TIPHUB_COMMON_CLOCK_H_
#define TIPHUB_COMMON_CLOCK_H_

#include <atomic>
#include <cstdint>

namespace tiphub {

class Clock {
 public:
  virtual ~Clock() = default;
  // Microseconds since the Unix epoch, UTC.
  virtual int64_t NowMicros() const = 0;
  int64_t NowSeconds() const { return NowMicros() / 1'000'000; }
};

class SystemClock final : public Clock {
 public:
  int64_t NowMicros() const override;
  // A process-wide instance; never destroyed.
  static const Clock& Default();
};

// A clock that only moves when told to.
class ManualClock final : public Clock {
 public:
  explicit ManualClock(int64_t start_micros = 0) : now_micros_(start_micros) {}
  int64_t NowMicros() const override { return now_micros_.load(std::memory_order_relaxed); }
  void Set(int64_t micros) { now_micros_.store(micros, std::memory_order_relaxed); }
  void Advance(int64_t micros) { now_micros_.fetch_add(micros, std::memory_order_relaxed); }

 private:
  std::atomic<int64_t> now_micros_;
};

}  // namespace tiphub

#endif  // TIPHUB_COMMON_CLOCK_H_
