#include "app/cases.h"

#include <gtest/gtest.h>

#include "app/auth.h"
#include "app/scan.h"
#include "app/test_workspace.h"
#include "common/temp_dir.h"

namespace tiphub::app {
namespace {

using CasesTest = testing::WorkspaceCopyTest;

TEST_F(CasesTest, OpenCopiesTheEvidenceAndAuditsEveryChange) {
  auto alerts = ListAlerts(ctx_.store_path, 2, 0, "");
  ASSERT_TRUE(alerts.ok());
  ASSERT_EQ(alerts->size(), 2u);
  const Alert& top = (*alerts)[0];
  auto opened = OpenCase(ctx_, top.id, std::nullopt, "");
  ASSERT_TRUE(opened.ok()) << opened.status().ToString();
  const Case& c = opened->c;
  EXPECT_EQ(c.status, CaseStatus::kNew);
  EXPECT_EQ(opened->missing_transactions, 0);
  EXPECT_EQ(c.transactions.size(), top.evidence.size());
  EXPECT_GE(c.accounts.size(), top.accounts.size());
  EXPECT_FALSE(c.parties.empty());
  EXPECT_EQ(c.Score(), top.score);

  // Merge the second alert into the same case; merging it twice is refused.
  auto merged = OpenCase(ctx_, (*alerts)[1].id, c.id, "");
  ASSERT_TRUE(merged.ok()) << merged.status().ToString();
  EXPECT_TRUE(merged->merged);
  EXPECT_EQ(merged->c.alerts.size(), 2u);
  EXPECT_EQ(OpenCase(ctx_, (*alerts)[1].id, c.id, "").status().code(), StatusCode::kAlreadyExists);

  ASSERT_TRUE(AssignCase(ctx_, c.id, "luis").ok());
  ASSERT_TRUE(AddCaseNote(ctx_, c.id, "asked the branch for the account opening file").ok());
  // The workflow: no report before an investigation.
  auto early = SetCaseStatus(ctx_, c.id, "reported", "");
  ASSERT_FALSE(early.ok());
  EXPECT_NE(early.status().message().find("investigating"), std::string::npos)
      << early.status().message();
  ASSERT_TRUE(SetCaseStatus(ctx_, c.id, "investigating", "").ok());
  ASSERT_TRUE(SetCaseStatus(ctx_, c.id, "reported", "STR filed").ok());
  EXPECT_FALSE(SetCaseStatus(ctx_, c.id, "investigating", "").ok());
  EXPECT_FALSE(OpenCase(ctx_, (*alerts)[1].id, c.id, "").ok());  // reported cases are final

  auto view = ShowCase(ctx_, c.id);
  ASSERT_TRUE(view.ok());
  EXPECT_EQ(view->c.assignee, "luis");
  EXPECT_EQ(view->c.status, CaseStatus::kReported);
  ASSERT_EQ(view->c.notes.size(), 1u);
  std::vector<std::string> actions;
  for (const auto& e : view->audit) {
    actions.push_back(e.action);
    EXPECT_EQ(e.actor, "ana");
    EXPECT_EQ(e.at, 1'800'000'000);
  }
  EXPECT_EQ(actions, (std::vector<std::string>{"case.open", "case.merge", "case.assign",
                                               "case.note", "case.status", "case.status"}));
  EXPECT_NE(view->audit.back().detail.find("STR filed"), std::string::npos);
}

TEST_F(CasesTest, EvidenceSurvivesARescan) {
  auto alerts = ListAlerts(ctx_.store_path, 1, 0, "");
  ASSERT_TRUE(alerts.ok());
  auto opened = OpenCase(ctx_, (*alerts)[0].id, std::nullopt, "Ring A");
  ASSERT_TRUE(opened.ok());
  ScanRequest scan;
  scan.store_path = ctx_.store_path;
  scan.rules_file = "";
  ASSERT_TRUE(Scan(scan, nullptr).ok());
  auto view = ShowCase(ctx_, opened->c.id);
  ASSERT_TRUE(view.ok());
  EXPECT_EQ(view->c.title, "Ring A");
  EXPECT_EQ(view->c.alerts[0].summary, (*alerts)[0].summary);
  EXPECT_EQ(view->c.transactions.size(), opened->c.transactions.size());
}

TEST_F(CasesTest, ClearErrors) {
  EXPECT_EQ(OpenCase(ctx_, 999999, std::nullopt, "").status().code(), StatusCode::kNotFound);
  EXPECT_EQ(ShowCase(ctx_, 42).status().code(), StatusCode::kNotFound);
  CaseContext anonymous = ctx_;
  anonymous.actor.clear();
  auto s = OpenCase(anonymous, 1, std::nullopt, "");
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().message().find("--user"), std::string::npos);
  CaseFilter filter;
  filter.status = "done";
  EXPECT_EQ(ListCases(ctx_, filter).status().code(), StatusCode::kInvalidArgument);
}

TEST_F(CasesTest, TextThatIsNotCleanIsRefusedBeforeAnythingIsStored) {
  CaseContext bad_actor = ctx_;
  bad_actor.actor = "ana\xff";  // a user name that is not UTF-8 (e.g. from the CLI's --user)
  auto s = OpenCase(bad_actor, 1, std::nullopt, "");
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().message().find("not valid UTF-8"), std::string::npos);
  auto opened = OpenCase(ctx_, 1, std::nullopt, "");
  ASSERT_TRUE(opened.ok()) << opened.status().message();
  const int64_t id = opened->c.id;
  auto injected = AssignCase(ctx_, id, "\r\nX-Injected: yes");
  ASSERT_FALSE(injected.ok());
  EXPECT_NE(injected.status().message().find("assignee holds control character U+000D"),
            std::string::npos);
  EXPECT_FALSE(AddCaseNote(ctx_, id, std::string("a\0b", 3)).ok());
  EXPECT_TRUE(AddCaseNote(ctx_, id, "two\nlines").ok());
  EXPECT_FALSE(AddCaseNote(bad_actor, id, "fine text").ok());
  auto shown = ShowCase(ctx_, id);
  ASSERT_TRUE(shown.ok());
  EXPECT_TRUE(shown->c.assignee.empty());
  auto user =
      AddUser(ctx_.store_path, "local", std::string("eve\0", 4), "analyst", SystemClock::Default());
  EXPECT_FALSE(user.ok());
  EXPECT_FALSE(
      AddUser(ctx_.store_path, "local", "mal\nlory", "analyst", SystemClock::Default()).ok());
}

}  // namespace
}  // namespace tiphub::app
