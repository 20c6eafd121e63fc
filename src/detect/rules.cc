#include "detect/rules.h"

#include <fstream>
#include <sstream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace tiphub::detect {

Status ApplyRulesFile(const std::string& path, EngineOptions& options) {
  std::ifstream in(path);
  if (!in) return Status::InvalidArgument(fmt::format("cannot open rules file '{}'", path));
  std::stringstream buffer;
  buffer << in.rdbuf();
  const auto doc = nlohmann::json::parse(buffer.str(), nullptr, false);
  if (doc.is_discarded() || !doc.is_object())
    return Status::InvalidArgument(path + ": not a JSON object");
  for (const auto& [key, value] : doc.items()) {
    if (key == "alert_score" && value.is_number()) {
      options.alert_score = value.get<double>();
    } else if (key == "min_indicators" && value.is_number_integer()) {
      options.min_indicators = value.get<int>();
    } else if (key == "window_days" && value.is_number_integer() && value.get<int>() > 0) {
      options.window_seconds = value.get<int64_t>() * 86400;
    } else if (key == "pattern_window_days" && value.is_number_integer() && value.get<int>() > 0 &&
               value.get<int>() <= 60) {
      options.pattern_window_seconds = value.get<int64_t>() * 86400;
    } else if (key == "pattern_window_days") {
      return Status::InvalidArgument(
          fmt::format("{}: pattern_window_days must be a whole number of days from 1 to 60", path));
    } else if (key == "novelty_days" && value.is_number_integer() && value.get<int>() > 0) {
      options.novelty_horizon_seconds = value.get<int64_t>() * 86400;
    } else if (key == "max_alert_accounts" && value.is_number_integer() && value.get<int>() >= 2) {
      options.max_alert_accounts = value.get<size_t>();
    } else if (key == "out_of_order_tolerance_seconds" && value.is_number_integer()) {
      options.out_of_order_tolerance_seconds = value.get<int64_t>();
    } else if (key == "indicators" && value.is_object()) {
      for (const auto& [id, rule] : value.items()) {
        if (FindIndicator(id) == nullptr)
          return Status::InvalidArgument(
              fmt::format("{}: indicators.{} is not in the catalog (tiphub indicators)", path, id));
        if (!rule.is_object())
          return Status::InvalidArgument(
              fmt::format("{}: indicators.{} must be an object", path, id));
        if (rule.contains("weight")) options.weights[id] = rule["weight"].get<double>();
        if (rule.contains("threshold")) options.thresholds[id] = rule["threshold"].get<double>();
      }
    } else {
      return Status::InvalidArgument(
          fmt::format("{}: '{}' is not a rules field or has the wrong type", path, key));
    }
  }
  return Status::Ok();
}

Rules::Rules(const EngineOptions& options) : options_(options) {
  for (const IndicatorInfo& info : Catalog()) {
    const int slot = Slot(info.id);
    if (slot < 0) continue;
    rules_[static_cast<size_t>(slot)] = {&info, LookUpThreshold(info.id), LookUpWeight(info.id)};
  }
}

int Rules::Slot(std::string_view id) {
  if (id.size() != 5 || id[2] != '-' || id[3] < '0' || id[3] > '9' || id[4] < '0' || id[4] > '9')
    return -1;
  const int n = (id[3] - '0') * 10 + (id[4] - '0');
  if (id.starts_with("HT")) return n;
  if (id.starts_with("ML")) return 100 + n;
  return -1;
}

double Rules::LookUpThreshold(std::string_view id) const {
  auto it = options_.thresholds.find(std::string(id));
  return it != options_.thresholds.end() ? it->second : FindIndicator(id)->threshold;
}

double Rules::LookUpWeight(std::string_view id) const {
  auto it = options_.weights.find(std::string(id));
  return it != options_.weights.end() ? it->second : FindIndicator(id)->weight;
}

double Rules::Threshold(std::string_view id) const {
  const int slot = Slot(id);
  if (slot >= 0 && rules_[static_cast<size_t>(slot)].info)
    return rules_[static_cast<size_t>(slot)].threshold;
  return LookUpThreshold(id);
}

double Rules::Weight(std::string_view id) const {
  const int slot = Slot(id);
  if (slot >= 0 && rules_[static_cast<size_t>(slot)].info)
    return rules_[static_cast<size_t>(slot)].weight;
  return LookUpWeight(id);
}

}  // namespace tiphub::detect
