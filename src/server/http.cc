#include "server/http.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <deque>
#include <mutex>
#include <thread>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "common/strings.h"

namespace tiphub::server {

namespace {

bool SameName(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) !=
        std::tolower(static_cast<unsigned char>(b[i]))) {
      return false;
    }
  }
  return true;
}

// One request between its first byte and its reply; owned by the connection (freed when MHD
// reports the request completed).
struct Pending {
  HttpRequest request;
  bool dispatched = false;            // handed to a worker; the connection is suspended
  std::optional<HttpResponse> reply;  // set by the worker before it resumes the connection
};

std::string ClientAddress(MHD_Connection* connection) {
  const MHD_ConnectionInfo* info =
      MHD_get_connection_info(connection, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
  if (info == nullptr || info->client_addr == nullptr) return "unknown";
  char text[INET6_ADDRSTRLEN] = {0};
  const sockaddr* addr = info->client_addr;
  if (addr->sa_family == AF_INET) {
    inet_ntop(AF_INET, &reinterpret_cast<const sockaddr_in*>(addr)->sin_addr, text, sizeof text);
  } else if (addr->sa_family == AF_INET6) {
    inet_ntop(AF_INET6, &reinterpret_cast<const sockaddr_in6*>(addr)->sin6_addr, text, sizeof text);
  } else {
    return "unknown";
  }
  return text;
}

// With sizes: a decoded query value may hold NUL bytes, which the application must see to refuse.
MHD_Result CollectField(void* cls, MHD_ValueKind, const char* key, size_t key_size,
                        const char* value, size_t value_size) {
  auto* fields = static_cast<HttpFields*>(cls);
  fields->emplace_back(key != nullptr ? std::string(key, key_size) : std::string(),
                       value != nullptr ? std::string(value, value_size) : std::string());
  return MHD_YES;
}

MHD_Result CollectHeader(void* cls, MHD_ValueKind, const char* key, const char* value) {
  auto* fields = static_cast<HttpFields*>(cls);
  std::string name = key != nullptr ? key : "";
  for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  fields->emplace_back(std::move(name), value != nullptr ? value : "");
  return MHD_YES;
}

// libmicrohttpd's messages (refused connections among them) at most once a second each, with a
// count of those left out, so a flood cannot flood the log.
void LogFromLibrary(void*, const char* format, va_list args) {
  static std::mutex mu;
  static auto last = std::chrono::steady_clock::time_point{};
  static uint64_t suppressed = 0;
  char text[512];
  std::vsnprintf(text, sizeof text, format, args);
  std::lock_guard<std::mutex> lock(mu);
  const auto now = std::chrono::steady_clock::now();
  if (now - last < std::chrono::seconds(1)) {
    ++suppressed;
    return;
  }
  last = now;
  std::string_view line = text;
  while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.remove_suffix(1);
  if (suppressed > 0) {
    spdlog::warn("http: {} ({} more messages in the last second left out)", line, suppressed);
  } else {
    spdlog::warn("http: {}", line);
  }
  suppressed = 0;
}

}  // namespace

bool HttpRequest::HasParam(std::string_view name) const {
  for (const auto& [k, v] : params) {
    if (k == name) return true;
  }
  return false;
}

std::string HttpRequest::Param(std::string_view name) const {
  for (const auto& [k, v] : params) {
    if (k == name) return v;
  }
  return {};
}

std::string HttpRequest::Header(std::string_view name) const {
  for (const auto& [k, v] : headers) {
    if (SameName(k, name)) return v;
  }
  return {};
}

struct HttpServer::Impl {
  HttpOptions options;
  QuickHandler quick;
  Handler handler;
  int listen_fd = -1;
  int port = 0;
  MHD_Daemon* daemon = nullptr;

  std::mutex mu;
  std::condition_variable work;
  std::deque<std::pair<Pending*, MHD_Connection*>> jobs;  // guarded by mu
  bool stopping = false;                                  // guarded by mu
  std::vector<std::thread> workers;

  ~Impl() {
    if (listen_fd >= 0) close(listen_fd);
  }

  MHD_Result Send(MHD_Connection* connection, const HttpResponse& r) const {
    MHD_Response* response = MHD_create_response_from_buffer(
        r.body.size(), const_cast<char*>(r.body.data()), MHD_RESPMEM_MUST_COPY);
    if (response == nullptr) return MHD_NO;
    for (const auto& [k, v] : options.default_headers) {
      MHD_add_response_header(response, k.c_str(), v.c_str());
    }
    MHD_add_response_header(response, MHD_HTTP_HEADER_CONTENT_TYPE, r.content_type.c_str());
    for (const auto& [k, v] : r.headers) MHD_add_response_header(response, k.c_str(), v.c_str());
    const MHD_Result queued =
        MHD_queue_response(connection, static_cast<unsigned>(r.status), response);
    MHD_destroy_response(response);
    return queued;
  }

  static HttpResponse ErrorReply(int status, std::string_view code, std::string_view message) {
    HttpResponse r;
    r.status = status;
    r.body = fmt::format(R"({{"error":{{"code":"{}","message":"{}"}}}})", code, message);
    return r;
  }

  MHD_Result Access(MHD_Connection* connection, const char* url, const char* method,
                    const char* upload_data, size_t* upload_size, void** state) {
    auto* p = static_cast<Pending*>(*state);
    if (p == nullptr) {
      p = new Pending;
      *state = p;
      p->request.method = method != nullptr ? method : "";
      p->request.path = url != nullptr ? url : "";
      const char* length =
          MHD_lookup_connection_value(connection, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_LENGTH);
      if (length != nullptr) {
        const auto n = ParseInt64(length);
        if (n && *n > static_cast<int64_t>(options.max_body_bytes)) {
          return Send(connection,
                      ErrorReply(413, "too_large",
                                 fmt::format("the request body is larger than the server "
                                             "accepts ({} bytes)",
                                             options.max_body_bytes)));
        }
      }
      return MHD_YES;
    }
    if (p->reply) return Send(connection, *p->reply);
    if (*upload_size > 0) {
      if (p->request.body.size() + *upload_size > options.max_body_bytes) {
        spdlog::warn("http: closed a connection from {}: its request body ({} {}) passed {} bytes",
                     ClientAddress(connection), p->request.method, p->request.path,
                     options.max_body_bytes);
        return MHD_NO;
      }
      p->request.body.append(upload_data, *upload_size);
      *upload_size = 0;
      return MHD_YES;
    }
    if (p->dispatched) return MHD_YES;

    HttpRequest& req = p->request;
    MHD_get_connection_values_n(connection, MHD_GET_ARGUMENT_KIND, CollectField, &req.params);
    MHD_get_connection_values(connection, MHD_HEADER_KIND, CollectHeader, &req.headers);
    req.client = ClientAddress(connection);
    if (quick) {
      std::optional<HttpResponse> answer;
      try {
        answer = quick(req);
      } catch (const std::exception& e) {
        spdlog::error("http: {} {} failed on the I/O thread: {}", req.method, req.path, e.what());
        answer = ErrorReply(500, "internal", "internal error; the server log has the details");
      }
      if (answer) return Send(connection, *answer);
    }
    bool full = false;
    {
      std::lock_guard<std::mutex> lock(mu);
      if (stopping || jobs.size() >= options.queue) {
        full = true;
      } else {
        p->dispatched = true;
        MHD_suspend_connection(connection);
        jobs.emplace_back(p, connection);
      }
    }
    if (full) {
      HttpResponse busy =
          ErrorReply(503, "unavailable", "the server is busy; try again in a second");
      busy.headers.emplace_back("Retry-After", "1");
      return Send(connection, busy);
    }
    work.notify_one();
    return MHD_YES;
  }

  void Work() {
    for (;;) {
      std::pair<Pending*, MHD_Connection*> job;
      {
        std::unique_lock<std::mutex> lock(mu);
        work.wait(lock, [this] { return stopping || !jobs.empty(); });
        if (jobs.empty()) return;  // stopping, and nothing left to answer
        job = jobs.front();
        jobs.pop_front();
      }
      auto [p, connection] = job;
      try {
        p->reply = handler(p->request);
      } catch (const std::exception& e) {
        spdlog::error("http: {} {} failed: {}", p->request.method, p->request.path, e.what());
        p->reply = ErrorReply(500, "internal", "internal error; the server log has the details");
      }
      MHD_resume_connection(connection);
    }
  }
};

namespace {

MHD_Result OnAccess(void* cls, MHD_Connection* connection, const char* url, const char* method,
                    const char*, const char* upload_data, size_t* upload_size, void** state) {
  return static_cast<HttpServer::Impl*>(cls)->Access(connection, url, method, upload_data,
                                                     upload_size, state);
}

void OnCompleted(void*, MHD_Connection*, void** state, MHD_RequestTerminationCode) {
  delete static_cast<Pending*>(*state);
  *state = nullptr;
}

Result<int> Listen(const std::string& bind, int port) {
  sockaddr_storage addr{};
  socklen_t len = 0;
  const int family = bind.find(':') != std::string::npos ? AF_INET6 : AF_INET;
  if (family == AF_INET) {
    auto* a = reinterpret_cast<sockaddr_in*>(&addr);
    a->sin_family = AF_INET;
    a->sin_port = htons(static_cast<uint16_t>(port));
    if (inet_pton(AF_INET, bind.c_str(), &a->sin_addr) != 1) {
      return Status::InvalidArgument(
          fmt::format("'{}' is not an IP address to listen on (e.g. 127.0.0.1 or ::1)", bind));
    }
    len = sizeof(sockaddr_in);
  } else {
    auto* a = reinterpret_cast<sockaddr_in6*>(&addr);
    a->sin6_family = AF_INET6;
    a->sin6_port = htons(static_cast<uint16_t>(port));
    if (inet_pton(AF_INET6, bind.c_str(), &a->sin6_addr) != 1) {
      return Status::InvalidArgument(
          fmt::format("'{}' is not an IP address to listen on (e.g. 127.0.0.1 or ::1)", bind));
    }
    len = sizeof(sockaddr_in6);
  }
  const int fd = socket(family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
  if (fd < 0) return Status::IoError(fmt::format("cannot open a socket: {}", strerror(errno)));
  const int on = 1;
  setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
  if (bind == "::") {
    const int off = 0;  // "::" takes IPv4 too
    setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &off, sizeof off);
  }
  if (::bind(fd, reinterpret_cast<sockaddr*>(&addr), len) != 0 || listen(fd, 1024) != 0) {
    const int err = errno;
    close(fd);
    return Status::IoError(
        fmt::format("cannot listen on {}:{} ({}): choose another --port or "
                    "--bind",
                    bind, port, strerror(err)));
  }
  return fd;
}

}  // namespace

HttpServer::HttpServer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

HttpServer::~HttpServer() { Stop(); }

int HttpServer::port() const { return impl_->port; }

Result<std::unique_ptr<HttpServer>> HttpServer::Bind(HttpOptions options, QuickHandler quick,
                                                     Handler handler) {
  auto impl = std::make_unique<Impl>();
  impl->options = std::move(options);
  impl->quick = std::move(quick);
  impl->handler = std::move(handler);
  const HttpOptions& o = impl->options;
  const bool tls = !o.tls_cert_pem.empty();
  if (tls && MHD_is_feature_supported(MHD_FEATURE_TLS) != MHD_YES) {
    return Status::FailedPrecondition(
        "this build's libmicrohttpd has no TLS: serve over HTTP behind a TLS proxy");
  }
  ASSIGN_OR_RETURN(impl->listen_fd, Listen(o.bind, o.port));
  sockaddr_storage bound{};
  socklen_t bound_len = sizeof bound;
  getsockname(impl->listen_fd, reinterpret_cast<sockaddr*>(&bound), &bound_len);
  impl->port =
      ntohs(bound.ss_family == AF_INET6 ? reinterpret_cast<sockaddr_in6*>(&bound)->sin6_port
                                        : reinterpret_cast<sockaddr_in*>(&bound)->sin_port);
  return std::unique_ptr<HttpServer>(new HttpServer(std::move(impl)));
}

Status HttpServer::Start() {
  Impl& s = *impl_;
  if (s.daemon != nullptr) return Status::FailedPrecondition("the server is already running");
  const HttpOptions& o = s.options;
  const bool tls = !o.tls_cert_pem.empty();
  unsigned flags = MHD_USE_EPOLL_INTERNAL_THREAD | MHD_ALLOW_SUSPEND_RESUME | MHD_USE_ERROR_LOG;
  if (tls) flags |= MHD_USE_TLS;
  std::vector<MHD_OptionItem> items = {
      {MHD_OPTION_LISTEN_SOCKET, s.listen_fd, nullptr},
      {MHD_OPTION_CONNECTION_LIMIT, static_cast<intptr_t>(o.max_connections), nullptr},
      {MHD_OPTION_PER_IP_CONNECTION_LIMIT, static_cast<intptr_t>(o.max_per_address), nullptr},
      {MHD_OPTION_CONNECTION_TIMEOUT, static_cast<intptr_t>(o.idle_timeout_seconds), nullptr},
      {MHD_OPTION_CONNECTION_MEMORY_LIMIT, static_cast<intptr_t>(o.header_memory_bytes), nullptr},
      {MHD_OPTION_NOTIFY_COMPLETED, reinterpret_cast<intptr_t>(&OnCompleted), nullptr},
  };
  if (tls) {
    items.push_back({MHD_OPTION_HTTPS_MEM_KEY, 0, const_cast<char*>(o.tls_key_pem.c_str())});
    items.push_back({MHD_OPTION_HTTPS_MEM_CERT, 0, const_cast<char*>(o.tls_cert_pem.c_str())});
  }
  items.push_back({MHD_OPTION_END, 0, nullptr});
  // The logger first, so that no message of the library goes to stderr past it.
  s.daemon =
      MHD_start_daemon(flags, 0, nullptr, nullptr, &OnAccess, &s, MHD_OPTION_EXTERNAL_LOGGER,
                       &LogFromLibrary, nullptr, MHD_OPTION_ARRAY, items.data(), MHD_OPTION_END);
  if (s.daemon == nullptr) {
    return Status::InvalidArgument(
        tls ? "cannot start HTTPS: check the certificate and key are PEM files that match"
            : "cannot start the HTTP server (see the log above)");
  }
  {
    std::lock_guard<std::mutex> lock(s.mu);
    s.stopping = false;
  }
  for (int i = 0; i < std::max(1, o.workers); ++i) s.workers.emplace_back([&s] { s.Work(); });
  return Status::Ok();
}

void HttpServer::Stop() {
  Impl& s = *impl_;
  if (s.daemon == nullptr) return;
  // Stop accepting, let the workers answer what they hold (each resumes its connection), then
  // close everything.
  const MHD_socket listener = MHD_quiesce_daemon(s.daemon);
  {
    std::lock_guard<std::mutex> lock(s.mu);
    s.stopping = true;
  }
  s.work.notify_all();
  for (std::thread& t : s.workers) t.join();
  s.workers.clear();
  MHD_stop_daemon(s.daemon);
  s.daemon = nullptr;
  if (listener >= 0 && listener == s.listen_fd) {
    close(s.listen_fd);
    s.listen_fd = -1;
  }
}

}  // namespace tiphub::server
