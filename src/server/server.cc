#include "server/server.h"

#include <atomic>
#include <filesystem>
#include <functional>
#include <optional>
#include <utility>

#include <fmt/format.h>
#include <httplib.h>
#include <nlohmann/json.hpp>

#include <spdlog/spdlog.h>
#include "app/auth.h"
#include "app/cases.h"
#include "app/console.h"
#include "app/tips.h"

#include "common/logging.h"
#include "common/strings.h"

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

using Handler = std::function<Result<Reply>(const httplib::Request&, const app::CaseContext&,
                                            const app::Principal&)>;

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
    default:
      return status >= 500 ? "internal" : "error";
  }
}

void SendError(httplib::Response& res, int status, const std::string& message) {
  res.status = status;
  res.set_content(Json{{"error", {{"code", ErrorCode(status)}, {"message", message}}}}.dump(),
                  "application/json");
}

// Server-side failures are logged in full and answered with a reference only.
void SendStatus(httplib::Response& res, const httplib::Request& req, const Status& status) {
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

Result<int64_t> IntParam(const httplib::Request& req, const char* name, int64_t fallback) {
  if (!req.has_param(name)) return fallback;
  const std::string v = req.get_param_value(name);
  const auto n = ParseInt64(v);
  if (!n)
    return Status::InvalidArgument(fmt::format("query parameter '{}' must be an integer", name));
  return *n;
}

Result<double> DoubleParam(const httplib::Request& req, const char* name, double fallback) {
  if (!req.has_param(name)) return fallback;
  const auto n = ParseDouble(req.get_param_value(name));
  if (!n)
    return Status::InvalidArgument(fmt::format("query parameter '{}' must be a number", name));
  return *n;
}

std::string Param(const httplib::Request& req, const char* name) {
  return req.has_param(name) ? req.get_param_value(name) : std::string();
}

Result<Json> JsonBody(const httplib::Request& req) {
  Json doc = Json::parse(req.body, nullptr, false);
  if (doc.is_discarded()) {
    return Status::InvalidArgument("the request body is not valid JSON");
  }
  if (!doc.is_object()) return Status::InvalidArgument("the request body must be a JSON object");
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

Result<int64_t> PathId(const httplib::Request& req) {
  const auto n = ParseInt64(req.matches[1].str());
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

}  // namespace

Server::Server(ServerOptions options) : options_(std::move(options)) {}

Server::~Server() { Stop(); }

std::string Server::url() const {
  const std::string host = options_.bind == "0.0.0.0" ? "127.0.0.1" : options_.bind;
  return fmt::format("{}://{}:{}/", options_.tls_cert.empty() ? "http" : "https", host, port_);
}

Result<std::unique_ptr<Server>> Server::Create(const ServerOptions& options) {
  if (!std::filesystem::exists(options.workspace)) {
    return Status::NotFound(fmt::format(
        "workspace '{}' does not exist: create it with tiphub ingest or tiphub user add",
        options.workspace));
  }
  std::unique_ptr<Server> server(new Server(options));
  if (options.tls_cert.empty() != options.tls_key.empty()) {
    return Status::InvalidArgument("give both --tls-cert and --tls-key, or neither");
  }
  if (!options.tls_cert.empty()) {
    auto ssl =
        std::make_unique<httplib::SSLServer>(options.tls_cert.c_str(), options.tls_key.c_str());
    if (!ssl->is_valid()) {
      return Status::InvalidArgument(fmt::format(
          "cannot use TLS certificate '{}' with key '{}': check both are PEM files and match",
          options.tls_cert, options.tls_key));
    }
    server->http_ = std::move(ssl);
  } else {
    server->http_ = std::make_unique<httplib::Server>();
  }
  server->Routes();
  if (options.port == 0) {
    server->port_ = server->http_->bind_to_any_port(options.bind);
    if (server->port_ <= 0) {
      return Status::IoError(fmt::format("cannot bind to {} on any port", options.bind));
    }
  } else {
    if (!server->http_->bind_to_port(options.bind, options.port)) {
      return Status::IoError(
          fmt::format("cannot bind to {}:{} (in use, or not allowed): choose another --port",
                      options.bind, options.port));
    }
    server->port_ = options.port;
  }
  return server;
}

Status Server::Run() {
  if (!http_->listen_after_bind()) return Status::IoError("the server stopped listening");
  return Status::Ok();
}

void Server::Start() {
  thread_ = std::thread([this] { http_->listen_after_bind(); });
}

void Server::Stop() {
  if (http_) http_->stop();
  if (thread_.joinable()) thread_.join();
}

void Server::Routes() {
  httplib::Server& http = *http_;
  http.set_payload_max_length(options_.max_body_bytes);
  http.set_read_timeout(options_.timeout_seconds);
  http.set_write_timeout(options_.timeout_seconds);
  http.set_keep_alive_timeout(5);
  http.set_tcp_nodelay(
      true);  // replies are written whole; waiting for delayed ACKs only adds latency
  http.set_default_headers(
      {{"X-Content-Type-Options", "nosniff"},
       {"Cache-Control", "no-store"},
       {"Referrer-Policy", "no-referrer"},
       {"Content-Security-Policy",
        "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
        "object-src 'none'; frame-ancestors 'none'"}});
  http.set_exception_handler(
      [](const httplib::Request& req, httplib::Response& res, std::exception_ptr ep) {
        std::string what = "unknown exception";
        try {
          std::rethrow_exception(ep);
        } catch (const std::exception& e) {
          what = e.what();
        } catch (...) {
        }
        SendStatus(res, req, Status::Internal(what));
      });
  http.set_error_handler([](const httplib::Request& req, httplib::Response& res) {
    if (!res.body.empty()) return;
    if (res.status == 404) {
      SendError(res, 404, fmt::format("no route {} {}: see docs/api.md", req.method, req.path));
    } else if (res.status == 413) {
      SendError(res, 413, "the request body is larger than the server accepts");
    } else {
      SendError(res, res.status, "the request could not be served");
    }
  });

  const std::string workspace = options_.workspace;
  // Authenticates, authorises, runs `fn` on the caller's organisation store, shapes the reply.
  auto wrap = [workspace](std::optional<Permission> permission, Handler fn) {
    return [workspace, permission, fn = std::move(fn)](const httplib::Request& req,
                                                       httplib::Response& res) {
      const std::string auth = req.get_header_value("Authorization");
      constexpr std::string_view kBearer = "Bearer ";
      const std::string token = auth.size() > kBearer.size() &&
                                        std::string_view(auth).substr(0, kBearer.size()) == kBearer
                                    ? auth.substr(kBearer.size())
                                    : std::string();
      Result<app::Principal> who = app::Authenticate(workspace, token);
      if (!who.ok()) return SendStatus(res, req, who.status());
      if (permission) {
        if (Status st = app::Authorize(*who, *permission); !st.ok()) {
          return SendStatus(res, req, st);
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
        res.set_header("Content-Disposition",
                       fmt::format("attachment; filename=\"{}\"", reply->filename));
      }
      if (!reply->raw.empty()) {
        res.set_content(reply->raw, reply->content_type);
      } else {
        res.set_content(reply->body.dump(), "application/json");
      }
    };
  };

  http.Get("/api/v1/health", [](const httplib::Request&, httplib::Response& res) {
    res.set_content(R"({"status":"ok"})", "application/json");
  });
  http.Get(
      "/api/v1/me",
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
  http.Get("/api/v1/overview",
           wrap(Permission::kReadAlerts, [](const auto&, const auto& ctx, const auto&) {
             return JsonReply(app::OverviewJson(ctx));
           }));

  // Alerts and entities.
  http.Get("/api/v1/alerts",
           wrap(Permission::kReadAlerts,
                [](const httplib::Request& req, const auto& ctx, const auto&) -> Result<Reply> {
                  app::AlertListQuery q;
                  ASSIGN_OR_RETURN(q.limit, IntParam(req, "limit", 50));
                  ASSIGN_OR_RETURN(q.offset, IntParam(req, "offset", 0));
                  ASSIGN_OR_RETURN(q.min_score, DoubleParam(req, "min_score", 0));
                  q.typology = Param(req, "typology");
                  q.kind = Param(req, "kind");
                  if (req.has_param("sort")) q.sort = Param(req, "sort");
                  ASSIGN_OR_RETURN(std::string page, app::ListAlertsJson(ctx, q));
                  Reply r;
                  r.raw = std::move(page);
                  r.content_type = "application/json";
                  return r;
                }));
  http.Get(R"(/api/v1/alerts/(\d+))",
           wrap(Permission::kReadAlerts,
                [](const httplib::Request& req, const auto& ctx, const auto&) -> Result<Reply> {
                  ASSIGN_OR_RETURN(int64_t id, PathId(req));
                  return JsonReply(app::AlertDetailJson(ctx, id));
                }));
  http.Get("/api/v1/entities",
           wrap(Permission::kReadAlerts,
                [](const httplib::Request& req, const auto& ctx, const auto&) -> Result<Reply> {
                  return JsonReply(app::SearchEntitiesJson(ctx, Param(req, "q")));
                }));

  // Cases.
  http.Get("/api/v1/cases",
           wrap(Permission::kWorkCases,
                [](const httplib::Request& req, const auto& ctx, const auto&) -> Result<Reply> {
                  app::CaseFilter f;
                  f.status = Param(req, "status");
                  f.assignee = Param(req, "assignee");
                  ASSIGN_OR_RETURN(f.limit, IntParam(req, "limit", 100));
                  return JsonReply(app::ListCasesJson(ctx, f));
                }));
  http.Post("/api/v1/cases",
            wrap(Permission::kWorkCases,
                 [](const httplib::Request& req, const auto& ctx, const auto&) -> Result<Reply> {
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
  http.Get(R"(/api/v1/cases/(\d+))",
           wrap(Permission::kWorkCases,
                [](const httplib::Request& req, const auto& ctx, const auto&) -> Result<Reply> {
                  ASSIGN_OR_RETURN(int64_t id, PathId(req));
                  return JsonReply(app::CaseDetailJson(ctx, id));
                }));
  http.Post(R"(/api/v1/cases/(\d+)/notes)",
            wrap(Permission::kWorkCases,
                 [](const httplib::Request& req, const auto& ctx, const auto&) -> Result<Reply> {
                   ASSIGN_OR_RETURN(int64_t id, PathId(req));
                   ASSIGN_OR_RETURN(Json doc, JsonBody(req));
                   ASSIGN_OR_RETURN(std::string text, StringField(doc, "text", true));
                   ASSIGN_OR_RETURN(Case c, app::AddCaseNote(ctx, id, text));
                   return JsonReply(app::CaseToJson(c, false), 201);
                 }));
  http.Post(R"(/api/v1/cases/(\d+)/status)",
            wrap(Permission::kWorkCases,
                 [](const httplib::Request& req, const auto& ctx, const auto&) -> Result<Reply> {
                   ASSIGN_OR_RETURN(int64_t id, PathId(req));
                   ASSIGN_OR_RETURN(Json doc, JsonBody(req));
                   ASSIGN_OR_RETURN(std::string status, StringField(doc, "status", true));
                   ASSIGN_OR_RETURN(std::string reason, StringField(doc, "reason", false));
                   ASSIGN_OR_RETURN(Case c, app::SetCaseStatus(ctx, id, status, reason));
                   return JsonReply(app::CaseToJson(c, false));
                 }));
  http.Post(R"(/api/v1/cases/(\d+)/assign)",
            wrap(Permission::kAssignCases,
                 [](const httplib::Request& req, const auto& ctx, const auto&) -> Result<Reply> {
                   ASSIGN_OR_RETURN(int64_t id, PathId(req));
                   ASSIGN_OR_RETURN(Json doc, JsonBody(req));
                   ASSIGN_OR_RETURN(std::string assignee, StringField(doc, "assignee", true));
                   ASSIGN_OR_RETURN(Case c, app::AssignCase(ctx, id, assignee));
                   return JsonReply(app::CaseToJson(c, false));
                 }));
  http.Get(R"(/api/v1/cases/(\d+)/report)",
           wrap(Permission::kWorkCases,
                [](const httplib::Request& req, const auto& ctx, const auto&) -> Result<Reply> {
                  ASSIGN_OR_RETURN(int64_t id, PathId(req));
                  const std::string format =
                      req.has_param("format") ? Param(req, "format") : std::string("goaml");
                  ASSIGN_OR_RETURN(app::ReportDownload report,
                                   app::ReportForDownload(ctx, id, format));
                  Reply r;
                  r.raw = std::move(report.xml);
                  r.content_type = "application/xml";
                  r.filename = report.filename;
                  return r;
                }));

  // Tips.
  http.Get("/api/v1/tips/indicators",
           wrap(Permission::kReadCatalog, [](const auto&, const auto&, const auto&) {
             return JsonReply(app::TipIndicatorsJson());
           }));
  http.Get("/api/v1/tips",
           wrap(Permission::kReadTips,
                [](const httplib::Request& req, const auto& ctx, const auto&) -> Result<Reply> {
                  app::TipListQuery q;
                  q.urgent_only = Param(req, "urgent") == "true" || Param(req, "urgent") == "1";
                  q.status = Param(req, "status");
                  ASSIGN_OR_RETURN(q.limit, IntParam(req, "limit", 50));
                  ASSIGN_OR_RETURN(q.offset, IntParam(req, "offset", 0));
                  return JsonReply(app::ListTipsJson(ctx, q));
                }));
  http.Post("/api/v1/tips",
            wrap(Permission::kSubmitTips,
                 [](const httplib::Request& req, const auto& ctx, const auto&) -> Result<Reply> {
                   ASSIGN_OR_RETURN(Json doc, JsonBody(req));
                   const std::string channel =
                       Param(req, "channel") == "web" ? std::string("web") : std::string("api");
                   ASSIGN_OR_RETURN(app::SubmittedTip tip, app::SubmitTipJson(ctx, doc, channel));
                   return JsonReply(tip.ToJson(), 201);
                 }));
  http.Post("/api/v1/tips/import",
            wrap(Permission::kSubmitTips,
                 [](const httplib::Request& req, const auto& ctx, const auto&) -> Result<Reply> {
                   ASSIGN_OR_RETURN(app::TipImportResult r, app::ImportTipsCsv(ctx, req.body));
                   return JsonReply(r.ToJson());
                 }));
  http.Get(R"(/api/v1/tips/(\d+))",
           wrap(Permission::kReadTips,
                [](const httplib::Request& req, const auto& ctx, const auto&) -> Result<Reply> {
                  ASSIGN_OR_RETURN(int64_t id, PathId(req));
                  return JsonReply(app::TipDetailJson(ctx, id));
                }));
  http.Post(R"(/api/v1/tips/(\d+)/status)",
            wrap(Permission::kWorkCases,
                 [](const httplib::Request& req, const auto& ctx, const auto&) -> Result<Reply> {
                   ASSIGN_OR_RETURN(int64_t id, PathId(req));
                   ASSIGN_OR_RETURN(Json doc, JsonBody(req));
                   ASSIGN_OR_RETURN(std::string status, StringField(doc, "status", true));
                   return JsonReply(app::SetTipStatus(ctx, id, status));
                 }));

  // Catalog, audit, users.
  http.Get("/api/v1/indicators",
           wrap(Permission::kReadCatalog, [](const auto&, const auto&, const auto&) {
             return JsonReply(app::IndicatorCatalogJson());
           }));
  http.Get("/api/v1/audit",
           wrap(Permission::kReadAudit,
                [](const httplib::Request& req, const auto& ctx, const auto&) -> Result<Reply> {
                  ASSIGN_OR_RETURN(int64_t limit, IntParam(req, "limit", 200));
                  return JsonReply(app::AuditJson(ctx, limit));
                }));
  http.Get("/api/v1/users", wrap(Permission::kManageUsers,
                                 [workspace](const auto&, const auto&, const app::Principal& who) {
                                   return JsonReply(app::ListUsers(workspace, who.org));
                                 }));
  http.Post("/api/v1/users",
            wrap(Permission::kManageUsers,
                 [workspace](const httplib::Request& req, const app::CaseContext& ctx,
                             const app::Principal& who) -> Result<Reply> {
                   ASSIGN_OR_RETURN(Json doc, JsonBody(req));
                   ASSIGN_OR_RETURN(std::string name, StringField(doc, "name", true));
                   ASSIGN_OR_RETURN(std::string role, StringField(doc, "role", true));
                   ASSIGN_OR_RETURN(app::NewUser user, app::AddUser(workspace, who.org, name, role,
                                                                    *ctx.clock, ctx.actor));
                   return JsonReply(user.ToJson(), 201);
                 }));

  // Anything else under /api is a JSON 404 (the error handler), whatever the method.
  if (!options_.web_root.empty()) {
    if (!http.set_mount_point("/", options_.web_root)) {
      spdlog::warn("the console folder '{}' does not exist; serving the API only",
                   options_.web_root);
    }
  }
}

}  // namespace tiphub::server
