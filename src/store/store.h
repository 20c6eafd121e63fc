// The workspace store: parties, accounts, transactions, labels, ingest runs and alerts.
// The only module that speaks SQL. `Store` is an interface so that a PostgreSQL backend can serve
// multi-user deployments later; `OpenSqliteStore` gives the embedded default (one file, WAL mode,
// schema versioned by forward migrations).
//
// Durability: writes between Begin() and Commit() become visible and durable together; a process
// killed at any moment leaves the store as of the last Commit(). Inserts of an existing id are
// reported as duplicates and change nothing, so re-running an interrupted job completes it.
//
// Thread safety: one Store per thread; SQLite's WAL lets readers in other processes proceed.
#ifndef TIPHUB_STORE_STORE_H_
#define TIPHUB_STORE_STORE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "common/status.h"
#include "model/alert.h"
#include "model/case.h"
#include "model/tip.h"
#include "model/types.h"

namespace tiphub::store {

struct TransactionLabel {
  std::string transaction_id;
  bool illicit = false;
  std::string scenario;
  std::string scheme_type;
};

// An illicit transaction's label with the transaction's accounts (empty when the label names a
// transaction that is not stored).
struct IllicitTransaction {
  TransactionLabel label;
  std::string from_account, to_account;
};

struct IngestRun {
  std::string source;
  int64_t read = 0;
  int64_t accepted = 0;
  int64_t rejected = 0;
  int64_t duplicates = 0;
  std::string rejects_file;
  int64_t finished_at = 0;  // UTC seconds
};

struct StoreCounts {
  int64_t parties = 0;
  int64_t accounts = 0;
  int64_t transactions = 0;
  int64_t labels = 0;
  int64_t alerts = 0;
};

struct CaseQuery {
  std::string status;    // empty: any
  std::string assignee;  // empty: any
  int64_t limit = 100;
  int64_t offset = 0;
};

struct AlertQuery {
  int64_t limit = 50;
  int64_t offset = 0;
  double min_score = 0;
  std::string typology;        // empty: any
  std::string kind;            // empty: any (rules, model)
  std::string sort = "score";  // score (highest first), last_seen (newest first) or id
};

// An organisation of the workspace directory. Each organisation's data lives in its own store
// (see app/workspace.h); the directory lives in the workspace's own store.
struct OrgRecord {
  std::string id;  // [a-z0-9_-], 1..64
  std::string name;
  int64_t created_at = 0;
};

struct UserRecord {
  int64_t id = 0;
  std::string org;
  std::string name;
  std::string role;        // analyst, supervisor, submitter, admin
  std::string token_hash;  // hex BLAKE2b of the API token; the token itself is never stored
  int64_t created_at = 0;
  bool disabled = false;
};

// A normalised identifier (phone, email, plate, handle, party, reference) that points at a record
// (party, account, tip, ad). Rows for tips and ads are added at their intake; those for parties
// and accounts are derived and rebuilt after ingest.
struct IdentifierRow {
  std::string kind;
  std::string value;
  std::string target_kind;
  std::string target_id;
};

// A tip linked to a record through a shared identifier.
struct TipLink {
  int64_t tip_id = 0;
  std::string target_kind;  // party, account, alert, tip
  std::string target_id;
  std::string via_kind;   // phone, email, plate, handle
  std::string via_value;  // the normalised value
};

struct TipQuery {
  bool urgent_only = false;
  std::string status;  // empty: any
  int64_t limit = 50;
  int64_t offset = 0;
};

class Store {
 public:
  virtual ~Store() = default;

  virtual Status Begin() = 0;
  virtual Status Commit() = 0;
  // Abandons the writes since Begin(); a no-op outside a transaction.
  virtual Status Rollback() = 0;

  // Write-ahead log checkpoints. By default the commit that grows the log past its limit copies
  // the log into the database inside that commit (a stall of up to half a second for whoever
  // made it). A server defers them on its request connections and calls Checkpoint from a
  // background thread instead.
  virtual Status DeferCheckpoints() = 0;
  // Copies committed pages from the log into the database without waiting for readers or
  // writers (SQLite's PASSIVE mode); once the log holds `rewind_pages` or more, also rewinds it
  // (RESTART: a brief pause of writers, never a wait for one). Returns the log's pages not yet
  // copied (0: all copied).
  virtual Result<int64_t> Checkpoint(int64_t rewind_pages) = 0;

  // Each returns true when inserted, false when the id already existed (a duplicate).
  virtual Result<bool> InsertTransaction(const Transaction& tx) = 0;
  // InsertTransaction for bulk loads, in order: returns how many were new (the others already
  // existed, also when an earlier one of `txs` has the same id).
  virtual Result<int64_t> InsertTransactions(std::span<const Transaction> txs) = 0;
  virtual Result<bool> InsertParty(const Party& party) = 0;
  virtual Result<bool> InsertAccount(const Account& account) = 0;
  virtual Result<bool> InsertLabel(const TransactionLabel& label) = 0;
  // InsertLabel for bulk loads: returns how many were new (as InsertTransactions).
  virtual Result<int64_t> InsertLabels(std::span<const TransactionLabel> labels) = 0;
  virtual Result<bool> InsertWatchlistEntry(const std::string& party_id,
                                            const std::string& list) = 0;

  virtual Status RecordIngestRun(const IngestRun& run) = 0;
  virtual Result<std::vector<IngestRun>> IngestRuns() = 0;

  // Calls `fn` for every transaction in timestamp order (ties in insertion order). Stops and
  // returns the first error `fn` returns.
  virtual Status ForEachTransaction(const std::function<Status(const Transaction&)>& fn) = 0;
  virtual Status ForEachParty(const std::function<Status(const Party&)>& fn) = 0;
  virtual Status ForEachAccount(const std::function<Status(const Account&)>& fn) = 0;
  virtual Result<std::vector<std::pair<std::string, std::string>>> Watchlist() = 0;
  // All transaction labels (simulator worlds, the IBM label column, mapped label columns).
  virtual Result<std::vector<TransactionLabel>> Labels() = 0;
  // The illicit labels only, with their transactions' accounts.
  virtual Result<std::vector<IllicitTransaction>> IllicitTransactions() = 0;

  // Replaces all alerts with `alerts` (a scan's result), assigning ids in order.
  virtual Status ReplaceAlerts(std::vector<Alert>& alerts) = 0;
  virtual Result<std::vector<Alert>> ListAlerts(const AlertQuery& query) = 0;
  // One page of the alert queue: each alert's JSON form without its evidence list and model
  // explanation, plus "evidence_count" (precomputed when alerts are stored).
  virtual Result<std::vector<std::string>> AlertQueuePage(const AlertQuery& query) = 0;
  // Ids of the alerts that name `account`.
  virtual Result<std::vector<int64_t>> AlertIdsOfAccount(const std::string& account) = 0;
  // How many alerts `query` matches, ignoring limit and offset.
  virtual Result<int64_t> CountAlerts(const AlertQuery& query) = 0;
  virtual Result<Alert> GetAlert(int64_t id) = 0;

  // Lookups for building cases; ids that are not stored are left out of the result.
  virtual Result<std::vector<Transaction>> GetTransactions(const std::vector<std::string>& ids) = 0;
  virtual Result<std::vector<Account>> GetAccounts(const std::vector<std::string>& ids) = 0;
  virtual Result<std::vector<Party>> GetParties(const std::vector<std::string>& ids) = 0;

  // Cases. Callers wrap a change and its audit event in Begin()/Commit() so both land or neither.
  // CreateCase stores the header and the items of `c` and returns the new id.
  virtual Result<int64_t> CreateCase(const Case& c) = 0;
  // Adds the alerts, transactions, accounts and parties of `items` to case `case_id`; items the
  // case already holds (same alert id, transaction, account or party id) are kept as they were.
  virtual Status AddCaseItems(int64_t case_id, const Case& items) = 0;
  // Writes title, status, assignee and updated_at of `c`.
  virtual Status UpdateCaseHeader(const Case& c) = 0;
  virtual Status AddCaseNote(int64_t case_id, const CaseNote& note) = 0;
  virtual Result<Case> GetCase(int64_t id) = 0;
  // Newest first; the items are loaded, notes are not.
  virtual Result<std::vector<Case>> ListCases(const CaseQuery& query) = 0;

  // The audit trail is append-only: the schema refuses updates and deletes.
  virtual Status AppendAudit(const AuditEvent& event) = 0;
  // Events about `object` ("case:3"), or all events when it is empty, oldest first.
  virtual Result<std::vector<AuditEvent>> AuditTrail(const std::string& object) = 0;
  // The newest `limit` events, newest first.
  virtual Result<std::vector<AuditEvent>> RecentAudit(int64_t limit) = 0;

  // Entity search: parties whose id equals `text` or whose name contains it, and accounts whose
  // id or holder equals it; at most `limit` of each.
  virtual Result<std::vector<Party>> SearchParties(const std::string& text, int64_t limit) = 0;
  virtual Result<std::vector<Account>> SearchAccounts(const std::string& text, int64_t limit) = 0;

  // The workspace directory: organisations and users (kept in the workspace's own store).
  // CreateOrg returns false when the id exists.
  virtual Result<bool> CreateOrg(const OrgRecord& org) = 0;
  virtual Result<std::vector<OrgRecord>> ListOrgs() = 0;
  // Fails with AlreadyExists when the org already has a user of that name.
  virtual Result<int64_t> CreateUser(const UserRecord& user) = 0;
  virtual Result<std::vector<UserRecord>> ListUsers(const std::string& org) = 0;
  virtual Result<std::optional<UserRecord>> FindUserByTokenHash(const std::string& hash) = 0;
  virtual Result<std::optional<UserRecord>> FindUser(const std::string& org,
                                                     const std::string& name) = 0;
  // Writes role, token_hash and disabled of `user` (found by id).
  virtual Status UpdateUser(const UserRecord& user) = 0;

  // Tips. InsertTip returns the new id; ListTips shows urgent tips first, then newest first.
  virtual Result<int64_t> InsertTip(const Tip& tip) = 0;
  virtual Status UpdateTip(const Tip& tip) = 0;
  virtual Result<Tip> GetTip(int64_t id) = 0;
  virtual Result<std::vector<Tip>> ListTips(const TipQuery& query) = 0;
  virtual Result<int64_t> CountTips(const TipQuery& query) = 0;
  virtual Status AddTipLinks(const std::vector<TipLink>& links) = 0;
  virtual Result<std::vector<TipLink>> TipLinksOf(int64_t tip_id) = 0;
  // Links that point at the record (target_kind, target_id).
  virtual Result<std::vector<TipLink>> TipLinksTo(const std::string& target_kind,
                                                  const std::string& target_id) = 0;

  // The identifier index used to link tips.
  virtual Status InsertIdentifiers(const std::vector<IdentifierRow>& rows) = 0;
  // Replaces every row whose target is a party or an account.
  virtual Status ReplaceDerivedIdentifiers(const std::vector<IdentifierRow>& rows) = 0;
  virtual Result<std::vector<IdentifierRow>> LookupIdentifier(const std::string& kind,
                                                              const std::string& value) = 0;

  // Online ads shared by tech partners, as JSON (id, site, date, city, phone, email, handle, text).
  // InsertAd returns false when the id exists.
  virtual Result<bool> InsertAd(const std::string& id, const std::string& json) = 0;
  virtual Result<std::optional<std::string>> GetAd(const std::string& id) = 0;

  // Small key-value settings of the workspace; empty when unset.
  virtual Result<std::string> GetMeta(const std::string& key) = 0;
  virtual Status SetMeta(const std::string& key, const std::string& value) = 0;

  // Entity resolution (tiphub resolve): replaces the map of party id -> entity id.
  virtual Status ReplaceEntities(const std::vector<std::pair<std::string, std::string>>& map) = 0;
  virtual Result<std::vector<std::pair<std::string, std::string>>> Entities() = 0;

  virtual Result<StoreCounts> Counts() = 0;
  // A checksum of all stored transactions' content, independent of insertion order.
  virtual Result<uint64_t> TransactionChecksum() = 0;
};

// Opens (creating if missing) a SQLite workspace and migrates it to the current schema.
// Fails with FailedPrecondition when the file was written by a newer tiphub.
Result<std::unique_ptr<Store>> OpenSqliteStore(const std::string& path);

inline constexpr int kSchemaVersion = 5;

// The JSON form of an alert, as stored and as the CLI and API print it: id, kind, typology, score,
// first_seen, last_seen, accounts (account, role, score, protect), indicators (indicator, account,
// value, threshold, detail, source, weight), evidence, summary, model_score.
nlohmann::json AlertToJson(const Alert& alert);
// Reads that form back; missing fields keep their defaults.
Alert AlertFromJson(const nlohmann::json& doc);

// JSON forms of the core records (the field names of docs/formats.md), used for case evidence.
nlohmann::json TransactionToJson(const Transaction& tx);
Transaction TransactionFromJson(const nlohmann::json& doc);
nlohmann::json AccountToJson(const Account& account);
Account AccountFromJson(const nlohmann::json& doc);
nlohmann::json PartyToJson(const Party& party);
Party PartyFromJson(const nlohmann::json& doc);
// A tip's JSON form (docs/formats.md "Tips"); TipFromJson fails with a message naming the field
// when a field has the wrong type.
nlohmann::json TipToJson(const Tip& tip);
nlohmann::json TipLinkToJson(const TipLink& link);
Result<Tip> TipFromJson(const nlohmann::json& doc);

}  // namespace tiphub::store

#endif  // TIPHUB_STORE_STORE_H_
