// Normalisation shared by privacy-preserving linkage (encode) and in-house resolution (resolve):
// the same person written by two banks must normalise to the same or close strings.
//
// Text: Unicode NFKD with accents stripped and case folded (utf8proc), punctuation to spaces,
// whitespace collapsed ("  María-José  " -> "maria jose"). Names additionally lose particles
// (de, del, de la, y, van, von, ...), map common nicknames and spelling variants of Spanish,
// English and French given names to one form (Pepe -> jose, Bill -> william), and come back as
// sorted parts so that swapped given names and surnames still agree.
//
// Thread safety: all functions are pure.
#ifndef TIPHUB_LINK_NORMALIZE_H_
#define TIPHUB_LINK_NORMALIZE_H_

#include <string>
#include <string_view>
#include <vector>

namespace tiphub::link {

// Accents stripped, case folded, punctuation to spaces, whitespace collapsed. Invalid UTF-8 is
// replaced byte by byte by spaces.
std::string NormalizeText(std::string_view text);

// The parts of a name: normalised tokens without particles, nicknames mapped to a canonical given
// name. Compound surnames stay as separate parts ("Hernández López" -> {hernandez, lopez}).
std::vector<std::string> NameParts(std::string_view name);
// The same into `out` (cleared first; its capacity is reused).
void NameParts(std::string_view name, std::vector<std::string>& out);

// A given name's canonical form ("Pepe" -> "jose", "Bill" -> "william"), or the normalised name.
std::string CanonicalGivenName(std::string_view normalized_token);

// Digits only, with the country code: "+52 (55) 1234-5678" -> "525512345678". A national number
// without '+' keeps its digits as written.
std::string NormalizePhone(std::string_view phone);

// YYYYMMDD from YYYY-MM-DD, YYYYMMDD, DD/MM/YYYY; empty when not a date.
std::string NormalizeDate(std::string_view date);

// Letters and digits only, upper case: account numbers and IBANs.
std::string NormalizeAccountNumber(std::string_view account);

// Address: NormalizeText plus common abbreviations expanded (st -> street, av -> avenida, ...).
std::string NormalizeAddress(std::string_view address);

}  // namespace tiphub::link

#endif  // TIPHUB_LINK_NORMALIZE_H_
