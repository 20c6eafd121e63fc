#include "app/link.h"

#include <sodium.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <map>
#include <numeric>
#include <set>
#include <thread>
#include <unordered_map>

#include <fmt/format.h>

#include "common/file.h"
#include "common/strings.h"
#include "ingest/csv_reader.h"
#include "link/clk.h"
#include "link/match.h"
#include "link/normalize.h"
#include "store/store.h"

namespace tiphub::app {

namespace {

double Since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// Rows of a CSV with header names and values trimmed (FEBRL writes ", " between fields).
Result<std::vector<std::map<std::string, std::string>>> ReadRows(const std::string& path) {
  ASSIGN_OR_RETURN(auto rows, ingest::ReadCsvRows(path));
  for (auto& row : rows) {
    std::map<std::string, std::string> clean;
    for (auto& [k, v] : row) clean[std::string(Trim(k))] = std::string(Trim(v));
    row = std::move(clean);
  }
  return rows;
}

int ThreadCount(int requested) {
  return requested > 0 ? requested
                       : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}

}  // namespace

nlohmann::json EncodeSummary::ToJson() const {
  return {{"read", read},
          {"encoded", encoded},
          {"skipped", skipped},
          {"rejected", rejected},
          {"rejects", rejects},
          {"key_check", key_check},
          {"schema_fingerprint", schema_fingerprint},
          {"seconds", seconds}};
}

Result<EncodeSummary> Encode(const EncodeRequest& request, const ProgressSink& progress) {
  const auto start = std::chrono::steady_clock::now();
  ASSIGN_OR_RETURN(link::LinkageSchema schema, link::LoadLinkageSchema(request.schema));
  ASSIGN_OR_RETURN(std::string secret, link::LoadSecret(request.secret_file));
  ASSIGN_OR_RETURN(link::Encoder encoder, link::Encoder::Create(schema, secret));
  std::fill(secret.begin(), secret.end(), '\0');
  ASSIGN_OR_RETURN(auto rows, ReadRows(request.input));
  EncodeSummary summary;
  summary.read = static_cast<int64_t>(rows.size());
  summary.key_check = encoder.key_check();
  summary.schema_fingerprint = schema.Fingerprint();
  if (!rows.empty() && !rows[0].count(schema.id_column)) {
    return Status::InvalidArgument(fmt::format("'{}' has no column '{}' (the schema's id_column)",
                                               request.input, schema.id_column));
  }
  for (const auto& f : schema.fields) {
    if (!rows.empty() && !rows[0].count(f.column)) {
      return Status::InvalidArgument(fmt::format(
          "'{}' has no column '{}' that schema field '{}' reads; fix the schema's column names",
          request.input, f.column, f.name));
    }
  }
  // Rows to encode, after "only" and id checks.
  std::vector<size_t> keep;
  std::set<std::string> seen;
  for (size_t i = 0; i < rows.size(); ++i) {
    bool wanted = true;
    for (const auto& [column, value] : schema.only) {
      const auto it = rows[i].find(column);
      wanted = wanted && it != rows[i].end() && it->second == value;
    }
    if (!wanted) {
      ++summary.skipped;
      continue;
    }
    const std::string& id = rows[i][schema.id_column];
    std::string why;
    if (id.empty())
      why = "the id is empty";
    else if (id.size() > 65535)
      why = "the id is longer than 65535 bytes";
    else if (!seen.insert(id).second)
      why = fmt::format("id {} was seen before", QuoteForMessage(id));
    if (!why.empty()) {
      ++summary.rejected;
      if (summary.rejects.size() < 20)
        summary.rejects.push_back(fmt::format("line {}: {}", i + 2, why));
      continue;
    }
    keep.push_back(i);
  }
  if (!request.id_map.empty()) {
    // Random ids in input order would give the order away: the records are shuffled too
    // (Fisher-Yates with libsodium's CSPRNG).
    for (size_t i = keep.size(); i > 1; --i) {
      std::swap(keep[i - 1], keep[randombytes_uniform(static_cast<uint32_t>(i))]);
    }
  }
  const auto words = static_cast<size_t>(encoder.words());
  std::vector<uint64_t> filters(keep.size() * words);
  const int threads = ThreadCount(request.threads);
  std::vector<std::thread> pool;
  std::atomic<int64_t> done{0};
  auto work = [&](size_t from, size_t to) {
    for (size_t k = from; k < to; ++k) {
      encoder.Encode(rows[keep[k]], filters.data() + k * words);
      if (++done % 65536 == 0 && progress && from == 0) {
        progress(done.load(), static_cast<int64_t>(keep.size()));
      }
    }
  };
  const size_t chunk =
      (keep.size() + static_cast<size_t>(threads) - 1) / static_cast<size_t>(threads);
  for (int t = 1; t < threads; ++t) {
    const size_t from = std::min(keep.size(), chunk * static_cast<size_t>(t));
    pool.emplace_back(work, from, std::min(keep.size(), from + chunk));
  }
  work(0, std::min(keep.size(), chunk));
  for (auto& th : pool) th.join();

  std::vector<std::string> ids;
  ids.reserve(keep.size());
  std::string map_text;
  for (size_t i : keep) {
    const std::string& own = rows[i][schema.id_column];
    if (request.id_map.empty()) {
      ids.push_back(own);
    } else {
      ids.push_back(link::RandomRecordId());
      map_text += ids.back() + ",";
      AppendCsvField(map_text, own);
      map_text += "\n";
    }
  }
  if (!request.id_map.empty()) {
    RETURN_IF_ERROR(WriteFileAtomically(request.id_map, "random_id,record_id\n" + map_text));
  }
  link::EncodingHeader header;
  header.partner = request.partner.empty() ? std::filesystem::path(request.input).stem().string()
                                           : request.partner;
  header.schema_name = schema.name;
  header.schema_fingerprint = summary.schema_fingerprint;
  header.key_check = summary.key_check;
  header.bits = schema.OutputBits();
  header.records = static_cast<int64_t>(ids.size());
  RETURN_IF_ERROR(link::WriteEncodings(request.out, header, ids, filters));
  summary.encoded = static_cast<int64_t>(ids.size());
  summary.seconds = Since(start);
  if (progress) progress(summary.encoded, summary.encoded);
  return summary;
}

nlohmann::json LinkSummary::ToJson() const {
  nlohmann::json p = nlohmann::json::array();
  for (const auto& [name, n] : partners) p.push_back({{"partner", name}, {"records", n}});
  return {{"partners", p},     {"matches", matches},
          {"groups", groups},  {"linked_records", linked_records},
          {"kernel", kernel},  {"blocking", blocking},
          {"seconds", seconds}};
}

Result<LinkSummary> Link(const LinkRequest& request) {
  const auto start = std::chrono::steady_clock::now();
  if (request.files.size() < 2) {
    return Status::InvalidArgument("give at least two encodings files (one per partner)");
  }
  if (request.threshold <= 0 || request.threshold > 1) {
    return Status::InvalidArgument("the threshold is a Dice similarity in (0, 1], e.g. 0.8");
  }
  std::vector<link::EncodedRecords> sets;
  for (const auto& path : request.files) {
    ASSIGN_OR_RETURN(link::EncodedRecords r, link::ReadEncodings(path));
    sets.push_back(std::move(r));
  }
  const auto& first = sets[0].header;
  std::set<std::string> partners;
  for (size_t i = 0; i < sets.size(); ++i) {
    const auto& h = sets[i].header;
    if (h.schema_fingerprint != first.schema_fingerprint || h.bits != first.bits) {
      return Status::FailedPrecondition(fmt::format(
          "'{}' was encoded with another schema than '{}' (schema '{}' vs '{}', fingerprints "
          "differ): all partners must use the same schema file",
          request.files[i], request.files[0], h.schema_name, first.schema_name));
    }
    if (h.key_check != first.key_check) {
      return Status::FailedPrecondition(fmt::format(
          "'{}' was encoded with another secret than '{}' (key checks differ): the encodings "
          "cannot be compared; all partners must use the same shared secret",
          request.files[i], request.files[0]));
    }
    if (!partners.insert(h.partner).second) {
      return Status::InvalidArgument(fmt::format(
          "two files come from partner '{}'; give each partner's records in one file", h.partner));
    }
  }
  link::MatchOptions options;
  options.threshold = request.threshold;
  options.threads = request.threads;
  options.lsh_bands = request.lsh_bands;
  options.lsh_bits = request.lsh_bits;
  if (request.blocking == "none")
    options.blocking = link::Blocking::kNone;
  else if (request.blocking == "lsh")
    options.blocking = link::Blocking::kLsh;
  else if (request.blocking != "auto") {
    return Status::InvalidArgument(
        fmt::format("unknown blocking '{}': use auto, none or lsh", request.blocking));
  }
  LinkSummary summary;
  std::vector<link::Edge> edges;
  for (size_t i = 0; i < sets.size(); ++i) {
    summary.partners.emplace_back(sets[i].header.partner, static_cast<int64_t>(sets[i].ids.size()));
    for (size_t j = i + 1; j < sets.size(); ++j) {
      std::string how = "all pairs";
      link::MatchOptions pair_options = options;
      if (link::ResolveBlocking(sets[i], sets[j], options) == link::Blocking::kLsh) {
        // Chosen once (the bits are measured on a sample), printed, and passed on.
        const link::LshParams p = link::ChooseLshParams(sets[i], sets[j], options);
        pair_options.lsh_bands = p.bands;
        pair_options.lsh_bits = p.bits;
        how = fmt::format("lsh: {} bands of {} bits", p.bands, p.bits);
      }
      summary.blocking.push_back(
          fmt::format("{} × {}: {}", sets[i].header.partner, sets[j].header.partner, how));
      for (const link::Match& m : link::FindMatches(sets[i], sets[j], pair_options)) {
        edges.push_back({static_cast<uint16_t>(i), m.a, static_cast<uint16_t>(j), m.b, m.score});
      }
    }
  }
  summary.matches = static_cast<int64_t>(edges.size());
  auto groups = link::SolveGroups(std::move(edges));
  // Output: membership only, ids as each partner gave them; no scores.
  std::vector<std::vector<std::pair<std::string, std::string>>> named;
  for (const auto& g : groups) {
    std::vector<std::pair<std::string, std::string>> members;
    for (const auto& m : g)
      members.emplace_back(sets[m.file].header.partner, sets[m.file].ids[m.record]);
    std::sort(members.begin(), members.end());
    named.push_back(std::move(members));
  }
  std::sort(named.begin(), named.end());
  std::string text = "group,partner,record_id\n";
  for (size_t g = 0; g < named.size(); ++g) {
    for (const auto& [partner, id] : named[g]) {
      text += std::to_string(g + 1) + ",";
      AppendCsvField(text, partner);
      text += ",";
      AppendCsvField(text, id);
      text += "\n";
      ++summary.linked_records;
    }
  }
  if (!request.out.empty()) RETURN_IF_ERROR(WriteFileAtomically(request.out, text));
  summary.groups = static_cast<int64_t>(named.size());
  summary.kernel = link::KernelName();
  summary.seconds = Since(start);
  return summary;
}

nlohmann::json ResolveSummary::ToJson() const {
  return {{"parties", parties},   {"compared", compared}, {"linked_pairs", linked_pairs},
          {"entities", entities}, {"weights", weights},   {"seconds", seconds}};
}

namespace {

struct PersonKey {
  std::string id;
  std::vector<std::string> bigrams;  // of the sorted name parts
  std::string name_key;
  std::string dob;
  std::string phone;
  std::string email;
  std::string address;
};

double BigramDice(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.empty() || b.empty()) return 0;
  size_t i = 0, j = 0, common = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] == b[j]) {
      ++common;
      ++i;
      ++j;
    } else if (a[i] < b[j]) {
      ++i;
    } else {
      ++j;
    }
  }
  return 2.0 * static_cast<double>(common) / static_cast<double>(a.size() + b.size());
}

constexpr int kFields = 5;  // name, dob, phone, email, address
constexpr const char* kFieldNames[kFields] = {"name", "birth_date", "phone", "email", "address"};
// Agreement probability among true matches (m): what the same person's two records share.
constexpr double kM[kFields] = {0.92, 0.97, 0.95, 0.8, 0.9};

// -1 missing, 0 disagree, 1 agree.
int Compare(const PersonKey& a, const PersonKey& b, int field) {
  auto exact = [](const std::string& x, const std::string& y) {
    return x.empty() || y.empty() ? -1 : (x == y ? 1 : 0);
  };
  switch (field) {
    case 0:
      return a.bigrams.empty() || b.bigrams.empty() ? -1
                                                    : (BigramDice(a.bigrams, b.bigrams) >= 0.75);
    case 1:
      return exact(a.dob, b.dob);
    case 2:
      return exact(a.phone, b.phone);
    case 3:
      return exact(a.email, b.email);
    default:
      return exact(a.address, b.address);
  }
}

}  // namespace

Result<ResolveSummary> Resolve(const ResolveRequest& request) {
  const auto start = std::chrono::steady_clock::now();
  ASSIGN_OR_RETURN(auto s, store::OpenSqliteStore(request.store_path));
  std::vector<PersonKey> people;
  RETURN_IF_ERROR(s->ForEachParty([&](const Party& p) {
    if (p.kind != PartyKind::kPerson) return Status::Ok();
    PersonKey k;
    k.id = p.id;
    std::vector<std::string> parts = link::NameParts(p.given_names + " " + p.surnames);
    if (parts.empty()) parts = link::NameParts(p.name);
    for (const auto& part : parts) k.name_key += part + " ";
    const std::string joined = "_" + k.name_key;
    for (size_t i = 0; i + 2 <= joined.size(); ++i) k.bigrams.push_back(joined.substr(i, 2));
    std::sort(k.bigrams.begin(), k.bigrams.end());
    k.dob = link::NormalizeDate(p.birth_date);
    k.phone = link::NormalizePhone(p.phone);
    k.email = link::NormalizeText(p.email);
    k.address = p.address.empty() ? "" : link::NormalizeAddress(p.address + " " + p.city);
    people.push_back(std::move(k));
    return Status::Ok();
  }));
  ResolveSummary summary;
  summary.parties = static_cast<int64_t>(people.size());
  // u: chance agreement, estimated on random pairs of this workspace.
  double u[kFields];
  {
    uint64_t x = 0x9E3779B97F4A7C15ull;
    auto next = [&x]() {
      x ^= x << 13;
      x ^= x >> 7;
      x ^= x << 17;
      return x;
    };
    int64_t agree[kFields] = {}, seen[kFields] = {};
    const size_t n = people.size();
    for (int i = 0; n > 1 && i < 50'000; ++i) {
      const size_t a = next() % n, b = next() % n;
      if (a == b) continue;
      for (int f = 0; f < kFields; ++f) {
        const int c = Compare(people[a], people[b], f);
        if (c < 0) continue;
        ++seen[f];
        agree[f] += c;
      }
    }
    for (int f = 0; f < kFields; ++f) {
      // At least one chance agreement in 10^6 so weights stay finite on tiny workspaces.
      u[f] = std::max(
          1e-6, seen[f] > 0 ? static_cast<double>(agree[f]) / static_cast<double>(seen[f]) : 0.01);
    }
  }
  double w_agree[kFields], w_disagree[kFields];
  for (int f = 0; f < kFields; ++f) {
    w_agree[f] = std::log2(kM[f] / u[f]);
    w_disagree[f] = std::log2((1 - kM[f]) / (1 - u[f]));
    summary.weights[kFieldNames[f]] = {
        {"m", kM[f]}, {"u", u[f]}, {"agree", w_agree[f]}, {"disagree", w_disagree[f]}};
  }
  // Blocking: records sharing a phone, an e-mail, a birth date or a name key are compared;
  // blocks larger than 300 (shared switchboard numbers, common birthdays) are skipped.
  std::unordered_map<std::string, std::vector<uint32_t>> blocks;
  for (uint32_t i = 0; i < people.size(); ++i) {
    const PersonKey& k = people[i];
    if (!k.phone.empty()) blocks["p" + k.phone].push_back(i);
    if (!k.email.empty()) blocks["e" + k.email].push_back(i);
    if (!k.dob.empty()) blocks["d" + k.dob].push_back(i);
    if (!k.name_key.empty()) blocks["n" + k.name_key].push_back(i);
  }
  std::vector<uint32_t> parent(people.size());
  std::iota(parent.begin(), parent.end(), 0u);
  auto find = [&parent](uint32_t v) {
    while (parent[v] != v) v = parent[v] = parent[parent[v]];
    return v;
  };
  std::set<std::pair<uint32_t, uint32_t>> done;
  for (const auto& [key, members] : blocks) {
    if (members.size() < 2 || members.size() > 300) continue;
    for (size_t i = 0; i < members.size(); ++i) {
      for (size_t j = i + 1; j < members.size(); ++j) {
        const auto pair = std::minmax(members[i], members[j]);
        if (!done.insert(pair).second) continue;
        ++summary.compared;
        double weight = 0;
        for (int f = 0; f < kFields; ++f) {
          const int c = Compare(people[pair.first], people[pair.second], f);
          if (c > 0) weight += w_agree[f];
          if (c == 0) weight += w_disagree[f];
        }
        if (weight >= request.threshold) {
          ++summary.linked_pairs;
          parent[find(pair.first)] = find(pair.second);
        }
      }
    }
  }
  std::map<uint32_t, std::vector<std::string>> entities;
  for (uint32_t i = 0; i < people.size(); ++i) entities[find(i)].push_back(people[i].id);
  std::string text = "entity_id,party_id\n";
  std::vector<std::pair<std::string, std::string>> map;
  int64_t n = 0;
  for (auto& [root, ids] : entities) {
    if (ids.size() < 2) continue;
    ++n;
    std::sort(ids.begin(), ids.end());
    const std::string entity = fmt::format("ENT{:07}", n);
    for (const auto& id : ids) {
      text += entity + ",";
      AppendCsvField(text, id);
      text += "\n";
      map.emplace_back(id, entity);
    }
  }
  summary.entities = n;
  // The next scan counts each entity once in the shared-attribute indicators (HT-32).
  RETURN_IF_ERROR(s->ReplaceEntities(map));
  if (!request.out.empty()) RETURN_IF_ERROR(WriteFileAtomically(request.out, text));
  summary.seconds = Since(start);
  return summary;
}

}  // namespace tiphub::app
