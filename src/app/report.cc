#include "app/report.h"

#include <map>

#include <fmt/format.h>

#include "common/file.h"
#include "report/fincen_writer.h"
#include "report/goaml_writer.h"
#include "report/profile.h"
#include "report/resources.h"
#include "report/xml.h"
#include "store/store.h"

namespace tiphub::app {

namespace {

// The bank that holds most of the case's flagged accounts (weighted by score).
std::string InferBank(const Case& c) {
  std::map<std::string, std::string> bank_of;
  for (const auto& a : c.accounts) bank_of[a.id] = a.bank;
  std::map<std::string, double> weight;
  for (const Alert& alert : c.alerts) {
    for (const auto& acc : alert.accounts) {
      const auto it = bank_of.find(acc.account);
      if (it != bank_of.end() && !it->second.empty()) weight[it->second] += acc.score + 1;
    }
  }
  std::string best;
  double best_weight = -1;
  for (const auto& [bank, w] : weight) {
    if (w > best_weight) {
      best_weight = w;
      best = bank;
    }
  }
  return best;
}

}  // namespace

nlohmann::json ReportResult::ToJson() const {
  return {{"path", path},     {"format", format}, {"report_code", report_code},
          {"schema", schema}, {"bank", bank},     {"transactions", transactions},
          {"bytes", bytes}};
}

Result<ReportResult> WriteReport(const CaseContext& ctx, const ReportRequest& request) {
  if (request.out.empty()) return Status::InvalidArgument("say where to write the report (--out)");
  if (request.format != "goaml" && request.format != "fincen") {
    return Status::InvalidArgument(
        fmt::format("unknown report format '{}': use goaml or fincen", request.format));
  }
  const std::string type = request.type.empty() ? "str" : request.type;
  if (type != "str" && type != "sar") {
    return Status::InvalidArgument(fmt::format("unknown report type '{}': use str or sar", type));
  }
  Case c;
  {
    ASSIGN_OR_RETURN(auto s, store::OpenSqliteStore(ctx.store_path));
    ASSIGN_OR_RETURN(c, s->GetCase(request.case_id));
  }
  const std::string profile_name = !request.profile.empty()    ? request.profile
                                   : request.format == "goaml" ? "goaml5-generic"
                                                               : "fincen-us";
  ASSIGN_OR_RETURN(report::FiuProfile profile, report::LoadFiuProfile(profile_name));

  ReportResult result;
  result.path = request.out;
  result.format = request.format;
  result.bank = !request.bank.empty()   ? request.bank
                : !profile.bank.empty() ? profile.bank
                                        : InferBank(c);
  std::string xml;
  std::string xsd_text;
  if (request.format == "goaml") {
    report::GoamlOptions options;
    options.kind = type == "sar" ? report::GoamlKind::kActivity : report::GoamlKind::kTransaction;
    options.bank = result.bank;
    options.submission_time = ctx.clock->NowSeconds();
    ASSIGN_OR_RETURN(xml, report::WriteGoaml(c, profile, options));
    result.report_code = type == "sar" ? profile.sar_code : profile.str_code;
    result.transactions = type == "sar" ? 0 : static_cast<int64_t>(c.transactions.size());
    xsd_text = std::string(report::GoamlGenericXsd());
    result.schema = "tiphub goAML 5 schema (built-in)";
  } else {
    report::FincenOptions options;
    options.bank = result.bank;
    options.filing_time = ctx.clock->NowSeconds();
    ASSIGN_OR_RETURN(xml, report::WriteFincenSar(c, profile, options));
    result.report_code = "SARX";
    xsd_text = std::string(report::FincenSarXsd());
    result.schema = "FinCEN EFL_SARXBatchSchema 1.2 (built-in)";
  }
  if (!request.xsd.empty()) {
    ASSIGN_OR_RETURN(xsd_text, ReadWholeFile(request.xsd, "XSD"));
    result.schema = request.xsd;
  }
  RETURN_IF_ERROR(
      report::ValidateXml(xml, xsd_text, result.schema).WithContext("the report was not written"));
  // Audit before effect: the report's bytes are durable under a partial name, then its audit
  // event is committed, then it is renamed into place. A crash in between leaves an audited report
  // that is not there (the partial file is removed or left as .partial), never a report that is
  // there unaudited.
  ASSIGN_OR_RETURN(StagedFile staged, StagedFile::Write(request.out, xml));
  result.bytes = static_cast<int64_t>(xml.size());
  RETURN_IF_ERROR(RecordAudit(
      ctx, "report.write", fmt::format("case:{}", c.id),
      fmt::format("{} {} for bank {} with profile {}, validated against {}, written to {}",
                  request.format, result.report_code, result.bank, profile.source, result.schema,
                  request.out)));
  RETURN_IF_ERROR(staged.Commit());
  return result;
}

}  // namespace tiphub::app
