#include "link/normalize.h"

#include <utf8proc.h>

#include <algorithm>
#include <cstdlib>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace tiphub::link {

namespace {

// Particles that are not part of what identifies a name.
const std::unordered_set<std::string_view>& Particles() {
  static const auto* set = new std::unordered_set<std::string_view>{
      "de", "del", "la",  "las", "los", "y",   "e",   "da",  "das", "do", "dos",
      "di", "du",  "des", "le",  "van", "von", "der", "den", "mc",  "st", "saint"};
  return *set;
}

// Nicknames and spelling variants -> canonical given name (all normalised).
const std::unordered_map<std::string_view, std::string_view>& Nicknames() {
  static const auto* map =
      new std::unordered_map<std::string_view, std::string_view>{// Spanish
                                                                 {"pepe", "jose"},
                                                                 {"pepito", "jose"},
                                                                 {"che", "jose"},
                                                                 {"paco", "francisco"},
                                                                 {"pancho", "francisco"},
                                                                 {"curro", "francisco"},
                                                                 {"chuy", "jesus"},
                                                                 {"chucho", "jesus"},
                                                                 {"lupe", "guadalupe"},
                                                                 {"lupita", "guadalupe"},
                                                                 {"beto", "roberto"},
                                                                 {"tito", "alberto"},
                                                                 {"nacho", "ignacio"},
                                                                 {"lalo", "eduardo"},
                                                                 {"quique", "enrique"},
                                                                 {"kike", "enrique"},
                                                                 {"manolo", "manuel"},
                                                                 {"lola", "dolores"},
                                                                 {"conchita", "concepcion"},
                                                                 {"concha", "concepcion"},
                                                                 {"chela", "graciela"},
                                                                 {"chayo", "rosario"},
                                                                 {"memo", "guillermo"},
                                                                 {"toño", "antonio"},
                                                                 {"tono", "antonio"},
                                                                 {"maru", "maria"},
                                                                 {"mari", "maria"},
                                                                 {"chelo", "consuelo"},
                                                                 {"nena", "elena"},
                                                                 {"fito", "adolfo"},
                                                                 {"rafa", "rafael"},
                                                                 {"santi", "santiago"},
                                                                 {"alex", "alejandro"},
                                                                 {"pili", "pilar"},
                                                                 // English
                                                                 {"bill", "william"},
                                                                 {"billy", "william"},
                                                                 {"will", "william"},
                                                                 {"willy", "william"},
                                                                 {"bob", "robert"},
                                                                 {"bobby", "robert"},
                                                                 {"rob", "robert"},
                                                                 {"robbie", "robert"},
                                                                 {"liz", "elizabeth"},
                                                                 {"beth", "elizabeth"},
                                                                 {"betty", "elizabeth"},
                                                                 {"lizzie", "elizabeth"},
                                                                 {"kate", "katherine"},
                                                                 {"katie", "katherine"},
                                                                 {"kathy", "katherine"},
                                                                 {"catherine", "katherine"},
                                                                 {"kathryn", "katherine"},
                                                                 {"mike", "michael"},
                                                                 {"mick", "michael"},
                                                                 {"chris", "christopher"},
                                                                 {"joe", "joseph"},
                                                                 {"joey", "joseph"},
                                                                 {"dan", "daniel"},
                                                                 {"danny", "daniel"},
                                                                 {"matt", "matthew"},
                                                                 {"tony", "anthony"},
                                                                 {"josh", "joshua"},
                                                                 {"jen", "jennifer"},
                                                                 {"jenny", "jennifer"},
                                                                 {"steph", "stephanie"},
                                                                 {"jim", "james"},
                                                                 {"jimmy", "james"},
                                                                 {"tom", "thomas"},
                                                                 {"tommy", "thomas"},
                                                                 {"dave", "david"},
                                                                 {"dick", "richard"},
                                                                 {"rick", "richard"},
                                                                 {"steve", "steven"},
                                                                 {"stephen", "steven"},
                                                                 {"sue", "susan"},
                                                                 {"peggy", "margaret"},
                                                                 {"meg", "margaret"},
                                                                 {"maggie", "margaret"},
                                                                 {"ed", "edward"},
                                                                 {"eddie", "edward"},
                                                                 {"sam", "samuel"},
                                                                 {"ben", "benjamin"},
                                                                 {"nick", "nicholas"},
                                                                 {"andy", "andrew"},
                                                                 {"jon", "john"},
                                                                 {"johnny", "john"},
                                                                 {"jack", "john"},
                                                                 {"pat", "patricia"},
                                                                 {"trish", "patricia"},
                                                                 {"nancy", "ann"},
                                                                 {"annie", "ann"},
                                                                 {"anne", "ann"},
                                                                 {"sara", "sarah"},
                                                                 {"jeff", "jeffrey"},
                                                                 {"greg", "gregory"},
                                                                 {"larry", "lawrence"},
                                                                 // French
                                                                 {"jf", "jean francois"},
                                                                 {"manon", "marie"},
                                                                 {"jo", "josephine"},
                                                                 {"fanfan", "francoise"},
                                                                 {"mimi", "michele"},
                                                                 {"dede", "andre"},
                                                                 {"zaza", "isabelle"}};
  return *map;
}

// Address abbreviations -> full words.
const std::unordered_map<std::string_view, std::string_view>& AddressWords() {
  static const auto* map = new std::unordered_map<std::string_view, std::string_view>{
      {"st", "street"},    {"str", "street"},     {"ave", "avenue"},     {"av", "avenida"},
      {"avda", "avenida"}, {"blvd", "boulevard"}, {"boul", "boulevard"}, {"dr", "drive"},
      {"ln", "lane"},      {"rd", "road"},        {"ct", "court"},       {"pl", "place"},
      {"cir", "circuit"},  {"crt", "court"},      {"hwy", "highway"},    {"col", "colonia"},
      {"no", "numero"},    {"num", "numero"},     {"c", "calle"},        {"cll", "calle"}};
  return *map;
}

// Calls fn(word) for each word of a normalised string (words are separated by single spaces).
template <typename Fn>
void EachWord(std::string_view normalized, Fn&& fn) {
  size_t at = 0;
  while (at < normalized.size()) {
    size_t end = normalized.find(' ', at);
    if (end == std::string_view::npos) end = normalized.size();
    if (end > at) fn(normalized.substr(at, end - at));
    at = end + 1;
  }
}

}  // namespace

std::string NormalizeText(std::string_view text) {
  // ASCII needs no Unicode work: lower-case letters and digits, everything else separates.
  if (std::all_of(text.begin(), text.end(),
                  [](char ch) { return static_cast<unsigned char>(ch) < 0x80; })) {
    // Never longer than the input: a space is written only for separators that wrote nothing.
    std::string out(text.size(), '\0');
    char* const begin = out.data();
    char* p = begin;
    bool space = false;
    for (char ch : text) {
      const bool letter = (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9');
      const bool upper = ch >= 'A' && ch <= 'Z';
      if (!letter && !upper) {
        space = p != begin;
        continue;
      }
      if (space) *p++ = ' ';
      space = false;
      *p++ = upper ? static_cast<char>(ch - 'A' + 'a') : ch;
    }
    out.resize(static_cast<size_t>(p - begin));
    return out;
  }
  utf8proc_uint8_t* mapped = nullptr;
  const auto options = static_cast<utf8proc_option_t>(
      UTF8PROC_NULLTERM | UTF8PROC_STABLE | UTF8PROC_COMPAT | UTF8PROC_DECOMPOSE |
      UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD | UTF8PROC_IGNORE);
  std::string input(text);
  std::string folded;
  const utf8proc_ssize_t n =
      utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(input.c_str()), 0, &mapped, options);
  if (n >= 0 && mapped != nullptr) {
    folded.assign(reinterpret_cast<const char*>(mapped), static_cast<size_t>(n));
  } else {
    // Invalid UTF-8: keep ASCII letters and digits, lower-cased; anything else separates.
    for (char ch : input) {
      folded.push_back(static_cast<unsigned char>(ch) < 0x80 ? ch : ' ');
    }
  }
  std::free(mapped);
  std::string out;
  out.reserve(folded.size());
  bool space = false;
  for (size_t i = 0; i < folded.size(); ++i) {
    const auto u = static_cast<unsigned char>(folded[i]);
    const bool keep =
        (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u >= 0x80 || (u >= 'A' && u <= 'Z');
    if (!keep) {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(u >= 'A' && u <= 'Z' ? static_cast<char>(u - 'A' + 'a') : static_cast<char>(u));
  }
  return out;
}

std::string CanonicalGivenName(std::string_view token) {
  const auto& map = Nicknames();
  const auto it = map.find(token);
  return it == map.end() ? std::string(token) : std::string(it->second);
}

std::vector<std::string> NameParts(std::string_view name) {
  std::vector<std::string> out;
  NameParts(name, out);
  return out;
}

void NameParts(std::string_view name, std::vector<std::string>& out) {
  out.clear();
  // Runs of single letters are initials written with separators ("J-F", "J. F."): join them.
  // A token is complete when the next one starts; then it is dropped if a particle, mapped if a
  // nickname, and its words become parts.
  std::string token;
  bool have = false;
  bool in_initials = false;
  auto finish = [&] {
    if (!have || Particles().count(token) != 0) return;
    const auto it = Nicknames().find(token);
    const std::string_view canonical =
        it == Nicknames().end() ? std::string_view(token) : it->second;
    EachWord(canonical, [&out](std::string_view part) { out.emplace_back(part); });
  };
  EachWord(NormalizeText(name), [&](std::string_view word) {
    if (word.size() == 1 && in_initials) {
      token += word;
      return;
    }
    finish();
    in_initials = word.size() == 1;
    token.assign(word);
    have = true;
  });
  finish();
  std::sort(out.begin(), out.end());
}

std::string NormalizePhone(std::string_view phone) {
  std::string out;
  for (char ch : phone) {
    if (ch >= '0' && ch <= '9') out.push_back(ch);
  }
  return out;
}

std::string NormalizeDate(std::string_view date) {
  std::string digits;
  for (char ch : date) {
    if (ch >= '0' && ch <= '9') digits.push_back(ch);
  }
  if (digits.size() != 8) return {};
  // DD/MM/YYYY when the separators came after two digits.
  if (date.size() >= 3 && (date[2] == '/' || date[2] == '.' || date[2] == '-')) {
    digits = digits.substr(4, 4) + digits.substr(2, 2) + digits.substr(0, 2);
  }
  const int month = (digits[4] - '0') * 10 + (digits[5] - '0');
  const int day = (digits[6] - '0') * 10 + (digits[7] - '0');
  if (month < 1 || month > 12 || day < 1 || day > 31) return {};
  return digits;
}

std::string NormalizeAccountNumber(std::string_view account) {
  std::string out;
  for (char ch : account) {
    if (ch >= '0' && ch <= '9') out.push_back(ch);
    if (ch >= 'a' && ch <= 'z') out.push_back(static_cast<char>(ch - 'a' + 'A'));
    if (ch >= 'A' && ch <= 'Z') out.push_back(ch);
  }
  return out;
}

std::string NormalizeAddress(std::string_view address) {
  std::string out;
  EachWord(NormalizeText(address), [&out](std::string_view token) {
    const auto it = AddressWords().find(token);
    if (!out.empty()) out.push_back(' ');
    out += it == AddressWords().end() ? token : it->second;
  });
  return out;
}

}  // namespace tiphub::link
