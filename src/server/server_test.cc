#include "server/server.h"

#include <gtest/gtest.h>
#include <httplib.h>

#include <csignal>
#include <cstdlib>
#include <map>
#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "app/auth.h"
#include "app/test_workspace.h"
#include "store/store.h"

namespace tiphub::server {
namespace {

using Json = nlohmann::json;

class ServerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::signal(SIGPIPE, SIG_IGN);  // the client writes bodies the server refuses before reading
    dir_ = new TempDir();
    workspace_ = dir_->File("w.db");
    app::testing::CopyWorkspace(workspace_);
    for (const auto& [org, role] :
         std::vector<std::pair<std::string, std::string>>{{"local", "analyst"},
                                                          {"local", "supervisor"},
                                                          {"local", "submitter"},
                                                          {"local", "admin"},
                                                          {"ngo", "analyst"},
                                                          {"ngo", "submitter"}}) {
      auto u = app::AddUser(workspace_, org, role + "-" + org, role, SystemClock::Default());
      ASSERT_TRUE(u.ok()) << u.status().message();
      tokens_[org + "/" + role] = u->token;
    }
    ServerOptions opts;
    opts.workspace = workspace_;
    opts.port = 0;
    opts.max_body_bytes = 1 << 20;
    opts.max_auth_failures = 1000000;  // the route table fails on purpose; see SlowedDown below
    auto s = Server::Create(opts);
    ASSERT_TRUE(s.ok()) << s.status().message();
    server_ = s->release();
  }
  static void TearDownTestSuite() {
    delete server_;
    delete dir_;
  }

  httplib::Result Call(const std::string& who, const std::string& method, const std::string& path,
                       const std::string& body = "{}") {
    httplib::Client c("127.0.0.1", server_->port());
    c.set_connection_timeout(5);
    c.set_read_timeout(30);
    httplib::Headers h;
    if (!who.empty()) h.emplace("Authorization", "Bearer " + tokens_[who]);
    if (method == "GET") return c.Get(path.c_str(), h);
    return c.Post(path.c_str(), h, body, "application/json");
  }

  static TempDir* dir_;
  static std::string workspace_;
  static std::map<std::string, std::string> tokens_;
  static Server* server_;
};

TempDir* ServerTest::dir_ = nullptr;
std::string ServerTest::workspace_;
std::map<std::string, std::string> ServerTest::tokens_;
Server* ServerTest::server_ = nullptr;

constexpr const char* kTip =
    R"({"place":"Exit 12 truck stop","text":"a car drops a woman at truck after truck",)"
    R"("indicators":["dropped_off_and_collected"],"vehicles":[{"plate":"QRS 555"}]})";

// Route x role x organisation: the status each role of the workspace's organisation gets, and an
// analyst of another organisation ("ngo"), whose own store has no alert 1, case 1 or (until it
// submits one, later in the table) tip 1.
TEST_F(ServerTest, EveryRouteIsAuthorisedByRoleAndOrganisation) {
  // Case 1 and tip 1 exist in the workspace's own organisation.
  ASSERT_EQ(Call("local/analyst", "POST", "/api/v1/cases", R"({"alert_id":1})")->status, 201);
  ASSERT_EQ(Call("local/analyst", "POST", "/api/v1/tips", kTip)->status, 201);
  struct Row {
    const char* method;
    const char* path;
    const char* body;
    int analyst, supervisor, submitter, admin, other_org_analyst;
  };
  const char* kNote = R"({"text":"seen"})";
  const char* kStatus = R"({"status":"investigating"})";
  const char* kAssign = R"({"assignee":"ana"})";
  const char* kUser = R"({"name":"new-user","role":"submitter"})";
  const Row table[] = {
      {"GET", "/api/v1/me", "", 200, 200, 200, 200, 200},
      {"GET", "/api/v1/overview", "", 200, 200, 403, 403, 200},
      {"GET", "/api/v1/alerts?limit=5", "", 200, 200, 403, 403, 200},
      {"GET", "/api/v1/alerts/1", "", 200, 200, 403, 403, 404},
      {"GET", "/api/v1/entities?q=A0000001", "", 200, 200, 403, 403, 200},
      {"GET", "/api/v1/cases", "", 200, 200, 403, 403, 200},
      {"POST", "/api/v1/cases", R"({"alert_id":2})", 201, 201, 403, 403, 404},
      {"GET", "/api/v1/cases/1", "", 200, 200, 403, 403, 404},
      {"POST", "/api/v1/cases/1/notes", kNote, 201, 201, 403, 403, 404},
      {"POST", "/api/v1/cases/1/assign", kAssign, 403, 200, 403, 403, 403},
      {"POST", "/api/v1/cases/1/status", kStatus, 200, 409, 403, 403, 404},
      {"GET", "/api/v1/cases/1/report", "", 200, 200, 403, 403, 404},
      {"GET", "/api/v1/tips", "", 200, 200, 403, 403, 200},
      {"GET", "/api/v1/tips/1", "", 200, 200, 403, 403, 404},
      {"POST", "/api/v1/tips/1/status", R"({"status":"triaged"})", 200, 200, 403, 403, 404},
      {"POST", "/api/v1/tips", kTip, 201, 201, 201, 403, 201},
      {"POST", "/api/v1/tips/import", "place,text\nExit 3,seen\n", 200, 200, 200, 403, 200},
      {"GET", "/api/v1/tips/indicators", "", 200, 200, 200, 200, 200},
      {"GET", "/api/v1/indicators", "", 200, 200, 200, 200, 200},
      {"GET", "/api/v1/audit", "", 403, 200, 403, 200, 403},
      {"GET", "/api/v1/users", "", 403, 403, 403, 200, 403},
      {"POST", "/api/v1/users", kUser, 403, 403, 403, 201, 403},
  };
  const char* who[] = {"local/analyst", "local/supervisor", "local/submitter", "local/admin",
                       "ngo/analyst"};
  for (const Row& row : table) {
    const int want[] = {row.analyst, row.supervisor, row.submitter, row.admin,
                        row.other_org_analyst};
    for (int i = 0; i < 5; ++i) {
      auto res = Call(who[i], row.method, row.path, row.body);
      ASSERT_TRUE(res) << row.path;
      EXPECT_EQ(res->status, want[i])
          << row.method << " " << row.path << " as " << who[i] << ": " << res->body;
      EXPECT_EQ(res->get_header_value("Content-Type").find("application/"), 0u) << row.path;
    }
    auto anon = Call("", row.method, row.path, row.body);
    ASSERT_TRUE(anon);
    EXPECT_EQ(anon->status, 401) << row.path;
  }
}

TEST_F(ServerTest, AnOrganisationNeverSeesAnothersData) {
  auto mine =
      Call("local/analyst", "POST", "/api/v1/tips",
           R"({"place":"Local-only stop 77","text":"seen by the workspace's own analyst"})");
  ASSERT_TRUE(mine);
  ASSERT_EQ(mine->status, 201) << mine->body;
  const int64_t tip = Json::parse(mine->body)["id"];
  auto theirs = Call("ngo/analyst", "GET", "/api/v1/tips/" + std::to_string(tip));
  ASSERT_TRUE(theirs);
  EXPECT_EQ(theirs->status, 404);
  auto list = Call("ngo/analyst", "GET", "/api/v1/tips");
  ASSERT_TRUE(list);
  const Json listed = Json::parse(list->body);
  for (const auto& t : listed["items"]) EXPECT_NE(t["place"], "Local-only stop 77");
  auto alerts = Call("ngo/analyst", "GET", "/api/v1/alerts");
  ASSERT_TRUE(alerts);
  EXPECT_EQ(Json::parse(alerts->body)["total"], 0);
  EXPECT_EQ(Call("ngo/analyst", "GET", "/api/v1/alerts/1")->status, 404);
  EXPECT_EQ(Call("ngo/analyst", "GET", "/api/v1/entities?q=A00000001")->body.find("A00000001"),
            std::string::npos);
  // The ngo's own tip is theirs alone.
  auto ngo_tip = Call("ngo/submitter", "POST", "/api/v1/tips", kTip);
  ASSERT_EQ(ngo_tip->status, 201);
  const int64_t ngo_id = Json::parse(ngo_tip->body)["id"];
  auto ngo_read = Call("ngo/analyst", "GET", "/api/v1/tips/" + std::to_string(ngo_id));
  EXPECT_EQ(ngo_read->status, 200);
  EXPECT_EQ(Json::parse(ngo_read->body)["submitted_by"], "submitter-ngo@ngo");
}

TEST_F(ServerTest, BadRequestsGetJsonErrors) {
  auto bad_json = Call("local/analyst", "POST", "/api/v1/tips", "{not json");
  EXPECT_EQ(bad_json->status, 400);
  EXPECT_EQ(Json::parse(bad_json->body)["error"]["code"], "bad_request");
  auto bad_field = Call("local/analyst", "POST", "/api/v1/tips", R"({"place":"x","text":7})");
  EXPECT_EQ(bad_field->status, 400);
  EXPECT_NE(bad_field->body.find("'text'"), std::string::npos);
  auto bad_param = Call("local/analyst", "GET", "/api/v1/alerts?limit=ten");
  EXPECT_EQ(bad_param->status, 400);
  auto bad_sort = Call("local/analyst", "GET", "/api/v1/alerts?sort=colour");
  EXPECT_EQ(bad_sort->status, 400);
  auto unknown = Call("local/analyst", "GET", "/api/v1/nothing/here");
  EXPECT_EQ(unknown->status, 404);
  EXPECT_EQ(Json::parse(unknown->body)["error"]["code"], "not_found");
  auto missing = Call("local/analyst", "GET", "/api/v1/alerts/999999");
  EXPECT_EQ(missing->status, 404);
  auto no_alert = Call("local/analyst", "POST", "/api/v1/cases", R"({"title":"x"})");
  EXPECT_EQ(no_alert->status, 400);
  // Refused with 413 before the body is read; the client may see the reply or, still writing, a
  // closed connection (http_test.cc checks the reply byte by byte). Never stored.
  auto too_big = Call("local/analyst", "POST", "/api/v1/tips", std::string(2 << 20, 'x'));
  if (too_big) {
    EXPECT_EQ(too_big->status, 413);
  }
  auto forged = httplib::Client("127.0.0.1", server_->port())
                    .Get("/api/v1/me", {{"Authorization", "Bearer thk_forgedforgedforged"}});
  EXPECT_EQ(forged->status, 401);
}

TEST_F(ServerTest, ReadsOfPersonalDataAreAudited) {
  ASSERT_EQ(Call("local/analyst", "GET", "/api/v1/alerts/2")->status, 200);
  auto opened = Call("local/analyst", "POST", "/api/v1/cases", R"({"alert_id":2})");
  ASSERT_EQ(opened->status, 201) << opened->body;
  const int64_t case_id = Json::parse(opened->body)["id"];
  ASSERT_EQ(Call("local/analyst", "GET", "/api/v1/cases/" + std::to_string(case_id))->status, 200);
  auto report =
      Call("local/analyst", "GET", "/api/v1/cases/" + std::to_string(case_id) + "/report");
  ASSERT_EQ(report->status, 200) << report->body;
  EXPECT_NE(report->body.find("<report"), std::string::npos);

  auto audit = Call("local/supervisor", "GET", "/api/v1/audit?limit=1000");
  ASSERT_EQ(audit->status, 200);
  std::map<std::string, int> actions;
  for (const auto& e : Json::parse(audit->body)) {
    if (e["actor"] == "analyst-local@local") ++actions[e["action"].get<std::string>()];
  }
  EXPECT_GE(actions["alert.read"], 1);
  EXPECT_GE(actions["case.open"], 1);
  EXPECT_GE(actions["case.read"], 1);
  // A user added through the API is recorded by the admin who added them.
  ASSERT_EQ(Call("local/admin", "POST", "/api/v1/users", R"({"name":"audited","role":"analyst"})")
                ->status,
            201);
  auto trail2 = Call("local/admin", "GET", "/api/v1/audit?limit=5");
  ASSERT_EQ(trail2->status, 200);
  bool added = false;
  for (const auto& e : Json::parse(trail2->body)) {
    added |= e["action"] == "user.add" && e["actor"] == "admin-local@local" &&
             e["object"] == "user:audited@local";
  }
  EXPECT_TRUE(added);
  // The trail cannot be rewritten.
  auto s = store::OpenSqliteStore(workspace_);
  ASSERT_TRUE(s.ok());
  auto trail = (*s)->AuditTrail("");
  ASSERT_TRUE(trail.ok());
  EXPECT_FALSE(trail->empty());
}

TEST_F(ServerTest, TextThatIsNotCleanIsRefusedAndEveryReadStillWorks) {
  // Invalid UTF-8 or control characters in a query parameter: 400 naming it, nothing audited.
  for (const char* path : {"/api/v1/entities?q=%ff%fe", "/api/v1/alerts?sort=%ff",
                           "/api/v1/cases?status=%ff", "/api/v1/cases/1/report?format=%ff",
                           "/api/v1/entities?q=ab%00cd", "/api/v1/cases?assignee=a%0d%0ab"}) {
    auto res = Call("local/supervisor", "GET", path);
    ASSERT_TRUE(res) << path;
    EXPECT_EQ(res->status, 400) << path << ": " << res->body;
    EXPECT_NE(res->body.find("query parameter"), std::string::npos) << res->body;
  }
  // A JSON field with a control character where it allows none (an assignee is one line); a
  // note's text may break lines.
  ASSERT_EQ(Call("local/analyst", "POST", "/api/v1/cases", R"({"alert_id":3})")->status, 201);
  auto injected = Call("local/supervisor", "POST", "/api/v1/cases/1/assign",
                       R"({"assignee":"\r\nX-Injected: yes"})");
  EXPECT_EQ(injected->status, 400);
  EXPECT_NE(injected->body.find("'assignee'"), std::string::npos) << injected->body;
  auto nul = Call("local/analyst", "POST", "/api/v1/tips", R"({"place":"a\u0000b","text":"x"})");
  EXPECT_EQ(nul->status, 400);
  auto note = Call("local/analyst", "POST", "/api/v1/cases/1/notes",
                   R"({"text":"first line\nsecond line\ttab"})");
  EXPECT_EQ(note->status, 201) << note->body;
  // The audit view answers, and records that it was read.
  auto audit = Call("local/supervisor", "GET", "/api/v1/audit?limit=500");
  ASSERT_EQ(audit->status, 200) << audit->body;
  auto again = Call("local/supervisor", "GET", "/api/v1/audit?limit=1");
  ASSERT_EQ(again->status, 200);
  const Json last = Json::parse(again->body);
  ASSERT_EQ(last.size(), 1u);
  EXPECT_EQ(last[0]["action"], "audit.read");
  EXPECT_EQ(last[0]["actor"], "supervisor-local@local");
}

TEST_F(ServerTest, TipImportReplyReconcilesWithDuplicates) {
  const std::string csv = "place,text,reference\nExit 7,seen at night,hotline-991\n";
  ASSERT_EQ(Call("local/submitter", "POST", "/api/v1/tips/import", csv)->status, 200);
  auto again = Call("local/submitter", "POST", "/api/v1/tips/import",
                    csv + "Exit 8,bad\x01byte,hotline-992\n");
  ASSERT_EQ(again->status, 200) << again->body;
  const Json r = Json::parse(again->body);
  EXPECT_EQ(r["read"], 2);
  EXPECT_EQ(r["duplicates"], 1);
  EXPECT_EQ(r["rejected"], 1);
  EXPECT_EQ(r["read"].get<int>(),
            r["accepted"].get<int>() + r["rejected"].get<int>() + r["duplicates"].get<int>());
  EXPECT_NE(r["rejects"][0]["reason"].get<std::string>().find("control character"),
            std::string::npos);
}

TEST(ServerRefusalTest, RepeatedFailedAuthenticationIsSlowedDownAndCounted) {
  TempDir dir;
  const std::string workspace = dir.File("w.db");
  auto admin = app::AddUser(workspace, "local", "root", "admin", SystemClock::Default());
  ASSERT_TRUE(admin.ok());
  ServerOptions opts;
  opts.workspace = workspace;
  opts.port = 0;
  opts.max_auth_failures = 5;
  auto s = Server::Create(opts);
  ASSERT_TRUE(s.ok()) << s.status().message();
  httplib::Client c("127.0.0.1", (*s)->port());
  for (int i = 0; i < 5; ++i) {
    auto res = c.Get("/api/v1/me", {{"Authorization", "Bearer thk_guess" + std::to_string(i)}});
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 401);
  }
  auto sixth = c.Get("/api/v1/me", {{"Authorization", "Bearer thk_guess6"}});
  EXPECT_EQ(sixth->status, 401);
  // From now on this address waits, even with a good token, until the minute has passed.
  auto slowed = c.Get("/api/v1/me", {{"Authorization", "Bearer " + admin->token}});
  ASSERT_TRUE(slowed);
  EXPECT_EQ(slowed->status, 429);
  EXPECT_FALSE(slowed->get_header_value("Retry-After").empty());
  EXPECT_EQ(c.Get("/api/v1/health")->status, 200);  // health is never refused
  (*s)->Stop();

  // The counts per address are there for an admin (a fresh server: the old one slowed us).
  auto fresh = Server::Create(opts);
  ASSERT_TRUE(fresh.ok());
  httplib::Client c2("127.0.0.1", (*fresh)->port());
  c2.Get("/api/v1/me", {{"Authorization", "Bearer thk_wrong"}});
  auto counts = c2.Get("/api/v1/refusals", {{"Authorization", "Bearer " + admin->token}});
  ASSERT_EQ(counts->status, 200) << counts->body;
  const Json items = Json::parse(counts->body)["items"];
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0]["address"], "127.0.0.1");
  EXPECT_EQ(items[0]["failed_auth"], 1);
}

TEST(ServerTlsTest, ServesHttpsWithACertificateAndRefusesABadOne) {
  TempDir dir;
  const std::string workspace = dir.File("w.db");
  auto user = app::AddUser(workspace, "local", "ana", "analyst", SystemClock::Default());
  ASSERT_TRUE(user.ok());
  ServerOptions bad;
  bad.workspace = workspace;
  bad.port = 0;
  bad.tls_cert = dir.File("missing.pem");
  bad.tls_key = dir.File("missing.key");
  auto refused = Server::Create(bad);
  ASSERT_FALSE(refused.ok());
  EXPECT_NE(refused.status().message().find("TLS certificate"), std::string::npos);

  // A self-signed certificate from the openssl tool (installed with libssl-dev's openssl).
  const std::string cmd =
      "openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=localhost"
      " -keyout " +
      dir.File("k.pem") + " -out " + dir.File("c.pem") + " >/dev/null 2>&1";
  if (std::system(cmd.c_str()) != 0) GTEST_SKIP() << "no openssl tool to make a certificate";
  ServerOptions opts = bad;
  opts.tls_cert = dir.File("c.pem");
  opts.tls_key = dir.File("k.pem");
  auto s = Server::Create(opts);
  ASSERT_TRUE(s.ok()) << s.status().message();

  EXPECT_EQ((*s)->url().substr(0, 8), "https://");
  httplib::SSLClient c("127.0.0.1", (*s)->port());
  c.enable_server_certificate_verification(false);
  auto res = c.Get("/api/v1/me", {{"Authorization", "Bearer " + user->token}});
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_EQ(Json::parse(res->body)["name"], "ana");
  (*s)->Stop();
}

}  // namespace
}  // namespace tiphub::server
