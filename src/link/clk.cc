#include "link/clk.h"

#include <sodium.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <memory>
#include <mutex>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "common/file.h"
#include "link/normalize.h"

namespace tiphub::link {

namespace {

constexpr std::string_view kMagic = "TIPHUB-CLK 1\n";

void InitSodium() {
  static std::once_flag once;
  std::call_once(once, [] {
    if (sodium_init() < 0) std::abort();  // libsodium cannot run at all: nothing is safe
  });
}

std::string Hex(const uint8_t* bytes, size_t n) {
  std::string out;
  for (size_t i = 0; i < n; ++i) out += fmt::format("{:02x}", bytes[i]);
  return out;
}

// SplitMix64: expands a keyed seed into positions and permutations (not a key by itself).
struct SplitMix {
  uint64_t state;
  uint64_t Next() {
    uint64_t z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
};

uint64_t Load64(const uint8_t* p) {
  uint64_t v;
  std::memcpy(&v, p, 8);
  return v;
}

std::array<uint8_t, 32> DeriveKey(const uint8_t* master, size_t master_len,
                                  std::string_view label) {
  std::array<uint8_t, 32> key{};
  crypto_generichash(key.data(), key.size(), reinterpret_cast<const uint8_t*>(label.data()),
                     label.size(), master, master_len);
  return key;
}

const char* KindName(FieldKind kind) {
  switch (kind) {
    case FieldKind::kName:
      return "name";
    case FieldKind::kText:
      return "text";
    case FieldKind::kAddress:
      return "address";
    case FieldKind::kDate:
      return "date";
    case FieldKind::kPhone:
      return "phone";
    case FieldKind::kExact:
      return "exact";
  }
  return "text";
}

// Calls fn(gram) for each q-gram of "_s_" (the whole padded string when it is shorter than q).
template <typename Fn>
void EachQGram(std::string_view s, int q, std::string& scratch, Fn&& fn) {
  if (s.empty()) return;
  scratch.assign("_");
  scratch.append(s);
  scratch.push_back('_');
  const std::string_view padded = scratch;
  const auto n = static_cast<size_t>(q);
  if (padded.size() <= n) {
    fn(padded);
    return;
  }
  for (size_t i = 0; i + n <= padded.size(); ++i) fn(padded.substr(i, n));
}

// Calls fn(token) for each token of one field's value after normalisation.
template <typename Fn>
void EachToken(const FieldSpec& field, std::string_view value, Fn&& fn) {
  std::string scratch;
  switch (field.kind) {
    case FieldKind::kName: {
      thread_local std::vector<std::string> parts;  // capacity kept from record to record
      NameParts(value, parts);
      for (const std::string& part : parts) EachQGram(part, field.q, scratch, fn);
      break;
    }
    case FieldKind::kText:
      EachQGram(NormalizeText(value), field.q, scratch, fn);
      break;
    case FieldKind::kAddress:
      EachQGram(NormalizeAddress(value), field.q, scratch, fn);
      break;
    case FieldKind::kDate: {
      const std::string d = NormalizeDate(value);
      if (!d.empty()) {
        fn("y" + d.substr(0, 4));
        fn("m" + d.substr(4, 2));
        fn("d" + d.substr(6, 2));
      }
      break;
    }
    case FieldKind::kPhone:
      EachQGram(NormalizePhone(value), field.q, scratch, fn);
      break;
    case FieldKind::kExact: {
      const std::string v = NormalizeText(value);
      if (!v.empty()) fn(v);
      break;
    }
  }
}

}  // namespace

std::string LinkageSchema::Fingerprint() const {
  InitSodium();
  nlohmann::json canon = {{"name", name},
                          {"filter_bits", filter_bits},
                          {"salt", hardening.salt_column},
                          {"balance", hardening.balance},
                          {"diffusion_t", hardening.diffusion_t}};
  // Added only when set, so that schemas without them keep the fingerprints of older files.
  if (hardening.salt_chars > 0) canon["salt_chars"] = hardening.salt_chars;
  if (!hardening.salt_fields.empty()) canon["salt_fields"] = hardening.salt_fields;
  for (const auto& f : fields) {
    canon["fields"].push_back({f.name, f.column, KindName(f.kind), f.q, f.k});
  }
  const std::string text = canon.dump();
  uint8_t hash[16];
  crypto_generichash(hash, sizeof hash, reinterpret_cast<const uint8_t*>(text.data()), text.size(),
                     nullptr, 0);
  return Hex(hash, sizeof hash);
}

Result<LinkageSchema> ParseLinkageSchema(std::string_view json_text, const std::string& source) {
  const nlohmann::json doc = nlohmann::json::parse(json_text, nullptr, false);
  if (doc.is_discarded() || !doc.is_object()) {
    return Status::InvalidArgument(
        fmt::format("linkage schema {} is not a JSON object (see docs/linkage.md)", source));
  }
  LinkageSchema s;
  try {
    s.name = doc.value("name", "");
    s.filter_bits = doc.value("filter_bits", 1024);
    s.id_column = doc.value("id_column", "id");
    if (!doc.contains("fields") || !doc.at("fields").is_array() || doc.at("fields").empty()) {
      return Status::InvalidArgument(
          fmt::format("linkage schema {}: 'fields' must be a non-empty list", source));
    }
    for (const auto& f : doc.at("fields")) {
      FieldSpec spec;
      spec.name = f.at("name").get<std::string>();
      spec.column = f.value("column", spec.name);
      const std::string kind = f.value("kind", "text");
      if (kind == "name")
        spec.kind = FieldKind::kName;
      else if (kind == "text")
        spec.kind = FieldKind::kText;
      else if (kind == "address")
        spec.kind = FieldKind::kAddress;
      else if (kind == "date")
        spec.kind = FieldKind::kDate;
      else if (kind == "phone")
        spec.kind = FieldKind::kPhone;
      else if (kind == "exact")
        spec.kind = FieldKind::kExact;
      else {
        return Status::InvalidArgument(fmt::format(
            "linkage schema {}: field '{}' has kind '{}'; use name, text, address, date, phone or "
            "exact",
            source, spec.name, kind));
      }
      spec.q = f.value("q", 2);
      spec.k = f.value("k", 10);
      if (spec.q < 1 || spec.q > 8 || spec.k < 1 || spec.k > 256) {
        return Status::InvalidArgument(
            fmt::format("linkage schema {}: field '{}' needs 1 <= q <= 8 and 1 <= k <= 256", source,
                        spec.name));
      }
      s.fields.push_back(std::move(spec));
    }
    if (doc.contains("only")) {
      for (const auto& [column, value] : doc.at("only").items()) {
        s.only[column] = value.get<std::string>();
      }
    }
    const nlohmann::json h = doc.value("hardening", nlohmann::json::object());
    s.hardening.salt_column = h.value("salt", "");
    s.hardening.salt_chars = h.value("salt_chars", 0);
    s.hardening.salt_fields = h.value("salt_fields", std::vector<std::string>{});
    s.hardening.balance = h.value("balance", false);
    s.hardening.diffusion_t = h.value("diffusion_t", 0);
  } catch (const nlohmann::json::exception& e) {
    return Status::InvalidArgument(
        fmt::format("linkage schema {}: {} (see docs/linkage.md)", source, e.what()));
  }
  if (s.name.empty()) {
    return Status::InvalidArgument(fmt::format("linkage schema {} has no 'name'", source));
  }
  if (s.filter_bits < 64 || s.filter_bits > 65536 || s.filter_bits % 64 != 0) {
    return Status::InvalidArgument(fmt::format(
        "linkage schema {}: filter_bits must be a multiple of 64 between 64 and 65536, not {}",
        source, s.filter_bits));
  }
  if (s.hardening.salt_chars < 0 || s.hardening.salt_chars > 64) {
    return Status::InvalidArgument(
        fmt::format("linkage schema {}: hardening.salt_chars must be 0..64", source));
  }
  if (s.hardening.salt_column.empty() &&
      (s.hardening.salt_chars > 0 || !s.hardening.salt_fields.empty())) {
    return Status::InvalidArgument(fmt::format(
        "linkage schema {}: hardening.salt_chars and salt_fields need a salt column", source));
  }
  for (const auto& name : s.hardening.salt_fields) {
    if (std::none_of(s.fields.begin(), s.fields.end(),
                     [&name](const FieldSpec& f) { return f.name == name; })) {
      return Status::InvalidArgument(
          fmt::format("linkage schema {}: hardening.salt_fields names '{}', which is not a field",
                      source, name));
    }
  }
  if (s.hardening.diffusion_t < 0 || s.hardening.diffusion_t > 16) {
    return Status::InvalidArgument(
        fmt::format("linkage schema {}: hardening.diffusion_t must be 0..16", source));
  }
  return s;
}

Result<LinkageSchema> LoadLinkageSchema(const std::string& path) {
  ASSIGN_OR_RETURN(const std::string text, ReadWholeFile(path, "linkage schema"));
  return ParseLinkageSchema(text, path);
}

std::string RandomRecordId() {
  InitSodium();
  uint8_t bytes[16];
  randombytes_buf(bytes, sizeof bytes);
  return Hex(bytes, sizeof bytes);
}

Result<std::string> LoadSecret(const std::string& path) {
  ASSIGN_OR_RETURN(std::string secret, ReadWholeFile(path, "the secret file"));
  while (!secret.empty() && (secret.back() == '\n' || secret.back() == '\r')) secret.pop_back();
  if (secret.size() < kMinSecretBytes) {
    return Status::InvalidArgument(fmt::format(
        "the secret in '{}' is shorter than 32 bytes; share at least 32 random bytes among the "
        "partners (e.g. head -c 32 /dev/urandom | base64 > secret.key)",
        path));
  }
  return secret;
}

namespace {

std::atomic<uint64_t> next_encoder_id{1};

// Direct-mapped, per thread: the filter bits of tokens of up to 8 bytes, by field, as a mask of up
// to kMaskWords words to OR into the filter. Entries are only valid for the encoder `owner` (ids
// are never reused; copies of an encoder share keys and id).
struct TokenCache {
  static constexpr int kMaskWords = 16;  // filters of up to 1,024 bits; longer ones bypass it
  static constexpr int kSlotBits = 12;
  struct Entry {
    uint64_t token = 0;  // the token's bytes, zero padded
    uint32_t meta = 0;   // (field << 8 | length) + 1; 0: empty
    std::array<uint64_t, kMaskWords> mask;
  };
  uint64_t owner = 0;
  std::vector<Entry> entries;

  static TokenCache& For(uint64_t encoder) {
    thread_local TokenCache cache;
    if (cache.owner != encoder) {
      cache.entries.assign(size_t{1} << kSlotBits, Entry{});
      cache.owner = encoder;
    }
    return cache;
  }
  Entry& Slot(uint64_t token, uint32_t meta) {
    const uint64_t h = (token ^ (uint64_t{meta} << 40)) * 0x9E3779B97F4A7C15ull;
    return entries[static_cast<size_t>(h >> (64 - kSlotBits))];
  }
};

}  // namespace

Result<Encoder> Encoder::Create(const LinkageSchema& schema, std::string_view secret) {
  InitSodium();
  if (secret.size() < kMinSecretBytes) {
    return Status::InvalidArgument(fmt::format(
        "the linkage secret is shorter than {} bytes; share at least 32 random bytes among the "
        "partners (e.g. head -c 32 /dev/urandom | base64 > secret.key)",
        kMinSecretBytes));
  }
  // A master key of at most 64 bytes (BLAKE2b's key limit).
  uint8_t master[32];
  crypto_generichash(master, sizeof master, reinterpret_cast<const uint8_t*>(secret.data()),
                     secret.size(), reinterpret_cast<const uint8_t*>("tiphub-clk-master"), 17);
  Encoder e;
  e.id_ = next_encoder_id.fetch_add(1);
  e.schema_ = schema;
  for (const auto& f : schema.fields) {
    e.field_keys_.push_back(
        DeriveKey(master, sizeof master, fmt::format("field|{}|{}", schema.name, f.name)));
  }
  e.salt_key_ = DeriveKey(master, sizeof master, fmt::format("salt|{}", schema.name));
  for (const auto& f : schema.fields) {
    const auto& only = schema.hardening.salt_fields;
    e.salted_.push_back(
        !schema.hardening.salt_column.empty() &&
        (only.empty() || std::find(only.begin(), only.end(), f.name) != only.end()));
  }
  // The key check tells partners' files made with different secrets apart. It is a slow
  // password hash (Argon2id, 64 MiB, salted by the schema), not a fast one: whoever holds a file
  // pays ~0.1 s and 64 MiB for each guess of the secret it tests offline.
  uint8_t salt[crypto_pwhash_SALTBYTES];
  const std::string salt_text = "tiphub-key-check|" + schema.name;
  crypto_generichash(salt, sizeof salt, reinterpret_cast<const uint8_t*>(salt_text.data()),
                     salt_text.size(), nullptr, 0);
  uint8_t check[16];
  if (crypto_pwhash(check, sizeof check, secret.data(), secret.size(), salt,
                    crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
                    crypto_pwhash_ALG_ARGON2ID13) != 0) {
    return Status::ResourceExhausted("cannot hash the linkage secret: 64 MiB of memory needed");
  }
  e.key_check_ = Hex(check, 8);

  const auto layout = DeriveKey(master, sizeof master, fmt::format("layout|{}", schema.name));
  SplitMix rng{Load64(layout.data()) ^ Load64(layout.data() + 8)};
  const int n = schema.OutputBits();
  if (schema.hardening.balance) {
    e.permutation_.resize(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i) e.permutation_[static_cast<size_t>(i)] = static_cast<uint32_t>(i);
    for (int i = n - 1; i > 0; --i) {
      std::swap(e.permutation_[static_cast<size_t>(i)],
                e.permutation_[rng.Next() % static_cast<uint64_t>(i + 1)]);
    }
  }
  if (schema.hardening.diffusion_t > 0) {
    const int t = schema.hardening.diffusion_t;
    e.diffusion_.resize(static_cast<size_t>(n) * static_cast<size_t>(t));
    for (auto& src : e.diffusion_)
      src = static_cast<uint32_t>(rng.Next() % static_cast<uint64_t>(n));
  }
  sodium_memzero(master, sizeof master);
  return e;
}

std::vector<std::string> Encoder::Tokens(const FieldSpec& field, std::string_view value) const {
  std::vector<std::string> out;
  EachToken(field, value, [&out](std::string_view token) { out.emplace_back(token); });
  return out;
}

void Encoder::Encode(const std::map<std::string, std::string>& values, uint64_t* out) const {
  const int bits = schema_.filter_bits;
  const int n = schema_.OutputBits();
  thread_local std::vector<uint64_t> bf;  // capacity kept from record to record
  bf.assign(std::max<size_t>(static_cast<size_t>(bits / 64), TokenCache::kMaskWords), 0);
  std::string salt;
  if (!schema_.hardening.salt_column.empty()) {
    const auto it = values.find(schema_.hardening.salt_column);
    if (it != values.end()) salt = NormalizeText(it->second);
    if (schema_.hardening.salt_chars > 0) {
      // The first salt_chars code points (continuation bytes are 10xxxxxx).
      size_t end = 0;
      for (int c = 0; c < schema_.hardening.salt_chars && end < salt.size(); ++c) {
        ++end;
        while (end < salt.size() && (static_cast<unsigned char>(salt[end]) & 0xC0) == 0x80) ++end;
      }
      salt.resize(end);
    }
  }
  // Token hashing: SipHash-2-4 with 128-bit output (libsodium crypto_shorthash_siphashx24), a PRF
  // for short inputs keyed per field; the input is salt (salted fields only), 0x1f, token.
  uint8_t input[256];
  uint8_t hash[crypto_shorthash_siphashx24_BYTES];
  // Short tokens (bigrams, date parts, states) recur from record to record: without a salt their
  // positions depend on the field and token only, and come from this thread's cache.
  TokenCache* const thread_cache =
      bits <= 64 * TokenCache::kMaskWords ? &TokenCache::For(id_) : nullptr;
  for (size_t f = 0; f < schema_.fields.size(); ++f) {
    const FieldSpec& field = schema_.fields[f];
    const auto it = values.find(field.column);
    if (it == values.end() || it->second.empty()) continue;
    const size_t salt_len = salted_[f] ? std::min<size_t>(salt.size(), 128) : 0;
    TokenCache* cache = salt_len == 0 ? thread_cache : nullptr;
    std::memcpy(input, salt.data(), salt_len);
    input[salt_len] = 0x1f;
    // The token's k filter positions, each passed to emit(pos).
    auto positions = [&](std::string_view token, auto&& emit) {
      const size_t len = std::min<size_t>(token.size(), sizeof input - salt_len - 1);
      std::memcpy(input + salt_len + 1, token.data(), len);
      crypto_shorthash_siphashx24(hash, input, salt_len + 1 + len, field_keys_[f].data());
      // Independent positions: the first 4 from the hash, more from a generator it seeds; each
      // 32-bit value maps onto the filter by multiply-shift (no division).
      SplitMix more{Load64(hash) ^ Load64(hash + 8)};
      uint64_t pending = 0;
      for (int i = 0; i < field.k; ++i) {
        uint32_t v;
        if (i < 4) {
          std::memcpy(&v, hash + 4 * i, 4);
        } else if (i % 2 == 0) {
          pending = more.Next();
          v = static_cast<uint32_t>(pending);
        } else {
          v = static_cast<uint32_t>(pending >> 32);
        }
        emit(static_cast<uint32_t>((uint64_t{v} * static_cast<uint64_t>(bits)) >> 32));
      }
    };
    auto set = [](uint32_t pos) { bf[pos / 64] |= uint64_t{1} << (pos % 64); };
    EachToken(field, it->second, [&](std::string_view token) {
      if (cache == nullptr || token.size() > 8) {
        positions(token, set);
        return;
      }
      uint64_t word = 0;
      std::memcpy(&word, token.data(), token.size());
      const auto meta = static_cast<uint32_t>((f << 8 | token.size()) + 1);
      TokenCache::Entry& e = cache->Slot(word, meta);
      if (e.meta != meta || e.token != word) {
        e.token = word;
        e.meta = meta;
        e.mask.fill(0);
        positions(token, [&e](uint32_t pos) { e.mask[pos / 64] |= uint64_t{1} << (pos % 64); });
      }
      // Whole masks (bf has room for kMaskWords words; words past the filter stay zero).
      typedef uint64_t Block __attribute__((vector_size(64)));
      for (size_t w = 0; w < TokenCache::kMaskWords; w += 8) {
        Block a, b;
        std::memcpy(&a, bf.data() + w, sizeof a);
        std::memcpy(&b, e.mask.data() + w, sizeof b);
        a |= b;
        std::memcpy(bf.data() + w, &a, sizeof a);
      }
    });
  }
  const int words = n / 64;
  const auto filter_words = static_cast<std::ptrdiff_t>(bits / 64);  // bf may be longer
  if (!schema_.hardening.balance && schema_.hardening.diffusion_t == 0) {
    std::copy(bf.begin(), bf.begin() + filter_words, out);
    return;
  }
  std::vector<uint64_t> stage(static_cast<size_t>(words), 0);
  if (schema_.hardening.balance) {
    for (int i = 0; i < 2 * bits; ++i) {
      const int src = i % bits;
      bool bit = (bf[static_cast<size_t>(src / 64)] >> (src % 64)) & 1;
      if (i >= bits) bit = !bit;
      if (bit) {
        const uint32_t dst = permutation_[static_cast<size_t>(i)];
        stage[dst / 64] |= uint64_t{1} << (dst % 64);
      }
    }
  } else {
    stage.assign(bf.begin(), bf.begin() + filter_words);
  }
  if (schema_.hardening.diffusion_t == 0) {
    std::copy(stage.begin(), stage.end(), out);
    return;
  }
  const int t = schema_.hardening.diffusion_t;
  std::fill(out, out + words, 0);
  for (int j = 0; j < n; ++j) {
    uint64_t x = 0;
    const uint32_t* src = diffusion_.data() + static_cast<size_t>(j) * static_cast<size_t>(t);
    for (int s = 0; s < t; ++s) x ^= (stage[src[s] / 64] >> (src[s] % 64)) & 1;
    out[j / 64] |= x << (j % 64);
  }
}

Status WriteEncodings(const std::string& path, const EncodingHeader& header,
                      const std::vector<std::string>& ids, const std::vector<uint64_t>& filters) {
  const size_t words = static_cast<size_t>(header.bits / 64);
  if (filters.size() != ids.size() * words) return Status::Internal("encodings and ids disagree");
  const std::string tmp = path + ".partial";
  std::unique_ptr<FILE, int (*)(FILE*)> f(std::fopen(tmp.c_str(), "wb"), &std::fclose);
  if (!f) return Status::IoError(fmt::format("cannot write '{}'", tmp));
  const nlohmann::json h = {{"partner", header.partner},
                            {"schema", header.schema_name},
                            {"schema_fingerprint", header.schema_fingerprint},
                            {"key_check", header.key_check},
                            {"bits", header.bits},
                            {"records", static_cast<int64_t>(ids.size())}};
  const std::string head = std::string(kMagic) + h.dump() + "\n";
  bool ok = std::fwrite(head.data(), 1, head.size(), f.get()) == head.size();
  for (size_t i = 0; ok && i < ids.size(); ++i) {
    if (ids[i].empty() || ids[i].size() > 65535) {
      return Status::InvalidArgument(
          fmt::format("record {}: ids must be 1 to 65535 bytes long", i + 1));
    }
    const uint8_t len[2] = {static_cast<uint8_t>(ids[i].size() & 0xff),
                            static_cast<uint8_t>(ids[i].size() >> 8)};
    ok = std::fwrite(len, 1, 2, f.get()) == 2 &&
         std::fwrite(ids[i].data(), 1, ids[i].size(), f.get()) == ids[i].size() &&
         std::fwrite(filters.data() + i * words, 8, words, f.get()) == words;
  }
  ok = ok && std::fflush(f.get()) == 0;
  f.reset();
  if (!ok) return Status::IoError(fmt::format("writing '{}' failed (disk full?)", tmp));
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    return Status::IoError(fmt::format("cannot move encodings to '{}'", path));
  }
  return Status::Ok();
}

Result<EncodedRecords> ReadEncodings(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(fmt::format("cannot read encodings file '{}'", path));
  std::string magic(kMagic.size(), '\0');
  in.read(magic.data(), static_cast<std::streamsize>(magic.size()));
  if (!in || magic != kMagic) {
    return Status::InvalidArgument(fmt::format(
        "'{}' is not a tiphub encodings file (it should start with 'TIPHUB-CLK 1'; make it with "
        "tiphub encode)",
        path));
  }
  std::string line;
  if (!std::getline(in, line)) {
    return Status::InvalidArgument(fmt::format("'{}': the header line is missing", path));
  }
  const nlohmann::json h = nlohmann::json::parse(line, nullptr, false);
  EncodedRecords r;
  const std::string bad_header = fmt::format(
      "'{}': the header is not the JSON tiphub encode writes (partner, schema, "
      "schema_fingerprint, key_check, bits, records)",
      path);
  if (h.is_discarded() || !h.is_object()) return Status::InvalidArgument(bad_header);
  try {
    r.header.partner = h.at("partner").get<std::string>();
    r.header.schema_name = h.at("schema").get<std::string>();
    r.header.schema_fingerprint = h.at("schema_fingerprint").get<std::string>();
    r.header.key_check = h.at("key_check").get<std::string>();
    r.header.bits = h.at("bits").get<int>();
    r.header.records = h.at("records").get<int64_t>();
  } catch (const nlohmann::json::exception&) {
    return Status::InvalidArgument(bad_header);
  }
  if (r.header.bits < 64 || r.header.bits > 131072 || r.header.bits % 64 != 0 ||
      r.header.records < 0) {
    return Status::InvalidArgument(
        fmt::format("'{}': the header's bits or records are invalid", path));
  }
  r.words = r.header.bits / 64;
  const auto words = static_cast<size_t>(r.words);
  // Grow as records arrive rather than trusting the header's count for the allocation.
  for (int64_t i = 0; i < r.header.records; ++i) {
    uint8_t len[2];
    in.read(reinterpret_cast<char*>(len), 2);
    const size_t n = static_cast<size_t>(len[0]) | (static_cast<size_t>(len[1]) << 8);
    std::string id(n, '\0');
    if (in) in.read(id.data(), static_cast<std::streamsize>(n));
    const size_t at = r.filters.size();
    r.filters.resize(at + words);
    if (in)
      in.read(reinterpret_cast<char*>(r.filters.data() + at),
              static_cast<std::streamsize>(words * 8));
    if (!in || n == 0) {
      return Status::InvalidArgument(fmt::format(
          "'{}': record {} of {} is truncated or has an empty id; the file is damaged or was cut "
          "short",
          path, i + 1, r.header.records));
    }
    r.ids.push_back(std::move(id));
  }
  if (in.peek() != std::char_traits<char>::eof()) {
    return Status::InvalidArgument(fmt::format(
        "'{}': there are bytes after the {} records the header announces", path, r.header.records));
  }
  return r;
}

}  // namespace tiphub::link
