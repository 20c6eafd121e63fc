// Small text helpers shared by readers and writers. All functions are pure and thread-safe.
#ifndef TIPHUB_COMMON_STRINGS_H_
#define TIPHUB_COMMON_STRINGS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tiphub {

// Removes spaces, tabs and carriage returns at both ends. Inline: it runs once per field read.
inline std::string_view Trim(std::string_view s) {
  size_t begin = 0, end = s.size();
  while (begin < end && (s[begin] == ' ' || s[begin] == '\t' || s[begin] == '\r')) ++begin;
  while (end > begin && (s[end - 1] == ' ' || s[end - 1] == '\t' || s[end - 1] == '\r')) --end;
  return s.substr(begin, end - begin);
}
std::vector<std::string_view> Split(std::string_view s, char sep);
std::string ToLower(std::string_view s);
bool IsValidUtf8(std::string_view s);

// Where text may break lines: kLine (names, ids, codes) allows no control character at all;
// kMultiline (free text: a tip's or a note's text) allows tab, line feed and carriage return.
enum class TextKind { kLine, kMultiline };
// True when `s` is valid UTF-8 without control characters (C0, DEL, C1) beyond what `kind`
// allows: the rule for all text tiphub accepts (docs/limits.md).
bool IsCleanText(std::string_view s, TextKind kind = TextKind::kLine);
// True when valid UTF-8 `utf8` holds a C1 control (U+0080..U+009F): a fast test for readers that
// found C0 controls themselves.
bool HasC1Control(std::string_view utf8);
// The reason `s` is not clean text ("is not valid UTF-8", "holds control character U+0000"), or
// "" when it is.
std::string TextProblem(std::string_view s, TextKind kind = TextKind::kLine);

// Whole-string integer parse (no sign tolerance beyond a leading '-'); nullopt on any junk.
std::optional<int64_t> ParseInt64(std::string_view s);
std::optional<double> ParseDouble(std::string_view s);

// Appends `field` to `out` as one CSV field, quoted only when it holds a comma, quote or newline.
void AppendCsvField(std::string& out, std::string_view field);

// `value` safe to print on a terminal: control characters (and every byte >= 0x80 when the value
// is not valid UTF-8) escaped as \xNN, C1 controls as \u00NN; clean text unchanged. kMultiline
// keeps line feeds and tabs (a carriage return could overwrite the line, so it is escaped).
std::string ForTerminal(std::string_view value, TextKind kind = TextKind::kLine);

// Shortens a value for an error message ("'12,5O'"), escaping control bytes.
std::string QuoteForMessage(std::string_view value, size_t max_chars = 40);

}  // namespace tiphub

#endif  // TIPHUB_COMMON_STRINGS_H_
