#include "server/http.h"

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <httplib.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace tiphub::server {
namespace {

// A raw client socket, for what well-behaved client libraries never send.
class RawClient {
 public:
  explicit RawClient(int port) {
    fd_ = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<uint16_t>(port));
    inet_pton(AF_INET, "127.0.0.1", &addr.sin_addr);
    connected_ = connect(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0;
    timeval tv{5, 0};
    setsockopt(fd_, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  }
  ~RawClient() { close(fd_); }
  bool connected() const { return connected_; }
  bool Send(const std::string& data) {
    size_t sent = 0;
    while (sent < data.size()) {
      const ssize_t n = send(fd_, data.data() + sent, data.size() - sent, MSG_NOSIGNAL);
      if (n <= 0) return false;
      sent += static_cast<size_t>(n);
    }
    return true;
  }
  // Everything until the server closes or 5 s pass.
  std::string ReadAll() {
    std::string out;
    char buf[4096];
    for (;;) {
      const ssize_t n = recv(fd_, buf, sizeof buf, 0);
      if (n <= 0) break;
      out.append(buf, static_cast<size_t>(n));
    }
    return out;
  }

 private:
  int fd_ = -1;
  bool connected_ = false;
};

// Holds handlers until Open(): a stand-in for slow work.
class Gate {
 public:
  void Wait() {
    std::unique_lock<std::mutex> lock(mu_);
    cv_.wait(lock, [this] { return open_; });
  }
  void Open() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      open_ = true;
    }
    cv_.notify_all();
  }

 private:
  std::mutex mu_;
  std::condition_variable cv_;
  bool open_ = false;
};

HttpOptions TestOptions() {
  HttpOptions o;
  o.port = 0;
  o.max_body_bytes = 1 << 20;
  o.workers = 2;
  return o;
}

HttpResponse Echo(HttpRequest& req) {
  HttpResponse r;
  r.body = "{\"bytes\":" + std::to_string(req.body.size()) + "}";
  return r;
}

TEST(HttpServerTest, SlowAndIdleClientsHoldNoWorker) {
  auto server = HttpServer::Bind(TestOptions(), nullptr, Echo);
  ASSERT_TRUE(server.ok()) << server.status().message();
  ASSERT_TRUE((*server)->Start().ok());
  const int port = (*server)->port();
  // Far more slow and idle connections than workers: each slow one sends part of a header.
  std::vector<std::unique_ptr<RawClient>> held;
  for (int i = 0; i < 64; ++i) {
    held.push_back(std::make_unique<RawClient>(port));
    ASSERT_TRUE(held.back()->connected());
    if (i % 2 == 0) held.back()->Send("GET /x HTTP/1.1\r\nHost: a\r\nX-Slow: ");
  }
  // Each request must be answered within the client's 2 s timeout while the others are held.
  httplib::Client c("127.0.0.1", port);
  c.set_read_timeout(2);
  for (int i = 0; i < 10; ++i) {
    auto res = c.Post("/echo", "hello", "text/plain");
    ASSERT_TRUE(res) << "request " << i << " got no answer while slow clients were held";
    EXPECT_EQ(res->status, 200);
    EXPECT_EQ(res->body, "{\"bytes\":5}");
  }
  for (int i = 0; i < 64; i += 2) held[static_cast<size_t>(i)]->Send("1\r\n");  // still alive
  (*server)->Stop();
}

TEST(HttpServerTest, BodiesAreBoundedWhateverTheirEncoding) {
  std::atomic<int> calls{0};
  auto server = HttpServer::Bind(TestOptions(), nullptr, [&](HttpRequest& req) {
    ++calls;
    return Echo(req);
  });
  ASSERT_TRUE(server.ok());
  ASSERT_TRUE((*server)->Start().ok());
  const int port = (*server)->port();
  {
    // A declared length over the limit: 413 before the body is read.
    RawClient c(port);
    ASSERT_TRUE(c.Send("POST /tips HTTP/1.1\r\nHost: a\r\nContent-Length: 40000000\r\n\r\n"));
    const std::string reply = c.ReadAll();
    EXPECT_EQ(reply.rfind("HTTP/1.1 413", 0), 0u) << reply;
  }
  {
    // A chunked body that grows past the limit: the connection is closed, nothing is served.
    RawClient c(port);
    ASSERT_TRUE(c.Send("POST /tips HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n"));
    const std::string chunk(64 << 10, 'x');
    char size[16];
    std::snprintf(size, sizeof size, "%zx\r\n", chunk.size());
    bool open = true;
    for (int i = 0; i < 40 && open; ++i) open = c.Send(size + chunk + "\r\n");  // 2.5 MiB
    const std::string reply = c.ReadAll();
    EXPECT_EQ(reply.find("200 OK"), std::string::npos) << reply.substr(0, 200);
  }
  {
    // A chunked body within the limit is served whole.
    RawClient c(port);
    ASSERT_TRUE(
        c.Send("POST /tips HTTP/1.1\r\nHost: a\r\nConnection: close\r\nTransfer-Encoding: "
               "chunked\r\n\r\n5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n"));
    const std::string reply = c.ReadAll();
    EXPECT_EQ(reply.rfind("HTTP/1.1 200", 0), 0u) << reply;
    EXPECT_NE(reply.find("{\"bytes\":11}"), std::string::npos) << reply;
  }
  EXPECT_EQ(calls.load(), 1);
  (*server)->Stop();
}

TEST(HttpServerTest, AFullQueueIsAnswered503WithRetryAfter) {
  HttpOptions o = TestOptions();
  o.workers = 1;
  o.queue = 1;
  Gate gate;
  std::atomic<int> started{0};
  auto server = HttpServer::Bind(o, nullptr, [&](HttpRequest& req) {
    ++started;
    gate.Wait();
    return Echo(req);
  });
  ASSERT_TRUE(server.ok());
  ASSERT_TRUE((*server)->Start().ok());
  const int port = (*server)->port();
  // One request holds the only worker, one waits in the queue; the third is turned away at once.
  std::vector<std::thread> clients;
  std::atomic<int> ok{0};
  for (int i = 0; i < 2; ++i) {
    clients.emplace_back([&] {
      httplib::Client c("127.0.0.1", port);
      c.set_read_timeout(10);
      auto res = c.Get("/slow");
      if (res && res->status == 200) ++ok;
    });
    if (i == 0) {
      while (started.load() == 0) std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(200));  // the second is queued
  httplib::Client c("127.0.0.1", port);
  c.set_read_timeout(2);
  auto busy = c.Get("/third");
  ASSERT_TRUE(busy);
  EXPECT_EQ(busy->status, 503);
  EXPECT_EQ(busy->get_header_value("Retry-After"), "1");
  gate.Open();
  for (auto& t : clients) t.join();
  EXPECT_EQ(ok.load(), 2);
  (*server)->Stop();
}

TEST(HttpServerTest, QuickAnswersDoNotWaitForWorkers) {
  HttpOptions o = TestOptions();
  o.workers = 1;
  Gate gate;
  auto quick = [](const HttpRequest& req) -> std::optional<HttpResponse> {
    if (req.path != "/health") return std::nullopt;
    HttpResponse r;
    r.body = "{\"status\":\"ok\"}";
    return r;
  };
  auto server = HttpServer::Bind(o, quick, [&](HttpRequest& req) {
    gate.Wait();
    return Echo(req);
  });
  ASSERT_TRUE(server.ok());
  ASSERT_TRUE((*server)->Start().ok());
  const int port = (*server)->port();
  std::thread blocked([&] { httplib::Client("127.0.0.1", port).Get("/slow"); });
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  httplib::Client c("127.0.0.1", port);
  c.set_read_timeout(2);
  auto res = c.Get("/health");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  gate.Open();
  blocked.join();
  (*server)->Stop();
}

TEST(HttpServerTest, ABadAddressOrPortInUseIsExplained) {
  HttpOptions o = TestOptions();
  o.bind = "not-an-address";
  auto bad = HttpServer::Bind(o, nullptr, Echo);
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("not-an-address"), std::string::npos);
  auto first = HttpServer::Bind(TestOptions(), nullptr, Echo);
  ASSERT_TRUE(first.ok());
  HttpOptions same = TestOptions();
  same.port = (*first)->port();
  auto second = HttpServer::Bind(same, nullptr, Echo);
  ASSERT_FALSE(second.ok());
  EXPECT_NE(second.status().message().find("--port"), std::string::npos);
}

}  // namespace
}  // namespace tiphub::server
