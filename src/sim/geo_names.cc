#include "sim/geo_names.h"

#include <fmt/format.h>

#include <array>
#include <cctype>
#include <utility>

namespace tiphub::sim {

namespace {

constexpr City kCities[] = {
    {"Ciudad de México", "MX", "CMX", -360, "+5255", 8, Language::kSpanish, 9.0},
    {"Guadalajara", "MX", "JAL", -360, "+5233", 8, Language::kSpanish, 5.0},
    {"Monterrey", "MX", "NLE", -360, "+5281", 8, Language::kSpanish, 5.0},
    {"Tijuana", "MX", "BCN", -480, "+52664", 7, Language::kSpanish, 3.0},
    {"Cancún", "MX", "ROO", -300, "+52998", 7, Language::kSpanish, 2.0},
    {"Puebla", "MX", "PUE", -360, "+52222", 7, Language::kSpanish, 3.0},
    {"Ciudad de Guatemala", "GT", "GU", -360, "+502", 8, Language::kSpanish, 2.5},
    {"San Salvador", "SV", "SS", -360, "+503", 8, Language::kSpanish, 1.5},
    {"Tegucigalpa", "HN", "FM", -360, "+504", 8, Language::kSpanish, 1.5},
    {"Santo Domingo", "DO", "DN", -240, "+1809", 7, Language::kSpanish, 2.0},
    {"Kingston", "JM", "01", -300, "+1876", 7, Language::kEnglish, 1.0},
    {"Houston", "US", "TX", -360, "+1713", 7, Language::kEnglish, 5.0},
    {"Los Angeles", "US", "CA", -480, "+1213", 7, Language::kEnglish, 6.0},
    {"New York", "US", "NY", -300, "+1212", 7, Language::kEnglish, 7.0},
    {"Miami", "US", "FL", -300, "+1305", 7, Language::kEnglish, 4.0},
    {"Atlanta", "US", "GA", -300, "+1404", 7, Language::kEnglish, 3.0},
    {"Chicago", "US", "IL", -360, "+1312", 7, Language::kEnglish, 4.0},
    {"Toronto", "CA", "ON", -300, "+1416", 7, Language::kEnglish, 4.0},
    {"Montréal", "CA", "QC", -300, "+1514", 7, Language::kFrench, 3.0},
    {"Vancouver", "CA", "BC", -480, "+1604", 7, Language::kEnglish, 2.5},
    {"Calgary", "CA", "AB", -420, "+1403", 7, Language::kEnglish, 1.5},
};

constexpr std::string_view kRemittanceCountries[] = {"MX", "GT", "SV", "HN", "DO", "JM"};

struct WeightedName {
  std::string_view name;
  double weight;
};

constexpr WeightedName kSpanishFemale[] = {
    {"María", 10},   {"Guadalupe", 4}, {"Juana", 2},   {"Margarita", 2}, {"Verónica", 2},
    {"Rosa", 2},     {"Ana", 3},       {"Sofía", 2},   {"Alejandra", 2}, {"Leticia", 2},
    {"Patricia", 3}, {"Gabriela", 2},  {"Daniela", 2}, {"Fernanda", 1},  {"Mónica", 1},
    {"Lucía", 2},    {"Elena", 1},     {"Araceli", 1}, {"Yesenia", 1},   {"Xóchitl", 0.5},
    {"Itzel", 1},    {"Carmen", 2},    {"Isabel", 2},  {"Teresa", 2},    {"Beatriz", 1}};
constexpr WeightedName kSpanishMale[] = {
    {"José", 10},   {"Juan", 6},    {"Luis", 4},      {"Francisco", 3}, {"Jesús", 3},
    {"Miguel", 3},  {"Antonio", 3}, {"Alejandro", 2}, {"Carlos", 3},    {"Jorge", 2},
    {"Pedro", 2},   {"Manuel", 2},  {"Ricardo", 2},   {"Roberto", 2},   {"Fernando", 2},
    {"Eduardo", 2}, {"Sergio", 1},  {"Raúl", 1},      {"Héctor", 1},    {"Martín", 1},
    {"Óscar", 1},   {"Ángel", 2},   {"Rubén", 1},     {"Andrés", 1},    {"Cuauhtémoc", 0.3}};
constexpr WeightedName kSpanishSurnames[] = {
    {"Hernández", 10}, {"García", 9},    {"Martínez", 8},  {"López", 8},     {"González", 8},
    {"Pérez", 6},      {"Rodríguez", 6}, {"Sánchez", 6},   {"Ramírez", 5},   {"Cruz", 4},
    {"Flores", 4},     {"Gómez", 4},     {"Morales", 3},   {"Vázquez", 3},   {"Reyes", 3},
    {"Jiménez", 3},    {"Torres", 3},    {"Díaz", 3},      {"Gutiérrez", 3}, {"Ruiz", 2},
    {"Mendoza", 2},    {"Aguilar", 2},   {"Ortiz", 2},     {"Moreno", 2},    {"Castillo", 2},
    {"Romero", 2},     {"Álvarez", 2},   {"Méndez", 2},    {"Chávez", 2},    {"Rivera", 2},
    {"Juárez", 2},     {"Ramos", 2},     {"Domínguez", 1}, {"Núñez", 1},     {"Ibáñez", 0.5},
    {"Quiñones", 0.5}, {"Peña", 1},      {"Castañeda", 1}, {"Velázquez", 1}, {"Cortés", 1}};
constexpr std::string_view kSpanishParticleSurnames[] = {"de la Cruz",    "del Valle",  "de León",
                                                         "de los Santos", "de la Rosa", "del Río"};
constexpr WeightedName kEnglishFemale[] = {
    {"Jennifer", 5},  {"Jessica", 4}, {"Ashley", 3}, {"Sarah", 3},     {"Elizabeth", 3},
    {"Emily", 3},     {"Amanda", 3},  {"Megan", 2},  {"Lauren", 2},    {"Michelle", 3},
    {"Katherine", 2}, {"Rachel", 2},  {"Nicole", 2}, {"Stephanie", 2}, {"Brittany", 2},
    {"Olivia", 2},    {"Tanisha", 1}, {"Keisha", 1}, {"Hannah", 2},    {"Grace", 1}};
constexpr WeightedName kEnglishMale[] = {
    {"Michael", 6}, {"David", 4},       {"James", 4},   {"John", 4},   {"Robert", 4},
    {"William", 3}, {"Christopher", 3}, {"Matthew", 3}, {"Daniel", 3}, {"Joseph", 3},
    {"Andrew", 2},  {"Joshua", 2},      {"Anthony", 2}, {"Kevin", 2},  {"Brian", 2},
    {"Jason", 2},   {"Ryan", 2},        {"Tyrone", 1},  {"Marcus", 1}, {"Thomas", 2}};
constexpr WeightedName kEnglishSurnames[] = {
    {"Smith", 10},   {"Johnson", 8},        {"Williams", 7}, {"Brown", 6},    {"Jones", 6},
    {"Miller", 5},   {"Davis", 5},          {"Wilson", 4},   {"Anderson", 4}, {"Taylor", 4},
    {"Thomas", 4},   {"Moore", 3},          {"Jackson", 3},  {"Martin", 3},   {"Lee", 3},
    {"Thompson", 3}, {"White", 3},          {"Harris", 3},   {"Clark", 3},    {"Lewis", 3},
    {"Robinson", 2}, {"Walker", 2},         {"Young", 2},    {"Allen", 2},    {"King", 2},
    {"Campbell", 2}, {"Brown-Clarke", 0.5}, {"O'Brien", 1},  {"McDonald", 1}, {"Nguyen", 2}};
constexpr WeightedName kFrenchFemale[] = {
    {"Marie", 5},   {"Julie", 3},     {"Isabelle", 3},  {"Nathalie", 3}, {"Sophie", 3},
    {"Chloé", 2},   {"Émilie", 2},    {"Geneviève", 2}, {"Mélanie", 2},  {"Stéphanie", 2},
    {"Camille", 2}, {"Marie-Ève", 2}, {"Annie", 2},     {"Josée", 1},    {"Hélène", 1}};
constexpr WeightedName kFrenchMale[] = {
    {"Jean", 5},      {"Pierre", 3},    {"Michel", 3},   {"François", 3}, {"Luc", 2},
    {"Marc", 3},      {"Éric", 2},      {"Stéphane", 2}, {"Mathieu", 2},  {"Jean-François", 2},
    {"Sébastien", 2}, {"Guillaume", 2}, {"Étienne", 1},  {"Benoît", 1},   {"Olivier", 2}};
constexpr WeightedName kFrenchSurnames[] = {
    {"Tremblay", 8}, {"Gagnon", 6},    {"Roy", 5},      {"Côté", 4},     {"Bouchard", 4},
    {"Gauthier", 3}, {"Morin", 3},     {"Lavoie", 3},   {"Fortin", 3},   {"Gagné", 3},
    {"Ouellet", 2},  {"Pelletier", 2}, {"Bélanger", 2}, {"Lévesque", 2}, {"Bergeron", 2},
    {"Leblanc", 2},  {"Paquette", 2},  {"Girard", 2},   {"Simard", 2},   {"Boucher", 2}};

// Nicknames and short forms banks see in place of a given name.
constexpr std::pair<std::string_view, std::string_view> kNicknames[] = {
    {"José", "Pepe"},           {"Francisco", "Paco"},    {"Jesús", "Chuy"},
    {"Guadalupe", "Lupe"},      {"Alejandro", "Alex"},    {"Roberto", "Beto"},
    {"Alberto", "Beto"},        {"Ignacio", "Nacho"},     {"Eduardo", "Lalo"},
    {"Enrique", "Quique"},      {"Manuel", "Manolo"},     {"Dolores", "Lola"},
    {"Concepción", "Conchita"}, {"Graciela", "Chela"},    {"Rosario", "Chayo"},
    {"William", "Bill"},        {"Robert", "Bob"},        {"Elizabeth", "Liz"},
    {"Katherine", "Kate"},      {"Michael", "Mike"},      {"Christopher", "Chris"},
    {"Joseph", "Joe"},          {"Daniel", "Dan"},        {"Matthew", "Matt"},
    {"Anthony", "Tony"},        {"Joshua", "Josh"},       {"Jennifer", "Jen"},
    {"Stephanie", "Steph"},     {"Jean-François", "J-F"}, {"Marie-Ève", "Marie-Eve"},
};

constexpr std::string_view kSpanishStreets[] = {
    "Av. Juárez",      "Calle Hidalgo",  "Av. Reforma",    "Calle Morelos", "Av. Insurgentes",
    "Calle 5 de Mayo", "Calle Zaragoza", "Av. Revolución", "Calle Allende", "Av. Independencia"};
constexpr std::string_view kEnglishStreets[] = {
    "Main St", "Oak Ave",         "Maple Dr", "Cedar Ln", "Pine St",
    "Elm St",  "Washington Blvd", "Park Ave", "Lake Rd",  "Hillcrest Dr"};
constexpr std::string_view kFrenchStreets[] = {"rue Saint-Denis", "boul. Saint-Laurent",
                                               "rue Sherbrooke",  "av. du Parc",
                                               "rue Ontario",     "rue Jean-Talon"};
constexpr std::string_view kMailDomains[] = {"gmail.com", "hotmail.com", "yahoo.com", "outlook.com",
                                             "example.net"};

template <size_t N>
std::string_view DrawWeighted(Rng& rng, const WeightedName (&names)[N]) {
  double total = 0;
  for (const auto& n : names) total += n.weight;
  double target = rng.UniformDouble() * total;
  for (const auto& n : names) {
    target -= n.weight;
    if (target < 0) return n.name;
  }
  return names[N - 1].name;
}

// Splits UTF-8 text into code points as strings (for typo generation that never breaks a char).
std::vector<std::string> CodePoints(std::string_view text) {
  std::vector<std::string> out;
  for (size_t pos = 0; pos < text.size();) {
    const auto c = static_cast<unsigned char>(text[pos]);
    size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : 4;
    len = std::min(len, text.size() - pos);
    out.emplace_back(text.substr(pos, len));
    pos += len;
  }
  return out;
}

std::string Typo(Rng& rng, std::string_view text) {
  std::vector<std::string> cps = CodePoints(text);
  if (cps.size() < 4) return std::string(text);
  // Never touch the first letter or spaces: banks rarely get those wrong.
  const size_t pos = 1 + rng.Uniform(cps.size() - 2);
  if (cps[pos] == " " || cps[pos - 1] == " ") return std::string(text);
  switch (rng.Uniform(3)) {
    case 0:
      cps.erase(cps.begin() + static_cast<long>(pos));
      break;  // deletion
    case 1:
      std::swap(cps[pos], cps[pos - 1]);
      break;  // transposition
    default:
      cps[pos] = std::string(1, static_cast<char>('a' + rng.Uniform(26)));  // substitution
  }
  std::string out;
  for (const auto& cp : cps) out += cp;
  return out;
}

}  // namespace

std::span<const City> Cities() { return kCities; }
std::span<const std::string_view> RemittanceCountries() { return kRemittanceCountries; }

PersonName DrawName(Rng& rng, Language language) {
  PersonName name;
  name.female = rng.Bernoulli(0.5);
  switch (language) {
    case Language::kSpanish: {
      const auto& given = name.female ? kSpanishFemale : kSpanishMale;
      name.given_names = std::string(DrawWeighted(rng, given));
      if (rng.Bernoulli(0.4)) {
        std::string_view second = DrawWeighted(rng, given);
        if (second != name.given_names) name.given_names += " " + std::string(second);
      }
      std::string first = rng.Bernoulli(0.04) ? std::string(rng.Pick(kSpanishParticleSurnames))
                                              : std::string(DrawWeighted(rng, kSpanishSurnames));
      name.surnames = first;
      if (rng.Bernoulli(0.9)) {
        std::string second = rng.Bernoulli(0.03) ? std::string(rng.Pick(kSpanishParticleSurnames))
                                                 : std::string(DrawWeighted(rng, kSpanishSurnames));
        name.surnames += " " + second;
      }
      break;
    }
    case Language::kEnglish:
      name.given_names =
          std::string(DrawWeighted(rng, name.female ? kEnglishFemale : kEnglishMale));
      name.surnames = std::string(DrawWeighted(rng, kEnglishSurnames));
      break;
    case Language::kFrench:
      name.given_names = std::string(DrawWeighted(rng, name.female ? kFrenchFemale : kFrenchMale));
      name.surnames = std::string(DrawWeighted(rng, kFrenchSurnames));
      break;
  }
  return name;
}

std::string StripAccents(std::string_view text) {
  static constexpr std::pair<std::string_view, char> kMap[] = {
      {"á", 'a'}, {"é", 'e'}, {"í", 'i'}, {"ó", 'o'}, {"ú", 'u'}, {"ü", 'u'}, {"ñ", 'n'},
      {"Á", 'A'}, {"É", 'E'}, {"Í", 'I'}, {"Ó", 'O'}, {"Ú", 'U'}, {"Ñ", 'N'}, {"ç", 'c'},
      {"è", 'e'}, {"ê", 'e'}, {"ë", 'e'}, {"à", 'a'}, {"â", 'a'}, {"î", 'i'}, {"ô", 'o'},
      {"û", 'u'}, {"È", 'E'}, {"É", 'E'}, {"Ô", 'O'}, {"Ç", 'C'}};
  std::string out;
  out.reserve(text.size());
  for (size_t pos = 0; pos < text.size();) {
    bool replaced = false;
    if (static_cast<unsigned char>(text[pos]) >= 0x80) {
      for (const auto& [from, to] : kMap) {
        if (text.substr(pos, from.size()) == from) {
          out.push_back(to);
          pos += from.size();
          replaced = true;
          break;
        }
      }
    }
    if (!replaced) out.push_back(text[pos++]);
  }
  return out;
}

PersonName VariantName(Rng& rng, const PersonName& name) {
  PersonName v = name;
  switch (rng.Uniform(5)) {
    case 0:
      v.surnames = Typo(rng, v.surnames);
      break;
    case 1: {
      // Dropped second surname (or second given name when there is only one surname).
      const size_t space = v.surnames.rfind(' ');
      if (space != std::string::npos && v.surnames.find(" de") == std::string::npos) {
        v.surnames.resize(space);
      } else {
        v.given_names = Typo(rng, v.given_names);
      }
      break;
    }
    case 2:
      v.given_names = StripAccents(v.given_names);
      v.surnames = StripAccents(v.surnames);
      break;
    case 3: {
      bool nicknamed = false;
      for (const auto& [full, nick] : kNicknames) {
        if (v.given_names.rfind(full, 0) == 0) {
          v.given_names = std::string(nick) + v.given_names.substr(full.size());
          nicknamed = true;
          break;
        }
      }
      if (!nicknamed) v.given_names = Typo(rng, v.given_names);
      break;
    }
    default:
      std::swap(v.given_names, v.surnames);
      break;  // recorded in swapped fields
  }
  return v;
}

std::string DrawEmail(Rng& rng, const PersonName& name) {
  std::string local;
  auto ascii = [](std::string_view s) {
    std::string out;
    for (char c : StripAccents(s)) {
      if (std::isalpha(static_cast<unsigned char>(c))) {
        out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
      } else if (c == ' ' || c == '-') {
        break;
      }
    }
    return out;
  };
  local = ascii(name.given_names) + (rng.Bernoulli(0.5) ? "." : "") + ascii(name.surnames);
  if (rng.Bernoulli(0.7)) local += fmt::format("{}", rng.UniformInt(1, 99));
  return local + "@" + std::string(rng.Pick(kMailDomains));
}

std::string DrawPhone(Rng& rng, const City& city) {
  std::string out(city.phone_prefix);
  // First subscriber digit 2-9, like real numbering plans.
  out.push_back(static_cast<char>('2' + rng.Uniform(8)));
  for (int k = 1; k < city.subscriber_digits; ++k) {
    out.push_back(static_cast<char>('0' + rng.Uniform(10)));
  }
  return out;
}

std::string DrawAddress(Rng& rng, const City& city) {
  const int number = static_cast<int>(rng.UniformInt(1, 2999));
  switch (city.language) {
    case Language::kSpanish:
      return fmt::format("{} {}", rng.Pick(kSpanishStreets), number);
    case Language::kFrench:
      return fmt::format("{} {}", number, rng.Pick(kFrenchStreets));
    case Language::kEnglish:
      break;
  }
  return fmt::format("{} {}", number, rng.Pick(kEnglishStreets));
}

}  // namespace tiphub::sim
