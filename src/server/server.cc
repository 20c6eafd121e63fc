#include "server/server.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <mutex>
#include <optional>
#include <utility>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <spdlog/spdlog.h>
#include "app/auth.h"
#include "app/cases.h"
#include "app/console.h"
#include "app/store_cache.h"
#include "app/tips.h"

#include "common/logging.h"
#include "common/strings.h"
#include "server/http.h"
#include "server/refusals.h"

namespace tiphub::server {

namespace {

using app::Permission;
using Json = nlohmann::json;

// What a handler answers: JSON (the default) or a download.
struct Reply {
  int status = 200;
  Json body;
  std::string raw;  // non-empty: sent as is with content_type
  std::string content_type;
  std::string filename;
};

using Handler = std::function<Result<Reply>(const HttpRequest&, const app::CaseContext&,
                                            const app::Principal&)>;
// A route: fills the response from the request.
using RouteFn = std::function<void(const HttpRequest&, HttpResponse&)>;

std::atomic<uint64_t> g_error_ref{0};

int HttpStatus(StatusCode code) {
  switch (code) {
    case StatusCode::kOk:
      return 200;
    case StatusCode::kInvalidArgument:
      return 400;
    case StatusCode::kUnauthenticated:
      return 401;
    case StatusCode::kPermissionDenied:
      return 403;
    case StatusCode::kNotFound:
      return 404;
    case StatusCode::kAlreadyExists:
    case StatusCode::kFailedPrecondition:
      return 409;
    case StatusCode::kResourceExhausted:
      return 413;
    default:
      return 500;
  }
}

std::string_view ErrorCode(int status) {
  switch (status) {
    case 400:
      return "bad_request";
    case 401:
      return "unauthenticated";
    case 403:
      return "forbidden";
    case 404:
      return "not_found";
    case 405:
      return "method_not_allowed";
    case 409:
      return "conflict";
    case 413:
      return "too_large";
    case 429:
      return "too_many_requests";
    case 503:
      return "unavailable";
    default:
      return status >= 500 ? "internal" : "error";
  }
}

// Text out is always valid UTF-8, whatever a store holds: bytes that are not are replaced.
std::string Dump(const Json& doc) {
  return doc.dump(-1, ' ', false, Json::error_handler_t::replace);
}

void SendError(HttpResponse& res, int status, const std::string& message) {
  res.status = status;
  res.body = Dump(Json{{"error", {{"code", ErrorCode(status)}, {"message", message}}}});
  res.content_type = "application/json";
}

// Server-side failures are logged in full and answered with a reference only.
void SendStatus(HttpResponse& res, const HttpRequest& req, const Status& status) {
  const int http = HttpStatus(status.code());
  if (http == 500) {
    const uint64_t ref = ++g_error_ref;
    spdlog::error("request {} {} failed (ref {}): {}", req.method, req.path, ref, status.message());
    SendError(res, 500,
              fmt::format("internal error; the server log has the details (ref {})", ref));
    return;
  }
  SendError(res, http, status.message());
}

Result<int64_t> IntParam(const HttpRequest& req, const char* name, int64_t fallback) {
  if (!req.HasParam(name)) return fallback;
  const std::string v = req.Param(name);
  const auto n = ParseInt64(v);
  if (!n)
    return Status::InvalidArgument(fmt::format("query parameter '{}' must be an integer", name));
  return *n;
}

Result<double> DoubleParam(const HttpRequest& req, const char* name, double fallback) {
  if (!req.HasParam(name)) return fallback;
  const auto n = ParseDouble(req.Param(name));
  if (!n)
    return Status::InvalidArgument(fmt::format("query parameter '{}' must be a number", name));
  return *n;
}

std::string Param(const HttpRequest& req, const char* name) { return req.Param(name); }

// Fields whose text may hold line breaks and tabs; every other string is one line (docs/limits.md).
bool IsMultilineField(std::string_view name) {
  return name == "text" || name == "reason" || name == "notes" || name == "description";
}

// Every string of a JSON body (keys too) is clean text, or the body is refused naming the field.
Status CheckJsonText(const Json& doc, const std::string& path) {
  if (doc.is_string()) {
    const std::string_view field = std::string_view(path).substr(path.rfind('.') + 1);
    const std::string problem =
        TextProblem(doc.get_ref<const std::string&>(),
                    IsMultilineField(field) ? TextKind::kMultiline : TextKind::kLine);
    if (!problem.empty()) {
      return Status::InvalidArgument(fmt::format("field '{}' {}", path, problem));
    }
  } else if (doc.is_object()) {
    for (const auto& [key, value] : doc.items()) {
      if (!IsCleanText(key)) {
        return Status::InvalidArgument(fmt::format(
            "a field name in '{}' {}", path.empty() ? "the body" : path, TextProblem(key)));
      }
      RETURN_IF_ERROR(CheckJsonText(value, path.empty() ? key : path + "." + key));
    }
  } else if (doc.is_array()) {
    size_t i = 0;
    for (const Json& value : doc) {
      RETURN_IF_ERROR(CheckJsonText(value, fmt::format("{}[{}]", path, i++)));
    }
  }
  return Status::Ok();
}

Result<Json> JsonBody(const HttpRequest& req) {
  Json doc = Json::parse(req.body, nullptr, false);
  if (doc.is_discarded()) {
    return Status::InvalidArgument("the request body is not valid JSON");
  }
  if (!doc.is_object()) return Status::InvalidArgument("the request body must be a JSON object");
  RETURN_IF_ERROR(CheckJsonText(doc, ""));
  return doc;
}

Result<std::string> StringField(const Json& doc, const char* name, bool required) {
  const auto it = doc.find(name);
  if (it == doc.end() || it->is_null()) {
    if (required) return Status::InvalidArgument(fmt::format("field '{}' is required", name));
    return std::string();
  }
  if (!it->is_string())
    return Status::InvalidArgument(fmt::format("field '{}' must be a string", name));
  return it->get<std::string>();
}

Result<int64_t> PathId(const HttpRequest& req) {
  const auto n = req.path_args.empty() ? std::nullopt : ParseInt64(req.path_args[0]);
  if (!n) return Status::NotFound("there is no such record");
  return *n;
}

Result<Reply> JsonReply(Result<Json> doc, int status = 200) {
  if (!doc.ok()) return doc.status();
  Reply r;
  r.status = status;
  r.body = std::move(*doc);
  return r;
}

// Seconds on a monotonic clock, for the refusal windows.
int64_t NowSeconds() {
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

// Routes by method and path; a "{id}" part of a pattern matches one path part of digits.
class Router {
 public:
  void Add(std::string method, std::string_view pattern, RouteFn fn) {
    std::vector<std::string> parts;
    for (std::string_view p : Split(pattern, '/')) parts.emplace_back(p);
    routes_.push_back({std::move(method), std::move(parts), std::move(fn)});
  }

  // Runs the route of `req` (setting its path_args), or answers 404 / 405 as JSON.
  void Dispatch(HttpRequest& req, HttpResponse& res) const {
    const std::vector<std::string_view> parts = Split(req.path, '/');
    bool other_method = false;
    for (const Route& route : routes_) {
      if (route.parts.size() != parts.size()) continue;
      std::vector<std::string> args;
      bool match = true;
      for (size_t i = 0; i < parts.size() && match; ++i) {
        if (route.parts[i] == "{id}") {
          match = !parts[i].empty() && parts[i].size() <= 18 &&
                  std::all_of(parts[i].begin(), parts[i].end(),
                              [](char c) { return c >= '0' && c <= '9'; });
          if (match) args.emplace_back(parts[i]);
        } else {
          match = route.parts[i] == parts[i];
        }
      }
      if (!match) continue;
      if (route.method != req.method) {
        other_method = true;
        continue;
      }
      req.path_args = std::move(args);
      route.fn(req, res);
      return;
    }
    if (other_method) {
      SendError(res, 405,
                fmt::format("{} is not allowed on {}: see docs/api.md", req.method,
                            QuoteForMessage(req.path, 80)));
    } else {
      SendError(res, 404,
                fmt::format("no route {} {}: see docs/api.md", req.method,
                            QuoteForMessage(req.path, 80)));
    }
  }

 private:
  struct Route {
    std::string method;
    std::vector<std::string> parts;
    RouteFn fn;
  };
  std::vector<Route> routes_;
};

std::string_view ContentType(const std::filesystem::path& file) {
  const std::string ext = ToLower(file.extension().string());
  if (ext == ".html") return "text/html; charset=utf-8";
  if (ext == ".js" || ext == ".mjs") return "text/javascript; charset=utf-8";
  if (ext == ".css") return "text/css; charset=utf-8";
  if (ext == ".json" || ext == ".map") return "application/json";
  if (ext == ".svg") return "image/svg+xml";
  if (ext == ".png") return "image/png";
  if (ext == ".ico") return "image/x-icon";
  if (ext == ".woff2") return "font/woff2";
  if (ext == ".txt") return "text/plain; charset=utf-8";
  return "application/octet-stream";
}

// The console's files under `root`: GET and HEAD only, no path outside the folder, a folder's
// index.html for the folder.
void ServeFile(const std::string& root, const HttpRequest& req, HttpResponse& res) {
  if (req.method != "GET" && req.method != "HEAD") {
    SendError(res, 405, "the console's files are read-only");
    return;
  }
  std::filesystem::path file = root;
  for (std::string_view part : Split(req.path, '/')) {
    if (part.empty() || part == ".") continue;
    if (part == ".." || part.find('\0') != std::string_view::npos ||
        part.find('\\') != std::string_view::npos) {
      SendError(res, 404, "no such file");
      return;
    }
    file /= std::string(part);
  }
  std::error_code ec;
  if (std::filesystem::is_directory(file, ec)) file /= "index.html";
  if (!std::filesystem::is_regular_file(file, ec)) {
    SendError(res, 404, fmt::format("no such file: {}", QuoteForMessage(req.path, 80)));
    return;
  }
  std::ifstream in(file, std::ios::binary);
  std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (!in.good() && !in.eof()) {
    SendError(res, 500, "the file could not be read");
    return;
  }
  res.status = 200;
  res.body = std::move(data);
  res.content_type = std::string(ContentType(file));
}

void AddRoutes(Router& r, const std::string& workspace, Refusals* refusals) {
  // Authenticates, authorises, runs `fn` on the caller's organisation store, shapes the reply.
  auto wrap = [workspace, refusals](std::optional<Permission> permission, Handler fn) {
    return [workspace, refusals, permission, fn = std::move(fn)](const HttpRequest& req,
                                                                 HttpResponse& res) {
      const std::string auth = req.Header("Authorization");
      constexpr std::string_view kBearer = "Bearer ";
      const std::string token = auth.size() > kBearer.size() &&
                                        std::string_view(auth).substr(0, kBearer.size()) == kBearer
                                    ? auth.substr(kBearer.size())
                                    : std::string();
      Result<app::Principal> who = app::Authenticate(workspace, token);
      if (!who.ok()) {
        SendStatus(res, req, who.status());
        refusals->Record(req.client, res.status, req.method + " " + req.path, NowSeconds());
        return;
      }
      if (permission) {
        if (Status st = app::Authorize(*who, *permission); !st.ok()) {
          SendStatus(res, req, st);
          refusals->Record(req.client, res.status, req.method + " " + req.path, NowSeconds());
          return;
        }
      }
      Result<std::string> store_path = app::OrgStorePath(workspace, who->org);
      if (!store_path.ok()) return SendStatus(res, req, store_path.status());
      app::CaseContext ctx;
      ctx.store_path = *store_path;
      ctx.actor = who->Actor();
      Result<Reply> reply = fn(req, ctx, *who);
      if (!reply.ok()) return SendStatus(res, req, reply.status());
      res.status = reply->status;
      if (!reply->filename.empty()) {
        res.headers.emplace_back("Content-Disposition",
                                 fmt::format("attachment; filename=\"{}\"", reply->filename));
      }
      if (!reply->raw.empty()) {
        res.body = std::move(reply->raw);
        res.content_type = reply->content_type;
      } else {
        res.body = Dump(reply->body);
        res.content_type = "application/json";
      }
    };
  };

  r.Add(
      "GET", "/api/v1/me",
      wrap(std::nullopt, [](const auto&, const auto&, const app::Principal& who) -> Result<Reply> {
        Json perms = Json::array();
        for (Permission p :
             {Permission::kReadAlerts, Permission::kWorkCases, Permission::kAssignCases,
              Permission::kReadTips, Permission::kSubmitTips, Permission::kReadCatalog,
              Permission::kReadAudit, Permission::kManageUsers}) {
          if (app::Allows(who.role, p)) perms.push_back(app::PermissionName(p));
        }
        return JsonReply(
            Json{{"name", who.name}, {"org", who.org}, {"role", who.role}, {"permissions", perms}});
      }));
  r.Add("GET", "/api/v1/overview",
        wrap(Permission::kReadAlerts, [](const auto&, const auto& ctx, const auto&) {
          return JsonReply(app::OverviewJson(ctx));
        }));

  // Alerts and entities.
  r.Add("GET", "/api/v1/alerts",
        wrap(Permission::kReadAlerts,
             [](const HttpRequest& req, const auto& ctx, const auto&) -> Result<Reply> {
               app::AlertListQuery q;
               ASSIGN_OR_RETURN(q.limit, IntParam(req, "limit", 50));
               ASSIGN_OR_RETURN(q.offset, IntParam(req, "offset", 0));
               ASSIGN_OR_RETURN(q.min_score, DoubleParam(req, "min_score", 0));
               q.typology = Param(req, "typology");
               q.kind = Param(req, "kind");
               if (req.HasParam("sort")) q.sort = Param(req, "sort");
               ASSIGN_OR_RETURN(std::string page, app::ListAlertsJson(ctx, q));
               Reply r;
               r.raw = std::move(page);
               r.content_type = "application/json";
               return r;
             }));
  r.Add("GET", "/api/v1/alerts/{id}",
        wrap(Permission::kReadAlerts,
             [](const HttpRequest& req, const auto& ctx, const auto&) -> Result<Reply> {
               ASSIGN_OR_RETURN(int64_t id, PathId(req));
               return JsonReply(app::AlertDetailJson(ctx, id));
             }));
  r.Add("GET", "/api/v1/entities",
        wrap(Permission::kReadAlerts,
             [](const HttpRequest& req, const auto& ctx, const auto&) -> Result<Reply> {
               return JsonReply(app::SearchEntitiesJson(ctx, Param(req, "q")));
             }));

  // Cases.
  r.Add("GET", "/api/v1/cases",
        wrap(Permission::kWorkCases,
             [](const HttpRequest& req, const auto& ctx, const auto&) -> Result<Reply> {
               app::CaseFilter f;
               f.status = Param(req, "status");
               f.assignee = Param(req, "assignee");
               ASSIGN_OR_RETURN(f.limit, IntParam(req, "limit", 100));
               return JsonReply(app::ListCasesJson(ctx, f));
             }));
  r.Add("POST", "/api/v1/cases",
        wrap(Permission::kWorkCases,
             [](const HttpRequest& req, const auto& ctx, const auto&) -> Result<Reply> {
               ASSIGN_OR_RETURN(Json doc, JsonBody(req));
               const auto alert = doc.find("alert_id");
               if (alert == doc.end() || !alert->is_number_integer()) {
                 return Status::InvalidArgument("field 'alert_id' (an integer) is required");
               }
               std::optional<int64_t> into;
               if (auto it = doc.find("into"); it != doc.end() && !it->is_null()) {
                 if (!it->is_number_integer()) {
                   return Status::InvalidArgument("field 'into' must be a case id");
                 }
                 into = it->get<int64_t>();
               }
               ASSIGN_OR_RETURN(std::string title, StringField(doc, "title", false));
               ASSIGN_OR_RETURN(app::OpenCaseResult opened,
                                app::OpenCase(ctx, alert->get<int64_t>(), into, title));
               Json out = app::CaseToJson(opened.c, false);
               out["merged"] = opened.merged;
               out["missing_transactions"] = opened.missing_transactions;
               return JsonReply(out, opened.merged ? 200 : 201);
             }));
  r.Add("GET", "/api/v1/cases/{id}",
        wrap(Permission::kWorkCases,
             [](const HttpRequest& req, const auto& ctx, const auto&) -> Result<Reply> {
               ASSIGN_OR_RETURN(int64_t id, PathId(req));
               return JsonReply(app::CaseDetailJson(ctx, id));
             }));
  r.Add("POST", "/api/v1/cases/{id}/notes",
        wrap(Permission::kWorkCases,
             [](const HttpRequest& req, const auto& ctx, const auto&) -> Result<Reply> {
               ASSIGN_OR_RETURN(int64_t id, PathId(req));
               ASSIGN_OR_RETURN(Json doc, JsonBody(req));
               ASSIGN_OR_RETURN(std::string text, StringField(doc, "text", true));
               ASSIGN_OR_RETURN(Case c, app::AddCaseNote(ctx, id, text));
               return JsonReply(app::CaseToJson(c, false), 201);
             }));
  r.Add("POST", "/api/v1/cases/{id}/status",
        wrap(Permission::kWorkCases,
             [](const HttpRequest& req, const auto& ctx, const auto&) -> Result<Reply> {
               ASSIGN_OR_RETURN(int64_t id, PathId(req));
               ASSIGN_OR_RETURN(Json doc, JsonBody(req));
               ASSIGN_OR_RETURN(std::string status, StringField(doc, "status", true));
               ASSIGN_OR_RETURN(std::string reason, StringField(doc, "reason", false));
               ASSIGN_OR_RETURN(Case c, app::SetCaseStatus(ctx, id, status, reason));
               return JsonReply(app::CaseToJson(c, false));
             }));
  r.Add("POST", "/api/v1/cases/{id}/assign",
        wrap(Permission::kAssignCases,
             [](const HttpRequest& req, const auto& ctx, const auto&) -> Result<Reply> {
               ASSIGN_OR_RETURN(int64_t id, PathId(req));
               ASSIGN_OR_RETURN(Json doc, JsonBody(req));
               ASSIGN_OR_RETURN(std::string assignee, StringField(doc, "assignee", true));
               ASSIGN_OR_RETURN(Case c, app::AssignCase(ctx, id, assignee));
               return JsonReply(app::CaseToJson(c, false));
             }));
  r.Add("GET", "/api/v1/cases/{id}/report",
        wrap(Permission::kWorkCases,
             [](const HttpRequest& req, const auto& ctx, const auto&) -> Result<Reply> {
               ASSIGN_OR_RETURN(int64_t id, PathId(req));
               const std::string format =
                   req.HasParam("format") ? Param(req, "format") : std::string("goaml");
               ASSIGN_OR_RETURN(app::ReportDownload report,
                                app::ReportForDownload(ctx, id, format));
               Reply r;
               r.raw = std::move(report.xml);
               r.content_type = "application/xml";
               r.filename = report.filename;
               return r;
             }));

  // Tips.
  r.Add("GET", "/api/v1/tips/indicators",
        wrap(Permission::kReadCatalog, [](const auto&, const auto&, const auto&) {
          return JsonReply(app::TipIndicatorsJson());
        }));
  r.Add("GET", "/api/v1/tips",
        wrap(Permission::kReadTips,
             [](const HttpRequest& req, const auto& ctx, const auto&) -> Result<Reply> {
               app::TipListQuery q;
               q.urgent_only = Param(req, "urgent") == "true" || Param(req, "urgent") == "1";
               q.status = Param(req, "status");
               ASSIGN_OR_RETURN(q.limit, IntParam(req, "limit", 50));
               ASSIGN_OR_RETURN(q.offset, IntParam(req, "offset", 0));
               return JsonReply(app::ListTipsJson(ctx, q));
             }));
  r.Add("POST", "/api/v1/tips",
        wrap(Permission::kSubmitTips,
             [](const HttpRequest& req, const auto& ctx, const auto&) -> Result<Reply> {
               ASSIGN_OR_RETURN(Json doc, JsonBody(req));
               const std::string channel =
                   Param(req, "channel") == "web" ? std::string("web") : std::string("api");
               ASSIGN_OR_RETURN(app::SubmittedTip tip, app::SubmitTipJson(ctx, doc, channel));
               return JsonReply(tip.ToJson(), 201);
             }));
  r.Add("POST", "/api/v1/tips/import",
        wrap(Permission::kSubmitTips,
             [](const HttpRequest& req, const auto& ctx, const auto&) -> Result<Reply> {
               ASSIGN_OR_RETURN(app::TipImportResult r, app::ImportTipsCsv(ctx, req.body));
               return JsonReply(r.ToJson());
             }));
  r.Add("GET", "/api/v1/tips/{id}",
        wrap(Permission::kReadTips,
             [](const HttpRequest& req, const auto& ctx, const auto&) -> Result<Reply> {
               ASSIGN_OR_RETURN(int64_t id, PathId(req));
               return JsonReply(app::TipDetailJson(ctx, id));
             }));
  r.Add("POST", "/api/v1/tips/{id}/status",
        wrap(Permission::kWorkCases,
             [](const HttpRequest& req, const auto& ctx, const auto&) -> Result<Reply> {
               ASSIGN_OR_RETURN(int64_t id, PathId(req));
               ASSIGN_OR_RETURN(Json doc, JsonBody(req));
               ASSIGN_OR_RETURN(std::string status, StringField(doc, "status", true));
               return JsonReply(app::SetTipStatus(ctx, id, status));
             }));

  // Catalog, audit, users.
  r.Add("GET", "/api/v1/indicators",
        wrap(Permission::kReadCatalog, [](const auto&, const auto&, const auto&) {
          return JsonReply(app::IndicatorCatalogJson());
        }));
  r.Add("GET", "/api/v1/audit",
        wrap(Permission::kReadAudit,
             [](const HttpRequest& req, const auto& ctx, const auto&) -> Result<Reply> {
               ASSIGN_OR_RETURN(int64_t limit, IntParam(req, "limit", 200));
               return JsonReply(app::AuditJson(ctx, limit));
             }));
  r.Add("GET", "/api/v1/users",
        wrap(Permission::kManageUsers,
             [workspace](const auto&, const auto&, const app::Principal& who) {
               return JsonReply(app::ListUsers(workspace, who.org));
             }));
  r.Add("POST", "/api/v1/users",
        wrap(Permission::kManageUsers,
             [workspace](const HttpRequest& req, const app::CaseContext& ctx,
                         const app::Principal& who) -> Result<Reply> {
               ASSIGN_OR_RETURN(Json doc, JsonBody(req));
               ASSIGN_OR_RETURN(std::string name, StringField(doc, "name", true));
               ASSIGN_OR_RETURN(std::string role, StringField(doc, "role", true));
               ASSIGN_OR_RETURN(app::NewUser user, app::AddUser(workspace, who.org, name, role,
                                                                *ctx.clock, ctx.actor));
               return JsonReply(user.ToJson(), 201);
             }));
  r.Add("GET", "/api/v1/refusals",
        wrap(Permission::kManageUsers,
             [refusals](const auto&, const auto&, const auto&) -> Result<Reply> {
               Json items = Json::array();
               for (const Refusals::Count& c : refusals->Counts(NowSeconds())) {
                 items.push_back({{"address", c.address},
                                  {"in_window", c.in_window},
                                  {"failed_auth", c.failed_auth},
                                  {"total", c.total},
                                  {"slowed", c.slowed}});
               }
               return JsonReply(Json{{"items", items}});
             }));
}

}  // namespace

struct Server::State {
  explicit State(const ServerOptions& o)
      : options(o), refusals(RefusalOptions{.max_failures = o.max_auth_failures}) {}

  ServerOptions options;
  Router router;
  Refusals refusals;
  // Log checkpoints of the organisations' stores, off the request threads.
  app::BackgroundCheckpoints checkpoints;
  std::string web_root;  // empty: the API only
  std::mutex mu;
  std::condition_variable stopped_cv;
  bool stopped = false;  // guarded by mu
};

Server::Server(std::unique_ptr<State> state) : state_(std::move(state)) {}

Server::~Server() { Stop(); }

int Server::port() const { return http_->port(); }

std::string Server::url() const {
  const std::string& bind = state_->options.bind;
  std::string host = bind == "0.0.0.0" ? "127.0.0.1" : bind == "::" ? "::1" : bind;
  if (host.find(':') != std::string::npos) host = "[" + host + "]";
  return fmt::format("{}://{}:{}/", state_->options.tls_cert.empty() ? "http" : "https", host,
                     port());
}

namespace {

Result<std::string> ReadPem(const std::string& path, const char* what) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return Status::InvalidArgument(fmt::format("cannot read the TLS {} '{}'", what, path));
  }
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

}  // namespace

Result<std::unique_ptr<Server>> Server::Create(const ServerOptions& options) {
  if (!std::filesystem::exists(options.workspace)) {
    return Status::NotFound(fmt::format(
        "workspace '{}' does not exist: create it with tiphub ingest or tiphub user add",
        options.workspace));
  }
  if (options.tls_cert.empty() != options.tls_key.empty()) {
    return Status::InvalidArgument("give both --tls-cert and --tls-key, or neither");
  }
  auto state = std::make_unique<State>(options);
  AddRoutes(state->router, options.workspace, &state->refusals);
  if (!options.web_root.empty()) {
    if (std::filesystem::is_directory(options.web_root)) {
      state->web_root = options.web_root;
    } else {
      spdlog::warn("the console folder '{}' does not exist; serving the API only",
                   options.web_root);
    }
  }

  HttpOptions http;
  http.bind = options.bind;
  http.port = options.port;
  http.max_body_bytes = options.max_body_bytes;
  http.idle_timeout_seconds = options.timeout_seconds;
  http.max_connections = options.max_connections;
  http.max_per_address = options.max_connections_per_address;
  http.workers = options.workers;
  http.queue = options.queue;
  if (!options.tls_cert.empty()) {
    ASSIGN_OR_RETURN(http.tls_cert_pem, ReadPem(options.tls_cert, "certificate"));
    ASSIGN_OR_RETURN(http.tls_key_pem, ReadPem(options.tls_key, "key"));
  }
  http.default_headers = {
      {"X-Content-Type-Options", "nosniff"},
      {"Cache-Control", "no-store"},
      {"Referrer-Policy", "no-referrer"},
      {"Content-Security-Policy",
       "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
       "object-src 'none'; frame-ancestors 'none'"}};

  State* s = state.get();
  // On the I/O thread: health, and refusing addresses that are slowed down, without a worker.
  auto quick = [s](const HttpRequest& req) -> std::optional<HttpResponse> {
    if (req.method == "GET" && req.path == "/api/v1/health") {
      HttpResponse res;
      res.body = R"({"status":"ok"})";
      return res;
    }
    if (req.path.starts_with("/api/")) {
      const int64_t now = NowSeconds();
      if (const int64_t wait = s->refusals.RetryAfter(req.client, now); wait > 0) {
        HttpResponse res;
        SendError(
            res, 429,
            fmt::format("too many refused requests from {}; try again in {} s", req.client, wait));
        res.headers.emplace_back("Retry-After", std::to_string(wait));
        s->refusals.Record(req.client, 429, req.method + " " + req.path, now);
        return res;
      }
    }
    return std::nullopt;
  };
  auto handler = [s](HttpRequest& req) {
    HttpResponse res;
    if (!req.path.starts_with("/api/") && !s->web_root.empty()) {
      ServeFile(s->web_root, req, res);
      return res;
    }
    for (const auto& [name, value] : req.params) {
      std::string problem = TextProblem(name);
      if (problem.empty()) problem = TextProblem(value);
      if (!problem.empty()) {
        SendError(res, 400,
                  fmt::format("query parameter {} {}", QuoteForMessage(name, 40), problem));
        return res;
      }
    }
    if (!IsCleanText(req.path)) {
      SendError(res, 400, fmt::format("the path {}", TextProblem(req.path)));
      return res;
    }
    try {
      s->router.Dispatch(req, res);
    } catch (const std::exception& e) {
      SendStatus(res, req, Status::Internal(e.what()));
    }
    return res;
  };
  ASSIGN_OR_RETURN(std::unique_ptr<HttpServer> bound,
                   HttpServer::Bind(std::move(http), std::move(quick), std::move(handler)));
  std::unique_ptr<Server> server(new Server(std::move(state)));
  server->http_ = std::move(bound);
  RETURN_IF_ERROR(server->http_->Start());
  return server;
}

Status Server::Run() {
  std::unique_lock<std::mutex> lock(state_->mu);
  state_->stopped_cv.wait(lock, [this] { return state_->stopped; });
  return Status::Ok();
}

void Server::Stop() {
  if (http_) http_->Stop();
  {
    std::lock_guard<std::mutex> lock(state_->mu);
    state_->stopped = true;
  }
  state_->stopped_cv.notify_all();
}

}  // namespace tiphub::server
