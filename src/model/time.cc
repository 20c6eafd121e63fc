#include "model/time.h"

#include <fmt/format.h>

namespace tiphub {

// Algorithms from Howard Hinnant's "chrono-Compatible Low-Level Date Algorithms".
int64_t DaysFromCivil(CivilDate date) {
  int64_t y = date.year - (date.month <= 2 ? 1 : 0);
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t mp = (date.month + 9) % 12;
  const int64_t doy = (153 * mp + 2) / 5 + date.day - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate CivilFromDays(int64_t days) {
  days += 719468;
  const int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  const int64_t doe = days - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const int year = static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
  return {year, month, day};
}

bool IsValidCivil(CivilDate date) {
  if (date.month < 1 || date.month > 12 || date.day < 1) return false;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int max_day = kDays[date.month - 1];
  const bool leap = (date.year % 4 == 0 && date.year % 100 != 0) || date.year % 400 == 0;
  if (date.month == 2 && leap) max_day = 29;
  return date.day <= max_day;
}

namespace {
int64_t FloorDiv(int64_t a, int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }
}  // namespace

int Timestamp::LocalHour() const {
  const int64_t local = LocalSeconds();
  return static_cast<int>((local - FloorDiv(local, 86400) * 86400) / 3600);
}

int Timestamp::LocalWeekday() const {
  const int64_t days = FloorDiv(LocalSeconds(), 86400);
  // 1970-01-01 was a Thursday (3 when Monday is 0).
  return static_cast<int>(((days + 3) % 7 + 7) % 7);
}

void AppendUtc(std::string& out, int64_t utc_seconds) {
  // Hot in writers: digits by hand, no format-string parsing.
  const int64_t days = FloorDiv(utc_seconds, 86400);
  const int64_t secs = utc_seconds - days * 86400;
  const CivilDate d = CivilFromDays(days);
  char buf[20] = {'0', '0', '0', '0', '-', '0', '0', '-', '0', '0',
                  'T', '0', '0', ':', '0', '0', ':', '0', '0', 'Z'};
  auto put = [&buf](int pos, int64_t v, int width) {
    for (int k = width - 1; k >= 0; --k) {
      buf[pos + k] = static_cast<char>('0' + v % 10);
      v /= 10;
    }
  };
  put(0, d.year, 4);
  put(5, d.month, 2);
  put(8, d.day, 2);
  put(11, secs / 3600, 2);
  put(14, (secs / 60) % 60, 2);
  put(17, secs % 60, 2);
  out.append(buf, sizeof(buf));
}

std::string FormatUtc(int64_t utc_seconds) {
  std::string out;
  AppendUtc(out, utc_seconds);
  return out;
}

std::string FormatDate(int64_t days_since_epoch) {
  const CivilDate d = CivilFromDays(days_since_epoch);
  return fmt::format("{:04}-{:02}-{:02}", d.year, d.month, d.day);
}

std::string FormatOffset(int32_t offset_minutes) {
  const char sign = offset_minutes < 0 ? '-' : '+';
  const int32_t abs = offset_minutes < 0 ? -offset_minutes : offset_minutes;
  return fmt::format("{}{:02}:{:02}", sign, abs / 60, abs % 60);
}

namespace {

// Reads exactly `width` digits at text[pos].
bool ReadDigits(std::string_view text, size_t& pos, int width, int& value) {
  if (pos + static_cast<size_t>(width) > text.size()) return false;
  value = 0;
  for (int k = 0; k < width; ++k) {
    const char c = text[pos + static_cast<size_t>(k)];
    if (c < '0' || c > '9') return false;
    value = value * 10 + (c - '0');
  }
  pos += static_cast<size_t>(width);
  return true;
}

// Reads 1..max_width digits.
bool ReadVarDigits(std::string_view text, size_t& pos, int max_width, int& value) {
  const size_t start = pos;
  value = 0;
  while (pos < text.size() && pos - start < static_cast<size_t>(max_width) && text[pos] >= '0' &&
         text[pos] <= '9') {
    value = value * 10 + (text[pos] - '0');
    ++pos;
  }
  return pos > start;
}

std::optional<int64_t> Assemble(int year, int month, int day, int hour, int minute, int second,
                                int32_t offset) {
  const CivilDate date{year, month, day};
  if (!IsValidCivil(date) || hour > 23 || minute > 59 || second > 60) return std::nullopt;
  return DaysFromCivil(date) * 86400 + hour * 3600 + minute * 60 + second - int64_t{offset} * 60;
}

}  // namespace

std::optional<int32_t> ParseOffset(std::string_view text) {
  if (text == "Z" || text == "z") return 0;
  if (text.size() < 3 || (text[0] != '+' && text[0] != '-')) return std::nullopt;
  size_t pos = 1;
  int hours = 0, minutes = 0;
  if (!ReadDigits(text, pos, 2, hours)) return std::nullopt;
  if (pos < text.size() && text[pos] == ':') ++pos;
  if (pos < text.size() && !ReadDigits(text, pos, 2, minutes)) return std::nullopt;
  if (pos != text.size() || hours > 18 || minutes > 59) return std::nullopt;
  const int32_t total = hours * 60 + minutes;
  return text[0] == '-' ? -total : total;
}

std::optional<int64_t> ParseIso8601(std::string_view text, int32_t* offset_minutes) {
  size_t pos = 0;
  int year, month, day, hour = 0, minute = 0, second = 0;
  if (!ReadDigits(text, pos, 4, year) || pos >= text.size() || text[pos++] != '-' ||
      !ReadDigits(text, pos, 2, month) || pos >= text.size() || text[pos++] != '-' ||
      !ReadDigits(text, pos, 2, day)) {
    return std::nullopt;
  }
  int32_t offset = 0;
  if (pos < text.size()) {
    if (text[pos] != 'T' && text[pos] != ' ') return std::nullopt;
    ++pos;
    if (!ReadDigits(text, pos, 2, hour) || pos >= text.size() || text[pos++] != ':' ||
        !ReadDigits(text, pos, 2, minute)) {
      return std::nullopt;
    }
    if (pos < text.size() && text[pos] == ':') {
      ++pos;
      if (!ReadDigits(text, pos, 2, second)) return std::nullopt;
      if (pos < text.size() && text[pos] == '.') {
        ++pos;
        const size_t frac_start = pos;
        while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') ++pos;
        if (pos == frac_start) return std::nullopt;
      }
    }
    if (pos < text.size()) {
      auto parsed = ParseOffset(text.substr(pos));
      if (!parsed) return std::nullopt;
      offset = *parsed;
      if (offset_minutes != nullptr) *offset_minutes = offset;
    }
  }
  return Assemble(year, month, day, hour, minute, second, offset);
}

std::optional<int64_t> ParseWithFormat(std::string_view text, std::string_view format,
                                       int32_t* offset_minutes) {
  size_t pos = 0;
  int year = 1970, month = 1, day = 1, hour = 0, minute = 0, second = 0;
  int32_t offset = 0;
  for (size_t fpos = 0; fpos < format.size(); ++fpos) {
    const char f = format[fpos];
    if (f != '%') {
      if (pos >= text.size() || text[pos] != f) return std::nullopt;
      ++pos;
      continue;
    }
    if (++fpos >= format.size()) return std::nullopt;
    bool ok = true;
    switch (format[fpos]) {
      case 'Y':
        ok = ReadDigits(text, pos, 4, year);
        break;
      case 'm':
        ok = ReadVarDigits(text, pos, 2, month);
        break;
      case 'd':
        ok = ReadVarDigits(text, pos, 2, day);
        break;
      case 'H':
        ok = ReadVarDigits(text, pos, 2, hour);
        break;
      case 'M':
        ok = ReadVarDigits(text, pos, 2, minute);
        break;
      case 'S':
        ok = ReadVarDigits(text, pos, 2, second);
        break;
      case 'z': {
        size_t end = pos;
        while (end < text.size() && (text[end] == '+' || text[end] == '-' || text[end] == ':' ||
                                     text[end] == 'Z' || (text[end] >= '0' && text[end] <= '9'))) {
          ++end;
        }
        auto parsed = ParseOffset(text.substr(pos, end - pos));
        ok = parsed.has_value();
        if (ok) {
          offset = *parsed;
          if (offset_minutes != nullptr) *offset_minutes = offset;
        }
        pos = end;
        break;
      }
      case '%':
        ok = pos < text.size() && text[pos] == '%';
        ++pos;
        break;
      default:
        return std::nullopt;
    }
    if (!ok) return std::nullopt;
  }
  if (pos != text.size()) return std::nullopt;
  return Assemble(year, month, day, hour, minute, second, offset);
}

}  // namespace tiphub
