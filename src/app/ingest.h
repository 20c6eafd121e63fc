// Use case: ingest files into a workspace (`tiphub ingest`).
#ifndef TIPHUB_APP_INGEST_H_
#define TIPHUB_APP_INGEST_H_

#include <string>
#include <vector>

#include "common/progress.h"
#include "common/status.h"
#include "ingest/ingester.h"

namespace tiphub::store {
class Store;
}  // namespace tiphub::store

namespace tiphub::app {

// The scheme by which the workspace names transactions without an id (kept in its settings):
// files ingested or scanned into it must use it so that the same rows stay duplicates.
Result<ingest::SyntheticIds> WorkspaceSyntheticIds(store::Store& store);

struct IngestRequest {
  std::string store_path = "tiphub.db";
  std::vector<std::string> inputs;
  std::string mapping_file;
  std::string rejects_path;  // default: <store>.rejects.csv
  // Inputs are goAML XML reports (files or folders of .xml), read with this FIU profile's codes.
  bool goaml = false;
  std::string goaml_profile = "goaml5-generic";
};

// Ingests all inputs into the store, committing in batches, and records the run's counts in the
// store. On a bad file, what was committed stays and the error says what to fix.
Result<ingest::IngestReport> Ingest(const IngestRequest& request, const ProgressSink& progress);

}  // namespace tiphub::app

#endif  // TIPHUB_APP_INGEST_H_
