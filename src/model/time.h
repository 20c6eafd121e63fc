// Time in tiphub: instants are seconds since the Unix epoch in UTC; the local offset of the place
// where a transaction happened is kept beside it (night-time and opening-hour indicators need local
// time). Civil-date arithmetic is done here without the C library's time zone state, so it is
// thread-safe and identical on every machine.
#ifndef TIPHUB_MODEL_TIME_H_
#define TIPHUB_MODEL_TIME_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tiphub {

struct CivilDate {
  int year;
  int month;  // 1..12
  int day;    // 1..31
};

// Days since 1970-01-01 for a proleptic Gregorian date, and back.
int64_t DaysFromCivil(CivilDate date);
CivilDate CivilFromDays(int64_t days);
bool IsValidCivil(CivilDate date);

// A point in time with the local offset of where it happened.
struct Timestamp {
  int64_t utc_seconds = 0;
  int32_t offset_minutes = 0;  // local = UTC + offset (Mexico City: -360)

  int64_t LocalSeconds() const { return utc_seconds + int64_t{offset_minutes} * 60; }
  int LocalHour() const;
  // 0 = Monday ... 6 = Sunday, in local time.
  int LocalWeekday() const;
};

// "2026-01-05T20:03:22Z".
std::string FormatUtc(int64_t utc_seconds);
// Appends the same form to `out` without allocating a temporary.
void AppendUtc(std::string& out, int64_t utc_seconds);
// "2026-01-05".
std::string FormatDate(int64_t days_since_epoch);

// Parses ISO 8601 forms: "YYYY-MM-DD", "YYYY-MM-DDTHH:MM[:SS[.fff]]" with 'T' or ' ', followed by
// nothing (UTC), 'Z', or an offset "+HH:MM" / "-HHMM". On success returns the instant; when an
// offset was present and `offset_minutes` is not null, stores it there.
std::optional<int64_t> ParseIso8601(std::string_view text, int32_t* offset_minutes = nullptr);

// Parses with a strptime-like pattern: %Y %m %d %H %M %S %z (±HH:MM or ±HHMM) %% and literal
// characters. Missing fields default to 0 (date fields to 1). Thread-safe, no locale.
std::optional<int64_t> ParseWithFormat(std::string_view text, std::string_view format,
                                       int32_t* offset_minutes = nullptr);

// Parses "+HH:MM", "-HHMM", "Z" into minutes.
std::optional<int32_t> ParseOffset(std::string_view text);
std::string FormatOffset(int32_t offset_minutes);

}  // namespace tiphub

#endif  // TIPHUB_MODEL_TIME_H_
