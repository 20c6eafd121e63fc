#include "common/batch_pipeline.h"

#include <gtest/gtest.h>

#include <atomic>
#include <vector>

namespace tiphub {
namespace {

struct Numbers {
  std::vector<int> values;
  void Reset() { values.clear(); }
};

TEST(BatchPipelineTest, ConsumesInOrderAndRecyclesBatches) {
  std::vector<int> seen;  // the worker's until Drain
  BatchPipeline<Numbers> pipe(2, [&](Numbers& b) {
    seen.insert(seen.end(), b.values.begin(), b.values.end());
    return Status::Ok();
  });
  for (int i = 0; i < 1000; ++i) {
    pipe.Filling().values.push_back(i);
    if (i % 7 == 6) {
      ASSERT_TRUE(pipe.Hand().ok());
    }
  }
  ASSERT_TRUE(pipe.Hand().ok());
  ASSERT_TRUE(pipe.Drain().ok());
  ASSERT_EQ(seen.size(), 1000u);
  for (int i = 0; i < 1000; ++i) EXPECT_EQ(seen[static_cast<size_t>(i)], i);
  EXPECT_TRUE(pipe.Filling().values.empty()) << "a recycled batch is Reset()";
}

TEST(BatchPipelineTest, TheFirstErrorStopsThePipeline) {
  std::atomic<int> consumed = 0;
  BatchPipeline<Numbers> pipe(1, [&](Numbers& b) {
    ++consumed;
    return b.values.front() == 3 ? Status::InvalidArgument("batch 3 is bad") : Status::Ok();
  });
  Status s = Status::Ok();
  for (int i = 0; i < 50 && s.ok(); ++i) {
    pipe.Filling().values.push_back(i);
    s = pipe.Hand();
  }
  if (s.ok()) s = pipe.Drain();
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("batch 3 is bad"), std::string::npos);
  EXPECT_FALSE(pipe.Drain().ok());
  pipe.Close();
  EXPECT_EQ(consumed.load(), 4) << "nothing is consumed after the error";
}

}  // namespace
}  // namespace tiphub
