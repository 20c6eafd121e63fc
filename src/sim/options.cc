#include "sim/options.h"

#include <cmath>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>
#include <nlohmann/json.hpp>

#include "model/money.h"
#include "model/time.h"

namespace tiphub::sim {

namespace {

Status Expect(bool ok, const std::string& file, const std::string& field, std::string_view what) {
  if (ok) return Status::Ok();
  return Status::InvalidArgument(fmt::format("{}: {} must be {}", file, field, what));
}

bool IsKnownType(std::string_view type) {
  for (auto t : kTraffickingSchemes) {
    if (t == type) return true;
  }
  for (auto t : kLaunderingTypologies) {
    if (t == type) return true;
  }
  for (auto t : kHardNegatives) {
    if (t == type) return true;
  }
  for (auto t : kLookalikes) {
    if (t == type) return true;
  }
  return false;
}

// A [min, max] pair of integers within [lo, hi].
Status ReadRange(const nlohmann::json& v, const std::string& file, const std::string& field, int lo,
                 int hi, int& min, int& max) {
  if (!v.is_array() || v.size() != 2 || !v[0].is_number_integer() || !v[1].is_number_integer() ||
      v[0].get<int>() < lo || v[1].get<int>() > hi || v[0].get<int>() > v[1].get<int>()) {
    return Status::InvalidArgument(fmt::format(
        "{}: regime.{} must be [min, max] with {} <= min <= max <= {}", file, field, lo, hi));
  }
  min = v[0].get<int>();
  max = v[1].get<int>();
  return Status::Ok();
}

Status ApplyRegime(const nlohmann::json& doc, const std::string& path, Regime& r) {
  RETURN_IF_ERROR(Expect(doc.is_object(), path, "regime", "an object"));
  for (const auto& [key, v] : doc.items()) {
    const std::string field = "regime." + key;
    if (key == "timestamps") {
      RETURN_IF_ERROR(Expect(v == "second" || v == "day", path, field, "\"second\" or \"day\""));
      r.day_timestamps = v == "day";
    } else if (key == "channels") {
      RETURN_IF_ERROR(
          Expect(v == "all" || v == "transfers", path, field, "\"all\" or \"transfers\""));
      r.transfers_only = v == "transfers";
    } else if (key == "kyc" || key == "contacts" || key == "merchant_codes") {
      RETURN_IF_ERROR(Expect(v.is_boolean(), path, field, "true or false"));
      (key == "kyc" ? r.kyc : key == "contacts" ? r.contacts : r.merchant_codes) = v.get<bool>();
    } else if (key == "bank_view") {
      RETURN_IF_ERROR(Expect(v.is_string(), path, field, "a bank id such as B01"));
      r.bank_view = v.get<std::string>();
    } else if (key == "typology_days") {
      RETURN_IF_ERROR(ReadRange(v, path, key, 1, 60, r.typology_min_days, r.typology_max_days));
    } else if (key == "typology_members") {
      RETURN_IF_ERROR(
          ReadRange(v, path, key, 3, 50, r.typology_min_members, r.typology_max_members));
    } else if (key == "typology_amounts") {
      RETURN_IF_ERROR(Expect(v == "structured" || v == "ordinary", path, field,
                             "\"structured\" or \"ordinary\""));
      r.ordinary_amounts = v == "ordinary";
    } else if (key == "format") {
      RETURN_IF_ERROR(Expect(v == "tiphub" || v == "flat", path, field, "\"tiphub\" or \"flat\""));
      r.format = v.get<std::string>();
    } else {
      return Status::InvalidArgument(fmt::format(
          "{}: {} is not a regime field (timestamps, channels, kyc, contacts, merchant_codes, "
          "bank_view, typology_days, typology_members, typology_amounts, format)",
          path, field));
    }
  }
  return Status::Ok();
}

// YAML scalars carry no type; convert numbers and booleans where they parse as such.
nlohmann::json YamlToJson(const YAML::Node& node) {
  switch (node.Type()) {
    case YAML::NodeType::Map: {
      nlohmann::json obj = nlohmann::json::object();
      for (const auto& kv : node) obj[kv.first.as<std::string>()] = YamlToJson(kv.second);
      return obj;
    }
    case YAML::NodeType::Sequence: {
      nlohmann::json arr = nlohmann::json::array();
      for (const auto& item : node) arr.push_back(YamlToJson(item));
      return arr;
    }
    case YAML::NodeType::Scalar: {
      const std::string s = node.as<std::string>();
      if (s == "true") return true;
      if (s == "false") return false;
      char* end = nullptr;
      const long long i = std::strtoll(s.c_str(), &end, 10);
      if (!s.empty() && *end == '\0') return i;
      const double d = std::strtod(s.c_str(), &end);
      if (!s.empty() && *end == '\0') return d;
      return s;
    }
    default:
      return nullptr;
  }
}

}  // namespace

SimOptions::SimOptions() {
  // Defaults tuned so that each scheme appears a few times in a 10,000-account world and the hard
  // negatives outnumber them.
  rates = {{"sex_ads", 6},
           {"massage_front", 3},
           {"labour_payroll", 3},
           {"debt_bondage_remit", 4},
           {"fan_in", 3},
           {"fan_out", 3},
           {"cycle", 3},
           {"scatter_gather", 3},
           {"gather_scatter", 3},
           {"bipartite", 2},
           {"stack", 2},
           {"random", 2},
           {"travelling_sales", 25},
           {"night_nurse", 30},
           {"staffing_agency", 3},
           {"family_pooling", 15},
           {"cash_business", 15},
           {"student_prepaid", 30}};
}

Status SimOptions::Validate() const {
  if (accounts < 500 || accounts > 2'000'000'000) {
    return Status::InvalidArgument(
        fmt::format("--accounts must be between 500 and 2000000000, got {}", accounts));
  }
  if (days < 1 || days > 3660) {
    return Status::InvalidArgument(fmt::format("--days must be between 1 and 3660, got {}", days));
  }
  if (banks < 1 || banks > 99) {
    return Status::InvalidArgument(fmt::format("--banks must be between 1 and 99, got {}", banks));
  }
  if (!ParseIso8601(start_date) || start_date.size() != 10) {
    return Status::InvalidArgument(
        fmt::format("--start must be a date like 2026-01-01, got '{}'", start_date));
  }
  if (!Currency::Parse(currency)) {
    return Status::InvalidArgument(
        fmt::format("--currency must be an ISO 4217 code like USD, got '{}'", currency));
  }
  for (const auto& [type, rate] : rates) {
    if (!IsKnownType(type)) {
      return Status::InvalidArgument(fmt::format("rates.{} is not a scheme type", type));
    }
    if (!(rate >= 0) || rate > 1000) {
      return Status::InvalidArgument(fmt::format(
          "rates.{} must be between 0 and 1000 per 10,000 accounts, got {}", type, rate));
    }
  }
  if (laundering_of_proceeds < 0 || laundering_of_proceeds > 1) {
    return Status::InvalidArgument("params.laundering_of_proceeds must be between 0 and 1");
  }
  if (ordinary_night_share < 0 || ordinary_night_share > 1) {
    return Status::InvalidArgument("params.ordinary_night_share must be between 0 and 1");
  }
  if (one_off_transfer_rate < 0 || one_off_transfer_rate > 1) {
    return Status::InvalidArgument("params.one_off_transfer_rate must be between 0 and 1");
  }
  if (!regime.bank_view.empty()) {
    const int bank = regime.bank_view.size() == 3 && regime.bank_view[0] == 'B'
                         ? std::atoi(regime.bank_view.c_str() + 1)
                         : 0;
    if (bank < 1 || bank > banks) {
      return Status::InvalidArgument(
          fmt::format("regime.bank_view '{}' is not one of the world's banks B01..B{:02}",
                      regime.bank_view, banks));
    }
  }
  if (regime.format == "flat" && ibm_format) {
    return Status::InvalidArgument("the flat export and the IBM format exclude each other");
  }
  return Status::Ok();
}

int64_t SimOptions::StartDay() const { return *ParseIso8601(start_date) / 86400; }

int64_t SimOptions::InstanceCount(std::string_view type) const {
  auto it = rates.find(std::string(type));
  if (it == rates.end() || it->second <= 0) return 0;
  return std::max<int64_t>(1, std::llround(it->second * static_cast<double>(accounts) / 10'000.0));
}

Status ApplyScenarioFile(const std::string& path, SimOptions& options) {
  std::ifstream in(path);
  if (!in) return Status::InvalidArgument(fmt::format("cannot open scenario file '{}'", path));
  std::stringstream buffer;
  buffer << in.rdbuf();
  nlohmann::json doc;
  const bool yaml = path.ends_with(".yaml") || path.ends_with(".yml");
  try {
    if (yaml) {
      doc = YamlToJson(YAML::Load(buffer.str()));
    } else {
      doc = nlohmann::json::parse(buffer.str());
    }
  } catch (const std::exception& e) {
    return Status::InvalidArgument(
        fmt::format("{}: not valid {}: {}", path, yaml ? "YAML" : "JSON", e.what()));
  }
  if (!doc.is_object()) return Status::InvalidArgument(path + ": the top level must be an object");
  for (const auto& [key, value] : doc.items()) {
    if (key == "rates") {
      RETURN_IF_ERROR(Expect(value.is_object(), path, "rates", "an object of type: rate"));
      for (const auto& [type, rate] : value.items()) {
        if (!IsKnownType(type)) {
          return Status::InvalidArgument(
              fmt::format("{}: rates.{} is not a scheme type (see docs/formats.md)", path, type));
        }
        RETURN_IF_ERROR(Expect(rate.is_number(), path, "rates." + type, "a number"));
        options.rates[type] = rate.get<double>();
      }
    } else if (key == "params") {
      RETURN_IF_ERROR(Expect(value.is_object(), path, "params", "an object"));
      for (const auto& [name, v] : value.items()) {
        if (name == "laundering_of_proceeds") {
          RETURN_IF_ERROR(Expect(v.is_number(), path, "params." + name, "a number"));
          options.laundering_of_proceeds = v.get<double>();
        } else if (name == "ordinary_night_share") {
          RETURN_IF_ERROR(Expect(v.is_number(), path, "params." + name, "a number"));
          options.ordinary_night_share = v.get<double>();
        } else if (name == "one_off_transfer_rate") {
          RETURN_IF_ERROR(Expect(v.is_number(), path, "params." + name, "a number"));
          options.one_off_transfer_rate = v.get<double>();
        } else {
          return Status::InvalidArgument(
              fmt::format("{}: params.{} is not a parameter", path, name));
        }
      }
    } else if (key == "seed") {
      RETURN_IF_ERROR(Expect(value.is_number_unsigned(), path, "seed", "a non-negative integer"));
      options.seed = value.get<uint64_t>();
    } else if (key == "accounts") {
      RETURN_IF_ERROR(Expect(value.is_number_integer(), path, "accounts", "an integer"));
      options.accounts = value.get<int64_t>();
    } else if (key == "days") {
      RETURN_IF_ERROR(Expect(value.is_number_integer(), path, "days", "an integer"));
      options.days = value.get<int>();
    } else if (key == "banks") {
      RETURN_IF_ERROR(Expect(value.is_number_integer(), path, "banks", "an integer"));
      options.banks = value.get<int>();
    } else if (key == "start_date") {
      RETURN_IF_ERROR(Expect(value.is_string(), path, "start_date", "a date string"));
      options.start_date = value.get<std::string>();
    } else if (key == "currency") {
      RETURN_IF_ERROR(Expect(value.is_string(), path, "currency", "a currency code"));
      options.currency = value.get<std::string>();
    } else if (key == "regime") {
      RETURN_IF_ERROR(ApplyRegime(value, path, options.regime));
    } else {
      return Status::InvalidArgument(
          fmt::format("{}: '{}' is not a scenario field (use seed, "
                      "accounts, days, banks, start_date, currency, "
                      "rates, params, regime)",
                      path, key));
    }
  }
  return options.Validate().WithContext(path);
}

}  // namespace tiphub::sim
