#include "app/cases.h"

#include <set>

#include <fmt/format.h>

#include "common/strings.h"
#include "store/store.h"

namespace tiphub::app {

namespace {

Status CheckActor(const CaseContext& ctx) {
  if (ctx.actor.empty()) {
    return Status::InvalidArgument(
        "who is acting is not known: pass --user NAME (or set USER) so the audit trail says who");
  }
  if (const std::string problem = TextProblem(ctx.actor); !problem.empty()) {
    return Status::InvalidArgument(
        fmt::format("the user name {} {}", QuoteForMessage(ctx.actor), problem));
  }
  return Status::Ok();
}

// Text given for a case: one line (a title, an assignee) or free text (a note, a reason).
Status CheckCaseText(std::string_view what, std::string_view value, TextKind kind) {
  if (value.size() > 20000) {
    return Status::InvalidArgument(fmt::format("the {} is longer than 20000 bytes", what));
  }
  if (const std::string problem = TextProblem(value, kind); !problem.empty()) {
    return Status::InvalidArgument(fmt::format("the {} {}", what, problem));
  }
  return Status::Ok();
}

std::string CaseObject(int64_t id) { return fmt::format("case:{}", id); }

// Copies the evidence of `alert` from the store into `items`, skipping what `have` already holds.
Result<int64_t> CollectEvidence(store::Store& s, const Alert& alert, const Case& have,
                                Case& items) {
  std::set<std::string> tx_have, acc_have, party_have;
  for (const auto& tx : have.transactions) tx_have.insert(tx.id);
  for (const auto& a : have.accounts) acc_have.insert(a.id);
  for (const auto& p : have.parties) party_have.insert(p.id);

  std::vector<std::string> tx_ids;
  for (const auto& id : alert.evidence) {
    if (tx_have.insert(id).second) tx_ids.push_back(id);
  }
  ASSIGN_OR_RETURN(items.transactions, s.GetTransactions(tx_ids));
  const auto missing = static_cast<int64_t>(tx_ids.size() - items.transactions.size());

  std::vector<std::string> acc_ids;
  auto want_account = [&](const std::string& id) {
    if (!id.empty() && acc_have.insert(id).second) acc_ids.push_back(id);
  };
  for (const auto& a : alert.accounts) want_account(a.account);
  for (const auto& tx : items.transactions) {
    want_account(tx.from_account);
    want_account(tx.to_account);
  }
  ASSIGN_OR_RETURN(items.accounts, s.GetAccounts(acc_ids));

  std::vector<std::string> party_ids;
  auto want_party = [&](const std::string& id) {
    if (!id.empty() && party_have.insert(id).second) party_ids.push_back(id);
  };
  for (const auto& a : items.accounts) {
    want_party(a.party_id);
    want_party(a.custodian);
  }
  for (const auto& tx : items.transactions) want_party(tx.merchant_id);
  ASSIGN_OR_RETURN(items.parties, s.GetParties(party_ids));
  return missing;
}

// Runs `change` on case `id` and records `action` with the detail `change` returns, atomically.
Result<Case> ChangeCase(const CaseContext& ctx, int64_t id, const std::string& action,
                        const std::function<Result<std::string>(store::Store&, Case&)>& change) {
  RETURN_IF_ERROR(CheckActor(ctx));
  ASSIGN_OR_RETURN(auto s, store::OpenSqliteStore(ctx.store_path));
  RETURN_IF_ERROR(s->Begin());
  ASSIGN_OR_RETURN(Case c, s->GetCase(id));
  ASSIGN_OR_RETURN(std::string detail, change(*s, c));
  c.updated_at = ctx.clock->NowSeconds();
  RETURN_IF_ERROR(s->UpdateCaseHeader(c));
  RETURN_IF_ERROR(s->AppendAudit({0, c.updated_at, ctx.actor, action, CaseObject(id), detail}));
  RETURN_IF_ERROR(s->Commit());
  return s->GetCase(id);
}

}  // namespace

Result<OpenCaseResult> OpenCase(const CaseContext& ctx, int64_t alert_id,
                                std::optional<int64_t> into, const std::string& title) {
  RETURN_IF_ERROR(CheckActor(ctx));
  RETURN_IF_ERROR(CheckCaseText("title", title, TextKind::kLine));
  ASSIGN_OR_RETURN(auto s, store::OpenSqliteStore(ctx.store_path));
  ASSIGN_OR_RETURN(Alert alert, s->GetAlert(alert_id));
  RETURN_IF_ERROR(s->Begin());
  OpenCaseResult result;
  const int64_t now = ctx.clock->NowSeconds();
  Case items;
  items.alerts.push_back(alert);
  if (into.has_value()) {
    ASSIGN_OR_RETURN(Case existing, s->GetCase(*into));
    if (existing.status == CaseStatus::kReported) {
      return Status::FailedPrecondition(fmt::format(
          "case {} has been reported and is final; open a new case for alert {}", *into, alert_id));
    }
    for (const Alert& a : existing.alerts) {
      if (a.id == alert_id && a.first_seen == alert.first_seen && a.typology == alert.typology) {
        return Status::AlreadyExists(
            fmt::format("alert {} is already part of case {}", alert_id, *into));
      }
    }
    ASSIGN_OR_RETURN(result.missing_transactions, CollectEvidence(*s, alert, existing, items));
    RETURN_IF_ERROR(s->AddCaseItems(*into, items));
    existing.updated_at = now;
    RETURN_IF_ERROR(s->UpdateCaseHeader(existing));
    RETURN_IF_ERROR(s->AppendAudit(
        {0, now, ctx.actor, "case.merge", CaseObject(*into),
         fmt::format("added alert {} ({}, score {:.0f}) with {} transactions, {} accounts",
                     alert_id, alert.typology, alert.score, items.transactions.size(),
                     items.accounts.size())}));
    RETURN_IF_ERROR(s->Commit());
    ASSIGN_OR_RETURN(result.c, s->GetCase(*into));
    result.merged = true;
    return result;
  }
  ASSIGN_OR_RETURN(result.missing_transactions, CollectEvidence(*s, alert, Case(), items));
  items.title = title.empty() ? fmt::format("Alert {}: {} ({} accounts)", alert_id, alert.typology,
                                            alert.accounts.size())
                              : title;
  items.status = CaseStatus::kNew;
  items.created_at = items.updated_at = now;
  ASSIGN_OR_RETURN(const int64_t id, s->CreateCase(items));
  RETURN_IF_ERROR(s->AppendAudit(
      {0, now, ctx.actor, "case.open", CaseObject(id),
       fmt::format("opened from alert {} ({}, score {:.0f}) with {} transactions, {} accounts, "
                   "{} parties",
                   alert_id, alert.typology, alert.score, items.transactions.size(),
                   items.accounts.size(), items.parties.size())}));
  RETURN_IF_ERROR(s->Commit());
  ASSIGN_OR_RETURN(result.c, s->GetCase(id));
  return result;
}

Result<std::vector<Case>> ListCases(const CaseContext& ctx, const CaseFilter& filter) {
  store::CaseQuery q;
  if (!filter.status.empty()) {
    const auto status = ParseCaseStatus(filter.status);
    if (!status) {
      return Status::InvalidArgument(fmt::format(
          "unknown case status '{}': use new, investigating, reported or closed_not_suspicious",
          filter.status));
    }
    q.status = CaseStatusName(*status);
  }
  q.assignee = filter.assignee;
  q.limit = filter.limit;
  ASSIGN_OR_RETURN(auto s, store::OpenSqliteStore(ctx.store_path));
  return s->ListCases(q);
}

Result<CaseView> ShowCase(const CaseContext& ctx, int64_t id) {
  ASSIGN_OR_RETURN(auto s, store::OpenSqliteStore(ctx.store_path));
  CaseView view;
  ASSIGN_OR_RETURN(view.c, s->GetCase(id));
  ASSIGN_OR_RETURN(view.audit, s->AuditTrail(CaseObject(id)));
  return view;
}

Result<Case> AssignCase(const CaseContext& ctx, int64_t id, const std::string& assignee) {
  if (assignee.empty()) return Status::InvalidArgument("say whom to assign the case to");
  RETURN_IF_ERROR(CheckCaseText("assignee", assignee, TextKind::kLine));
  return ChangeCase(ctx, id, "case.assign", [&](store::Store&, Case& c) -> Result<std::string> {
    std::string detail = c.assignee.empty()
                             ? fmt::format("assigned to {}", assignee)
                             : fmt::format("reassigned from {} to {}", c.assignee, assignee);
    c.assignee = assignee;
    return detail;
  });
}

Result<Case> AddCaseNote(const CaseContext& ctx, int64_t id, const std::string& text) {
  if (text.empty()) return Status::InvalidArgument("the note is empty");
  RETURN_IF_ERROR(CheckCaseText("note", text, TextKind::kMultiline));
  return ChangeCase(ctx, id, "case.note", [&](store::Store& s, Case& c) -> Result<std::string> {
    RETURN_IF_ERROR(s.AddCaseNote(c.id, {ctx.clock->NowSeconds(), ctx.actor, text}));
    return text;
  });
}

Result<Case> SetCaseStatus(const CaseContext& ctx, int64_t id, const std::string& status,
                           const std::string& reason) {
  const auto to = ParseCaseStatus(status);
  if (!to) {
    return Status::InvalidArgument(fmt::format(
        "unknown case status '{}': use investigating, reported or closed_not_suspicious", status));
  }
  RETURN_IF_ERROR(CheckCaseText("reason", reason, TextKind::kMultiline));
  return ChangeCase(ctx, id, "case.status", [&](store::Store&, Case& c) -> Result<std::string> {
    if (!CaseTransitionAllowed(c.status, *to)) {
      std::string allowed;
      for (CaseStatus next : {CaseStatus::kNew, CaseStatus::kInvestigating, CaseStatus::kReported,
                              CaseStatus::kClosedNotSuspicious}) {
        if (CaseTransitionAllowed(c.status, next)) {
          allowed += (allowed.empty() ? "" : " or ") + std::string(CaseStatusName(next));
        }
      }
      return Status::FailedPrecondition(fmt::format(
          "case {} is {}; it can move to {}", c.id, CaseStatusName(c.status),
          allowed.empty() ? std::string("nothing else (a reported case is final)") : allowed));
    }
    std::string detail = fmt::format("{} -> {}", CaseStatusName(c.status), CaseStatusName(*to));
    if (!reason.empty()) detail += ": " + reason;
    c.status = *to;
    return detail;
  });
}

Status RecordAudit(const CaseContext& ctx, const std::string& action, const std::string& object,
                   const std::string& detail) {
  RETURN_IF_ERROR(CheckActor(ctx));
  ASSIGN_OR_RETURN(auto s, store::OpenSqliteStore(ctx.store_path));
  return s->AppendAudit({0, ctx.clock->NowSeconds(), ctx.actor, action, object, detail});
}

nlohmann::json CaseToJson(const Case& c, bool full) {
  nlohmann::json out = {{"id", c.id},
                        {"title", c.title},
                        {"status", std::string(CaseStatusName(c.status))},
                        {"assignee", c.assignee},
                        {"created_at", c.created_at},
                        {"updated_at", c.updated_at},
                        {"score", c.Score()},
                        {"alerts", c.alerts.size()},
                        {"transactions", c.transactions.size()},
                        {"accounts", c.accounts.size()},
                        {"parties", c.parties.size()}};
  if (!full) return out;
  nlohmann::json alerts = nlohmann::json::array(), txs = nlohmann::json::array(),
                 accounts = nlohmann::json::array(), parties = nlohmann::json::array(),
                 notes = nlohmann::json::array();
  for (const auto& a : c.alerts) alerts.push_back(store::AlertToJson(a));
  for (const auto& tx : c.transactions) txs.push_back(store::TransactionToJson(tx));
  for (const auto& a : c.accounts) accounts.push_back(store::AccountToJson(a));
  for (const auto& p : c.parties) parties.push_back(store::PartyToJson(p));
  for (const auto& n : c.notes)
    notes.push_back({{"at", n.at}, {"author", n.author}, {"text", n.text}});
  out["alerts"] = alerts;
  out["transactions"] = txs;
  out["accounts"] = accounts;
  out["parties"] = parties;
  out["notes"] = notes;
  return out;
}

nlohmann::json AuditToJson(const std::vector<AuditEvent>& events) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& e : events) {
    out.push_back({{"id", e.id},
                   {"at", e.at},
                   {"actor", e.actor},
                   {"action", e.action},
                   {"object", e.object},
                   {"detail", e.detail}});
  }
  return out;
}

}  // namespace tiphub::app
