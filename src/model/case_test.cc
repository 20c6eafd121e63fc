#include "model/case.h"

#include <gtest/gtest.h>

namespace tiphub {
namespace {

TEST(CaseStatusTest, NamesRoundTrip) {
  for (CaseStatus s : {CaseStatus::kNew, CaseStatus::kInvestigating, CaseStatus::kReported,
                       CaseStatus::kClosedNotSuspicious}) {
    EXPECT_EQ(ParseCaseStatus(CaseStatusName(s)), s);
  }
  EXPECT_EQ(ParseCaseStatus("closed-not-suspicious"), CaseStatus::kClosedNotSuspicious);
  EXPECT_FALSE(ParseCaseStatus("done").has_value());
}

TEST(CaseStatusTest, WorkflowOnlyMovesForward) {
  EXPECT_TRUE(CaseTransitionAllowed(CaseStatus::kNew, CaseStatus::kInvestigating));
  EXPECT_TRUE(CaseTransitionAllowed(CaseStatus::kInvestigating, CaseStatus::kReported));
  EXPECT_TRUE(CaseTransitionAllowed(CaseStatus::kInvestigating, CaseStatus::kClosedNotSuspicious));
  EXPECT_TRUE(CaseTransitionAllowed(CaseStatus::kClosedNotSuspicious, CaseStatus::kInvestigating));
  // A report cannot be filed without an investigation, and a filed report is final.
  EXPECT_FALSE(CaseTransitionAllowed(CaseStatus::kNew, CaseStatus::kReported));
  EXPECT_FALSE(CaseTransitionAllowed(CaseStatus::kReported, CaseStatus::kInvestigating));
  EXPECT_FALSE(CaseTransitionAllowed(CaseStatus::kInvestigating, CaseStatus::kNew));
}

TEST(CaseTest, ScoreIsTheHighestAlertScore) {
  Case c;
  EXPECT_EQ(c.Score(), 0);
  c.alerts.resize(2);
  c.alerts[0].score = 40;
  c.alerts[1].score = 75;
  EXPECT_EQ(c.Score(), 75);
}

}  // namespace
}  // namespace tiphub
