// Keyed record-level Bloom-filter encodings (cryptographic long-term keys, CLKs) for
// privacy-preserving record linkage, and their file format.
//
// A linkage schema (JSON, docs/linkage.md) lists the fields, how each is normalised and split into
// tokens (q-grams), how many filter positions each token sets, the filter length, and hardening.
// Every partner encodes its own records with the schema and a secret shared among partners; the
// hub compares encodings only.
//
// Keys: the shared secret never leaves the partner and is never logged or written. Per-field keys
// are derived with keyed BLAKE2b (libsodium) from the secret, the schema name and the field name;
// each token's positions come from SipHash-2-4 (libsodium, 128-bit output) of the token (and the
// record's salt, when hardening uses one) under its field's key, expanded by a generator it
// seeds: independent positions, not double hashing (which pattern-mining attacks exploit).
// SipHash is a pseudo-random function built for short keyed inputs and is about ten times faster
// here than keyed BLAKE2b, whose key block costs a second compression per token. Without a salt, a
// token's positions depend only on the field, the token and the keys, so those of short tokens
// (bigrams, date parts, states: they recur from record to record) are kept in a per-thread cache.
//
// Hardening (docs/linkage.md has the trade-offs):
// - salt: a column (e.g. birth date, or its first 4 characters: the year) mixed into the hash of
//   every token of the salted fields (all by default): the same name in different salt groups
//   sets different bits, which defeats frequency alignment; records whose salt differs no longer
//   agree on the salted fields (salt only the names, and the other fields still link them).
// - balance: the filter is concatenated with its complement and permuted with a keyed permutation:
//   every encoding has the same number of bits set; doubles the length.
// - diffusion: each output bit is the XOR of `t` keyed-random filter bits: bits no longer map to
//   single q-grams, which defeats pattern mining; similarity drops somewhat for near matches, so
//   thresholds are lower.
//
// Thread safety: an Encoder is immutable after construction; Encode may be called concurrently.
#ifndef TIPHUB_LINK_CLK_H_
#define TIPHUB_LINK_CLK_H_

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"

namespace tiphub::link {

enum class FieldKind { kName, kText, kAddress, kDate, kPhone, kExact };

struct FieldSpec {
  std::string name;    // schema field name (used in key derivation)
  std::string column;  // input column (default: name)
  FieldKind kind = FieldKind::kText;
  int q = 2;   // q-gram length (kExact: the whole value is one token)
  int k = 10;  // filter positions per token
};

struct Hardening {
  std::string salt_column;  // empty: no salt
  int salt_chars = 0;       // > 0: only the first salt_chars characters of the normalised salt
  std::vector<std::string> salt_fields;  // fields whose tokens are salted; empty: all
  bool balance = false;
  int diffusion_t = 0;  // 0: no diffusion
};

struct LinkageSchema {
  std::string name;
  int filter_bits = 1024;  // before balancing; a multiple of 64
  std::string id_column = "id";
  std::vector<FieldSpec> fields;
  Hardening hardening;
  // Only input rows whose columns hold these values are encoded (e.g. kind = person).
  std::map<std::string, std::string> only;

  // Bits of the encodings this schema produces (doubled by balancing).
  int OutputBits() const { return hardening.balance ? 2 * filter_bits : filter_bits; }
  // A fingerprint of everything that changes the encodings (hex). Partners' files must agree.
  std::string Fingerprint() const;
};

Result<LinkageSchema> ParseLinkageSchema(std::string_view json_text, const std::string& source);
Result<LinkageSchema> LoadLinkageSchema(const std::string& path);

// A random record id (32 hex digits) for partners that do not want to send their own ids.
std::string RandomRecordId();

// Reads a shared secret file: at least 16 bytes (raw or text; a trailing newline is dropped).
Result<std::string> LoadSecret(const std::string& path);

// Shared linkage secrets must be at least this long (32 random bytes are the advice).
inline constexpr size_t kMinSecretBytes = 32;

class Encoder {
 public:
  // `secret` must be at least 16 bytes.
  static Result<Encoder> Create(const LinkageSchema& schema, std::string_view secret);

  // Encodes one record: `values` holds the schema's columns by name. Missing columns encode as
  // empty. Writes OutputBits()/64 words to `out`.
  void Encode(const std::map<std::string, std::string>& values, uint64_t* out) const;
  // The tokens of one field's value after normalisation (exposed for tests and resolve).
  std::vector<std::string> Tokens(const FieldSpec& field, std::string_view value) const;

  int words() const { return schema_.OutputBits() / 64; }
  const LinkageSchema& schema() const { return schema_; }
  // A check value of the secret (hex, keyed BLAKE2b of a constant): equal for partners with the
  // same secret, reveals nothing about it.
  const std::string& key_check() const { return key_check_; }

 private:
  Encoder() = default;
  LinkageSchema schema_;
  std::vector<std::array<uint8_t, 32>> field_keys_;
  std::array<uint8_t, 32> salt_key_{};
  std::vector<char> salted_;           // per field: its tokens take the salt
  std::vector<uint32_t> permutation_;  // balance: output position of each of 2L bits
  std::vector<uint32_t> diffusion_;    // diffusion: t source bits per output bit
  std::string key_check_;
  uint64_t id_ = 0;  // distinct per Create: keys this encoder's entries in the token cache
};

// An encodings file: what one partner sends the hub.
struct EncodingHeader {
  std::string partner;
  std::string schema_name;
  std::string schema_fingerprint;
  std::string key_check;
  int bits = 0;
  int64_t records = 0;
};

struct EncodedRecords {
  EncodingHeader header;
  std::vector<std::string> ids;
  std::vector<uint64_t> filters;  // records × words, 64-byte aligned rows
  int words = 0;
  const uint64_t* filter(size_t i) const { return filters.data() + i * words; }
};

// Format: "TIPHUB-CLK 1\n", a JSON header line, then per record a 2-byte little-endian id length,
// the id, and the filter (bits/8 bytes). See docs/linkage.md.
Status WriteEncodings(const std::string& path, const EncodingHeader& header,
                      const std::vector<std::string>& ids, const std::vector<uint64_t>& filters);
// Reads and checks a file: magic, header, record count, lengths. Messages name the file and the
// record at fault.
Result<EncodedRecords> ReadEncodings(const std::string& path);

}  // namespace tiphub::link

#endif  // TIPHUB_LINK_CLK_H_
