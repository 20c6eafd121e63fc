#include "server/refusals.h"

#include <gtest/gtest.h>

#include <string>

namespace tiphub::server {
namespace {

TEST(RefusalsTest, AnAddressThatFailsTooOftenWaitsUntilItsWindowPasses) {
  Refusals r(RefusalOptions{.window_seconds = 60, .max_failures = 3});
  for (int i = 0; i < 3; ++i) r.Record("10.0.0.5", 401, "GET /api/v1/alerts", 100);
  EXPECT_EQ(r.RetryAfter("10.0.0.5", 100), 0);
  r.Record("10.0.0.5", 401, "GET /api/v1/alerts", 110);
  EXPECT_EQ(r.RetryAfter("10.0.0.5", 110), 50);
  EXPECT_EQ(r.RetryAfter("10.0.0.6", 110), 0);  // others are not slowed
  EXPECT_EQ(r.RetryAfter("10.0.0.5", 160), 0);  // the window has passed
  for (int i = 0; i < 10; ++i) r.Record("10.0.0.7", 403, "GET /api/v1/users", 110);
  EXPECT_EQ(r.RetryAfter("10.0.0.7", 110), 0);  // a known user's refusals slow no one
  const auto counts = r.Counts(110);
  ASSERT_EQ(counts.size(), 2u);
  EXPECT_EQ(counts[0].address, "10.0.0.7");
  EXPECT_FALSE(counts[0].slowed);
  EXPECT_EQ(counts[1].address, "10.0.0.5");
  EXPECT_EQ(counts[1].in_window, 4);
  EXPECT_EQ(counts[1].failed_auth, 4);
  EXPECT_TRUE(counts[1].slowed);
  r.Record("10.0.0.5", 403, "GET /api/v1/users", 200);  // a new window
  EXPECT_EQ(r.Counts(200)[0].address, "10.0.0.5");      // most refused in the window first
  EXPECT_EQ(r.Counts(200)[0].in_window, 1);
  EXPECT_EQ(r.Counts(200)[0].total, 5);
}

TEST(RefusalsTest, TrackedAddressesStayBounded) {
  Refusals r(RefusalOptions{.max_addresses = 100});
  for (int i = 0; i < 1000; ++i) r.Record("10.1." + std::to_string(i), 401, "x", i);
  const auto counts = r.Counts(1000);
  EXPECT_LE(counts.size(), 100u);
  EXPECT_GT(counts.size(), 10u);
}

}  // namespace
}  // namespace tiphub::server
