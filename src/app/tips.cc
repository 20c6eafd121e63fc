#include "app/tips.h"

#include <algorithm>
#include <functional>
#include <set>
#include <utility>

#include <fmt/format.h>

#include "app/store_cache.h"
#include "common/file.h"
#include "common/strings.h"
#include "ingest/csv_reader.h"
#include "link/normalize.h"
#include "store/store.h"

namespace tiphub::app {

namespace {

constexpr int64_t kMaxLinksPerIdentifier = 200;

// Rolls back an open store transaction unless it was committed.
class TxGuard {
 public:
  explicit TxGuard(store::Store& s) : s_(s) {}
  ~TxGuard() {
    if (!done_) s_.Rollback().IgnoreError();
  }
  Status Commit() {
    done_ = true;
    return s_.Commit();
  }
  TxGuard(const TxGuard&) = delete;
  TxGuard& operator=(const TxGuard&) = delete;

 private:
  store::Store& s_;
  bool done_ = false;
};

// The (kind, normalised value) pairs a tip carries.
std::vector<std::pair<std::string, std::string>> TipIdentifiers(const Tip& tip) {
  std::set<std::pair<std::string, std::string>> out;
  for (const auto& p : tip.phones) {
    if (auto v = NormalizeTipPhone(p); !v.empty()) out.emplace("phone", v);
  }
  for (const auto& e : tip.emails) {
    if (auto v = NormalizeTipEmail(e); !v.empty()) out.emplace("email", v);
  }
  for (const auto& veh : tip.vehicles) {
    if (auto v = NormalizeTipPlate(veh.plate); !v.empty()) out.emplace("plate", v);
  }
  for (const auto& h : tip.handles) {
    if (auto v = NormalizeTipHandle(h); !v.empty()) out.emplace("handle", v);
  }
  return {out.begin(), out.end()};
}

// Rebuilds the derived identifier rows when ingest marked them stale. Runs inside the
// caller's write transaction, so concurrent intakes rebuild once.
Status RefreshIdentifiers(store::Store& s) {
  ASSIGN_OR_RETURN(std::string stale, s.GetMeta(kIdentifiersStaleKey));
  if (stale == "0") return Status::Ok();
  std::vector<store::IdentifierRow> rows;
  RETURN_IF_ERROR(s.ForEachParty([&rows](const Party& p) -> Status {
    if (auto v = NormalizeTipPhone(p.phone); !v.empty())
      rows.push_back({"phone", v, "party", p.id});
    if (auto v = NormalizeTipEmail(p.email); !v.empty())
      rows.push_back({"email", v, "party", p.id});
    return Status::Ok();
  }));
  RETURN_IF_ERROR(s.ForEachAccount([&rows](const Account& a) -> Status {
    if (!a.party_id.empty()) rows.push_back({"party", a.party_id, "account", a.id});
    if (!a.custodian.empty()) rows.push_back({"party", a.custodian, "account", a.id});
    return Status::Ok();
  }));
  RETURN_IF_ERROR(s.ReplaceDerivedIdentifiers(rows));
  return s.SetMeta(kIdentifiersStaleKey, "0");
}

bool ParseBool(std::string_view v, bool& out) {
  const std::string l = ToLower(Trim(v));
  if (l == "true" || l == "yes" || l == "y" || l == "1") {
    out = true;
  } else if (l == "false" || l == "no" || l == "n" || l == "0" || l.empty()) {
    out = false;
  } else {
    return false;
  }
  return true;
}

}  // namespace

std::string NormalizeTipPhone(std::string_view phone) {
  std::string digits = link::NormalizePhone(phone);
  if (digits.size() < 7) return {};
  if (digits.size() > 10) digits.erase(0, digits.size() - 10);
  return digits;
}

std::string NormalizeTipEmail(std::string_view email) {
  std::string e = ToLower(Trim(email));
  if (e.find('@') == std::string::npos || e.size() < 3) return {};
  return e;
}

std::string NormalizeTipPlate(std::string_view plate) {
  std::string out = link::NormalizeAccountNumber(plate);  // letters and digits, upper case
  return out.size() >= 2 ? out : std::string();
}

std::string NormalizeTipHandle(std::string_view handle) {
  std::string_view h = Trim(handle);
  while (!h.empty() && h.front() == '@') h.remove_prefix(1);
  return ToLower(h);
}

nlohmann::json SubmittedTip::ToJson() const {
  nlohmann::json doc = store::TipToJson(tip);
  doc["links"] = links;
  return doc;
}

Result<SubmittedTip> SubmitTip(const CaseContext& ctx, Tip tip, std::string_view channel) {
  if (const std::string problem = ValidateTip(tip); !problem.empty()) {
    return Status::InvalidArgument(problem);
  }
  tip.id = 0;
  tip.received_at = ctx.clock->NowSeconds();
  tip.channel = std::string(channel);
  tip.submitted_by = ctx.actor;
  tip.status = "new";
  if (!tip.contact_consent) tip.reporter_contact.clear();
  AssessUrgency(tip);

  ASSIGN_OR_RETURN(store::Store * s, CachedStore(ctx.store_path));
  std::unique_lock<std::mutex> lock = LockForWriting(ctx.store_path);
  RETURN_IF_ERROR(s->Begin());
  TxGuard guard(*s);
  RETURN_IF_ERROR(RefreshIdentifiers(*s));
  if (!tip.reference.empty()) {
    ASSIGN_OR_RETURN(std::vector<store::IdentifierRow> same,
                     s->LookupIdentifier("reference", tip.reference));
    if (!same.empty()) {
      return Status::AlreadyExists(fmt::format("a tip with reference '{}' is stored as tip {}",
                                               tip.reference, same.front().target_id));
    }
  }
  ASSIGN_OR_RETURN(tip.id, s->InsertTip(tip));

  std::vector<store::TipLink> links;
  std::vector<store::IdentifierRow> own;
  for (const auto& [kind, value] : TipIdentifiers(tip)) {
    ASSIGN_OR_RETURN(std::vector<store::IdentifierRow> hits, s->LookupIdentifier(kind, value));
    // A value that many records share identifies none of them: it links to nothing.
    if (static_cast<int64_t>(hits.size()) > kMaxLinksPerIdentifier) hits.clear();
    for (const auto& hit : hits) {
      links.push_back({tip.id, hit.target_kind, hit.target_id, kind, value});
      if (hit.target_kind != "party") continue;
      ASSIGN_OR_RETURN(std::vector<store::IdentifierRow> accounts,
                       s->LookupIdentifier("party", hit.target_id));
      for (const auto& acc : accounts) {
        links.push_back({tip.id, acc.target_kind, acc.target_id, kind, value});
      }
    }
    own.push_back({kind, value, "tip", std::to_string(tip.id)});
  }
  if (!tip.reference.empty())
    own.push_back({"reference", tip.reference, "tip", std::to_string(tip.id)});
  RETURN_IF_ERROR(s->AddTipLinks(links));
  RETURN_IF_ERROR(s->InsertIdentifiers(own));
  RETURN_IF_ERROR(AppendAudit(
      *s, ctx, "tip.submit", fmt::format("tip:{}", tip.id),
      fmt::format("{}{}, {} links", channel, tip.urgent ? ", urgent" : "", links.size())));
  RETURN_IF_ERROR(guard.Commit());

  SubmittedTip out{std::move(tip), nlohmann::json::array()};
  for (const auto& l : links) out.links.push_back(store::TipLinkToJson(l));
  return out;
}

Result<SubmittedTip> SubmitTipJson(const CaseContext& ctx, const nlohmann::json& doc,
                                   std::string_view channel) {
  ASSIGN_OR_RETURN(Tip tip, store::TipFromJson(doc));
  return SubmitTip(ctx, std::move(tip), channel);
}

nlohmann::json TipImportResult::ToJson() const {
  nlohmann::json r = nlohmann::json::array();
  for (const auto& x : rejects) r.push_back({{"line", x.line}, {"reason", x.reason}});
  return {{"read", read},         {"accepted", accepted},
          {"rejected", rejected}, {"duplicates", duplicates},
          {"urgent", urgent},     {"rejects", r}};
}

Result<TipImportResult> ImportTipsCsv(const CaseContext& ctx, std::string csv) {
  static const std::set<std::string, std::less<>> kList = {"indicators", "people", "phones",
                                                           "emails", "handles"};
  static const std::set<std::string, std::less<>> kText = {
      "observed_at", "place", "text", "reliability", "reporter_contact", "reference"};
  static const std::set<std::string, std::less<>> kVehicle = {
      "vehicle_make", "vehicle_model", "vehicle_colour", "vehicle_plate", "vehicle_plate_region"};
  ingest::CsvReader reader;
  reader.OpenBuffer(std::move(csv));
  ingest::CsvRecord rec;
  ASSIGN_OR_RETURN(bool has_header, reader.Next(rec));
  if (!has_header) return Status::InvalidArgument("the tips CSV is empty: it needs a header row");
  if (!rec.error.empty()) {
    return Status::InvalidArgument(fmt::format("the header row is broken: {}", rec.error));
  }
  std::vector<std::string> header;
  for (auto f : rec.fields) {
    std::string col = ToLower(Trim(f));
    if (col == "vehicle_color") col = "vehicle_colour";
    if (!kList.contains(col) && !kText.contains(col) && !kVehicle.contains(col) &&
        col != "latitude" && col != "longitude" && col != "credibility" &&
        col != "contact_consent") {
      return Status::InvalidArgument(fmt::format(
          "unknown tips CSV column '{}' (see docs/formats.md \"Tips\" for the columns)", col));
    }
    header.push_back(std::move(col));
  }
  TipImportResult result;
  while (true) {
    ASSIGN_OR_RETURN(bool more, reader.Next(rec));
    if (!more) break;
    if (rec.fields.size() == 1 && Trim(rec.fields[0]).empty() && rec.error.empty()) continue;
    ++result.read;
    auto reject = [&](std::string reason) {
      ++result.rejected;
      result.rejects.push_back({rec.line, std::move(reason)});
    };
    if (!rec.error.empty()) {
      reject(rec.error);
      continue;
    }
    if (rec.fields.size() != header.size()) {
      reject(fmt::format("{} fields where the header has {}", rec.fields.size(), header.size()));
      continue;
    }
    nlohmann::json doc = nlohmann::json::object();
    nlohmann::json vehicle = nlohmann::json::object();
    std::string problem;
    for (size_t i = 0; i < header.size() && problem.empty(); ++i) {
      const std::string& col = header[i];
      const std::string_view v = Trim(rec.fields[i]);
      if (v.empty()) continue;
      if (kList.contains(col) || kText.contains(col)) {
        doc[col] = std::string(v);
      } else if (kVehicle.contains(col)) {
        vehicle[col.substr(8)] = std::string(v);
      } else if (col == "latitude" || col == "longitude") {
        const auto d = ParseDouble(v);
        if (!d)
          problem = fmt::format("{} '{}' is not a number", col, v);
        else
          doc[col] = *d;
      } else if (col == "credibility") {
        const auto n = ParseInt64(v);
        if (!n)
          problem = fmt::format("credibility '{}' is not 1-6", v);
        else
          doc[col] = *n;
      } else if (col == "contact_consent") {
        bool b = false;
        if (!ParseBool(v, b))
          problem = fmt::format("contact_consent '{}' is not yes or no", v);
        else
          doc[col] = b;
      }
    }
    if (!problem.empty()) {
      reject(problem);
      continue;
    }
    if (!vehicle.empty()) doc["vehicles"] = nlohmann::json::array({vehicle});
    Result<SubmittedTip> submitted = SubmitTipJson(ctx, doc, "csv");
    if (!submitted.ok() && submitted.status().code() == StatusCode::kAlreadyExists) {
      ++result.duplicates;
      continue;
    }
    if (!submitted.ok()) {
      if (submitted.status().code() != StatusCode::kInvalidArgument) return submitted.status();
      reject(submitted.status().message());
      continue;
    }
    ++result.accepted;
    if (submitted->tip.urgent) ++result.urgent;
  }
  return result;
}

Result<nlohmann::json> ListTipsJson(const CaseContext& ctx, const TipListQuery& q) {
  ASSIGN_OR_RETURN(store::Store * s, CachedStore(ctx.store_path));
  const store::TipQuery sq{q.urgent_only, q.status, std::clamp<int64_t>(q.limit, 1, 500),
                           std::max<int64_t>(q.offset, 0)};
  ASSIGN_OR_RETURN(std::vector<Tip> tips, s->ListTips(sq));
  ASSIGN_OR_RETURN(int64_t total, s->CountTips(sq));
  nlohmann::json items = nlohmann::json::array();
  for (const Tip& t : tips) items.push_back(store::TipToJson(t));
  std::unique_lock<std::mutex> lock = LockForWriting(ctx.store_path);
  RETURN_IF_ERROR(
      AppendAudit(*s, ctx, "tip.list", "tips",
                  fmt::format("{} of {} tips from offset {}", tips.size(), total, sq.offset)));
  return nlohmann::json{{"total", total}, {"offset", sq.offset}, {"items", items}};
}

Result<nlohmann::json> TipDetailJson(const CaseContext& ctx, int64_t id) {
  ASSIGN_OR_RETURN(store::Store * s, CachedStore(ctx.store_path));
  ASSIGN_OR_RETURN(Tip tip, s->GetTip(id));
  ASSIGN_OR_RETURN(std::vector<store::TipLink> links, s->TipLinksOf(id));
  ASSIGN_OR_RETURN(std::vector<store::TipLink> back, s->TipLinksTo("tip", std::to_string(id)));
  nlohmann::json out = store::TipToJson(tip);
  nlohmann::json jl = nlohmann::json::array();
  std::set<int64_t> alert_ids;
  for (const auto& l : links) {
    jl.push_back(store::TipLinkToJson(l));
    if (l.target_kind != "account") continue;
    ASSIGN_OR_RETURN(std::vector<int64_t> alerts, s->AlertIdsOfAccount(l.target_id));
    alert_ids.insert(alerts.begin(), alerts.end());
  }
  for (const auto& l : back) {  // later tips that share a value with this one
    jl.push_back({{"tip_id", id},
                  {"target_kind", "tip"},
                  {"target_id", std::to_string(l.tip_id)},
                  {"via_kind", l.via_kind},
                  {"via_value", l.via_value}});
  }
  out["links"] = jl;
  out["alerts"] = alert_ids;
  nlohmann::json ads = nlohmann::json::array();
  for (const auto& l : links) {
    if (l.target_kind != "ad") continue;
    ASSIGN_OR_RETURN(std::optional<std::string> ad, s->GetAd(l.target_id));
    if (!ad) continue;
    nlohmann::json doc = nlohmann::json::parse(*ad, nullptr, false);
    if (!doc.is_discarded()) ads.push_back(std::move(doc));
  }
  out["ads"] = ads;
  std::unique_lock<std::mutex> lock = LockForWriting(ctx.store_path);
  RETURN_IF_ERROR(AppendAudit(*s, ctx, "tip.read", fmt::format("tip:{}", id), ""));
  return out;
}

Result<nlohmann::json> SetTipStatus(const CaseContext& ctx, int64_t id, const std::string& status) {
  static const std::set<std::string, std::less<>> kStatuses = {"new", "triaged", "referred",
                                                               "closed"};
  if (!kStatuses.contains(status)) {
    return Status::InvalidArgument(
        fmt::format("unknown tip status '{}': use new, triaged, referred or closed", status));
  }
  ASSIGN_OR_RETURN(store::Store * s, CachedStore(ctx.store_path));
  std::unique_lock<std::mutex> lock = LockForWriting(ctx.store_path);
  RETURN_IF_ERROR(s->Begin());
  TxGuard guard(*s);
  ASSIGN_OR_RETURN(Tip tip, s->GetTip(id));
  const std::string before = tip.status;
  tip.status = status;
  RETURN_IF_ERROR(s->UpdateTip(tip));
  RETURN_IF_ERROR(AppendAudit(*s, ctx, "tip.status", fmt::format("tip:{}", id),
                              fmt::format("{} -> {}", before, status)));
  RETURN_IF_ERROR(guard.Commit());
  return store::TipToJson(tip);
}

namespace {

// Maps the simulator's tip fields onto the API's form; API-form documents pass unchanged.
nlohmann::json FromSimulatorTip(nlohmann::json doc) {
  if (auto id = doc.find("id"); id != doc.end() && id->is_string()) {
    doc["reference"] = *id;
    doc.erase(id);
  }
  if (auto place = doc.find("place"); place != doc.end() && place->is_object()) {
    std::string text;
    for (const char* key : {"description", "city", "country"}) {
      if (auto v = place->find(key); v != place->end() && v->is_string() && !v->empty()) {
        text += (text.empty() ? "" : ", ") + v->get<std::string>();
      }
    }
    doc["place"] = text;
  }
  if (auto v = doc.find("vehicle"); v != doc.end()) {
    if (v->is_object()) doc["vehicles"] = nlohmann::json::array({*v});
    doc.erase(v);
  }
  if (auto r = doc.find("reporter_reliability"); r != doc.end()) {
    doc["reliability"] = *r;
    doc.erase(r);
  }
  if (auto c = doc.find("consent_to_contact"); c != doc.end()) {
    doc["contact_consent"] = *c;
    doc.erase(c);
  }
  doc.erase("source");
  return doc;
}

// Calls `fn` on each non-blank line of a JSON Lines file with the parsed object, counting and
// listing what `fn` rejects (InvalidArgument) and what it reports as duplicate (AlreadyExists).
Result<TipImportResult> ForEachJsonLine(const std::string& path,
                                        const std::function<Status(const nlohmann::json&)>& fn) {
  ASSIGN_OR_RETURN(std::string text, ReadWholeFile(path, "JSON Lines file"));
  TipImportResult result;
  int64_t line = 0;
  for (std::string_view row : Split(text, '\n')) {
    ++line;
    if (Trim(row).empty()) continue;
    ++result.read;
    nlohmann::json doc = nlohmann::json::parse(row, nullptr, false);
    Status st = doc.is_discarded() ? Status::InvalidArgument("the line is not valid JSON")
                : !doc.is_object() ? Status::InvalidArgument("the line is not a JSON object")
                                   : fn(doc);
    if (st.ok()) {
      ++result.accepted;
    } else if (st.code() == StatusCode::kAlreadyExists) {
      ++result.duplicates;
    } else if (st.code() == StatusCode::kInvalidArgument) {
      ++result.rejected;
      result.rejects.push_back({line, st.message()});
    } else {
      return st;
    }
  }
  return result;
}

}  // namespace

Result<TipImportResult> ImportTipsJsonl(const CaseContext& ctx, const std::string& path) {
  int64_t urgent = 0;
  ASSIGN_OR_RETURN(
      TipImportResult result, ForEachJsonLine(path, [&](const nlohmann::json& doc) -> Status {
        ASSIGN_OR_RETURN(SubmittedTip t, SubmitTipJson(ctx, FromSimulatorTip(doc), "import"));
        if (t.tip.urgent) ++urgent;
        return Status::Ok();
      }));
  result.urgent = urgent;
  return result;
}

Result<TipImportResult> ImportAdsJsonl(const CaseContext& ctx, const std::string& path) {
  ASSIGN_OR_RETURN(store::Store * s, CachedStore(ctx.store_path));
  std::unique_lock<std::mutex> lock = LockForWriting(ctx.store_path);
  RETURN_IF_ERROR(s->Begin());
  TxGuard guard(*s);
  ASSIGN_OR_RETURN(
      TipImportResult result, ForEachJsonLine(path, [&](const nlohmann::json& doc) -> Status {
        const auto id = doc.find("id");
        if (id == doc.end() || !id->is_string() || id->get_ref<const std::string&>().empty()) {
          return Status::InvalidArgument("an ad needs a string 'id'");
        }
        std::vector<store::IdentifierRow> rows;
        auto add = [&](const char* field, const char* kind, std::string (*norm)(std::string_view)) {
          if (auto v = doc.find(field); v != doc.end() && v->is_string()) {
            if (std::string n = norm(v->get_ref<const std::string&>()); !n.empty()) {
              rows.push_back({kind, std::move(n), "ad", id->get<std::string>()});
            }
          }
        };
        add("phone", "phone", NormalizeTipPhone);
        add("email", "email", NormalizeTipEmail);
        add("handle", "handle", NormalizeTipHandle);
        ASSIGN_OR_RETURN(bool inserted, s->InsertAd(id->get<std::string>(), doc.dump()));
        if (!inserted) return Status::AlreadyExists("ad exists");
        return s->InsertIdentifiers(rows);
      }));
  RETURN_IF_ERROR(
      AppendAudit(*s, ctx, "ads.import", "ads",
                  fmt::format("{} of {} ads from {}", result.accepted, result.read, path)));
  RETURN_IF_ERROR(guard.Commit());
  return result;
}

nlohmann::json TipIndicatorsJson() {
  nlohmann::json out = nlohmann::json::array();
  for (const TipIndicator& ind : TipIndicators()) {
    out.push_back(
        {{"code", ind.code}, {"label", ind.label}, {"source", ind.source}, {"urgent", ind.urgent}});
  }
  return out;
}

}  // namespace tiphub::app
