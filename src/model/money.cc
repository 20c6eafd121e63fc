#include "model/money.h"

#include <array>
#include <cstdint>
#include <cstring>
#include <string_view>

#include <fmt/format.h>

namespace tiphub {

namespace {
__extension__ using Int128 = __int128;  // wide enough for any parsed amount

// ISO 4217 codes in use (list of 2024, with HRK and SLL kept for older data), the precious metals
// and test codes it defines, and XBT, the usual code for bitcoin in bank exports.
constexpr std::string_view kCodes =
    "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BOV BRL BSD BTN "
    "BWP BYN BZD CAD CDF CHE CHF CHW CLF CLP CNY COP COU CRC CUC CUP CVE CZK DJF DKK DOP DZD EGP "
    "ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HRK HTG HUF IDR ILS INR IQD IRR "
    "ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD "
    "MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR "
    "PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SYP SZL "
    "THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD USN UYI UYU UYW UZS VED VES VND VUV WST XAF "
    "XAG XAU XBA XBB XBC XBD XBT XCD XDR XOF XPD XPF XPT XSU XTS XUA XXX YER ZAR ZMW ZWG ZWL";

int CodeIndex(const char code[3]) {
  return ((code[0] - 'A') * 26 + (code[1] - 'A')) * 26 + (code[2] - 'A');
}

// One bit per three-letter code: a lookup per parsed row costs a shift and a mask.
const std::array<uint64_t, (26 * 26 * 26 + 63) / 64>& KnownCodes() {
  static const auto known = [] {
    std::array<uint64_t, (26 * 26 * 26 + 63) / 64> bits{};
    for (size_t i = 0; i + 3 <= kCodes.size(); i += 4) {
      const int k = CodeIndex(kCodes.data() + i);
      bits[static_cast<size_t>(k) / 64] |= uint64_t{1} << (k % 64);
    }
    return bits;
  }();
  return known;
}
}  // namespace

std::optional<Currency> Currency::Parse(std::string_view code) {
  if (code.size() != 3) return std::nullopt;
  Currency c;
  for (size_t k = 0; k < 3; ++k) {
    char ch = code[k];
    if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
    if (ch < 'A' || ch > 'Z') return std::nullopt;
    c.code_[k] = ch;
  }
  const int k = CodeIndex(c.code_.data());
  if ((KnownCodes()[static_cast<size_t>(k) / 64] >> (k % 64) & 1) == 0) return std::nullopt;
  return c;
}

int Currency::exponent() const {
  static constexpr std::string_view kZero[] = {"JPY", "CLP", "KRW", "PYG", "VND", "XAF", "XOF",
                                               "ISK", "UGX", "RWF", "BIF", "DJF", "GNF", "KMF"};
  static constexpr std::string_view kThree[] = {"BHD", "KWD", "OMR", "JOD", "IQD", "LYD", "TND"};
  for (auto z : kZero) {
    if (code() == z) return 0;
  }
  for (auto t : kThree) {
    if (code() == t) return 3;
  }
  return 2;
}

std::optional<int64_t> ParseAmount(std::string_view text, int exponent, char decimal_separator) {
  const char group_separator = decimal_separator == '.' ? ',' : '.';
  size_t pos = 0;
  bool negative = false;
  if (pos < text.size() && (text[pos] == '-' || text[pos] == '+')) {
    negative = text[pos] == '-';
    ++pos;
  }
  Int128 whole = 0;
  int int_digits = 0;
  bool last_was_digit = false;
  for (; pos < text.size(); ++pos) {
    const char c = text[pos];
    if (c >= '0' && c <= '9') {
      whole = whole * 10 + (c - '0');
      if (whole > (Int128{1} << 80)) return std::nullopt;
      ++int_digits;
      last_was_digit = true;
    } else if ((c == group_separator || c == ' ') && last_was_digit && pos + 1 < text.size() &&
               text[pos + 1] >= '0' && text[pos + 1] <= '9') {
      last_was_digit = false;
    } else {
      break;
    }
  }
  Int128 frac = 0;
  int frac_digits = 0;
  bool round_up = false;
  if (pos < text.size() && text[pos] == decimal_separator) {
    ++pos;
    const size_t frac_start = pos;
    for (; pos < text.size(); ++pos) {
      const char c = text[pos];
      if (c < '0' || c > '9') return std::nullopt;
      if (frac_digits < exponent) {
        frac = frac * 10 + (c - '0');
        ++frac_digits;
      } else if (pos == frac_start + static_cast<size_t>(exponent)) {
        round_up = c >= '5';
      }
    }
    if (pos == frac_start && int_digits == 0) return std::nullopt;
  }
  if (pos != text.size() || (int_digits == 0 && frac_digits == 0)) return std::nullopt;
  while (frac_digits < exponent) {
    frac *= 10;
    ++frac_digits;
  }
  Int128 scale = 1;
  for (int k = 0; k < exponent; ++k) scale *= 10;
  Int128 value = whole * scale + frac + (round_up ? 1 : 0);
  if (value > INT64_MAX) return std::nullopt;
  return negative ? -static_cast<int64_t>(value) : static_cast<int64_t>(value);
}

char* WriteAmount(char* out, int64_t minor, int exponent) {
  // Hot in writers: digits by hand, no format-string parsing.
  uint64_t magnitude =
      minor < 0 ? static_cast<uint64_t>(-(minor + 1)) + 1 : static_cast<uint64_t>(minor);
  char buf[32];
  int pos = sizeof(buf);
  for (int k = 0; k < exponent; ++k) {
    buf[--pos] = static_cast<char>('0' + magnitude % 10);
    magnitude /= 10;
  }
  if (exponent > 0) buf[--pos] = '.';
  do {
    buf[--pos] = static_cast<char>('0' + magnitude % 10);
    magnitude /= 10;
  } while (magnitude > 0);
  if (minor < 0) buf[--pos] = '-';
  const auto n = sizeof(buf) - static_cast<size_t>(pos);
  std::memcpy(out, buf + pos, n);
  return out + n;
}

void AppendAmount(std::string& out, int64_t minor, int exponent) {
  char buf[kMaxAmountChars];
  out.append(buf, WriteAmount(buf, minor, exponent));
}

std::string FormatAmount(int64_t minor, int exponent) {
  std::string out;
  AppendAmount(out, minor, exponent);
  return out;
}

}  // namespace tiphub
