// Use cases of privacy-preserving linkage (`tiphub encode`, `tiphub link`) and in-house entity
// resolution (`tiphub resolve`). See docs/linkage.md.
#ifndef TIPHUB_APP_LINK_H_
#define TIPHUB_APP_LINK_H_

#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "common/progress.h"
#include "common/status.h"

namespace tiphub::app {

struct EncodeRequest {
  std::string schema;       // linkage schema JSON file
  std::string secret_file;  // the secret shared among partners
  std::string input;        // CSV with a header line
  std::string out;          // encodings file
  std::string partner;      // this partner's name in the hub's output (default: input file stem)
  std::string id_map;       // when set: random ids go out, this local CSV maps them back
  int threads = 0;
};

struct EncodeSummary {
  int64_t read = 0;
  int64_t encoded = 0;
  int64_t skipped = 0;   // rows the schema's "only" excludes
  int64_t rejected = 0;  // rows without an id, or with an id seen before (listed in messages)
  std::vector<std::string> rejects;  // "line 12: the id is empty", at most 20
  std::string key_check;
  std::string schema_fingerprint;
  double seconds = 0;
  nlohmann::json ToJson() const;
};

Result<EncodeSummary> Encode(const EncodeRequest& request, const ProgressSink& progress);

struct LinkRequest {
  std::vector<std::string> files;  // encodings files, one per partner
  double threshold = 0.8;
  std::string blocking = "auto";  // auto, none, lsh
  int lsh_bands = 0;              // 0: chosen from the inputs (link::ChooseLshParams)
  int lsh_bits = 0;
  std::string out;  // groups CSV: group,partner,record_id
  int threads = 0;
};

struct LinkSummary {
  std::vector<std::pair<std::string, int64_t>> partners;  // name, records
  int64_t matches = 0;                                    // record pairs above the threshold
  int64_t groups = 0;
  int64_t linked_records = 0;
  std::string kernel;
  // Per pair of files: "all pairs" or "lsh: B bands of R bits".
  std::vector<std::string> blocking;
  double seconds = 0;
  nlohmann::json ToJson() const;
};

// Refuses files whose schema fingerprint, key check or filter length differ (partners used another
// schema or secret) and two files from the same partner.
Result<LinkSummary> Link(const LinkRequest& request);

struct ResolveRequest {
  std::string store_path = "tiphub.db";
  std::string out;  // CSV: entity_id,party_id (parties of entities with two or more parties)
  double threshold = 20.0;  // match weight (log2 likelihood ratio) to link two parties
};

struct ResolveSummary {
  int64_t parties = 0;
  int64_t compared = 0;
  int64_t linked_pairs = 0;
  int64_t entities = 0;    // entities with two or more parties
  nlohmann::json weights;  // per field: m, u, agreement and disagreement weights
  double seconds = 0;
  nlohmann::json ToJson() const;
};

// Finds the same person across the workspace's own parties (people): blocking on phone, e-mail,
// birth date and name parts; field comparisons weighted by agreement probabilities estimated from
// the data (Fellegi-Sunter); pairs above the threshold are joined into entities. The entities are
// stored in the workspace (replacing earlier ones): the next scan counts one person's records once
// in the shared-attribute indicators.
Result<ResolveSummary> Resolve(const ResolveRequest& request);

}  // namespace tiphub::app

#endif  // TIPHUB_APP_LINK_H_
