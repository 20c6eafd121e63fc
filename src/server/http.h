// The HTTP transport of `tiphub serve`, on GNU libmicrohttpd: event-driven I/O, handlers on a
// bounded worker pool.
//
// One I/O thread (epoll) reads requests and writes replies for every connection; a request reaches
// the application only when its header and body are complete, so a slow or idle client costs a
// socket and a small buffer, never a thread. Complete requests go first to `quick` on the I/O
// thread (cheap answers: health, refusals) and otherwise to `handler` on one of `workers` threads;
// when `queue` requests already wait, the reply is 503 with Retry-After instead of a stall.
//
// Limits (HttpOptions): connections overall and per client address (over them a connection is
// refused at accept), an idle timeout per connection, a memory cap per connection for the header,
// and a body cap whatever the transfer encoding: a Content-Length over it gets 413 before the body
// is read; a chunked body that grows past it has its connection closed.
//
// Thread safety: `quick` runs on the I/O thread, `handler` on the workers, concurrently; both must
// be thread-safe. Stop() may be called from any thread but not from a handler.
#ifndef TIPHUB_SERVER_HTTP_H_
#define TIPHUB_SERVER_HTTP_H_

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/status.h"

namespace tiphub::server {

using HttpFields = std::vector<std::pair<std::string, std::string>>;

struct HttpRequest {
  std::string method;
  std::string path;    // percent-decoded, without the query
  HttpFields params;   // query parameters, percent-decoded, in order
  HttpFields headers;  // names in lower case
  std::string body;
  std::string client;                  // the peer's address ("127.0.0.1", "::1")
  std::vector<std::string> path_args;  // not set by the transport: for the application's router

  bool HasParam(std::string_view name) const;
  // The first value of `name`, or "" when absent.
  std::string Param(std::string_view name) const;
  // The first value of header `name` (any case), or "" when absent.
  std::string Header(std::string_view name) const;
};

struct HttpResponse {
  int status = 200;
  std::string body;
  std::string content_type = "application/json";
  HttpFields headers;
};

struct HttpOptions {
  std::string bind = "127.0.0.1";  // an IPv4 or IPv6 address
  int port = 8080;                 // 0: any free port
  std::string tls_cert_pem;        // both set: HTTPS
  std::string tls_key_pem;
  size_t max_body_bytes = 16u << 20;
  int idle_timeout_seconds = 30;          // a connection silent this long is closed
  unsigned max_connections = 4096;        // open connections overall
  unsigned max_per_address = 256;         // open connections from one client address
  size_t header_memory_bytes = 64 << 10;  // per connection: request line and headers
  int workers = 8;                        // handler threads
  size_t queue = 256;                     // requests waiting for a worker before 503
  HttpFields default_headers;             // added to every reply
};

class HttpServer {
 public:
  // The handler may change the request (it owns it for the call).
  using Handler = std::function<HttpResponse(HttpRequest&)>;
  using QuickHandler = std::function<std::optional<HttpResponse>(const HttpRequest&)>;

  // Binds and listens (serving starts with Start). Fails with a message naming what to fix: the
  // address, the port in use, a certificate and key that do not load.
  static Result<std::unique_ptr<HttpServer>> Bind(HttpOptions options, QuickHandler quick,
                                                  Handler handler);
  ~HttpServer();
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  int port() const;
  // Starts the I/O thread and the workers; returns at once.
  Status Start();
  // Stops accepting, lets the workers finish the requests they hold, closes every connection.
  void Stop();

  struct Impl;

 private:
  explicit HttpServer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace tiphub::server

#endif  // TIPHUB_SERVER_HTTP_H_
