// Built-in geography and name data for the synthetic world: cities of Mexico, Central America, the
// Caribbean, the US and Canada with their UTC offsets and phone numbering, and given names and
// surnames as Spanish-, English- and French-speaking people write them. No real person's data.
#ifndef TIPHUB_SIM_GEO_NAMES_H_
#define TIPHUB_SIM_GEO_NAMES_H_

#include <span>
#include <string>
#include <string_view>

#include "common/rng.h"

namespace tiphub::sim {

enum class Language { kSpanish, kEnglish, kFrench };

struct City {
  std::string_view name;
  std::string_view country;       // ISO 3166-1 alpha-2
  std::string_view state;         // state or province code
  int offset_minutes;             // standard-time UTC offset
  std::string_view phone_prefix;  // E.164 country code and area code, e.g. "+5255"
  int subscriber_digits;          // digits after the prefix
  Language language;              // most common language of names there
  double weight;                  // relative population
};

std::span<const City> Cities();
// Countries that receive remittances and count as higher-risk destinations in the world.
std::span<const std::string_view> RemittanceCountries();

struct PersonName {
  std::string given_names;  // "María Guadalupe"
  std::string surnames;     // "Hernández López", "de la Cruz Ortiz", "Smith"
  bool female;
};

// Draws a realistic name for a person whose names follow `language`.
PersonName DrawName(Rng& rng, Language language);

// A KYC spelling variant of the same person as another bank might record it: a typo, a dropped
// second surname, accents removed, a nickname, or given names and surnames swapped.
PersonName VariantName(Rng& rng, const PersonName& name);

// "jose.hernandez84@example.com"-style address from the name (ASCII, lower case).
std::string DrawEmail(Rng& rng, const PersonName& name);
std::string DrawPhone(Rng& rng, const City& city);
std::string DrawAddress(Rng& rng, const City& city);
// Removes Latin accents from UTF-8 text (á → a, ñ → n, ç → c); other bytes pass through.
std::string StripAccents(std::string_view text);

}  // namespace tiphub::sim

#endif  // TIPHUB_SIM_GEO_NAMES_H_
