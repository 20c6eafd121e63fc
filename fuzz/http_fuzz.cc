// libFuzzer target: `tiphub serve` over a real loopback socket. Each input is either raw bytes
// sent as they are (the request parser, odd headers, bodies of any encoding) or, when it starts
// with '{', a well-formed authenticated request built from it: a route chosen by its second byte,
// then the query string and the body, split at the first NUL. The server must never crash, hang or
// answer 500 (an internal error is a bug: bad input must be a 4xx naming what to fix).
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "app/auth.h"
#include "common/clock.h"
#include "common/temp_dir.h"
#include "server/server.h"

namespace {

struct Fixture {
  tiphub::TempDir dir;
  std::string token;
  std::unique_ptr<tiphub::server::Server> server;
};

Fixture& Get() {
  static Fixture* f = [] {
    auto* fx = new Fixture;
    const std::string workspace = fx->dir.File("w.db");
    auto user = tiphub::app::AddUser(workspace, "local", "fuzz", "supervisor",
                                     tiphub::SystemClock::Default());
    if (!user.ok()) __builtin_trap();
    fx->token = user->token;
    tiphub::server::ServerOptions o;
    o.workspace = workspace;
    o.port = 0;
    o.max_body_bytes = 1 << 16;
    o.max_auth_failures = 1 << 30;
    o.timeout_seconds = 2;
    auto s = tiphub::server::Server::Create(o);
    if (!s.ok()) __builtin_trap();
    fx->server = std::move(*s);
    return fx;
  }();
  return *f;
}

// Sends `request`, half-closes, and returns what the server answered before closing.
std::string Exchange(int port, const std::string& request) {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  inet_pton(AF_INET, "127.0.0.1", &addr.sin_addr);
  if (connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) __builtin_trap();
  timeval tv{10, 0};
  setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  size_t sent = 0;
  while (sent < request.size()) {
    const ssize_t n = send(fd, request.data() + sent, request.size() - sent, MSG_NOSIGNAL);
    if (n <= 0) break;
    sent += static_cast<size_t>(n);
  }
  shutdown(fd, SHUT_WR);
  std::string reply;
  char buf[4096];
  for (;;) {
    const ssize_t n = recv(fd, buf, sizeof buf, 0);
    if (n <= 0) break;
    reply.append(buf, static_cast<size_t>(n));
  }
  close(fd);
  return reply;
}

constexpr const char* kRoutes[] = {
    "GET /api/v1/alerts",
    "GET /api/v1/alerts/1",
    "GET /api/v1/entities",
    "GET /api/v1/cases",
    "POST /api/v1/cases",
    "GET /api/v1/cases/1",
    "POST /api/v1/cases/1/notes",
    "POST /api/v1/cases/1/status",
    "POST /api/v1/cases/1/assign",
    "GET /api/v1/cases/1/report",
    "GET /api/v1/tips",
    "POST /api/v1/tips",
    "POST /api/v1/tips/import",
    "GET /api/v1/tips/1",
    "POST /api/v1/tips/1/status",
    "GET /api/v1/audit",
    "GET /api/v1/users",
    "POST /api/v1/users",
    "GET /api/v1/overview",
    "GET /api/v1/me",
    "GET /api/v1/refusals",
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  Fixture& f = Get();
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  std::string request;
  bool structured = false;
  if (size >= 2 && input[0] == '{') {
    structured = true;
    const std::string_view route = kRoutes[static_cast<uint8_t>(input[1]) % std::size(kRoutes)];
    std::string_view rest = input.substr(2);
    const size_t nul = rest.find('\0');
    std::string_view query =
        nul == std::string_view::npos ? std::string_view() : rest.substr(0, nul);
    std::string_view body = nul == std::string_view::npos ? rest : rest.substr(nul + 1);
    // The query goes on the request line: bytes that would end the line are percent-encoded.
    std::string q;
    for (char c : query) {
      const auto u = static_cast<unsigned char>(c);
      if (u <= 0x20 || u >= 0x7F) {
        static constexpr char kHex[] = "0123456789ABCDEF";
        q += '%';
        q += kHex[u >> 4];
        q += kHex[u & 15];
      } else {
        q += c;
      }
    }
    const size_t space = route.find(' ');
    request = std::string(route.substr(0, space)) + " " + std::string(route.substr(space + 1)) +
              (q.empty() ? "" : "?" + q) + " HTTP/1.1\r\nHost: fuzz\r\nConnection: close\r\n" +
              "Authorization: Bearer " + f.token + "\r\nContent-Type: application/json\r\n" +
              "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + std::string(body);
  } else {
    request.assign(input);
  }
  const std::string reply = Exchange(f.server->port(), request);
  if (structured) {
    if (reply.rfind("HTTP/1.1 ", 0) != 0) __builtin_trap();  // every request gets an answer
    if (reply.compare(9, 3, "500") == 0) __builtin_trap();   // and never an internal error
  }
  return 0;
}
