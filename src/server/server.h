// `tiphub serve`: the JSON API under /api/v1 and the web console, on cpp-httplib.
//
// Every route but /api/v1/health needs "Authorization: Bearer <token>"; the token names a user of
// one organisation, and every route reads and writes that organisation's store only (the
// organisation is never taken from the request). Errors are JSON {"error": {"code", "message"}}:
// 400 bad input, 401 no or bad token, 403 role not allowed, 404 unknown route or record, 409
// conflict, 413 too large, 500 internal (the message names a reference in the server log, never
// internals). Handlers are thin: they parse the request, call an app use case, and shape the reply.
//
// Thread safety: Start() runs the listener on its own thread; requests are served on
// cpp-httplib's worker threads. Stop() may be called from any thread.
#ifndef TIPHUB_SERVER_SERVER_H_
#define TIPHUB_SERVER_SERVER_H_

#include <cstddef>
#include <memory>
#include <string>
#include <thread>

#include "common/status.h"

namespace httplib {
class Server;
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
  int timeout_seconds = 30;
};

class Server {
 public:
  // Binds the port; fails with a message when it cannot (in use, bad certificate, no workspace).
  static Result<std::unique_ptr<Server>> Create(const ServerOptions& options);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  int port() const { return port_; }
  std::string url() const;

  // Serves until Stop(); Run blocks, Start returns at once.
  Status Run();
  void Start();
  void Stop();

 private:
  explicit Server(ServerOptions options);
  void Routes();

  ServerOptions options_;
  std::unique_ptr<httplib::Server> http_;
  int port_ = 0;
  std::thread thread_;
};

}  // namespace tiphub::server

#endif  // TIPHUB_SERVER_SERVER_H_
