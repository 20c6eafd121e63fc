#include "learn/model.h"

#include <gtest/gtest.h>

#include <fstream>

#include "common/rng.h"
#include "common/temp_dir.h"

namespace tiphub::learn {
namespace {

constexpr std::string_view kNames[] = {"signal", "noise", "maybe_missing"};

// Positives have a high "signal"; "noise" is noise; the third column is often missing.
Matrix Make(uint64_t seed, size_t rows) {
  Rng rng(seed);
  Matrix m;
  m.columns = 3;
  for (size_t i = 0; i < rows; ++i) {
    const bool positive = rng.Bernoulli(0.05);
    m.values.push_back(static_cast<float>(rng.UniformDouble() + (positive ? 0.95 : 0)));
    m.values.push_back(static_cast<float>(rng.UniformDouble()));
    m.values.push_back(rng.Bernoulli(0.5) ? std::numeric_limits<float>::quiet_NaN() : 1.0f);
    m.labels.push_back(positive ? 1.0f : 0.0f);
  }
  return m;
}

TEST(ModelTest, LearnsASeparableSignalAndExplainsIt) {
  TrainParams params;
  params.max_depth = 3;
  params.max_rounds = 40;
  params.threads = 1;
  auto model = Model::Train(Make(1, 4000), Make(2, 2000), kNames, params);
  ASSERT_TRUE(model.ok()) << model.status().message();
  const Matrix test = Make(3, 2000);
  auto scores = model->Predict(test.values);
  ASSERT_TRUE(scores.ok());
  ASSERT_EQ(scores->size(), test.rows());
  const double t = BestF1Threshold(*scores, test.labels);
  EXPECT_GT(Evaluate(*scores, test.labels, t).f1(), 0.9);
  EXPECT_GT(AveragePrecision(*scores, test.labels), 0.9);
  const float row[] = {1.7f, 0.5f, 1.0f};
  auto top = model->Explain(row, 2);
  ASSERT_TRUE(top.ok());
  ASSERT_EQ(top->size(), 2u);
  EXPECT_EQ((*top)[0].feature, "signal");
  EXPECT_GT((*top)[0].contribution, 0);
}

TEST(ModelTest, SavesAndLoadsWithItsSchema) {
  TempDir dir;
  TrainParams params;
  params.max_rounds = 10;
  params.threads = 1;
  auto model = Model::Train(Make(1, 2000), Make(2, 1000), kNames, params);
  ASSERT_TRUE(model.ok());
  model->threshold = 0.42;
  model->metadata = {{"trained_on", "test"}};
  const std::string path = dir.File("m.json");
  ASSERT_TRUE(model->Save(path, "schema/1").ok());
  auto loaded = Model::Load(path, "schema/1");
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  EXPECT_DOUBLE_EQ(loaded->threshold, 0.42);
  EXPECT_EQ(loaded->feature_names.size(), 3u);
  EXPECT_EQ(loaded->metadata["trained_on"], "test");
  const Matrix test = Make(5, 100);
  EXPECT_EQ(*loaded->Predict(test.values), *model->Predict(test.values));

  auto other = Model::Load(path, "schema/2");
  ASSERT_FALSE(other.ok());
  EXPECT_EQ(other.status().code(), StatusCode::kFailedPrecondition);
  EXPECT_NE(other.status().message().find("schema/1"), std::string::npos);

  std::ofstream(dir.File("junk.json")) << "{\"not\": \"a model\"}";
  auto junk = Model::Load(dir.File("junk.json"), "schema/1");
  ASSERT_FALSE(junk.ok());
  EXPECT_NE(junk.status().message().find("junk.json"), std::string::npos);
  EXPECT_FALSE(Model::Load(dir.File("missing.json"), "schema/1").ok());
}

TEST(ModelTest, MetricsOnSmallCases) {
  const float scores[] = {0.9f, 0.8f, 0.3f, 0.2f};
  const float labels[] = {1, 0, 1, 0};
  Prf p = Evaluate(scores, labels, 0.5);
  EXPECT_EQ(p.tp, 1);
  EXPECT_EQ(p.fp, 1);
  EXPECT_EQ(p.fn, 1);
  EXPECT_DOUBLE_EQ(p.f1(), 0.5);
  // Best F1: everything above 0.25 (tp 2, fp 1) gives 0.8.
  EXPECT_NEAR(BestF1Threshold(scores, labels), 0.25, 1e-6);
  EXPECT_NEAR(AveragePrecision(scores, labels), (1.0 + 2.0 / 3) / 2, 1e-9);
}

}  // namespace
}  // namespace tiphub::learn
