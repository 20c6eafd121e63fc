#include "cli/cli.h"

#include <cstdio>
#include <functional>
#include <iostream>
#include <memory>
#include <string>

#include <fmt/format.h>
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "app/ingest.h"
#include "app/simulate.h"
#include "app/version.h"
#include "common/logging.h"
#include "common/progress.h"
#include "common/status.h"
#include "ingest/ingester.h"

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

// Binds a CLI11 option to a std::optional so "given" and "default" stay distinguishable.
template <typename T>
CLI::Option* AddOptional(CLI::App* cmd, const std::string& name, std::optional<T>& target,
                         const std::string& help) {
  return cmd->add_option_function<T>(
      name, [&target](const T& value) { target = value; }, help);
}

void AddIngestCommand(CLI::App& app, const GlobalOptions& global, Action& action) {
  auto request = std::make_shared<app::IngestRequest>();
  CLI::App* cmd = app.add_subcommand(
      "ingest", "Load transactions, parties and accounts into a workspace; nothing is lost");
  cmd->add_option("--store", request->store_path, "Workspace file (default tiphub.db)");
  cmd->add_option("--mapping", request->mapping_file,
                  "JSON file saying which column holds what, for CSV in other layouts");
  cmd->add_option("--rejects", request->rejects_path,
                  "Where rejected records are listed (default <store>.rejects.csv)");
  cmd->add_option("inputs", request->inputs,
                  "Files, simulator folders, or - for standard input (CSV or JSON Lines)")
      ->required();
  cmd->callback([request, &global, &action] {
    action = [request, &global]() -> Status {
      TerminalProgress bar("ingest");
      ASSIGN_OR_RETURN(ingest::IngestReport report, app::Ingest(*request, bar.Sink()));
      bar.Finish();
      auto counts_json = [](const ingest::FileCounts& c) {
        return nlohmann::json{{"file", c.file},         {"kind", c.kind},
                              {"read", c.read},         {"accepted", c.accepted},
                              {"rejected", c.rejected}, {"duplicates", c.duplicates}};
      };
      if (global.json) {
        nlohmann::json files = nlohmann::json::array();
        for (const auto& f : report.files) files.push_back(counts_json(f));
        nlohmann::json out = counts_json(report.total);
        out.erase("file");
        out.erase("kind");
        out["files"] = files;
        out["rejects_file"] = report.rejects_path;
        out["store"] = request->store_path;
        std::cout << out.dump(1) << "\n";
        return Status::Ok();
      }
      std::cout << fmt::format("{:<40} {:>12} {:>12} {:>10} {:>10}\n", "file", "read", "accepted",
                               "rejected", "duplicates");
      for (const auto& f : report.files) {
        std::cout << fmt::format("{:<40} {:>12} {:>12} {:>10} {:>10}\n", f.file, f.read, f.accepted,
                                 f.rejected, f.duplicates);
      }
      const auto& t = report.total;
      std::cout << fmt::format("{:<40} {:>12} {:>12} {:>10} {:>10}\n", "total", t.read, t.accepted,
                               t.rejected, t.duplicates);
      if (t.rejected > 0)
        std::cout << "Rejected records are listed in " << report.rejects_path << "\n";
      return Status::Ok();
    };
  });
}

void AddSimulateCommand(CLI::App& app, const GlobalOptions& global, Action& action) {
  auto request = std::make_shared<app::SimulateRequest>();
  CLI::App* cmd = app.add_subcommand(
      "simulate", "Generate a synthetic multi-bank world with planted schemes and known answers");
  AddOptional(cmd, "--seed", request->seed, "Random seed (default 1); same seed, same files");
  AddOptional(cmd, "--accounts", request->accounts, "Number of accounts (default 10000)");
  AddOptional(cmd, "--days", request->days, "Number of days (default 90)");
  AddOptional(cmd, "--start", request->start_date, "First day, YYYY-MM-DD (default 2026-01-01)");
  AddOptional(cmd, "--banks", request->banks, "Number of domestic banks (default 4)");
  AddOptional(cmd, "--currency", request->currency,
              "ISO 4217 currency of all amounts (default USD)");
  cmd->add_option("--scenario", request->scenario_file,
                  "JSON or YAML file overriding rates and parameters (docs/formats.md)");
  cmd->add_option(
         "--format",
         [request](const CLI::results_t& values) {
           request->ibm_format = values.front() == "ibm";
           return true;
         },
         "Extra output format: 'ibm' writes transactions_ibm.csv (IBM AML columns)")
      ->check(CLI::IsMember({"ibm"}));
  cmd->add_option("--threads", request->threads, "Worker threads (default: all cores)");
  cmd->add_option("--out", request->out_dir, "Output folder")->required();
  cmd->callback([request, &global, &action] {
    action = [request, &global]() -> Status {
      TerminalProgress bar("simulate");
      ASSIGN_OR_RETURN(sim::WorldSummary summary, app::Simulate(*request, bar.Sink()));
      bar.Finish();
      if (global.json) {
        std::cout << summary.ToJson().dump(1) << "\n";
        return Status::Ok();
      }
      std::cout << fmt::format(
          "World written to {} in {:.1f}s\n  parties {}\n  accounts {}\n  transactions {} "
          "({} illicit)\n  ads {}\n  tips {}\n  planted instances:\n",
          request->out_dir, summary.seconds, summary.parties, summary.accounts,
          summary.transactions, summary.illicit_transactions, summary.ads, summary.tips);
      for (const auto& [type, count] : summary.instances) {
        std::cout << fmt::format("    {:<20} {}\n", type, count);
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
  AddSimulateCommand(app, global, action);
  AddIngestCommand(app, global, action);
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
