// Ingestion: reads a bank's exports as they are (tiphub CSV, a simulator folder, IBM AML CSV, any
// CSV through a mapping file, JSON Lines, standard input) and hands valid records to a sink.
//
// Nothing is silently lost: every rejected record is written to the rejects file with file, line,
// column and a reason; per file, read = accepted + rejected + duplicates. A file that cannot be
// used at all (unreadable, empty, binary, no required column) is an error whose message says what
// to fix. Reading streams, so memory stays bounded for inputs of any size.
//
// Thread safety: one ingestion at a time per sink.
#ifndef TIPHUB_INGEST_INGESTER_H_
#define TIPHUB_INGEST_INGESTER_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "common/progress.h"
#include "common/status.h"
#include "ingest/csv_reader.h"
#include "model/types.h"

namespace tiphub::ingest {

// Where accepted records go. Add* return true when stored, false for a duplicate.
class RecordSink {
 public:
  virtual ~RecordSink() = default;
  virtual Result<bool> AddTransaction(const Transaction& tx) = 0;
  // Optionally, a transaction the sink owns for the ingester to parse the next record into and
  // then pass to AddTransaction, which then need not copy it (a sink that queues transactions).
  // The slot is the ingester's until that call or the next TransactionSlot call; a record that is
  // rejected leaves it unused. nullptr (the default): the ingester parses into its own.
  virtual Transaction* TransactionSlot() { return nullptr; }
  virtual Result<bool> AddParty(const Party& party) = 0;
  virtual Result<bool> AddAccount(const Account& account) = 0;
  virtual Result<bool> AddLabel(const std::string& transaction_id, bool illicit,
                                const std::string& scenario, const std::string& scheme_type) = 0;
  virtual Result<bool> AddWatchlistEntry(const std::string& party_id, const std::string& list) = 0;
  // Makes everything added so far durable (a batch boundary).
  virtual Status Checkpoint() = 0;
  // Transactions AddTransaction accepted that the sink found, when it wrote them (at the latest
  // at Checkpoint), to be duplicates; counted once. A sink that writes in bulk knows no sooner.
  virtual Result<int64_t> TakeLateDuplicates() { return 0; }
};

struct FileCounts {
  std::string file;
  std::string kind;  // transactions, parties, accounts, labels, watchlist, ibm, mapped, jsonl
  int64_t read = 0;
  int64_t accepted = 0;
  int64_t rejected = 0;
  int64_t duplicates = 0;
};

// Records a caller-supplied reader parsed from one whole document (e.g. a goAML XML report), with
// the records it could not use and why.
struct DocumentRecords {
  struct Rejected {
    int64_t line = 0;
    std::string field;
    std::string reason;
  };
  std::vector<Party> parties;
  std::vector<Account> accounts;
  std::vector<Transaction> transactions;
  std::vector<Rejected> rejected;
};
// Parses the document at `path`; an error means the document as a whole is unusable.
using DocumentReader = std::function<Result<DocumentRecords>(const std::string& path)>;

// How a transaction without an id (IBM AML rows, mappings without an id column) gets one. It is a
// function of the row's fields, so identical rows get the same id and are counted as duplicates.
enum class SyntheticIds {
  // "h" + 16 hex digits of the row's XXH64: the ids of workspaces created before this scheme.
  kHash,
  // "h" + 9 hex digits of the UTC second (modulo 2^36) + the 16 of kHash: ascending in time, so a
  // time-ordered file appends to the store's id index instead of inserting all over it.
  kTimeAndHash,
};

struct IngestOptions {
  // A workspace keeps the scheme it was created with (app::WorkspaceSyntheticIds).
  SyntheticIds synthetic_ids = SyntheticIds::kTimeAndHash;
  std::string mapping_file;  // applies to CSV inputs that are not in a known format
  std::string rejects_path;  // CSV of rejected records (file,line,column,reason)
  int64_t batch_rows = 50'000;
  ProgressSink progress;  // called with bytes read so far
  // Transaction files (not reference files) are followed as they grow; CSV input only.
  FollowOptions follow;
  // When set, every input is a document read by this reader (kind `document_kind`) instead of CSV
  // or JSON Lines.
  DocumentReader document_reader;
  std::string document_kind;
};

struct IngestReport {
  std::vector<FileCounts> files;
  FileCounts total;
  std::string rejects_path;
};

// Ingests each input: a file, a simulator folder, or "-" for standard input (CSV or JSON Lines,
// detected from the first byte). Stops at the first unusable file; what was checkpointed before
// stays.
Result<IngestReport> IngestInputs(const std::vector<std::string>& inputs,
                                  const IngestOptions& options, RecordSink& sink);

// Maps IBM AML currency names ("US Dollar") to ISO codes; empty when unknown.
std::string IbmCurrencyCode(std::string_view name);

}  // namespace tiphub::ingest

#endif  // TIPHUB_INGEST_INGESTER_H_
