#include "common/progress.h"

#include <unistd.h>

#include <cstdio>

#include <fmt/format.h>

#include "common/clock.h"

namespace tiphub {

namespace {
std::string Human(int64_t n) {
  if (n >= 1'000'000) return fmt::format("{:.1f}M", static_cast<double>(n) / 1e6);
  if (n >= 10'000) return fmt::format("{:.0f}k", static_cast<double>(n) / 1e3);
  return fmt::format("{}", n);
}
}  // namespace

TerminalProgress::TerminalProgress(std::string label)
    : label_(std::move(label)), enabled_(isatty(STDERR_FILENO) == 1) {}

TerminalProgress::~TerminalProgress() { Finish(); }

void TerminalProgress::Update(int64_t done, int64_t total) {
  if (!enabled_ || finished_) return;
  const int64_t now = SystemClock::Default().NowMicros();
  if (now - last_draw_micros_ < 100'000 && done != total) return;
  last_draw_micros_ = now;
  std::string line;
  if (total > 0) {
    const double share = static_cast<double>(done) / static_cast<double>(total);
    const int width = 30;
    const int filled = static_cast<int>(share * width + 0.5);
    line = fmt::format("\r{} [{}{}] {:3.0f}% {}/{}", label_, std::string(filled, '#'),
                       std::string(width - filled, ' '), share * 100, Human(done), Human(total));
  } else {
    line = fmt::format("\r{} {}", label_, Human(done));
  }
  std::fputs(line.c_str(), stderr);
  std::fflush(stderr);
}

void TerminalProgress::Finish() {
  if (enabled_ && !finished_ && last_draw_micros_ != 0) std::fputs("\n", stderr);
  finished_ = true;
}

}  // namespace tiphub
