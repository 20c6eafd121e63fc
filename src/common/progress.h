// Progress reporting for long jobs. Use cases take a ProgressSink and call it with (done, total);
// the CLI renders a bar on a terminal and nothing otherwise, so library code never prints.
#ifndef TIPHUB_COMMON_PROGRESS_H_
#define TIPHUB_COMMON_PROGRESS_H_

#include <cstdint>
#include <functional>
#include <string>

namespace tiphub {

// Called from the thread doing the work; `total` may be 0 when unknown.
using ProgressSink = std::function<void(int64_t done, int64_t total)>;

// Renders "label [#####     ] 52% 1.2M/2.3M" to standard error when it is a terminal; throttled to
// about ten updates a second. Not thread-safe: one job per bar.
class TerminalProgress {
 public:
  explicit TerminalProgress(std::string label);
  ~TerminalProgress();
  TerminalProgress(const TerminalProgress&) = delete;
  TerminalProgress& operator=(const TerminalProgress&) = delete;

  void Update(int64_t done, int64_t total);
  void Finish();
  ProgressSink Sink() {
    return [this](int64_t done, int64_t total) { Update(done, total); };
  }
  bool enabled() const { return enabled_; }

 private:
  std::string label_;
  bool enabled_;
  bool finished_ = false;
  int64_t last_draw_micros_ = 0;
};

}  // namespace tiphub

#endif  // TIPHUB_COMMON_PROGRESS_H_
