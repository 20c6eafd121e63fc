#include "common/clock.h"

#include <gtest/gtest.h>

namespace tiphub {
namespace {

TEST(ClockTest, ManualClockMovesOnlyWhenTold) {
  ManualClock clock(5'000'000);
  EXPECT_EQ(clock.NowSeconds(), 5);
  clock.Advance(2'500'000);
  EXPECT_EQ(clock.NowMicros(), 7'500'000);
  clock.Set(0);
  EXPECT_EQ(clock.NowMicros(), 0);
}

TEST(ClockTest, SystemClockIsAfter2020) {
  EXPECT_GT(SystemClock::Default().NowSeconds(), 1'577'836'800);
}

}  // namespace
}  // namespace tiphub
