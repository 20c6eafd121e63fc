#include "cli/cli.h"

#include <cstdio>
#include <functional>
#include <iostream>
#include <memory>
#include <string>

#include <fmt/format.h>
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "app/version.h"
#include "common/logging.h"
#include "common/status.h"

namespace tiphub::cli {

namespace {

// Options every subcommand understands.
struct GlobalOptions {
  std::string log_level = "warn";
  bool json = false;
};

// What the chosen subcommand will do once parsing succeeded.
using Action = std::function<Status()>;

int ReportFailure(const Status& status) {
  std::fprintf(stderr, "tiphub: %s\n", status.message().c_str());
  return kExitFailure;
}

void AddVersionCommand(CLI::App& app, const GlobalOptions& global, Action& action) {
  CLI::App* cmd = app.add_subcommand("version", "Print the version of tiphub and its libraries");
  cmd->callback([&global, &action] {
    action = [&global]() -> Status {
      if (global.json) {
        std::cout << nlohmann::json{{"version", TIPHUB_VERSION}, {"full", app::VersionString()}}
                  << "\n";
      } else {
        std::cout << app::VersionString() << "\n";
      }
      return Status::Ok();
    };
  });
}

}  // namespace

int Run(int argc, const char* const* argv) {
  CLI::App app{
      "tiphub: counter trafficking in persons with banks, FIUs, police and NGOs.\n"
      "Exit codes: 0 success, 1 the job failed (the message says what to fix), 2 usage error."};
  app.name("tiphub");
  app.set_version_flag("--version", app::VersionString());
  app.require_subcommand(0, 1);
  app.fallthrough();

  GlobalOptions global;
  app.add_option("--log-level", global.log_level,
                 "Log detail on standard error: trace, debug, info, warn, error, off")
      ->check(CLI::IsMember({"trace", "debug", "info", "warn", "error", "critical", "off"}));
  app.add_flag("--json", global.json, "Print results as JSON on standard output");

  Action action;
  AddVersionCommand(app, global, action);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::fprintf(stderr, "tiphub: %s\nRun 'tiphub --help' for the list of commands and options.\n",
                 e.what());
    return kExitUsage;
  }

  if (Status s = SetUpLogging(global.log_level); !s.ok()) return ReportFailure(s);
  if (!action) {
    std::cout << app.help();
    return kExitOk;
  }
  Status status = action();
  if (!status.ok()) return ReportFailure(status);
  return kExitOk;
}

}  // namespace tiphub::cli
