// `tiphub serve`: the JSON API under /api/v1 and the web console, on the event-driven transport of
// server/http.h (GNU libmicrohttpd): slow and idle clients hold no thread, connections are capped
// overall and per client address, bodies are bounded whatever their encoding, and an overloaded
// server answers 503 with Retry-After. Refused requests are counted per client address and an
// address refused too often is slowed down (429); see docs/api.md and docs/limits.md.
//
// Every route but /api/v1/health needs "Authorization: Bearer <token>"; the token names a user of
// one organisation, and every route reads and writes that organisation's store only (the
// organisation is never taken from the request). Errors are JSON {"error": {"code", "message"}}:
// 400 bad input, 401 no or bad token, 403 role not allowed, 404 unknown route or record, 409
// conflict, 413 too large, 500 internal (the message names a reference in the server log, never
// internals). Handlers are thin: they parse the request, call an app use case, and shape the reply.
//
// Query parameters, paths and JSON bodies must be clean text (valid UTF-8 without control
// characters; free-text fields may hold line breaks): anything else is refused with 400 naming the
// field, before any store is touched.
//
// Thread safety: Create() starts serving on the transport's I/O thread and workers; Run() blocks
// until Stop(), which may be called from any thread (not from a handler).
#ifndef TIPHUB_SERVER_SERVER_H_
#define TIPHUB_SERVER_SERVER_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "common/status.h"

namespace tiphub::server {
class HttpServer;
}

namespace tiphub::server {

struct ServerOptions {
  std::string workspace = "tiphub.db";
  std::string bind = "127.0.0.1";
  int port = 8080;  // 0: any free port (see Server::port())
  std::string tls_cert;
  std::string tls_key;
  std::string web_root;  // the built console (web/dist); empty: the API only
  size_t max_body_bytes = 16u << 20;
  int timeout_seconds = 30;  // an idle connection is closed after this long
  unsigned max_connections = 4096;
  unsigned max_connections_per_address = 256;
  int workers = 8;                 // threads that run handlers
  size_t queue = 256;              // requests waiting for a worker before 503
  int64_t max_auth_failures = 20;  // per client address a minute; more: 429 until the minute ends
};

class Server {
 public:
  // Binds the port and starts serving; fails with a message when it cannot (in use, bad
  // certificate, no workspace).
  static Result<std::unique_ptr<Server>> Create(const ServerOptions& options);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  int port() const;
  std::string url() const;

  // Blocks until Stop().
  Status Run();
  // Stops accepting, answers the requests in hand, closes every connection. Idempotent.
  void Stop();

 private:
  struct State;
  explicit Server(std::unique_ptr<State> state);

  std::unique_ptr<State> state_;
  std::unique_ptr<HttpServer> http_;  // after state_: stopped and destroyed first
};

}  // namespace tiphub::server

#endif  // TIPHUB_SERVER_SERVER_H_
