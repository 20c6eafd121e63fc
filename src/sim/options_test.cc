#include "sim/options.h"

#include <gtest/gtest.h>

#include <fstream>

#include "common/temp_dir.h"

namespace tiphub::sim {
namespace {

std::string Write(const TempDir& dir, const std::string& name, const std::string& text) {
  std::ofstream(dir.File(name)) << text;
  return dir.File(name);
}

TEST(OptionsTest, JsonAndYamlScenarioFilesOverride) {
  TempDir dir;
  SimOptions o;
  ASSERT_TRUE(
      ApplyScenarioFile(Write(dir, "s.json", R"({"rates": {"sex_ads": 12}, "days": 30})"), o).ok());
  EXPECT_EQ(o.rates["sex_ads"], 12);
  EXPECT_EQ(o.days, 30);
  ASSERT_TRUE(ApplyScenarioFile(
                  Write(dir, "s.yaml",
                        "rates:\n  night_nurse: 80\nparams:\n  laundering_of_proceeds: 0.5\n"),
                  o)
                  .ok());
  EXPECT_EQ(o.rates["night_nurse"], 80);
  EXPECT_DOUBLE_EQ(o.laundering_of_proceeds, 0.5);
}

TEST(OptionsTest, ErrorsNameTheField) {
  TempDir dir;
  SimOptions o;
  auto expect_error = [&](const std::string& name, const std::string& text,
                          const std::string& needle) {
    Status s = ApplyScenarioFile(Write(dir, name, text), o);
    ASSERT_FALSE(s.ok()) << text;
    EXPECT_NE(s.message().find(needle), std::string::npos) << s.message();
  };
  expect_error("a.json", R"({"rates": {"sex_adz": 1}})", "rates.sex_adz");
  expect_error("b.json", R"({"rates": {"sex_ads": "many"}})", "rates.sex_ads");
  expect_error("c.json", R"({"colour": "red"})", "'colour'");
  expect_error("d.json", R"({"params": {"speed": 1}})", "params.speed");
  expect_error("e.json", "{not json", "not valid JSON");
  expect_error("f.yaml", "rates: [1, 2", "not valid YAML");
  expect_error("g.json", R"({"days": -3})", "--days");
  EXPECT_FALSE(ApplyScenarioFile(dir.File("missing.json"), o).ok());
}

TEST(OptionsTest, InstanceCountsScaleWithAccounts) {
  SimOptions o;
  o.accounts = 20'000;
  EXPECT_EQ(o.InstanceCount("sex_ads"), 12);
  o.rates["sex_ads"] = 0.01;
  EXPECT_EQ(o.InstanceCount("sex_ads"), 1);  // at least one when the rate is above zero
  o.rates["sex_ads"] = 0;
  EXPECT_EQ(o.InstanceCount("sex_ads"), 0);
}

}  // namespace
}  // namespace tiphub::sim
