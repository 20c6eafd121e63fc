#include "report/profile.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "common/file.h"
#include "report/resources.h"

namespace tiphub::report {

namespace {

std::map<std::string, std::string> StringMap(const nlohmann::json& doc, const char* key) {
  std::map<std::string, std::string> out;
  if (!doc.contains(key)) return out;
  for (const auto& [k, v] : doc.at(key).items()) out[k] = v.get<std::string>();
  return out;
}

PostalAddress ReadAddress(const nlohmann::json& doc) {
  PostalAddress a;
  a.address = doc.value("address", "");
  a.city = doc.value("city", "");
  a.state = doc.value("state", "");
  a.zip = doc.value("zip", "");
  a.country_code = doc.value("country_code", "");
  return a;
}

// Every code a map points at must be in the lookup list `list` when the profile has that list.
Status CheckCodes(const FiuProfile& p, const std::map<std::string, std::string>& map,
                  const char* map_name, const char* list) {
  const auto it = p.lookups.find(list);
  if (it == p.lookups.end()) return Status::Ok();
  for (const auto& [key, code] : map) {
    if (!it->second.count(code)) {
      return Status::InvalidArgument(fmt::format(
          "FIU profile {}: {}.{} maps to '{}', which is not in the profile's lookup list '{}'; "
          "use one of the FIU's codes or add it to lookups.{}",
          p.source, map_name, key, code, list, list));
    }
  }
  return Status::Ok();
}

}  // namespace

std::string FiuProfile::Code(const std::string& key, const std::string& fallback) const {
  const auto it = codes.find(key);
  return it == codes.end() || it->second.empty() ? fallback : it->second;
}

Result<FiuProfile> ParseFiuProfile(std::string_view json_text, const std::string& source) {
  const nlohmann::json doc = nlohmann::json::parse(json_text, nullptr, false);
  if (doc.is_discarded() || !doc.is_object()) {
    return Status::InvalidArgument(
        fmt::format("FIU profile {} is not a JSON object (see docs/reports.md)", source));
  }
  FiuProfile p;
  p.source = source;
  try {
    p.name = doc.value("profile", source);
    p.schema_version = doc.value("schema_version", "");
    const nlohmann::json re = doc.value("reporting_entity", nlohmann::json::object());
    p.rentity_id = re.value("rentity_id", int64_t{0});
    p.rentity_branch = re.value("rentity_branch", "");
    p.bank = re.value("bank", "");
    p.institution_name = re.value("institution_name", "");
    const nlohmann::json person = re.value("reporting_person", nlohmann::json::object());
    p.reporting_person = {person.value("first_name", ""), person.value("last_name", ""),
                          person.value("email", ""), person.value("phone", ""),
                          person.value("occupation", "")};
    p.location = ReadAddress(re.value("location", nlohmann::json::object()));
    p.submission_code = doc.value("submission_code", "E");
    p.currency_code_local = doc.value("currency_code_local", "");
    p.utc_offset_minutes = doc.value("utc_offset_minutes", 0);
    const nlohmann::json rc = doc.value("report_codes", nlohmann::json::object());
    p.str_code = rc.value("transaction", "STR");
    p.sar_code = rc.value("activity", "SAR");
    p.transmodes = StringMap(doc, "transmodes");
    p.funds_codes = StringMap(doc, "funds_codes");
    p.account_types = StringMap(doc, "account_types");
    p.codes = StringMap(doc, "codes");
    p.indicator_codes = StringMap(doc, "indicator_codes");
    p.default_indicators = doc.value("default_indicators", std::vector<std::string>{});
    if (doc.contains("lookups")) {
      for (const auto& [k, v] : doc.at("lookups").items()) {
        const auto values = v.get<std::vector<std::string>>();
        p.lookups[k] = std::set<std::string>(values.begin(), values.end());
      }
    }
    if (doc.contains("required")) {
      for (const auto& [k, v] : doc.at("required").items()) {
        p.required[k] = v.get<std::vector<std::string>>();
      }
    }
    if (doc.contains("fincen")) {
      const nlohmann::json& f = doc.at("fincen");
      FincenFiler& ff = p.fincen;
      ff.transmitter_name = f.value("transmitter_name", "");
      ff.transmitter_tcc = f.value("transmitter_tcc", "");
      ff.transmitter_contact = f.value("transmitter_contact", "");
      ff.institution_name = f.value("institution_name", "");
      ff.institution_tin = f.value("institution_tin", "");
      ff.tin_type = f.value("tin_type", "2");
      ff.primary_regulator = f.value("primary_regulator", "4");
      ff.organization_type = f.value("organization_type", "2");
      ff.contact_office = f.value("contact_office", "");
      ff.contact_phone = f.value("contact_phone", "");
      ff.address = ReadAddress(f.value("address", nlohmann::json::object()));
    }
  } catch (const nlohmann::json::exception& e) {
    return Status::InvalidArgument(fmt::format(
        "FIU profile {}: a field has the wrong type ({}); see docs/reports.md", source, e.what()));
  }
  if (auto it = p.lookups.find("report_type"); it != p.lookups.end()) {
    for (const std::string& code : {p.str_code, p.sar_code}) {
      if (!it->second.count(code)) {
        return Status::InvalidArgument(fmt::format(
            "FIU profile {}: report code '{}' is not in lookups.report_type", source, code));
      }
    }
  }
  RETURN_IF_ERROR(CheckCodes(p, p.transmodes, "transmodes", "conduction_type"));
  RETURN_IF_ERROR(CheckCodes(p, p.funds_codes, "funds_codes", "funds_type"));
  RETURN_IF_ERROR(CheckCodes(p, p.account_types, "account_types", "account_type"));
  RETURN_IF_ERROR(CheckCodes(p, p.indicator_codes, "indicator_codes", "report_indicator_type"));
  std::map<std::string, std::string> defaults;
  for (const auto& code : p.default_indicators) defaults[code] = code;
  RETURN_IF_ERROR(CheckCodes(p, defaults, "default_indicators", "report_indicator_type"));
  return p;
}

Result<FiuProfile> LoadFiuProfile(const std::string& name_or_path) {
  if (name_or_path == "goaml5-generic") {
    return ParseFiuProfile(GoamlGenericProfileJson(), "goaml5-generic (built-in)");
  }
  if (name_or_path == "fincen-us") {
    return ParseFiuProfile(FincenUsProfileJson(), "fincen-us (built-in)");
  }
  auto text = ReadWholeFile(name_or_path, "FIU profile");
  if (!text.ok()) {
    return Status::NotFound(fmt::format(
        "cannot read FIU profile '{}': give a JSON file or a built-in profile (goaml5-generic, "
        "fincen-us)",
        name_or_path));
  }
  return ParseFiuProfile(*text, name_or_path);
}

}  // namespace tiphub::report
