// A field tip: what a truck driver, hotline worker or NGO saw, in the shape Truckers Against
// Trafficking and hotline guidance ask for (vehicles, people, exact time and place, what was seen),
// graded on the admiralty scale (reporter reliability A-F, information credibility 1-6).
//
// Tips that mention a minor or a crime in progress are urgent: `AssessUrgency` says so and why.
#ifndef TIPHUB_MODEL_TIP_H_
#define TIPHUB_MODEL_TIP_H_

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace tiphub {

// One entry of the tip pick-list of published indicators.
struct TipIndicator {
  std::string_view code;    // "not_in_control_of_id"
  std::string_view label;   // what the form shows
  std::string_view source;  // who publishes it
  bool urgent;              // a tip that ticks it is urgent (a minor, a crime in progress)
};

// The pick-list, in the order the form shows it.
std::span<const TipIndicator> TipIndicators();
const TipIndicator* FindTipIndicator(std::string_view code);

struct Vehicle {
  std::string make;
  std::string model;
  std::string colour;
  std::string plate;
  std::string plate_region;  // state or country of the plate, if known
};

struct Tip {
  int64_t id = 0;
  int64_t received_at = 0;         // UTC seconds, set on intake
  int64_t observed_at = 0;         // UTC seconds; 0 when the reporter did not say
  std::string place;               // address or description of the place
  std::optional<double> latitude;  // WGS84 degrees
  std::optional<double> longitude;
  std::vector<std::string> indicators;  // TipIndicator codes
  std::vector<Vehicle> vehicles;
  std::vector<std::string> people;  // descriptions of the people seen
  std::vector<std::string> phones;
  std::vector<std::string> emails;
  std::vector<std::string> handles;  // online handles, ad ids
  std::string text;                  // what was seen, in the reporter's words
  char reliability = 'F';            // A (completely reliable) .. F (cannot be judged)
  int credibility = 6;               // 1 (confirmed) .. 6 (cannot be judged)
  bool contact_consent = false;
  std::string reporter_contact;  // only kept with consent
  std::string reference;         // the submitter's own id; a second tip with it is a duplicate
  std::string channel;           // api, web, csv, import
  std::string submitted_by;      // user who submitted it
  std::string status = "new";    // new, triaged, referred, closed
  bool urgent = false;
  std::vector<std::string> urgency_reasons;
};

// Sets `urgent` and `urgency_reasons` from the ticked indicators and the free text (mentions of a
// minor's age or words for a child, or of something happening now).
void AssessUrgency(Tip& tip);

// What one tip may hold (docs/limits.md): bytes of UTF-8 per field, entries per list.
struct TipLimits {
  size_t place = 500;
  size_t text = 20000;
  size_t item = 200;  // one person's description, phone, e-mail, handle, vehicle field, contact
  size_t list_items = 50;
};
inline constexpr TipLimits kTipLimits{};

// Every text field within its limit and clean (common/strings.h: valid UTF-8, no control
// characters; `text` may break lines). "" when acceptable; else the field to fix.
std::string ValidateTipFields(const Tip& tip);

// Checks a tip for intake (ValidateTipFields and the rules of a tip); the message names the field
// to fix.
// Returns an empty string when the tip is acceptable.
std::string ValidateTip(const Tip& tip);

}  // namespace tiphub

#endif  // TIPHUB_MODEL_TIP_H_
