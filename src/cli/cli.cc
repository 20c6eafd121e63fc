#include "cli/cli.h"
#include "cli/commands.h"

#include <atomic>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <iostream>
#include <memory>
#include <string>

#include <sys/stat.h>

#include <fmt/format.h>
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "app/auth.h"
#include "app/eval.h"
#include "app/ingest.h"
#include "app/scan.h"
#include "app/simulate.h"
#include "app/version.h"
#include "common/logging.h"
#include "common/progress.h"
#include "common/status.h"
#include "common/strings.h"
#include "ingest/ingester.h"

namespace tiphub::cli {

namespace {

// Set by SIGINT/SIGTERM while `scan --follow` runs.
std::atomic<bool> g_stop_requested{false};

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
  auto org = std::make_shared<std::string>();
  cmd->add_option("--org", *org, "Organisation the data belongs to (default: the workspace's own)");
  cmd->add_option("--mapping", request->mapping_file,
                  "JSON file saying which column holds what, for CSV in other layouts");
  cmd->add_flag("--goaml", request->goaml,
                "Inputs are goAML XML reports (files or folders of .xml), e.g. STRs from banks");
  cmd->add_option("--profile", request->goaml_profile,
                  "With --goaml: FIU profile whose codes the reports use (default goaml5-generic)");
  cmd->add_option("--rejects", request->rejects_path,
                  "Where rejected records are listed (default <store>.rejects.csv)");
  cmd->add_option("inputs", request->inputs,
                  "Files, simulator folders, or - for standard input (CSV or JSON Lines)")
      ->required();
  cmd->callback([request, org, &global, &action] {
    action = [request, org, &global]() -> Status {
      if (!org->empty()) {
        ASSIGN_OR_RETURN(request->store_path, app::OrgStorePath(request->store_path, *org));
      }
      TerminalProgress bar("ingest");
      ASSIGN_OR_RETURN(ingest::IngestReport report, app::Ingest(*request, bar.Sink()));
      bar.Finish();
      // Every record rejected is a failed job (exit 1), after the counts are printed.
      const ingest::FileCounts& all = report.total;
      const Status outcome =
          all.read > 0 && all.rejected == all.read
              ? Status::InvalidArgument(fmt::format(
                    "every one of the {} records read was rejected and nothing was stored; {} "
                    "says why (the wrong file, or a --mapping that does not fit it?)",
                    all.read, report.rejects_path))
              : Status::Ok();
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
        return outcome;
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
      return outcome;
    };
  });
}

void AddScanCommands(CLI::App& app, const GlobalOptions& global, Action& action) {
  auto scan = std::make_shared<app::ScanRequest>();
  CLI::App* cmd = app.add_subcommand(
      "scan", "Find trafficking indicators and laundering typologies; store explained alerts");
  cmd->add_option("--store", scan->store_path, "Workspace file (default tiphub.db)");
  auto org = std::make_shared<std::string>();
  cmd->add_option("--org", *org, "Organisation whose data to scan (default: the workspace's own)");
  cmd->add_option("--rules", scan->rules_file, "JSON rules file: weights, thresholds, window");
  cmd->add_option("--model", scan->model_path,
                  "Model from 'tiphub train': score every transaction, explain alerts with it");
  cmd->add_option("--mapping", scan->mapping_file,
                  "JSON mapping for input CSV files in a bank's own layout (docs/formats.md)");
  cmd->add_flag("--follow", scan->follow,
                "Keep reading the transaction input as it grows; alerts are stored when it ends");
  cmd->add_option("--idle-exit", scan->idle_exit_seconds,
                  "With --follow: end after this many seconds without new data (default: on "
                  "Ctrl-C or SIGTERM only)");
  cmd->add_option(
      "inputs", scan->inputs,
      "Scan these files or folders directly (any format ingest takes) instead of the workspace");
  cmd->callback([scan, org, &global, &action] {
    action = [scan, org, &global]() -> Status {
      if (!org->empty()) {
        ASSIGN_OR_RETURN(scan->store_path, app::OrgStorePath(scan->store_path, *org));
      }
      if (scan->follow) {
        // Ctrl-C or SIGTERM ends the follow and stores the alerts found so far.
        std::signal(SIGINT, [](int) { g_stop_requested = true; });
        std::signal(SIGTERM, [](int) { g_stop_requested = true; });
        scan->stop = &g_stop_requested;
      }
      TerminalProgress bar("scan");
      ASSIGN_OR_RETURN(app::ScanSummary summary, app::Scan(*scan, bar.Sink()));
      bar.Finish();
      if (global.json) {
        std::cout << summary.ToJson().dump(1) << "\n";
        return Status::Ok();
      }
      std::cout << fmt::format(
          "Scanned {} transactions in {:.1f}s: {} alerts ({} networks), {} accounts flagged, {} "
          "marked for protection\n",
          summary.transactions, summary.seconds, summary.alerts, summary.network_alerts,
          summary.accounts_flagged, summary.protect_flags);
      if (!scan->model_path.empty()) {
        std::cout << fmt::format("  model {}: {} alerts raised by the model alone\n",
                                 scan->model_path, summary.model_alerts);
      }
      for (const auto& [typology, n] : summary.by_typology) {
        std::cout << fmt::format("  {:<20} {}\n", typology, n);
      }
      if (!summary.silenced_text.empty())
        std::cout << "Indicators off for lack of data: " << summary.silenced_text << "\n";
      std::cout << "List them with: tiphub alerts --store " << scan->store_path << "\n";
      return Status::Ok();
    };
  });

  struct AlertsArgs {
    std::string store_path = "tiphub.db";
    int64_t limit = 20;
    double min_score = 0;
    std::string typology;
    int64_t id = 0;
    std::string format = "table";
    std::string org;
  };
  auto args = std::make_shared<AlertsArgs>();
  CLI::App* list = app.add_subcommand("alerts", "List alerts, or show one with its explanation");
  list->add_option("--store", args->store_path, "Workspace file (default tiphub.db)");
  list->add_option("--org", args->org, "Organisation whose alerts (default: the workspace's own)");
  list->add_option("--limit", args->limit, "How many, highest score first (default 20)");
  list->add_option("--min-score", args->min_score, "Only alerts scoring at least this");
  list->add_option("--typology", args->typology, "Only this typology (sex_ads, fan_in, ...)");
  list->add_option("--id", args->id, "Show one alert in full");
  list->add_option("--format", args->format, "table, csv or json")
      ->check(CLI::IsMember({"table", "csv", "json"}));
  list->callback([args, &global, &action] {
    action = [args, &global]() -> Status {
      if (!args->org.empty()) {
        ASSIGN_OR_RETURN(args->store_path, app::OrgStorePath(args->store_path, args->org));
      }
      const bool json = global.json || args->format == "json";
      if (args->id > 0) {
        ASSIGN_OR_RETURN(Alert a, app::GetAlert(args->store_path, args->id));
        if (json) {
          std::cout << app::AlertToJson(a).dump(1) << "\n";
          return Status::Ok();
        }
        std::cout << fmt::format("Alert {} — {} {} — score {:.0f}\n{}\n\nAccounts:\n", a.id, a.kind,
                                 a.typology, a.score, a.summary);
        for (const auto& acc : a.accounts) {
          std::cout << fmt::format("  {:<12} {:<15} {:>5.0f}{}\n", acc.account, acc.role, acc.score,
                                   acc.protect ? "  PROTECT (likely victim)" : "");
        }
        std::cout << "Indicators:\n";
        for (const auto& h : a.hits) {
          std::cout << fmt::format("  {:<6} {:<12} {} (value {:.2f} vs threshold {:.2f}; {})\n",
                                   h.indicator_id, h.account, h.detail, h.value, h.threshold,
                                   h.source);
        }
        if (a.model_score >= 0) {
          std::cout << fmt::format("Model: probability {:.3f} (transaction {}); contributions:\n",
                                   a.model_score, a.model_transaction);
          for (const auto& c : a.model_explanation) {
            std::cout << fmt::format(
                "  {:<26} value {:<10} {:+.3f}\n", c.feature,
                std::isnan(c.value) ? std::string("missing") : fmt::format("{:.3g}", c.value),
                c.contribution);
          }
        }
        std::cout << fmt::format("Evidence: {} transactions", a.evidence.size());
        for (size_t k = 0; k < a.evidence.size() && k < 10; ++k) std::cout << " " << a.evidence[k];
        std::cout << (a.evidence.size() > 10 ? " ...\n" : "\n");
        return Status::Ok();
      }
      ASSIGN_OR_RETURN(std::vector<Alert> alerts, app::ListAlerts(args->store_path, args->limit,
                                                                  args->min_score, args->typology));
      if (json) {
        nlohmann::json out = nlohmann::json::array();
        for (const Alert& a : alerts) out.push_back(app::AlertToJson(a));
        std::cout << out.dump(1) << "\n";
      } else if (args->format == "csv") {
        std::cout << "id,kind,typology,score,accounts,indicators,summary\n";
        for (const Alert& a : alerts) {
          std::string accounts, indicators, line;
          for (const auto& acc : a.accounts)
            accounts += (accounts.empty() ? "" : " ") + acc.account + ":" + acc.role;
          for (const auto& h : a.hits)
            indicators += (indicators.empty() ? "" : " ") + h.indicator_id;
          line = fmt::format("{},{},{},{:.1f},", a.id, a.kind, a.typology, a.score);
          AppendCsvField(line, accounts);
          line += ",";
          AppendCsvField(line, indicators);
          line += ",";
          AppendCsvField(line, a.summary);
          std::cout << line << "\n";
        }
      } else {
        std::cout << fmt::format("{:>5} {:>6} {:<8} {:<20} {:>8}  {}\n", "id", "score", "kind",
                                 "typology", "accounts", "summary");
        for (const Alert& a : alerts) {
          std::cout << fmt::format("{:>5} {:>6.1f} {:<8} {:<20} {:>8}  {}\n", a.id, a.score, a.kind,
                                   a.typology, a.accounts.size(), a.summary.substr(0, 90));
        }
        std::cout << "Show one with: tiphub alerts --id N\n";
      }
      return Status::Ok();
    };
  });

  struct EvalArgs {
    std::string store_path = "tiphub.db";
    std::string labels;
    int top_k = 50;
  };
  auto eval = std::make_shared<EvalArgs>();
  CLI::App* ev = app.add_subcommand(
      "eval", "Compare alerts with known answers: a simulator world's, or the ingested labels");
  ev->add_option("--store", eval->store_path, "Workspace file (default tiphub.db)");
  ev->add_option("--labels", eval->labels,
                 "Folder of a simulator world (default: the labels ingested with the data)");
  ev->add_option("--top-k", eval->top_k, "K for precision among the top-K alerts (default 50)");
  ev->callback([eval, &global, &action] {
    action = [eval, &global]() -> Status {
      ASSIGN_OR_RETURN(nlohmann::json m,
                       app::Evaluate(eval->store_path, eval->labels, eval->top_k));
      if (global.json) {
        std::cout << m.dump(1) << "\n";
        return Status::Ok();
      }
      for (const char* level :
           {"account", "account_trafficking", "account_laundering", "transaction",
            "transaction_trafficking", "transaction_laundering"}) {
        std::cout << fmt::format("{:<24} precision {:.3f}  recall {:.3f}  F1 {:.3f}\n", level,
                                 m[level]["precision"].get<double>(),
                                 m[level]["recall"].get<double>(), m[level]["f1"].get<double>());
      }
      if (m["hard_negative_fpr"].is_number()) {
        std::cout << fmt::format("hard-negative false-positive rate {:.3f} ({} accounts)\n",
                                 m["hard_negative_fpr"].get<double>(),
                                 m["hard_negative_accounts"].get<int64_t>());
      }
      std::cout << fmt::format("precision at top {} alerts {:.3f}\n",
                               m["precision_at_k"]["k"].get<int64_t>(),
                               m["precision_at_k"]["precision"].get<double>());
      if (m["role_accuracy"].is_number())
        std::cout << fmt::format("role accuracy {:.3f}\n", m["role_accuracy"].get<double>());
      std::cout << fmt::format("alerts {}, largest {} accounts, {} over 50 accounts\n",
                               m["alerts"].get<int64_t>(), m["largest_alert"].get<int64_t>(),
                               m["alerts_over_50"].get<int64_t>());
      if (m.contains("instances")) {
        const auto& i = m["instances"];
        std::cout << fmt::format(
            "pattern instances {}: {} with a member flagged, {} with half or more; {} alerts mix "
            "instances\n",
            i["total"].get<int64_t>(), i["found"].get<int64_t>(), i["found_half"].get<int64_t>(),
            i["mixed_alerts"].get<int64_t>());
      }
      for (const auto& [source, p] : m["by_source"].items()) {
        std::cout << fmt::format(
            "  {:<13} alerts {:>5} (largest {:>4})  account precision {:.3f}  recall {:.3f}  F1 "
            "{:.3f}\n",
            source, p["alerts"].get<int64_t>(), p["largest_alert"].get<int64_t>(),
            p["precision"].get<double>(), p["recall"].get<double>(), p["f1"].get<double>());
      }
      std::cout << "per typology (account recall):\n";
      for (const auto& [type, s] : m["per_scheme"].items()) {
        std::cout << fmt::format("  {:<20} {:>4}/{:<4} {:.3f}\n", type, s["found"].get<int64_t>(),
                                 s["accounts"].get<int64_t>(), s["recall"].get<double>());
      }
      return Status::Ok();
    };
  });

  auto ind_format = std::make_shared<std::string>("table");
  CLI::App* ind = app.add_subcommand("indicators", "Print the indicator catalog with sources");
  ind->add_option("--format", *ind_format, "table, json or markdown (docs/indicators.md)")
      ->check(CLI::IsMember({"table", "json", "markdown"}));
  ind->callback([&global, &action, ind_format] {
    action = [&global, ind_format]() -> Status {
      if (*ind_format == "markdown") {
        std::cout
            << "# Indicator catalog\n\n"
               "Generated by `tiphub indicators --format markdown` from the catalog shipped in "
               "the binary (`src/detect/catalog.cc`). HT ids follow "
               "`../shared/reference/indicators.md`; ML ids are laundering typologies. "
               "Thresholds and weights are defaults: override them with `tiphub scan --rules "
               "FILE` (docs/formats.md). An account alerts on a combination: at least "
               "`min_indicators` published indicators, or a typology, and a score of at least "
               "`alert_score`. Where a source gives no number the threshold is relative: "
               "raised to a percentile of the peers' values over the scan, or judged against "
               "the account's own history; an indicator whose data fields are missing stays "
               "silent and the scan summary says so.\n\n"
               "| id | title | what the engine measures | level | source | threshold | threshold "
               "basis | needs | weight | goAML code |\n|---|---|---|---|---|---|---|---|---|---|\n";
        for (const auto& i : app::IndicatorCatalog()) {
          std::cout << fmt::format("| {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |\n", i.id,
                                   i.title, i.measures, i.level, i.source, i.threshold,
                                   app::IndicatorThresholdBasis(i), app::IndicatorNeeds(i),
                                   i.weight, i.goaml_code);
        }
        return Status::Ok();
      }
      const bool json = global.json || *ind_format == "json";
      nlohmann::json out = nlohmann::json::array();
      for (const auto& i : app::IndicatorCatalog()) {
        if (json) {
          out.push_back({{"id", i.id},
                         {"title", i.title},
                         {"measures", i.measures},
                         {"level", i.level},
                         {"source", i.source},
                         {"threshold", i.threshold},
                         {"threshold_basis", app::IndicatorThresholdBasis(i)},
                         {"needs", app::IndicatorNeeds(i)},
                         {"weight", i.weight},
                         {"goaml_code", i.goaml_code}});
        } else {
          std::cout << fmt::format("{:<6} {:<60} {}\n", i.id, i.title, i.source);
        }
      }
      if (json) std::cout << out.dump(1) << "\n";
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
  // Files and folders tiphub creates (stores, rejects, reports, id maps, worlds) hold personal
  // data: the owner's only (0600 / 0700) unless TIPHUB_UMASK (octal, e.g. 027) says otherwise.
  mode_t mask = 077;
  if (const char* configured = std::getenv("TIPHUB_UMASK"); configured != nullptr) {
    char* end = nullptr;
    const long value = std::strtol(configured, &end, 8);
    if (end != configured && *end == '\0' && value >= 0 && value <= 0777) {
      mask = static_cast<mode_t>(value);
    } else {
      std::cerr << "error: TIPHUB_UMASK must be an octal file mode mask such as 077 or 027\n";
      return kExitUsage;
    }
  }
  umask(mask);
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
  AddScanCommands(app, global, action);
  AddCaseCommands(app, global, action);
  AddReportCommand(app, global, action);
  AddLinkCommands(app, global, action);
  AddServerCommands(app, global, action);
  AddLearnCommands(app, global, action);
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
