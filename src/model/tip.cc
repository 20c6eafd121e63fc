#include "model/tip.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <string_view>

#include <fmt/format.h>

#include "common/strings.h"

namespace tiphub {

namespace {

// Sources: Truckers Against Trafficking (TAT) red flags for drivers, the DHS Blue Campaign
// indicators, and Polaris Project's recognising-the-signs list.
constexpr std::array<TipIndicator, 16> kTipIndicators = {{
    {"appears_minor", "Someone who appears to be under 18 is being sold or controlled",
     "TAT; Polaris", true},
    {"crime_in_progress", "It is happening now: someone is in danger or being moved", "TAT", true},
    {"not_in_control_of_id", "Not in control of their own ID or passport", "DHS Blue Campaign; TAT",
     false},
    {"restricted_communication",
     "Not allowed to speak for themselves; someone else answers or watches",
     "TAT; DHS Blue Campaign", false},
    {"branding_tattoos", "Branding tattoo (a name, a crown, '$', 'property of')", "TAT; Polaris",
     false},
    {"dropped_off_and_collected",
     "A car drops people off at truck after truck and collects them later", "TAT", false},
    {"does_not_know_location", "Does not know where they are or what day it is",
     "TAT; DHS Blue Campaign", false},
    {"cb_solicitation", "Commercial sex offered over the CB radio or at the truck stop", "TAT",
     false},
    {"signs_of_abuse", "Signs of physical abuse, malnourishment or exhaustion", "DHS Blue Campaign",
     false},
    {"fearful_submissive", "Fearful, anxious or submissive; avoids eye contact",
     "DHS Blue Campaign; Polaris", false},
    {"scripted_answers", "Answers sound scripted or rehearsed", "DHS Blue Campaign", false},
    {"debt_bondage", "Owes a debt to an employer, recruiter or driver that they cannot pay off",
     "Polaris; DHS Blue Campaign", false},
    {"cannot_leave", "Lives where they work or cannot leave; locked doors, guards",
     "Polaris; DHS Blue Campaign", false},
    {"many_people_one_vehicle", "Many people moved in a vehicle not made for passengers", "TAT",
     false},
    {"online_ad", "An online ad offers commercial sex at this place or phone", "Polaris", false},
    {"unpaid_work", "Works very long hours for little or no pay", "DHS Blue Campaign; Polaris",
     false},
}};

std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> words;
  std::string cur;
  for (char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    if (std::isalnum(c) != 0 || c == '/' || c >= 0x80) {
      cur.push_back(static_cast<char>(std::tolower(c)));
    } else if (!cur.empty()) {
      words.push_back(std::move(cur));
      cur.clear();
    }
  }
  if (!cur.empty()) words.push_back(std::move(cur));
  return words;
}

bool In(std::string_view w, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), w) != set.end();
}

// A number below 18 followed by an age unit ("15 yo", "16 years old", "14yo", "aged 15").
bool MentionsMinorAge(const std::vector<std::string>& w) {
  for (size_t i = 0; i < w.size(); ++i) {
    const std::string& t = w[i];
    size_t digits = 0;
    while (digits < t.size() && std::isdigit(static_cast<unsigned char>(t[digits])) != 0) ++digits;
    if (digits == 0 || digits > 2) continue;
    const int age = std::stoi(t.substr(0, digits));
    if (age >= 18 || age < 1) continue;
    const std::string_view unit = std::string_view(t).substr(digits);
    if (In(unit, {"yo", "y/o", "yrs", "yr"})) return true;
    if (!unit.empty()) continue;
    if (i + 1 < w.size() && In(w[i + 1], {"yo", "y/o", "year", "years", "yrs", "años"}))
      return true;
    if (i > 0 && In(w[i - 1], {"aged", "age", "edad"})) return true;
  }
  return false;
}

}  // namespace

std::span<const TipIndicator> TipIndicators() { return kTipIndicators; }

const TipIndicator* FindTipIndicator(std::string_view code) {
  for (const TipIndicator& ind : kTipIndicators) {
    if (ind.code == code) return &ind;
  }
  return nullptr;
}

void AssessUrgency(Tip& tip) {
  tip.urgency_reasons.clear();
  for (const std::string& code : tip.indicators) {
    const TipIndicator* ind = FindTipIndicator(code);
    if (ind != nullptr && ind->urgent) tip.urgency_reasons.push_back("indicator " + code);
  }
  std::string all = tip.text;
  for (const std::string& p : tip.people) all += " " + p;
  const std::vector<std::string> w = Words(all);
  bool minor_word = false;
  bool now_word = false;
  for (size_t i = 0; i < w.size(); ++i) {
    if (In(w[i],
           {"child", "children", "kid",       "kids",     "minor", "minors", "underage", "teen",
            "teens", "teenager", "teenagers", "juvenile", "girl",  "girls",  "boy",      "boys",
            "niña",  "niñas",    "niño",      "niños",    "menor", "menores"})) {
      minor_word = true;
    }
    if (In(w[i], {"now", "currently", "tonight", "ongoing", "ahora"}) ||
        (w[i] == "in" && i + 1 < w.size() && w[i + 1] == "progress") ||
        (w[i] == "as" && i + 2 < w.size() && w[i + 1] == "we" && w[i + 2] == "speak")) {
      now_word = true;
    }
  }
  if (minor_word || MentionsMinorAge(w)) tip.urgency_reasons.emplace_back("text mentions a minor");
  if (now_word) tip.urgency_reasons.emplace_back("text says it is happening now");
  tip.urgent = !tip.urgency_reasons.empty();
}

namespace {

// A text field's length (bytes of UTF-8) and cleanliness; "" when acceptable.
std::string CheckField(std::string_view name, std::string_view value, size_t max_bytes,
                       TextKind kind = TextKind::kLine) {
  if (value.size() > max_bytes) {
    return fmt::format("{} is longer than {} bytes", name, max_bytes);
  }
  if (!IsCleanText(value, kind)) return fmt::format("{} {}", name, TextProblem(value, kind));
  return {};
}

std::string CheckList(std::string_view name, const std::vector<std::string>& values,
                      size_t max_items, size_t max_bytes) {
  if (values.size() > max_items) return fmt::format("{} has more than {} entries", name, max_items);
  for (size_t i = 0; i < values.size(); ++i) {
    std::string problem = CheckField(fmt::format("{}[{}]", name, i), values[i], max_bytes);
    if (!problem.empty()) return problem;
  }
  return {};
}

}  // namespace

std::string ValidateTipFields(const Tip& tip) {
  std::string p;
  if (!(p = CheckField("place", tip.place, kTipLimits.place)).empty()) return p;
  if (!(p = CheckField("text", tip.text, kTipLimits.text, TextKind::kMultiline)).empty()) return p;
  if (!(p = CheckList("people", tip.people, kTipLimits.list_items, kTipLimits.item)).empty())
    return p;
  if (!(p = CheckList("phones", tip.phones, kTipLimits.list_items, kTipLimits.item)).empty())
    return p;
  if (!(p = CheckList("emails", tip.emails, kTipLimits.list_items, kTipLimits.item)).empty())
    return p;
  if (!(p = CheckList("handles", tip.handles, kTipLimits.list_items, kTipLimits.item)).empty())
    return p;
  if (!(p = CheckList("indicators", tip.indicators, kTipLimits.list_items, kTipLimits.item))
           .empty())
    return p;
  if (tip.vehicles.size() > kTipLimits.list_items) {
    return fmt::format("vehicles has more than {} entries", kTipLimits.list_items);
  }
  for (size_t i = 0; i < tip.vehicles.size(); ++i) {
    const Vehicle& v = tip.vehicles[i];
    const std::pair<const char*, const std::string*> fields[] = {{"make", &v.make},
                                                                 {"model", &v.model},
                                                                 {"colour", &v.colour},
                                                                 {"plate", &v.plate},
                                                                 {"plate_region", &v.plate_region}};
    for (const auto& [name, value] : fields) {
      p = CheckField(fmt::format("vehicles[{}].{}", i, name), *value, kTipLimits.item);
      if (!p.empty()) return p;
    }
  }
  if (!(p = CheckField("reporter_contact", tip.reporter_contact, kTipLimits.item)).empty())
    return p;
  if (!(p = CheckField("reference", tip.reference, kTipLimits.item)).empty()) return p;
  return {};
}

std::string ValidateTip(const Tip& tip) {
  if (std::string p = ValidateTipFields(tip); !p.empty()) return p;
  if (tip.text.empty() && tip.indicators.empty() && tip.vehicles.empty() && tip.people.empty() &&
      tip.phones.empty()) {
    return "a tip needs at least what was seen: text, indicators, vehicles, people or phones";
  }
  for (const std::string& code : tip.indicators) {
    if (FindTipIndicator(code) == nullptr) {
      return "unknown indicator '" + code + "' (see GET /api/v1/tips/indicators)";
    }
  }
  if (tip.reliability < 'A' || tip.reliability > 'F') {
    return "reliability must be a letter A (completely reliable) to F (cannot be judged)";
  }
  if (tip.credibility < 1 || tip.credibility > 6) {
    return "credibility must be 1 (confirmed) to 6 (cannot be judged)";
  }
  if (tip.latitude.has_value() != tip.longitude.has_value()) {
    return "give both latitude and longitude, or neither";
  }
  if (tip.latitude && (!std::isfinite(*tip.latitude) || std::fabs(*tip.latitude) > 90 ||
                       !std::isfinite(*tip.longitude) || std::fabs(*tip.longitude) > 180)) {
    return "latitude must be within -90..90 and longitude within -180..180";
  }
  if (tip.place.empty() && !tip.latitude) {
    return "say where: a place (address or description) or coordinates";
  }
  if (!tip.reporter_contact.empty() && !tip.contact_consent) {
    return "reporter_contact is only kept when contact_consent is true";
  }
  return {};
}

}  // namespace tiphub
