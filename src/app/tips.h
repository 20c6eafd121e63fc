// Use cases: field-tip intake and triage (`tiphub tip ...`, /api/v1/tips).
//
// Intake validates the tip, grades its urgency (model/tip.h), commits it, then links it: its
// normalised phones, e-mails, plates and handles are looked up in the organisation's identifier
// index, which points at parties (phone and e-mail on file), their accounts and earlier tips; the
// alerts naming those accounts are found when the tip is read, so they follow the latest scan. A
// tip is acknowledged only after it and its links committed.
//
// Normalisation: phones keep their last 10 digits (so "+1 (555) 010-2030" and "555 010 2030"
// agree), e-mails are lower-cased, plates keep letters and digits upper-cased, handles are
// lower-cased without a leading '@'.
#ifndef TIPHUB_APP_TIPS_H_
#define TIPHUB_APP_TIPS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/cases.h"
#include "common/status.h"
#include "model/tip.h"

namespace tiphub::app {

// Normalised identifier forms (see above); empty when nothing is left.
std::string NormalizeTipPhone(std::string_view phone);
std::string NormalizeTipEmail(std::string_view email);
std::string NormalizeTipPlate(std::string_view plate);
std::string NormalizeTipHandle(std::string_view handle);

struct SubmittedTip {
  Tip tip;
  nlohmann::json links;  // [{target_kind, target_id, via_kind, via_value}]
  nlohmann::json ToJson() const;
};

// Validates, grades, stores and links one tip for the context's organisation. `channel` is api,
// web or csv. InvalidArgument names the field to fix.
Result<SubmittedTip> SubmitTip(const CaseContext& ctx, Tip tip, std::string_view channel);

// Parses a tip from its JSON form (docs/formats.md "Tips") and submits it.
Result<SubmittedTip> SubmitTipJson(const CaseContext& ctx, const nlohmann::json& doc,
                                   std::string_view channel);

struct TipImportResult {
  int64_t read = 0;
  int64_t accepted = 0;
  int64_t rejected = 0;
  int64_t duplicates = 0;  // tips whose reference is already stored
  int64_t urgent = 0;
  struct Reject {
    int64_t line = 0;
    std::string reason;
  };
  std::vector<Reject> rejects;  // every rejected row, with its line and why
  nlohmann::json ToJson() const;
};
// Bulk intake from CSV with a header row (columns in docs/formats.md "Tips"); `csv` is the whole
// file. Each row is committed as it is accepted; read = accepted + rejected + duplicates.
Result<TipImportResult> ImportTipsCsv(const CaseContext& ctx, std::string csv);

// JSON Lines of tips, one object per line: the API's form, or the simulator's (tips.jsonl: `id`
// becomes the reference, `place` {description, city, country}, one `vehicle`,
// `reporter_reliability`, `consent_to_contact`). read = accepted + rejected + duplicates.
Result<TipImportResult> ImportTipsJsonl(const CaseContext& ctx, const std::string& path);

// JSON Lines of online ads shared by a tech partner (the simulator's ads.jsonl: id, site, date,
// city, phone, email, handle, text). Each ad is stored and indexed by its phone, e-mail and
// handle, so tips link to it. Rejected lines are listed like tips'.
Result<TipImportResult> ImportAdsJsonl(const CaseContext& ctx, const std::string& path);

struct TipListQuery {
  bool urgent_only = false;
  std::string status;
  int64_t limit = 50;
  int64_t offset = 0;
};
// The tip queue (urgent first, then newest), audited as a read of personal data.
Result<nlohmann::json> ListTipsJson(const CaseContext& ctx, const TipListQuery& query);
// One tip with its links (and the alerts of linked accounts), audited.
Result<nlohmann::json> TipDetailJson(const CaseContext& ctx, int64_t id);
// Moves a tip to triaged, referred or closed; audited.
Result<nlohmann::json> SetTipStatus(const CaseContext& ctx, int64_t id, const std::string& status);

// The pick-list of tip indicators with sources.
nlohmann::json TipIndicatorsJson();

// The workspace setting that ingest sets to "1" when parties or accounts changed; the next tip
// rebuilds the identifier index and sets it to "0".
inline constexpr const char* kIdentifiersStaleKey = "identifiers.stale";

}  // namespace tiphub::app

#endif  // TIPHUB_APP_TIPS_H_
