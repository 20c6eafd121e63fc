// `tiphub serve`, `tiphub org ...`, `tiphub user ...` and `tiphub tip ...`.
#include <pthread.h>

#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>
#include <thread>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "app/auth.h"
#include "app/console.h"
#include "app/tips.h"
#include "cli/commands.h"
#include "common/file.h"
#include "server/server.h"

namespace tiphub::cli {

namespace {

// The console next to the binary (installed layout) or in the source tree (a build folder).
std::string DefaultWebRoot() {
  std::error_code ec;
  const std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    for (const auto& candidate :
         {exe.parent_path() / "web", exe.parent_path().parent_path() / "share/tiphub/web"}) {
      if (std::filesystem::exists(candidate / "index.html")) return candidate.string();
    }
  }
#ifdef TIPHUB_SOURCE_DIR
  const std::filesystem::path source = std::filesystem::path(TIPHUB_SOURCE_DIR) / "web" / "dist";
  if (std::filesystem::exists(source / "index.html")) return source.string();
#endif
  return {};
}

void AddServeCommand(CLI::App& app, const GlobalOptions& global, Action& action) {
  auto opts = std::make_shared<server::ServerOptions>();
  CLI::App* cmd =
      app.add_subcommand("serve", "Serve the JSON API (/api/v1) and the analyst console");
  cmd->add_option("--store", opts->workspace, "Workspace file (default tiphub.db)");
  cmd->add_option("--port", opts->port, "TCP port (default 8080; 0 picks a free one)");
  cmd->add_option("--bind", opts->bind, "Address to listen on (default 127.0.0.1)");
  cmd->add_option("--tls-cert", opts->tls_cert, "PEM certificate: serve HTTPS");
  cmd->add_option("--tls-key", opts->tls_key, "PEM private key of --tls-cert");
  cmd->add_option("--web", opts->web_root,
                  "Folder of the built console (default: web/dist of this build)");
  cmd->callback([opts, &global, &action] {
    action = [opts, &global]() -> Status {
      if (opts->web_root.empty()) opts->web_root = DefaultWebRoot();
      // SIGINT and SIGTERM are taken by a thread of their own (sigwait), which stops the server;
      // blocking them first makes every server thread inherit the mask.
      sigset_t stop_signals;
      sigemptyset(&stop_signals);
      sigaddset(&stop_signals, SIGINT);
      sigaddset(&stop_signals, SIGTERM);
      pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
      ASSIGN_OR_RETURN(std::unique_ptr<server::Server> srv, server::Server::Create(*opts));
      if (global.json) {
        std::cout << nlohmann::json{{"url", srv->url()}, {"port", srv->port()}} << std::endl;
      } else {
        std::cout << "tiphub serving " << srv->url()
                  << (opts->web_root.empty()
                          ? " (API only: build the console with npm --prefix web run build)"
                          : "")
                  << std::endl;
      }
      std::thread stopper([&srv, stop_signals] {
        int sig = 0;
        sigwait(&stop_signals, &sig);
        srv->Stop();
      });
      Status st = srv->Run();
      if (stopper.joinable()) {
        pthread_kill(stopper.native_handle(), SIGTERM);  // Run ended some other way
        stopper.join();
      }
      return st;
    };
  });
}

struct DirArgs {
  std::string store_path = "tiphub.db";
  std::string org;
  std::string name;
  std::string role;
};

void AddOrgCommands(CLI::App& app, const GlobalOptions& global, Action& action) {
  CLI::App* org = app.add_subcommand("org", "Organisations of the workspace");
  org->require_subcommand(1);
  auto args = std::make_shared<DirArgs>();
  CLI::App* add = org->add_subcommand("add", "Add an organisation (with its own data store)");
  add->add_option("--store", args->store_path, "Workspace file (default tiphub.db)");
  add->add_option("id", args->org, "Organisation id: a-z, 0-9, '_' and '-'")->required();
  add->add_option("--name", args->name, "Display name");
  add->callback([args, &global, &action] {
    action = [args, &global]() -> Status {
      RETURN_IF_ERROR(
          app::AddOrg(args->store_path, {args->org, args->name}, SystemClock::Default()));
      if (global.json) {
        std::cout << nlohmann::json{{"id", args->org}} << "\n";
      } else {
        std::cout << "Added organisation " << args->org << "\n";
      }
      return Status::Ok();
    };
  });
  CLI::App* list = org->add_subcommand("list", "List organisations");
  list->add_option("--store", args->store_path, "Workspace file (default tiphub.db)");
  list->callback([args, &global, &action] {
    action = [args, &global]() -> Status {
      ASSIGN_OR_RETURN(std::vector<app::OrgInfo> orgs, app::ListOrgs(args->store_path));
      nlohmann::json out = nlohmann::json::array();
      for (const auto& o : orgs) out.push_back({{"id", o.id}, {"name", o.name}});
      if (global.json) {
        std::cout << out << "\n";
      } else {
        for (const auto& o : orgs) std::cout << fmt::format("{:<24} {}\n", o.id, o.name);
      }
      return Status::Ok();
    };
  });
}

void AddUserCommands(CLI::App& app, const GlobalOptions& global, Action& action) {
  CLI::App* user = app.add_subcommand("user", "Users, roles and API tokens");
  user->require_subcommand(1);
  auto args = std::make_shared<DirArgs>();
  auto print_user = [&global](const app::NewUser& u) {
    if (global.json) {
      std::cout << u.ToJson() << "\n";
    } else {
      std::cout << fmt::format("User {}@{} ({})\nAPI token (shown once, keep it safe): {}\n",
                               u.name, u.org, u.role, u.token);
    }
  };
  CLI::App* add = user->add_subcommand("add", "Add a user and print their API token once");
  add->add_option("--store", args->store_path, "Workspace file (default tiphub.db)");
  add->add_option("--org", args->org, "Organisation (created if new)")->required();
  add->add_option("--name", args->name, "User name")->required();
  add->add_option("--role", args->role, "analyst, supervisor, submitter or admin")->required();
  add->callback([args, print_user, &action] {
    action = [args, print_user]() -> Status {
      ASSIGN_OR_RETURN(app::NewUser u, app::AddUser(args->store_path, args->org, args->name,
                                                    args->role, SystemClock::Default()));
      print_user(u);
      return Status::Ok();
    };
  });
  CLI::App* rotate = user->add_subcommand("rotate", "Issue a new API token; the old one stops");
  rotate->add_option("--store", args->store_path, "Workspace file (default tiphub.db)");
  rotate->add_option("--org", args->org, "Organisation")->required();
  rotate->add_option("--name", args->name, "User name")->required();
  rotate->callback([args, print_user, &action] {
    action = [args, print_user]() -> Status {
      ASSIGN_OR_RETURN(app::NewUser u, app::RotateToken(args->store_path, args->org, args->name));
      print_user(u);
      return Status::Ok();
    };
  });
  CLI::App* disable = user->add_subcommand("disable", "Disable a user; their token stops working");
  disable->add_option("--store", args->store_path, "Workspace file (default tiphub.db)");
  disable->add_option("--org", args->org, "Organisation")->required();
  disable->add_option("--name", args->name, "User name")->required();
  disable->callback([args, &action] {
    action = [args]() -> Status {
      RETURN_IF_ERROR(app::DisableUser(args->store_path, args->org, args->name));
      std::cout << "Disabled " << args->name << "@" << args->org << "\n";
      return Status::Ok();
    };
  });
  CLI::App* list = user->add_subcommand("list", "List users (never their tokens)");
  list->add_option("--store", args->store_path, "Workspace file (default tiphub.db)");
  list->add_option("--org", args->org, "Only this organisation");
  list->callback([args, &global, &action] {
    action = [args, &global]() -> Status {
      ASSIGN_OR_RETURN(nlohmann::json users, app::ListUsers(args->store_path, args->org));
      if (global.json) {
        std::cout << users << "\n";
        return Status::Ok();
      }
      for (const auto& u : users) {
        std::cout << fmt::format("{:<16} {:<20} {:<11} {}\n", u["org"].get<std::string>(),
                                 u["name"].get<std::string>(), u["role"].get<std::string>(),
                                 u["disabled"].get<bool>() ? "disabled" : "");
      }
      return Status::Ok();
    };
  });
}

struct TipArgs {
  std::string store_path = "tiphub.db";
  std::string org = std::string(app::kLocalOrg);
  std::string user;
  std::string file;
  int64_t id = 0;
  bool urgent = false;

  Result<app::CaseContext> Context() const {
    app::CaseContext ctx;
    ASSIGN_OR_RETURN(ctx.store_path, app::OrgStorePath(store_path, org));
    ctx.actor = user;
    if (ctx.actor.empty()) {
      const char* v = std::getenv("TIPHUB_USER");
      if (v == nullptr) v = std::getenv("USER");
      ctx.actor = v != nullptr ? v : "cli";
    }
    return ctx;
  }
};

void AddTipCommands(CLI::App& app, const GlobalOptions& global, Action& action) {
  CLI::App* tip = app.add_subcommand("tip", "Field tips: submit, bulk import, list, show");
  tip->require_subcommand(1);
  auto args = std::make_shared<TipArgs>();
  auto common = [args](CLI::App* cmd) {
    cmd->add_option("--store", args->store_path, "Workspace file (default tiphub.db)");
    cmd->add_option("--org", args->org, "Organisation whose tips these are (default local)");
    cmd->add_option("--user", args->user, "Who acts, for the audit trail (default $USER)");
  };
  CLI::App* add = tip->add_subcommand("add", "Submit one tip from a JSON file");
  common(add);
  add->add_option("file", args->file, "JSON tip (docs/formats.md \"Tips\")")->required();
  add->callback([args, &action] {
    action = [args]() -> Status {
      ASSIGN_OR_RETURN(app::CaseContext ctx, args->Context());
      ASSIGN_OR_RETURN(std::string text, ReadWholeFile(args->file, "tip"));
      nlohmann::json doc = nlohmann::json::parse(text, nullptr, false);
      if (doc.is_discarded()) {
        return Status::InvalidArgument(fmt::format("'{}' is not valid JSON", args->file));
      }
      ASSIGN_OR_RETURN(app::SubmittedTip t, app::SubmitTipJson(ctx, doc, "api"));
      std::cout << t.ToJson().dump(2) << "\n";
      return Status::Ok();
    };
  });
  CLI::App* import = tip->add_subcommand("import", "Bulk intake from CSV; rejects listed by line");
  common(import);
  import->add_option("file", args->file, "CSV with a header row")->required();
  import->callback([args, &global, &action] {
    action = [args, &global]() -> Status {
      ASSIGN_OR_RETURN(app::CaseContext ctx, args->Context());
  ASSIGN_OR_RETURN(std::string text, ReadWholeFile(args->file, "tips CSV"));
  ASSIGN_OR_RETURN(app::TipImportResult r, app::ImportTipsCsv(ctx, std::move(text)));
  if (global.json) {
    std::cout << r.ToJson() << "\n";
  } else {
    std::cout << fmt::format("read {}  accepted {}  rejected {}  urgent {}\n", r.read, r.accepted,
                             r.rejected, r.urgent);
    for (const auto& x : r.rejects) std::cout << fmt::format("  line {}: {}\n", x.line, x.reason);
  }
  return Status::Ok();
};
}  // namespace
);
CLI::App* list = tip->add_subcommand("list", "The tip queue: urgent first, then newest");
common(list);
list->add_flag("--urgent", args->urgent, "Only urgent tips");
list->callback([args, &action] {
  action = [args]() -> Status {
    ASSIGN_OR_RETURN(app::CaseContext ctx, args->Context());
    app::TipListQuery q;
    q.urgent_only = args->urgent;
    q.limit = 500;
    ASSIGN_OR_RETURN(nlohmann::json out, app::ListTipsJson(ctx, q));
    std::cout << out.dump(2) << "\n";
    return Status::Ok();
  };
});
CLI::App* show = tip->add_subcommand("show", "One tip with its links");
common(show);
show->add_option("id", args->id, "Tip id")->required();
show->callback([args, &action] {
  action = [args]() -> Status {
    ASSIGN_OR_RETURN(app::CaseContext ctx, args->Context());
    ASSIGN_OR_RETURN(nlohmann::json out, app::TipDetailJson(ctx, args->id));
    std::cout << out.dump(2) << "\n";
    return Status::Ok();
  };
});
}  // namespace tiphub::cli

}  // namespace

void AddServerCommands(CLI::App& app, const GlobalOptions& global, Action& action) {
  AddServeCommand(app, global, action);
  AddOrgCommands(app, global, action);
  AddUserCommands(app, global, action);
  AddTipCommands(app, global, action);
}

}  // namespace tiphub::cli
