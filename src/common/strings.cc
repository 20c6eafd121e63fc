#include "common/strings.h"

#include <charconv>
#include <cstdlib>
#include <cstring>

#include <fmt/format.h>

namespace tiphub {

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  for (size_t pos = 0; pos <= s.size(); ++pos) {
    if (pos == s.size() || s[pos] == sep) {
      parts.push_back(s.substr(start, pos - start));
      start = pos + 1;
    }
  }
  return parts;
}

std::string ToLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool IsValidUtf8(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const auto* end = p + s.size();
  while (p < end) {
    // Skip ASCII eight bytes at a time.
    while (end - p >= 8) {
      uint64_t word;
      std::memcpy(&word, p, 8);
      if ((word & 0x8080808080808080ULL) != 0) break;
      p += 8;
    }
    if (p == end) break;
    if (*p < 0x80) {
      ++p;
      continue;
    }
    int len;
    uint32_t cp;
    if ((*p & 0xE0) == 0xC0) {
      len = 2;
      cp = *p & 0x1F;
    } else if ((*p & 0xF0) == 0xE0) {
      len = 3;
      cp = *p & 0x0F;
    } else if ((*p & 0xF8) == 0xF0) {
      len = 4;
      cp = *p & 0x07;
    } else {
      return false;
    }
    if (end - p < len) return false;
    for (int k = 1; k < len; ++k) {
      if ((p[k] & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (p[k] & 0x3F);
    }
    if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
        cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
      return false;
    }
    p += len;
  }
  return true;
}

std::string TextProblem(std::string_view s, TextKind kind) {
  if (!IsValidUtf8(s)) return "is not valid UTF-8";
  for (size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    uint32_t cp = 0x110000;  // none
    if (c < 0x20 || c == 0x7F) {
      const bool allowed = kind == TextKind::kMultiline && (c == '\t' || c == '\n' || c == '\r');
      if (!allowed) cp = c;
    } else if (c == 0xC2 && i + 1 < s.size()) {
      const auto next = static_cast<unsigned char>(s[i + 1]);
      if (next >= 0x80 && next <= 0x9F) cp = next;  // C1 controls, U+0080..U+009F
    }
    if (cp != 0x110000) return fmt::format("holds control character U+{:04X}", cp);
  }
  return {};
}

bool IsCleanText(std::string_view s, TextKind kind) {
  // One pass for C0 controls and DEL; UTF-8 validity and C1 controls only when a byte >= 0x80
  // was seen. Runs per ingested record, so it never builds a message (TextProblem does).
  const bool multiline = kind == TextKind::kMultiline;
  bool high = false;
  for (char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    if ((c < 0x20 && !(multiline && (c == '\t' || c == '\n' || c == '\r'))) || c == 0x7F) {
      return false;
    }
    high |= c >= 0x80;
  }
  if (!high) return true;
  return IsValidUtf8(s) && !HasC1Control(s);
}

bool HasC1Control(std::string_view utf8) {
  for (size_t i = utf8.find('\xC2'); i != std::string_view::npos; i = utf8.find('\xC2', i + 1)) {
    if (i + 1 < utf8.size()) {
      const auto next = static_cast<unsigned char>(utf8[i + 1]);
      if (next >= 0x80 && next <= 0x9F) return true;
    }
  }
  return false;
}

std::optional<int64_t> ParseInt64(std::string_view s) {
  int64_t v = 0;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || ptr != s.data() + s.size() || s.empty()) return std::nullopt;
  return v;
}

std::optional<double> ParseDouble(std::string_view s) {
  double v = 0;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || ptr != s.data() + s.size() || s.empty()) return std::nullopt;
  return v;
}

void AppendCsvField(std::string& out, std::string_view field) {
  if (field.find_first_of(",\"\n\r") == std::string_view::npos) {
    out.append(field);
    return;
  }
  out.push_back('"');
  for (char c : field) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
}

std::string QuoteForMessage(std::string_view value, size_t max_chars) {
  std::string out = "'";
  size_t shown = 0;
  for (unsigned char c : value) {
    if (shown == max_chars) {
      out += "...";
      break;
    }
    if (c < 0x20 || c == 0x7F) {
      out += fmt::format("\\x{:02x}", c);
    } else {
      out.push_back(static_cast<char>(c));
    }
    ++shown;
  }
  out += "'";
  return out;
}

std::string ForTerminal(std::string_view value, TextKind kind) {
  if (IsCleanText(value, kind)) return std::string(value);
  std::string out;
  const bool utf8 = IsValidUtf8(value);
  for (size_t i = 0; i < value.size(); ++i) {
    const auto c = static_cast<unsigned char>(value[i]);
    const bool c1 = c == 0xC2 && i + 1 < value.size() &&
                    static_cast<unsigned char>(value[i + 1]) >= 0x80 &&
                    static_cast<unsigned char>(value[i + 1]) <= 0x9F;
    const bool allowed = kind == TextKind::kMultiline && (c == '\n' || c == '\t');
    if (((c < 0x20 || c == 0x7F) && !allowed) || (!utf8 && c >= 0x80)) {
      out += fmt::format("\\x{:02x}", c);
    } else if (c1) {
      out += fmt::format("\\u{:04x}", static_cast<unsigned char>(value[++i]));
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
  return out;
}

}  // namespace tiphub
