// Money: amounts are integers in the currency's minor unit (cents, centavos), never floating point,
// with an ISO 4217 code beside them.
#ifndef TIPHUB_MODEL_MONEY_H_
#define TIPHUB_MODEL_MONEY_H_

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tiphub {

// An ISO 4217 alphabetic code, stored inline ("USD").
class Currency {
 public:
  Currency() : code_{'X', 'X', 'X'} {}  // XXX: no currency
  // Accepts a code of ISO 4217 (and XBT for bitcoin), in any case; nullopt otherwise ("ZZZ").
  static std::optional<Currency> Parse(std::string_view code);

  std::string_view code() const { return {code_.data(), 3}; }
  // Digits after the decimal point: 2 for most, 0 for JPY, CLP, ...; 3 for BHD, KWD, ...
  int exponent() const;
  bool operator==(const Currency&) const = default;

 private:
  std::array<char, 3> code_;
};

struct Money {
  int64_t minor = 0;
  Currency currency;
  bool operator==(const Money&) const = default;
};

// Parses a decimal amount into minor units for a currency with `exponent` digits. Accepts an
// optional sign, digits, one decimal separator (`decimal_separator`, '.' or ','), and thousands
// separators (the other of '.' / ',', or a space) between digit groups. Digits beyond the exponent
// are rounded half away from zero. Returns nullopt for anything else ("12,5O", "", "1.2.3").
std::optional<int64_t> ParseAmount(std::string_view text, int exponent,
                                   char decimal_separator = '.');

// "1234.50" (no thousands separators), exact.
std::string FormatAmount(int64_t minor, int exponent);
void AppendAmount(std::string& out, int64_t minor, int exponent);
// As AppendAmount, into `out`, which must have kMaxAmountChars writable (enough for any int64
// amount with an exponent up to 20; currencies have 0 to 3); returns the end.
inline constexpr size_t kMaxAmountChars = 24;
char* WriteAmount(char* out, int64_t minor, int exponent);

}  // namespace tiphub

#endif  // TIPHUB_MODEL_MONEY_H_
