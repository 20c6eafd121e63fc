// Internal to the CLI: what the subcommand files share. Each Add*Command registers a subcommand
// whose callback sets `action`; Run() executes it after parsing. `global` outlives the action.
#ifndef TIPHUB_CLI_COMMANDS_H_
#define TIPHUB_CLI_COMMANDS_H_

#include <functional>
#include <string>

#include <CLI/CLI.hpp>

#include "common/status.h"

namespace tiphub::cli {

// Options every subcommand understands.
struct GlobalOptions {
  std::string log_level = "warn";
  bool json = false;
};

// What the chosen subcommand will do once parsing succeeded.
using Action = std::function<Status()>;

// `tiphub case open|list|show|assign|note|status` (case_commands.cc).
void AddCaseCommands(CLI::App& app, const GlobalOptions& global, Action& action);
// `tiphub encode`, `link`, `resolve` (link_commands.cc).
void AddLinkCommands(CLI::App& app, const GlobalOptions& global, Action& action);
// `tiphub train`, `features` (learn_commands.cc).
void AddLearnCommands(CLI::App& app, const GlobalOptions& global, Action& action);
// `tiphub serve`, `org`, `user`, `tip` (server_commands.cc).
void AddServerCommands(CLI::App& app, const GlobalOptions& global, Action& action);
// `tiphub report` (case_commands.cc).
void AddReportCommand(CLI::App& app, const GlobalOptions& global, Action& action);

}  // namespace tiphub::cli

#endif  // TIPHUB_CLI_COMMANDS_H_
