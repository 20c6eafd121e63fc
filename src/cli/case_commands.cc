// `tiphub case ...` and `tiphub report`: the analyst's path from alert to filed report.
#include <cstdlib>
#include <iostream>
#include <memory>
#include <optional>
#include <string>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "app/cases.h"
#include "app/report.h"
#include "cli/commands.h"
#include "common/strings.h"
#include "model/time.h"

namespace tiphub::cli {

namespace {

// Options of every case and report command.
struct CaseArgs {
  std::string store_path = "tiphub.db";
  std::string user;

  app::CaseContext Context() const {
    app::CaseContext ctx;
    ctx.store_path = store_path;
    ctx.actor = user;
    if (ctx.actor.empty()) {
      for (const char* var : {"TIPHUB_USER", "USER", "LOGNAME"}) {
        if (const char* v = std::getenv(var); v != nullptr && *v != '\0') {
          ctx.actor = v;
          break;
        }
      }
    }
    return ctx;
  }
};

void AddCommon(CLI::App* cmd, CaseArgs& args) {
  cmd->add_option("--store", args.store_path, "Workspace file (default tiphub.db)");
  cmd->add_option("--user", args.user,
                  "Who is acting, for the audit trail (default $TIPHUB_USER, then $USER)");
}

void PrintCaseLine(const Case& c) {
  std::cout << fmt::format("{:>5} {:<22} {:>6.1f} {:<10} {:>6} {:>6}  {}\n", c.id,
                           CaseStatusName(c.status), c.Score(),
                           c.assignee.empty() ? "-" : ForTerminal(c.assignee), c.alerts.size(),
                           c.transactions.size(), ForTerminal(c.title));
}

void PrintCase(const app::CaseView& view) {
  const Case& c = view.c;
  std::cout << fmt::format(
      "Case {} — {}\n  status {}   assignee {}   score {:.0f}\n  opened {}   "
      "updated {}\n",
      c.id, ForTerminal(c.title), CaseStatusName(c.status),
      c.assignee.empty() ? "(none)" : ForTerminal(c.assignee), c.Score(), FormatUtc(c.created_at),
      FormatUtc(c.updated_at));
  std::cout << "Alerts:\n";
  for (const Alert& a : c.alerts) {
    std::cout << fmt::format("  {:>5} {:<20} {:>5.0f}  {}\n", a.id, a.typology, a.score,
                             a.summary.substr(0, 100));
  }
  std::cout << "Accounts:\n";
  for (const Account& a : c.accounts) {
    std::string role;
    bool protect = false;
    for (const Alert& alert : c.alerts) {
      for (const auto& acc : alert.accounts) {
        if (acc.account == a.id) {
          role = acc.role;
          protect |= acc.protect;
        }
      }
    }
    std::cout << fmt::format("  {:<14} {:<8} holder {:<12} {:<15}{}\n", a.id, a.bank, a.party_id,
                             role.empty() ? "counterparty" : role,
                             protect ? " PROTECT (likely victim)" : "");
  }
  std::cout << fmt::format("Evidence: {} transactions, {} parties\n", c.transactions.size(),
                           c.parties.size());
  if (!c.notes.empty()) std::cout << "Notes:\n";
  for (const auto& n : c.notes) {
    std::cout << fmt::format("  {} {}: {}\n", FormatUtc(n.at), ForTerminal(n.author),
                             ForTerminal(n.text, TextKind::kMultiline));
  }
  std::cout << "Audit trail:\n";
  for (const auto& e : view.audit) {
    std::cout << fmt::format("  {} {:<8} {:<12} {}\n", FormatUtc(e.at), e.actor, e.action,
                             e.detail);
  }
}

}  // namespace

void AddCaseCommands(CLI::App& app, const GlobalOptions& global, Action& action) {
  CLI::App* cmd = app.add_subcommand("case",
                                     "Open and work cases: open, list, show, assign, "
                                     "note, status");
  cmd->require_subcommand(1);

  struct OpenArgs : CaseArgs {
    int64_t alert_id = 0;
    std::optional<int64_t> into;
    std::string title;
  };
  auto open = std::make_shared<OpenArgs>();
  CLI::App* open_cmd =
      cmd->add_subcommand("open", "Open a case from an alert, or merge the alert into a case");
  AddCommon(open_cmd, *open);
  open_cmd->add_option("alert", open->alert_id, "Alert id (tiphub alerts)")->required();
  open_cmd->add_option_function<int64_t>(
      "--into", [open](const int64_t& v) { open->into = v; }, "Merge into this existing case");
  open_cmd->add_option("--title", open->title, "Case title (default from the alert)");
  open_cmd->callback([open, &global, &action] {
    action = [open, &global]() -> Status {
      ASSIGN_OR_RETURN(app::OpenCaseResult r,
                       app::OpenCase(open->Context(), open->alert_id, open->into, open->title));
      if (global.json) {
        nlohmann::json out = app::CaseToJson(r.c, false);
        out["merged"] = r.merged;
        out["missing_transactions"] = r.missing_transactions;
        std::cout << out.dump(1) << "\n";
        return Status::Ok();
      }
      std::cout << fmt::format("{} case {}: {} alerts, {} transactions, {} accounts, {} parties\n",
                               r.merged ? "Merged into" : "Opened", r.c.id, r.c.alerts.size(),
                               r.c.transactions.size(), r.c.accounts.size(), r.c.parties.size());
      if (r.missing_transactions > 0) {
        std::cout << fmt::format(
            "Note: {} evidence transactions are not in the workspace (scanned from files that "
            "were not ingested); ingest them and open the case again for a transaction report.\n",
            r.missing_transactions);
      }
      std::cout << fmt::format("Show it with: tiphub case show {}\n", r.c.id);
      return Status::Ok();
    };
  });

  struct ListArgs : CaseArgs {
    app::CaseFilter filter;
  };
  auto list = std::make_shared<ListArgs>();
  CLI::App* list_cmd = cmd->add_subcommand("list", "List cases, newest first");
  AddCommon(list_cmd, *list);
  list_cmd->add_option("--status", list->filter.status,
                       "Only this status: new, investigating, reported, closed_not_suspicious");
  list_cmd->add_option("--assignee", list->filter.assignee, "Only cases assigned to this user");
  list_cmd->add_option("--limit", list->filter.limit, "At most this many (default 100)");
  list_cmd->callback([list, &global, &action] {
    action = [list, &global]() -> Status {
      ASSIGN_OR_RETURN(std::vector<Case> cases, app::ListCases(list->Context(), list->filter));
      if (global.json) {
        nlohmann::json out = nlohmann::json::array();
        for (const Case& c : cases) out.push_back(app::CaseToJson(c, false));
        std::cout << out.dump(1) << "\n";
        return Status::Ok();
      }
      std::cout << fmt::format("{:>5} {:<22} {:>6} {:<10} {:>6} {:>6}  {}\n", "id", "status",
                               "score", "assignee", "alerts", "txs", "title");
      for (const Case& c : cases) PrintCaseLine(c);
      return Status::Ok();
    };
  });

  struct IdArgs : CaseArgs {
    int64_t id = 0;
    std::string value;
    std::string reason;
  };
  auto show = std::make_shared<IdArgs>();
  CLI::App* show_cmd = cmd->add_subcommand("show", "Show a case: evidence, notes, audit trail");
  AddCommon(show_cmd, *show);
  show_cmd->add_option("id", show->id, "Case id")->required();
  show_cmd->callback([show, &global, &action] {
    action = [show, &global]() -> Status {
      ASSIGN_OR_RETURN(app::CaseView view, app::ShowCase(show->Context(), show->id));
      if (global.json) {
        nlohmann::json out = app::CaseToJson(view.c, true);
        out["audit"] = app::AuditToJson(view.audit);
        std::cout << out.dump(1) << "\n";
      } else {
        PrintCase(view);
      }
      return Status::Ok();
    };
  });

  // assign, note and status share a shape: id, a value, and print the case after the change.
  auto add_change = [&cmd, &global, &action](const char* name, const char* help,
                                             const char* value_name, const char* value_help,
                                             std::function<Result<Case>(const IdArgs&)> run,
                                             bool with_reason) {
    auto args = std::make_shared<IdArgs>();
    CLI::App* sub = cmd->add_subcommand(name, help);
    AddCommon(sub, *args);
    sub->add_option("id", args->id, "Case id")->required();
    sub->add_option(value_name, args->value, value_help)->required();
    if (with_reason) sub->add_option("--reason", args->reason, "Why, for the audit trail");
    sub->callback([args, run, &global, &action] {
      action = [args, run, &global]() -> Status {
        ASSIGN_OR_RETURN(Case c, run(*args));
        if (global.json) {
          std::cout << app::CaseToJson(c, false).dump(1) << "\n";
        } else {
          PrintCaseLine(c);
        }
        return Status::Ok();
      };
    });
  };
  add_change(
      "assign", "Assign a case to an analyst", "assignee", "User name",
      [](const IdArgs& a) { return app::AssignCase(a.Context(), a.id, a.value); }, false);
  add_change(
      "note", "Add a note to a case", "text", "The note",
      [](const IdArgs& a) { return app::AddCaseNote(a.Context(), a.id, a.value); }, false);
  add_change(
      "status",
      "Move a case: new -> investigating -> reported | closed_not_suspicious (reopen: "
      "investigating)",
      "status", "investigating, reported or closed_not_suspicious",
      [](const IdArgs& a) { return app::SetCaseStatus(a.Context(), a.id, a.value, a.reason); },
      true);
}

void AddReportCommand(CLI::App& app, const GlobalOptions& global, Action& action) {
  struct ReportArgs : CaseArgs {
    app::ReportRequest request;
  };
  auto args = std::make_shared<ReportArgs>();
  CLI::App* cmd = app.add_subcommand(
      "report", "Write a case as a goAML STR/SAR or FinCEN SAR XML report, validated first");
  AddCommon(cmd, *args);
  cmd->add_option("--case", args->request.case_id, "Case id")->required();
  cmd->add_option("--format", args->request.format, "goaml (default) or fincen")
      ->check(CLI::IsMember({"goaml", "fincen"}));
  cmd->add_option("--type", args->request.type,
                  "goaml: str (transaction-based, default) or sar (activity-based)")
      ->check(CLI::IsMember({"str", "sar"}));
  cmd->add_option("--profile", args->request.profile,
                  "FIU profile: goaml5-generic, fincen-us (built in) or a JSON file "
                  "(docs/reports.md)");
  cmd->add_option("--xsd", args->request.xsd,
                  "Validate against this XSD (your FIU's) instead of the built-in schema");
  cmd->add_option("--bank", args->request.bank,
                  "Reporting bank's code in the data (its accounts are 'my client')");
  cmd->add_option("--out", args->request.out, "Output file")->required();
  cmd->callback([args, &global, &action] {
    action = [args, &global]() -> Status {
      ASSIGN_OR_RETURN(app::ReportResult r, app::WriteReport(args->Context(), args->request));
      if (global.json) {
        std::cout << r.ToJson().dump(1) << "\n";
      } else {
        std::cout << fmt::format(
            "Wrote {} {} report for bank {} ({} transactions, {} bytes) to {}\nValidated against "
            "{}.\n",
            r.format, r.report_code, r.bank.empty() ? "(none)" : r.bank, r.transactions, r.bytes,
            r.path, r.schema);
      }
      return Status::Ok();
    };
  });
}

}  // namespace tiphub::cli
