// SQLite implementation of Store.
#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>
#include <xxhash.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <limits>
#include <mutex>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "common/strings.h"
#include "model/time.h"
#include "store/store.h"

namespace tiphub::store {

namespace {

// Forward migrations: entry k brings the schema from version k to k + 1. Never edit a released
// entry; append a new one.
constexpr const char* kMigrations[] = {
    R"sql(
CREATE TABLE parties(
  id TEXT PRIMARY KEY, kind TEXT NOT NULL, given_names TEXT, surnames TEXT, name TEXT,
  birth_date TEXT, phone TEXT, email TEXT, address TEXT, city TEXT, country TEXT,
  mcc INTEGER, employer_id TEXT, open_hour INTEGER, close_hour INTEGER) WITHOUT ROWID;
CREATE TABLE accounts(
  id TEXT PRIMARY KEY, bank TEXT, party_id TEXT, type TEXT NOT NULL, currency TEXT,
  opened TEXT, custodian TEXT) WITHOUT ROWID;
CREATE TABLE transactions(
  seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, ts INTEGER NOT NULL, offset_min INTEGER NOT NULL,
  from_bank TEXT, from_account TEXT, to_bank TEXT, to_account TEXT,
  amount_minor INTEGER NOT NULL, currency TEXT NOT NULL, channel TEXT NOT NULL, mcc INTEGER,
  merchant_id TEXT, city TEXT, country TEXT);
CREATE INDEX transactions_ts ON transactions(ts, seq);
CREATE TABLE labels(
  transaction_id TEXT PRIMARY KEY, illicit INTEGER NOT NULL, scenario TEXT, scheme_type TEXT)
  WITHOUT ROWID;
CREATE TABLE watchlist(party_id TEXT NOT NULL, list TEXT NOT NULL, PRIMARY KEY(party_id, list))
  WITHOUT ROWID;
CREATE TABLE ingest_runs(
  id INTEGER PRIMARY KEY, source TEXT, read INTEGER, accepted INTEGER, rejected INTEGER,
  duplicates INTEGER, rejects_file TEXT, finished_at INTEGER);
CREATE TABLE alerts(
  id INTEGER PRIMARY KEY, kind TEXT, typology TEXT, score REAL, first_seen INTEGER,
  last_seen INTEGER, body TEXT NOT NULL);
CREATE INDEX alerts_score ON alerts(score DESC);
)sql",
    R"sql(
CREATE TABLE cases(
  id INTEGER PRIMARY KEY, title TEXT NOT NULL, status TEXT NOT NULL, assignee TEXT,
  created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL);
CREATE TABLE case_items(
  case_id INTEGER NOT NULL REFERENCES cases(id), kind TEXT NOT NULL, ref TEXT NOT NULL,
  seq INTEGER NOT NULL, body TEXT NOT NULL, PRIMARY KEY(case_id, kind, ref)) WITHOUT ROWID;
CREATE TABLE case_notes(
  id INTEGER PRIMARY KEY, case_id INTEGER NOT NULL REFERENCES cases(id), at INTEGER NOT NULL,
  author TEXT NOT NULL, text TEXT NOT NULL);
CREATE INDEX case_notes_case ON case_notes(case_id, id);
CREATE TABLE audit(
  id INTEGER PRIMARY KEY, at INTEGER NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,
  object TEXT NOT NULL, detail TEXT);
CREATE INDEX audit_object ON audit(object, id);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
  BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
  BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
)sql",
    R"sql(
CREATE TABLE entities(party_id TEXT PRIMARY KEY, entity_id TEXT NOT NULL) WITHOUT ROWID;
CREATE INDEX entities_entity ON entities(entity_id);
)sql",
    R"sql(
CREATE TABLE orgs(id TEXT PRIMARY KEY, name TEXT NOT NULL, created_at INTEGER NOT NULL)
  WITHOUT ROWID;
CREATE TABLE users(
  id INTEGER PRIMARY KEY, org TEXT NOT NULL, name TEXT NOT NULL, role TEXT NOT NULL,
  token_hash TEXT NOT NULL UNIQUE, created_at INTEGER NOT NULL, disabled INTEGER NOT NULL DEFAULT 0,
  UNIQUE(org, name));
CREATE TABLE tips(
  id INTEGER PRIMARY KEY, received_at INTEGER NOT NULL, observed_at INTEGER NOT NULL,
  urgent INTEGER NOT NULL, status TEXT NOT NULL, body TEXT NOT NULL);
CREATE INDEX tips_queue ON tips(urgent DESC, received_at DESC, id DESC);
CREATE TABLE tip_links(
  tip_id INTEGER NOT NULL, target_kind TEXT NOT NULL, target_id TEXT NOT NULL,
  via_kind TEXT NOT NULL, via_value TEXT NOT NULL,
  PRIMARY KEY(tip_id, target_kind, target_id, via_kind, via_value)) WITHOUT ROWID;
CREATE INDEX tip_links_target ON tip_links(target_kind, target_id);
CREATE TABLE identifiers(
  kind TEXT NOT NULL, value TEXT NOT NULL, target_kind TEXT NOT NULL, target_id TEXT NOT NULL,
  PRIMARY KEY(kind, value, target_kind, target_id)) WITHOUT ROWID;
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE ads(id TEXT PRIMARY KEY, body TEXT NOT NULL) WITHOUT ROWID;
ALTER TABLE alerts ADD COLUMN score_rank INTEGER;
ALTER TABLE alerts ADD COLUMN seen_rank INTEGER;
ALTER TABLE alerts ADD COLUMN queue_json TEXT;
CREATE INDEX alerts_score_rank ON alerts(score_rank);
CREATE TABLE alert_accounts(account TEXT NOT NULL, alert_id INTEGER NOT NULL,
  PRIMARY KEY(account, alert_id)) WITHOUT ROWID;
CREATE INDEX alerts_seen_rank ON alerts(seen_rank);
CREATE INDEX parties_name ON parties(name);
CREATE INDEX accounts_party ON accounts(party_id);
)sql",
    // The synthetic id scheme (ingest::SyntheticIds) of the workspace: one that already holds
    // transactions keeps the ids it has, so that the same rows stay duplicates.
    R"sql(
INSERT OR REPLACE INTO meta(key, value) SELECT 'synthetic_ids',
  CASE WHEN EXISTS(SELECT 1 FROM transactions) THEN 'hash' ELSE 'time-hash' END;
)sql",
};

// Page cache sizes, in KiB: kLargeCache by default, kSmallCache while transactions with ascending
// ids are bulk inserted (FitCacheToIds).
constexpr const char* kSmallCache = "PRAGMA cache_size=-16384";
constexpr const char* kLargeCache = "PRAGMA cache_size=-262144";
// How long a connection waits for another's write lock before SQLITE_BUSY.
constexpr int kBusyTimeoutMs = 10'000;

// Kinds of case items, in the order a case lists them.
constexpr const char* kItemAlert = "alert";
constexpr const char* kItemTransaction = "transaction";
constexpr const char* kItemAccount = "account";
constexpr const char* kItemParty = "party";

class Statement {
 public:
  Statement() = default;
  ~Statement() { sqlite3_finalize(stmt_); }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  Status Prepare(sqlite3* db, const char* sql) {
    sqlite3_finalize(stmt_);
    stmt_ = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt_, nullptr) != SQLITE_OK) {
      return Status::Internal(fmt::format("preparing SQL failed: {}", sqlite3_errmsg(db)));
    }
    return Status::Ok();
  }
  sqlite3_stmt* get() const { return stmt_; }
  // The bound text must stay valid until the statement is stepped (callers bind and step at once).
  void Text(int idx, std::string_view v) {
    sqlite3_bind_text(stmt_, idx, v.data(), static_cast<int>(v.size()), SQLITE_STATIC);
  }
  void TextOrNull(int idx, std::string_view v) {
    if (v.empty()) {
      sqlite3_bind_null(stmt_, idx);
    } else {
      Text(idx, v);
    }
  }
  void Int(int idx, int64_t v) { sqlite3_bind_int64(stmt_, idx, v); }
  void Real(int idx, double v) { sqlite3_bind_double(stmt_, idx, v); }
  std::string ColumnText(int col) const {
    const auto* p = sqlite3_column_text(stmt_, col);
    return p == nullptr ? std::string()
                        : std::string(reinterpret_cast<const char*>(p),
                                      static_cast<size_t>(sqlite3_column_bytes(stmt_, col)));
  }
  int64_t ColumnInt(int col) const { return sqlite3_column_int64(stmt_, col); }
  double ColumnReal(int col) const { return sqlite3_column_double(stmt_, col); }

 private:
  sqlite3_stmt* stmt_ = nullptr;
};

constexpr const char* kTransactionColumns =
    "id, ts, offset_min, from_bank, from_account, to_bank, to_account, amount_minor, currency, "
    "channel, mcc, merchant_id, city, country";

void ReadTransaction(const Statement& s, Transaction& tx) {
  tx.id = s.ColumnText(0);
  tx.time.utc_seconds = s.ColumnInt(1);
  tx.time.offset_minutes = static_cast<int32_t>(s.ColumnInt(2));
  tx.from_bank = s.ColumnText(3);
  tx.from_account = s.ColumnText(4);
  tx.to_bank = s.ColumnText(5);
  tx.to_account = s.ColumnText(6);
  tx.amount.minor = s.ColumnInt(7);
  tx.amount.currency = Currency::Parse(s.ColumnText(8)).value_or(Currency());
  tx.channel = ParseChannel(s.ColumnText(9)).value_or(Channel::kUnknown);
  tx.mcc = static_cast<int>(s.ColumnInt(10));
  tx.merchant_id = s.ColumnText(11);
  tx.city = s.ColumnText(12);
  tx.country = s.ColumnText(13);
}

// Columns in table order (SELECT *).
void ReadParty(const Statement& s, Party& p) {
  p.id = s.ColumnText(0);
  p.kind = ParsePartyKind(s.ColumnText(1)).value_or(PartyKind::kPerson);
  p.given_names = s.ColumnText(2);
  p.surnames = s.ColumnText(3);
  p.name = s.ColumnText(4);
  p.birth_date = s.ColumnText(5);
  p.phone = s.ColumnText(6);
  p.email = s.ColumnText(7);
  p.address = s.ColumnText(8);
  p.city = s.ColumnText(9);
  p.country = s.ColumnText(10);
  p.mcc = static_cast<int>(s.ColumnInt(11));
  p.employer_id = s.ColumnText(12);
  p.open_hour = static_cast<int>(s.ColumnInt(13));
  p.close_hour = static_cast<int>(s.ColumnInt(14));
}

// Columns in table order (SELECT *).
void ReadAccount(const Statement& s, Account& a) {
  a.id = s.ColumnText(0);
  a.bank = s.ColumnText(1);
  a.party_id = s.ColumnText(2);
  a.type = ParseAccountType(s.ColumnText(3)).value_or(AccountType::kPersonal);
  a.currency = Currency::Parse(s.ColumnText(4)).value_or(Currency());
  a.opened = s.ColumnText(5);
  a.custodian = s.ColumnText(6);
}

Alert AlertFromRow(const Statement& s) {
  const nlohmann::json body = nlohmann::json::parse(s.ColumnText(6), nullptr, false);
  Alert a = body.is_discarded() ? Alert() : AlertFromJson(body);
  a.id = s.ColumnInt(0);
  a.kind = s.ColumnText(1);
  a.typology = s.ColumnText(2);
  a.score = s.ColumnReal(3);
  a.first_seen = s.ColumnInt(4);
  a.last_seen = s.ColumnInt(5);
  return a;
}

// Slots of statements prepared once per store (Prepared()); 0-4 are the ingest inserts.
constexpr size_t kSlotUserByToken = 5;
constexpr size_t kSlotInsertTip = 6;
constexpr size_t kSlotInsertTipLink = 7;
constexpr size_t kSlotInsertIdentifier = 8;
constexpr size_t kSlotLookupIdentifier = 9;
constexpr size_t kSlotInsertTransactions = 10;  // kBulkRows rows in one statement
constexpr size_t kSlotInsertLabels = 11;        // kBulkRows rows in one statement

// InsertTransactions writes kBulkRows rows per INSERT: a statement's fixed cost (cursors on the
// table and its two indexes, VDBE setup) is shared by its rows. Measured on a 0.95 M-row file:
// 0.25-0.37 M rows/s one per statement, 0.6-0.72 M with 8-32 per statement.
constexpr size_t kBulkRows = 32;
constexpr int kTransactionFields = 14;
constexpr int kLabelFields = 4;
constexpr std::string_view kInsertTransaction =
    "INSERT OR IGNORE INTO transactions(id, ts, offset_min, from_bank, from_account, to_bank, "
    "to_account, amount_minor, currency, channel, mcc, merchant_id, city, country) VALUES";

// The WHERE clause of an alert query with only the filters it sets, so that an unfiltered page or
// count walks the score index alone. Parameters 1-3 are min_score, typology and kind.
std::string AlertFilter(const AlertQuery& q) {
  std::string where = q.min_score > 0 ? "score >= ?1" : "1";
  if (!q.typology.empty()) where += " AND typology = ?2";
  if (!q.kind.empty()) where += " AND kind = ?3";
  return where;
}

void BindAlertFilter(Statement& s, const AlertQuery& q) {
  if (q.min_score > 0) s.Real(1, q.min_score);
  if (!q.typology.empty()) s.Text(2, q.typology);
  if (!q.kind.empty()) s.Text(3, q.kind);
}

UserRecord UserFromRow(const Statement& s) {
  UserRecord u;
  u.id = s.ColumnInt(0);
  u.org = s.ColumnText(1);
  u.name = s.ColumnText(2);
  u.role = s.ColumnText(3);
  u.token_hash = s.ColumnText(4);
  u.created_at = s.ColumnInt(5);
  u.disabled = s.ColumnInt(6) != 0;
  return u;
}

constexpr const char* kUserSelect =
    "SELECT id, org, name, role, token_hash, created_at, disabled FROM users";

constexpr const char* kTipFilter = "(? = 0 OR urgent = 1) AND (? = '' OR status = ?)";

void BindTipFilter(Statement& s, const TipQuery& q) {
  s.Int(1, q.urgent_only ? 1 : 0);
  s.Text(2, q.status);
  s.Text(3, q.status);
}

class SqliteStore final : public Store {
 public:
  explicit SqliteStore(std::string path) : path_(std::move(path)) {}
  ~SqliteStore() override {
    if (in_tx_) Exec("ROLLBACK").IgnoreError();
    statements_.clear();
    sqlite3_close_v2(db_);
  }

  Status Open() {
    // Without allocation statistics SQLite's allocator takes no global mutex (must be set before
    // SQLite initialises; later it is refused and nothing changes).
    static std::once_flag configured;
    std::call_once(configured, [] { (void)sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
    // One Store per thread (store.h), so the connection needs no mutex of its own: each call
    // would otherwise lock and unlock one (a sixth of an insert's time).
    if (sqlite3_open_v2(path_.c_str(), &db_,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                        nullptr) != SQLITE_OK) {
      return Status::IoError(fmt::format("cannot open workspace '{}': {}", path_,
                                         db_ ? sqlite3_errmsg(db_) : "out of memory"));
    }
    sqlite3_busy_timeout(db_, kBusyTimeoutMs);
    // 16 KB pages for new workspaces (an existing one keeps its own): fewer B-tree pages per
    // appended row; ingest 10-15% faster than with 4 KB in the same run.
    RETURN_IF_ERROR(Exec("PRAGMA page_size=16384"));
    RETURN_IF_ERROR(
        Exec("PRAGMA journal_mode=WAL")
            .WithContext(fmt::format("'{}' is not a tiphub workspace (SQLite file)", path_)));
    RETURN_IF_ERROR(Exec("PRAGMA synchronous=NORMAL"));
    RETURN_IF_ERROR(Exec("PRAGMA foreign_keys=OFF"));
    RETURN_IF_ERROR(Exec(kLargeCache));
    RETURN_IF_ERROR(Exec("PRAGMA wal_autocheckpoint=16384"));
    RETURN_IF_ERROR(Exec("PRAGMA mmap_size=1073741824"));
    return Migrate();
  }

  Status Begin() override {
    if (in_tx_) return Status::Ok();
    RETURN_IF_ERROR(Exec("BEGIN IMMEDIATE"));
    in_tx_ = true;
    return Status::Ok();
  }
  Status Commit() override {
    if (!in_tx_) return Status::Ok();
    RETURN_IF_ERROR(Exec("COMMIT"));
    in_tx_ = false;
    if (std::exchange(bulk_written_, false)) StartLogWriteback();
    return Status::Ok();
  }

  Status Rollback() override {
    if (!in_tx_) return Status::Ok();
    in_tx_ = false;
    return Exec("ROLLBACK");
  }

  Status DeferCheckpoints() override { return Exec("PRAGMA wal_autocheckpoint=0"); }

  Result<int64_t> Checkpoint(int64_t rewind_pages) override {
    // PASSIVE copies the log without blocking anyone, but the log is only rewound when a writer
    // finds it wholly copied while no reader uses it, which a busy server rarely offers: it would
    // grow without end. So once it holds rewind_pages, RESTART rewinds it. That holds the
    // writer lock while it copies what was committed during the PASSIVE pass and syncs the
    // database (about 40 ms measured at 1,000 tips/s, against 470 ms for SQLite's own checkpoint
    // of the whole log inside a commit), so it runs once per rewind_pages, not per round, and
    // never waits for a writer (SQLITE_BUSY: the next round tries again).
    int log = 0, copied = 0;
    int rc = sqlite3_wal_checkpoint_v2(db_, nullptr, SQLITE_CHECKPOINT_PASSIVE, &log, &copied);
    if (rc == SQLITE_OK && log >= rewind_pages) {
      sqlite3_busy_timeout(db_, 0);
      rc = sqlite3_wal_checkpoint_v2(db_, nullptr, SQLITE_CHECKPOINT_RESTART, &log, &copied);
      sqlite3_busy_timeout(db_, kBusyTimeoutMs);
    }
    if (rc != SQLITE_OK && rc != SQLITE_BUSY) {
      return Status::IoError(
          fmt::format("cannot checkpoint the log of '{}': {}", path_, sqlite3_errmsg(db_)));
    }
    return log < 0 ? int64_t{0} : int64_t{log} - copied;
  }

  Result<bool> InsertTransaction(const Transaction& tx) override {
    static const std::string kOne = std::string(kInsertTransaction) + ValuesRows(1);
    ASSIGN_OR_RETURN(Statement * s, Prepared(0, kOne.c_str()));
    BindTransaction(*s, 0, tx);
    return StepInsert(*s);
  }

  Result<int64_t> InsertTransactions(std::span<const Transaction> txs) override {
    RETURN_IF_ERROR(FitCacheToIds(txs));
    static const std::string kMany = std::string(kInsertTransaction) + ValuesRows(kBulkRows);
    return InsertBulk(
        txs, kSlotInsertTransactions, kMany, "writing transactions",
        [](Statement& s, int row, const Transaction& tx) { BindTransaction(s, row, tx); },
        [this](const Transaction& tx) { return InsertTransaction(tx); });
  }

  Result<bool> InsertParty(const Party& p) override {
    RETURN_IF_ERROR(UseLargeCache());
    ASSIGN_OR_RETURN(
        Statement * s,
        Prepared(1, "INSERT OR IGNORE INTO parties VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    s->Text(1, p.id);
    s->Text(2, PartyKindName(p.kind));
    s->TextOrNull(3, p.given_names);
    s->TextOrNull(4, p.surnames);
    s->TextOrNull(5, p.name);
    s->TextOrNull(6, p.birth_date);
    s->TextOrNull(7, p.phone);
    s->TextOrNull(8, p.email);
    s->TextOrNull(9, p.address);
    s->TextOrNull(10, p.city);
    s->TextOrNull(11, p.country);
    s->Int(12, p.mcc);
    s->TextOrNull(13, p.employer_id);
    s->Int(14, p.open_hour);
    s->Int(15, p.close_hour);
    return StepInsert(*s);
  }

  Result<bool> InsertAccount(const Account& a) override {
    RETURN_IF_ERROR(UseLargeCache());
    ASSIGN_OR_RETURN(Statement * s,
                     Prepared(2, "INSERT OR IGNORE INTO accounts VALUES(?,?,?,?,?,?,?)"));
    s->Text(1, a.id);
    s->TextOrNull(2, a.bank);
    s->TextOrNull(3, a.party_id);
    s->Text(4, AccountTypeName(a.type));
    s->Text(5, a.currency.code());
    s->TextOrNull(6, a.opened);
    s->TextOrNull(7, a.custodian);
    return StepInsert(*s);
  }

  Result<bool> InsertLabel(const TransactionLabel& l) override {
    ASSIGN_OR_RETURN(Statement * s, Prepared(3, "INSERT OR IGNORE INTO labels VALUES(?,?,?,?)"));
    BindLabel(*s, 0, l);
    return StepInsert(*s);
  }

  Result<int64_t> InsertLabels(std::span<const TransactionLabel> labels) override {
    static const std::string kMany =
        "INSERT OR IGNORE INTO labels VALUES" + ValuesRows(kBulkRows, kLabelFields);
    return InsertBulk(
        labels, kSlotInsertLabels, kMany, "writing labels",
        [](Statement& s, int row, const TransactionLabel& l) { BindLabel(s, row, l); },
        [this](const TransactionLabel& l) { return InsertLabel(l); });
  }

  Result<bool> InsertWatchlistEntry(const std::string& party_id, const std::string& list) override {
    ASSIGN_OR_RETURN(Statement * s, Prepared(4, "INSERT OR IGNORE INTO watchlist VALUES(?,?)"));
    s->Text(1, party_id);
    s->Text(2, list);
    return StepInsert(*s);
  }

  Status RecordIngestRun(const IngestRun& run) override {
    Statement s;
    RETURN_IF_ERROR(s.Prepare(db_,
                              "INSERT INTO ingest_runs(source, read, accepted, rejected, "
                              "duplicates, rejects_file, finished_at) VALUES(?,?,?,?,?,?,?)"));
    s.Text(1, run.source);
    s.Int(2, run.read);
    s.Int(3, run.accepted);
    s.Int(4, run.rejected);
    s.Int(5, run.duplicates);
    s.TextOrNull(6, run.rejects_file);
    s.Int(7, run.finished_at);
    return StepInsert(s).status();
  }

  Result<std::vector<IngestRun>> IngestRuns() override {
    Statement s;
    RETURN_IF_ERROR(s.Prepare(db_,
                              "SELECT source, read, accepted, rejected, duplicates, rejects_file, "
                              "finished_at FROM ingest_runs ORDER BY id"));
    std::vector<IngestRun> runs;
    while (sqlite3_step(s.get()) == SQLITE_ROW) {
      runs.push_back({s.ColumnText(0), s.ColumnInt(1), s.ColumnInt(2), s.ColumnInt(3),
                      s.ColumnInt(4), s.ColumnText(5), s.ColumnInt(6)});
    }
    return runs;
  }

  Status ForEachTransaction(const std::function<Status(const Transaction&)>& fn) override {
    Statement s;
    RETURN_IF_ERROR(s.Prepare(
        db_,
        fmt::format("SELECT {} FROM transactions ORDER BY ts, seq", kTransactionColumns).c_str()));
    Transaction tx;
    int rc;
    while ((rc = sqlite3_step(s.get())) == SQLITE_ROW) {
      ReadTransaction(s, tx);
      RETURN_IF_ERROR(fn(tx));
    }
    return rc == SQLITE_DONE ? Status::Ok() : Error("reading transactions");
  }

  Status ForEachParty(const std::function<Status(const Party&)>& fn) override {
    Statement s;
    RETURN_IF_ERROR(s.Prepare(db_, "SELECT * FROM parties"));
    Party p;
    while (sqlite3_step(s.get()) == SQLITE_ROW) {
      ReadParty(s, p);
      RETURN_IF_ERROR(fn(p));
    }
    return Status::Ok();
  }

  Status ForEachAccount(const std::function<Status(const Account&)>& fn) override {
    Statement s;
    RETURN_IF_ERROR(s.Prepare(db_, "SELECT * FROM accounts"));
    Account a;
    while (sqlite3_step(s.get()) == SQLITE_ROW) {
      ReadAccount(s, a);
      RETURN_IF_ERROR(fn(a));
    }
    return Status::Ok();
  }

  Result<std::vector<std::pair<std::string, std::string>>> Watchlist() override {
    Statement s;
    RETURN_IF_ERROR(s.Prepare(db_, "SELECT party_id, list FROM watchlist"));
    std::vector<std::pair<std::string, std::string>> out;
    while (sqlite3_step(s.get()) == SQLITE_ROW) out.emplace_back(s.ColumnText(0), s.ColumnText(1));
    return out;
  }

  Result<std::vector<TransactionLabel>> Labels() override {
    Statement s;
    RETURN_IF_ERROR(
        s.Prepare(db_, "SELECT transaction_id, illicit, scenario, scheme_type FROM labels"));
    std::vector<TransactionLabel> out;
    while (sqlite3_step(s.get()) == SQLITE_ROW) {
      out.push_back(
          {s.ColumnText(0), sqlite3_column_int(s.get(), 1) != 0, s.ColumnText(2), s.ColumnText(3)});
    }
    return out;
  }

  Result<std::vector<IllicitTransaction>> IllicitTransactions() override {
    Statement s;
    RETURN_IF_ERROR(s.Prepare(db_,
                              "SELECT l.transaction_id, l.scenario, l.scheme_type, t.from_account, "
                              "t.to_account FROM labels l LEFT JOIN transactions t ON t.id = "
                              "l.transaction_id WHERE l.illicit = 1"));
    std::vector<IllicitTransaction> out;
    int rc;
    while ((rc = sqlite3_step(s.get())) == SQLITE_ROW) {
      out.push_back({{s.ColumnText(0), true, s.ColumnText(1), s.ColumnText(2)},
                     s.ColumnText(3),
                     s.ColumnText(4)});
    }
    if (rc != SQLITE_DONE) return Error("reading labels");
    return out;
  }

  Status ReplaceAlerts(std::vector<Alert>& alerts) override {
    // Each alert's position in the two queue orders, so that a deep page of an unfiltered queue
    // is an index seek rather than a walk past `offset` rows.
    std::vector<uint32_t> by_score(alerts.size()), by_seen(alerts.size());
    for (uint32_t i = 0; i < by_score.size(); ++i) by_score[i] = by_seen[i] = i;
    std::stable_sort(by_score.begin(), by_score.end(),
                     [&](uint32_t a, uint32_t b) { return alerts[a].score > alerts[b].score; });
    std::stable_sort(by_seen.begin(), by_seen.end(), [&](uint32_t a, uint32_t b) {
      return alerts[a].last_seen > alerts[b].last_seen;
    });
    std::vector<int64_t> score_rank(alerts.size()), seen_rank(alerts.size());
    for (size_t r = 0; r < alerts.size(); ++r) {
      score_rank[by_score[r]] = static_cast<int64_t>(r);
      seen_rank[by_seen[r]] = static_cast<int64_t>(r);
    }
    RETURN_IF_ERROR(Begin());
    RETURN_IF_ERROR(Exec("DELETE FROM alerts"));
    RETURN_IF_ERROR(Exec("DELETE FROM alert_accounts"));
    Statement s, acc;
    RETURN_IF_ERROR(s.Prepare(db_,
                              "INSERT INTO alerts(id, kind, typology, score, first_seen, "
                              "last_seen, body, score_rank, seen_rank, queue_json) "
                              "VALUES(?,?,?,?,?,?,?,?,?,?)"));
    RETURN_IF_ERROR(acc.Prepare(db_, "INSERT OR IGNORE INTO alert_accounts VALUES(?,?)"));
    int64_t id = 1;
    for (size_t i = 0; i < alerts.size(); ++i) {
      Alert& a = alerts[i];
      a.id = id++;
      sqlite3_reset(s.get());
      s.Int(1, a.id);
      s.Text(2, a.kind);
      s.Text(3, a.typology);
      s.Real(4, a.score);
      s.Int(5, a.first_seen);
      s.Int(6, a.last_seen);
      nlohmann::json doc = AlertToJson(a);
      const std::string body = doc.dump();
      s.Text(7, body);
      s.Int(8, score_rank[i]);
      s.Int(9, seen_rank[i]);
      doc["evidence_count"] = a.evidence.size();
      doc.erase("evidence");
      doc.erase("flows");
      doc.erase("model_explanation");
      const std::string queue = doc.dump();
      s.Text(10, queue);
      if (sqlite3_step(s.get()) != SQLITE_DONE) return Error("storing alerts");
      for (const AlertAccount& aa : a.accounts) {
        sqlite3_reset(acc.get());
        acc.Text(1, aa.account);
        acc.Int(2, a.id);
        if (sqlite3_step(acc.get()) != SQLITE_DONE) return Error("storing alert accounts");
      }
    }
    return Commit();
  }

  Result<std::vector<int64_t>> AlertIdsOfAccount(const std::string& account) override {
    Statement s;
    RETURN_IF_ERROR(s.Prepare(db_, "SELECT alert_id FROM alert_accounts WHERE account = ?"));
    s.Text(1, account);
    std::vector<int64_t> out;
    while (sqlite3_step(s.get()) == SQLITE_ROW) out.push_back(s.ColumnInt(0));
    return out;
  }

  Result<std::vector<std::string>> AlertQueuePage(const AlertQuery& q) override {
    const bool unfiltered = q.min_score <= 0 && q.typology.empty() && q.kind.empty();
    const char* rank = q.sort == "last_seen" ? "seen_rank" : q.sort == "id" ? "id" : "score_rank";
    std::string sql;
    if (unfiltered) {  // ranks run 0..n-1 and ids 1..n
      sql = fmt::format("SELECT queue_json FROM alerts WHERE {0} {1} ?4 ORDER BY {0} LIMIT ?5",
                        rank, q.sort == "id" ? ">" : ">=");
    } else {
      sql = fmt::format("SELECT queue_json FROM alerts WHERE {} ORDER BY {} LIMIT ?5 OFFSET ?4",
                        AlertFilter(q), rank);
    }
    Statement s;
    RETURN_IF_ERROR(s.Prepare(db_, sql.c_str()));
    BindAlertFilter(s, q);
    s.Int(4, q.offset);
    s.Int(5, q.limit);
    std::vector<std::string> out;
    while (sqlite3_step(s.get()) == SQLITE_ROW) out.push_back(s.ColumnText(0));
    return out;
  }

  Result<std::vector<Alert>> ListAlerts(const AlertQuery& q) override {
    const char* order = q.sort == "last_seen" ? "last_seen DESC, id"
                        : q.sort == "id"      ? "id"
                                              : "score DESC, id";
    Statement s;
    RETURN_IF_ERROR(s.Prepare(
        db_, fmt::format("SELECT id, kind, typology, score, first_seen, last_seen, body FROM "
                         "alerts WHERE {} ORDER BY {} LIMIT ?4 OFFSET ?5",
                         AlertFilter(q), order)
                 .c_str()));
    BindAlertFilter(s, q);
    s.Int(4, q.limit);
    s.Int(5, q.offset);
    std::vector<Alert> out;
    while (sqlite3_step(s.get()) == SQLITE_ROW) out.push_back(AlertFromRow(s));
    return out;
  }

  Result<int64_t> CountAlerts(const AlertQuery& q) override {
    Statement s;
    if (q.min_score <= 0 && q.typology.empty() && q.kind.empty()) {
      // Ids are 1..n (ReplaceAlerts): the count without a filter is the largest id.
      RETURN_IF_ERROR(s.Prepare(db_, "SELECT coalesce(max(id), 0) FROM alerts"));
      if (sqlite3_step(s.get()) != SQLITE_ROW) return Error("counting alerts");
      return s.ColumnInt(0);
    }
    RETURN_IF_ERROR(s.Prepare(
        db_, fmt::format("SELECT count(*) FROM alerts WHERE {}", AlertFilter(q)).c_str()));
    BindAlertFilter(s, q);
    if (sqlite3_step(s.get()) != SQLITE_ROW) return Error("counting alerts");
    return s.ColumnInt(0);
  }

  Result<Alert> GetAlert(int64_t id) override {
    Statement s;
    RETURN_IF_ERROR(s.Prepare(
        db_,
        "SELECT id, kind, typology, score, first_seen, last_seen, body FROM alerts WHERE id = ?"));
    s.Int(1, id);
    if (sqlite3_step(s.get()) != SQLITE_ROW)
      return Status::NotFound(fmt::format("there is no alert {}", id));
    return AlertFromRow(s);
  }

  Result<std::vector<Transaction>> GetTransactions(const std::vector<std::string>& ids) override {
    return GetByIds<Transaction>(
        fmt::format("SELECT {} FROM transactions WHERE id = ?", kTransactionColumns), ids,
        ReadTransaction);
  }

  Result<std::vector<Account>> GetAccounts(const std::vector<std::string>& ids) override {
    return GetByIds<Account>("SELECT * FROM accounts WHERE id = ?", ids, ReadAccount);
  }

  Result<std::vector<Party>> GetParties(const std::vector<std::string>& ids) override {
    return GetByIds<Party>("SELECT * FROM parties WHERE id = ?", ids, ReadParty);
  }

  Result<int64_t> CreateCase(const Case& c) override {
    Statement s;
    RETURN_IF_ERROR(s.Prepare(db_,
                              "INSERT INTO cases(title, status, assignee, created_at, updated_at) "
                              "VALUES(?,?,?,?,?)"));
    s.Text(1, c.title);
    s.Text(2, CaseStatusName(c.status));
    s.TextOrNull(3, c.assignee);
    s.Int(4, c.created_at);
    s.Int(5, c.updated_at);
    if (sqlite3_step(s.get()) != SQLITE_DONE) return Error("creating a case");
    const int64_t id = sqlite3_last_insert_rowid(db_);
    RETURN_IF_ERROR(AddCaseItems(id, c));
    return id;
  }

  Status AddCaseItems(int64_t case_id, const Case& items) override {
    Statement next;
    RETURN_IF_ERROR(
        next.Prepare(db_, "SELECT coalesce(max(seq), 0) + 1 FROM case_items WHERE case_id = ?"));
    next.Int(1, case_id);
    if (sqlite3_step(next.get()) != SQLITE_ROW) return Error("reading case items");
    int64_t seq = next.ColumnInt(0);
    Statement s;
    RETURN_IF_ERROR(s.Prepare(db_, "INSERT OR IGNORE INTO case_items VALUES(?,?,?,?,?)"));
    auto add = [&](const char* kind, const std::string& ref, const nlohmann::json& body) {
      const std::string text = body.dump();
      sqlite3_reset(s.get());
      s.Int(1, case_id);
      s.Text(2, kind);
      s.Text(3, ref);
      s.Int(4, seq++);
      s.Text(5, text);
      return sqlite3_step(s.get()) == SQLITE_DONE ? Status::Ok() : Error("storing case items");
    };
    for (const Alert& a : items.alerts) {
      RETURN_IF_ERROR(add(kItemAlert, std::to_string(a.id), AlertToJson(a)));
    }
    for (const Transaction& tx : items.transactions) {
      RETURN_IF_ERROR(add(kItemTransaction, tx.id, TransactionToJson(tx)));
    }
    for (const Account& a : items.accounts) {
      RETURN_IF_ERROR(add(kItemAccount, a.id, AccountToJson(a)));
    }
    for (const Party& p : items.parties) RETURN_IF_ERROR(add(kItemParty, p.id, PartyToJson(p)));
    return Status::Ok();
  }

  Status UpdateCaseHeader(const Case& c) override {
    Statement s;
    RETURN_IF_ERROR(s.Prepare(
        db_, "UPDATE cases SET title = ?, status = ?, assignee = ?, updated_at = ? WHERE id = ?"));
    s.Text(1, c.title);
    s.Text(2, CaseStatusName(c.status));
    s.TextOrNull(3, c.assignee);
    s.Int(4, c.updated_at);
    s.Int(5, c.id);
    if (sqlite3_step(s.get()) != SQLITE_DONE) return Error("updating a case");
    if (sqlite3_changes(db_) == 0)
      return Status::NotFound(fmt::format("there is no case {}", c.id));
    return Status::Ok();
  }

  Status AddCaseNote(int64_t case_id, const CaseNote& note) override {
    Statement s;
    RETURN_IF_ERROR(
        s.Prepare(db_, "INSERT INTO case_notes(case_id, at, author, text) VALUES(?,?,?,?)"));
    s.Int(1, case_id);
    s.Int(2, note.at);
    s.Text(3, note.author);
    s.Text(4, note.text);
    return sqlite3_step(s.get()) == SQLITE_DONE ? Status::Ok() : Error("adding a note");
  }

  Result<Case> GetCase(int64_t id) override {
    Statement s;
    RETURN_IF_ERROR(s.Prepare(db_, fmt::format("{} WHERE id = ?", kCaseSelect).c_str()));
    s.Int(1, id);
    if (sqlite3_step(s.get()) != SQLITE_ROW) {
      return Status::NotFound(fmt::format("there is no case {} (see: tiphub case list)", id));
    }
    Case c = CaseHeaderFromRow(s);
    RETURN_IF_ERROR(LoadCaseItems(c));
    Statement n;
    RETURN_IF_ERROR(
        n.Prepare(db_, "SELECT at, author, text FROM case_notes WHERE case_id = ? ORDER BY id"));
    n.Int(1, id);
    while (sqlite3_step(n.get()) == SQLITE_ROW) {
      c.notes.push_back({n.ColumnInt(0), n.ColumnText(1), n.ColumnText(2)});
    }
    return c;
  }

  Result<std::vector<Case>> ListCases(const CaseQuery& q) override {
    Statement s;
    RETURN_IF_ERROR(s.Prepare(
        db_, fmt::format("{} WHERE (? = '' OR status = ?) AND (? = '' OR assignee = ?) ORDER BY "
                         "id DESC LIMIT ? OFFSET ?",
                         kCaseSelect)
                 .c_str()));
    s.Text(1, q.status);
    s.Text(2, q.status);
    s.Text(3, q.assignee);
    s.Text(4, q.assignee);
    s.Int(5, q.limit);
    s.Int(6, q.offset);
    std::vector<Case> out;
    while (sqlite3_step(s.get()) == SQLITE_ROW) out.push_back(CaseHeaderFromRow(s));
    for (Case& c : out) RETURN_IF_ERROR(LoadCaseItems(c));
    return out;
  }

  Status AppendAudit(const AuditEvent& e) override {
    Statement s;
    RETURN_IF_ERROR(
        s.Prepare(db_, "INSERT INTO audit(at, actor, action, object, detail) VALUES(?,?,?,?,?)"));
    s.Int(1, e.at);
    s.Text(2, e.actor);
    s.Text(3, e.action);
    s.Text(4, e.object);
    s.TextOrNull(5, e.detail);
    return sqlite3_step(s.get()) == SQLITE_DONE ? Status::Ok() : Error("writing the audit trail");
  }

  Result<std::vector<AuditEvent>> AuditTrail(const std::string& object) override {
    Statement s;
    RETURN_IF_ERROR(s.Prepare(db_,
                              "SELECT id, at, actor, action, object, detail FROM audit WHERE "
                              "(? = '' OR object = ?) ORDER BY id"));
    s.Text(1, object);
    s.Text(2, object);
    std::vector<AuditEvent> out;
    while (sqlite3_step(s.get()) == SQLITE_ROW) {
      out.push_back({s.ColumnInt(0), s.ColumnInt(1), s.ColumnText(2), s.ColumnText(3),
                     s.ColumnText(4), s.ColumnText(5)});
    }
    return out;
  }

  Result<std::vector<AuditEvent>> RecentAudit(int64_t limit) override {
    Statement s;
    RETURN_IF_ERROR(s.Prepare(
        db_, "SELECT id, at, actor, action, object, detail FROM audit ORDER BY id DESC LIMIT ?"));
    s.Int(1, limit);
    std::vector<AuditEvent> out;
    while (sqlite3_step(s.get()) == SQLITE_ROW) {
      out.push_back({s.ColumnInt(0), s.ColumnInt(1), s.ColumnText(2), s.ColumnText(3),
                     s.ColumnText(4), s.ColumnText(5)});
    }
    return out;
  }

  Result<std::vector<Party>> SearchParties(const std::string& text, int64_t limit) override {
    Statement s;
    RETURN_IF_ERROR(s.Prepare(
        db_,
        "SELECT * FROM parties WHERE id = ?1 UNION SELECT * FROM (SELECT * FROM parties WHERE "
        "instr(lower(coalesce(name, '') || ' ' || coalesce(given_names, '') || ' ' || "
        "coalesce(surnames, '')), lower(?1)) > 0 LIMIT ?2) LIMIT ?2"));
    s.Text(1, text);
    s.Int(2, limit);
    std::vector<Party> out;
    while (sqlite3_step(s.get()) == SQLITE_ROW) ReadParty(s, out.emplace_back());
    return out;
  }

  Result<std::vector<Account>> SearchAccounts(const std::string& text, int64_t limit) override {
    Statement s;
    RETURN_IF_ERROR(s.Prepare(db_,
                              "SELECT * FROM accounts WHERE id = ?1 UNION SELECT * FROM accounts "
                              "WHERE party_id = ?1 OR custodian = ?1 LIMIT ?2"));
    s.Text(1, text);
    s.Int(2, limit);
    std::vector<Account> out;
    while (sqlite3_step(s.get()) == SQLITE_ROW) ReadAccount(s, out.emplace_back());
    return out;
  }

  Result<bool> CreateOrg(const OrgRecord& org) override {
    Statement s;
    RETURN_IF_ERROR(s.Prepare(db_, "INSERT OR IGNORE INTO orgs VALUES(?,?,?)"));
    s.Text(1, org.id);
    s.Text(2, org.name);
    s.Int(3, org.created_at);
    return StepInsert(s);
  }

  Result<std::vector<OrgRecord>> ListOrgs() override {
    Statement s;
    RETURN_IF_ERROR(s.Prepare(db_, "SELECT id, name, created_at FROM orgs ORDER BY id"));
    std::vector<OrgRecord> out;
    while (sqlite3_step(s.get()) == SQLITE_ROW) {
      out.push_back({s.ColumnText(0), s.ColumnText(1), s.ColumnInt(2)});
    }
    return out;
  }

  Result<int64_t> CreateUser(const UserRecord& u) override {
    Statement s;
    RETURN_IF_ERROR(s.Prepare(db_,
                              "INSERT INTO users(org, name, role, token_hash, created_at, "
                              "disabled) VALUES(?,?,?,?,?,?)"));
    s.Text(1, u.org);
    s.Text(2, u.name);
    s.Text(3, u.role);
    s.Text(4, u.token_hash);
    s.Int(5, u.created_at);
    s.Int(6, u.disabled ? 1 : 0);
    const int rc = sqlite3_step(s.get());
    if (rc == SQLITE_CONSTRAINT) {
      return Status::AlreadyExists(
          fmt::format("organisation '{}' already has a user '{}'", u.org, u.name));
    }
    if (rc != SQLITE_DONE) return Error("creating a user");
    return static_cast<int64_t>(sqlite3_last_insert_rowid(db_));
  }

  Result<std::vector<UserRecord>> ListUsers(const std::string& org) override {
    Statement s;
    RETURN_IF_ERROR(s.Prepare(
        db_, fmt::format("{} WHERE (? = '' OR org = ?) ORDER BY org, name", kUserSelect).c_str()));
    s.Text(1, org);
    s.Text(2, org);
    std::vector<UserRecord> out;
    while (sqlite3_step(s.get()) == SQLITE_ROW) out.push_back(UserFromRow(s));
    return out;
  }

  Result<std::optional<UserRecord>> FindUserByTokenHash(const std::string& hash) override {
    ASSIGN_OR_RETURN(Statement * s,
                     Prepared(kSlotUserByToken,
                              "SELECT id, org, name, role, token_hash, created_at, disabled FROM "
                              "users WHERE token_hash = ?"));
    s->Text(1, hash);
    std::optional<UserRecord> out;
    if (sqlite3_step(s->get()) == SQLITE_ROW) out = UserFromRow(*s);
    sqlite3_reset(s->get());  // ends the read transaction: this connection writes next
    return out;
  }

  Result<std::optional<UserRecord>> FindUser(const std::string& org,
                                             const std::string& name) override {
    Statement s;
    RETURN_IF_ERROR(
        s.Prepare(db_, fmt::format("{} WHERE org = ? AND name = ?", kUserSelect).c_str()));
    s.Text(1, org);
    s.Text(2, name);
    if (sqlite3_step(s.get()) != SQLITE_ROW) return std::optional<UserRecord>();
    return std::optional<UserRecord>(UserFromRow(s));
  }

  Status UpdateUser(const UserRecord& u) override {
    Statement s;
    RETURN_IF_ERROR(
        s.Prepare(db_, "UPDATE users SET role = ?, token_hash = ?, disabled = ? WHERE id = ?"));
    s.Text(1, u.role);
    s.Text(2, u.token_hash);
    s.Int(3, u.disabled ? 1 : 0);
    s.Int(4, u.id);
    if (sqlite3_step(s.get()) != SQLITE_DONE) return Error("updating a user");
    if (sqlite3_changes(db_) == 0)
      return Status::NotFound(fmt::format("there is no user {}", u.id));
    return Status::Ok();
  }

  Result<int64_t> InsertTip(const Tip& tip) override {
    ASSIGN_OR_RETURN(Statement * s,
                     Prepared(kSlotInsertTip,
                              "INSERT INTO tips(received_at, observed_at, urgent, status, body) "
                              "VALUES(?,?,?,?,?)"));
    s->Int(1, tip.received_at);
    s->Int(2, tip.observed_at);
    s->Int(3, tip.urgent ? 1 : 0);
    s->Text(4, tip.status);
    const std::string body = TipToJson(tip).dump();
    s->Text(5, body);
    if (sqlite3_step(s->get()) != SQLITE_DONE) return Error("storing a tip");
    return static_cast<int64_t>(sqlite3_last_insert_rowid(db_));
  }

  Status UpdateTip(const Tip& tip) override {
    Statement s;
    RETURN_IF_ERROR(
        s.Prepare(db_, "UPDATE tips SET urgent = ?, status = ?, body = ? WHERE id = ?"));
    s.Int(1, tip.urgent ? 1 : 0);
    s.Text(2, tip.status);
    const std::string body = TipToJson(tip).dump();
    s.Text(3, body);
    s.Int(4, tip.id);
    if (sqlite3_step(s.get()) != SQLITE_DONE) return Error("updating a tip");
    if (sqlite3_changes(db_) == 0)
      return Status::NotFound(fmt::format("there is no tip {}", tip.id));
    return Status::Ok();
  }

  Result<Tip> GetTip(int64_t id) override {
    Statement s;
    RETURN_IF_ERROR(s.Prepare(db_, "SELECT id, body FROM tips WHERE id = ?"));
    s.Int(1, id);
    if (sqlite3_step(s.get()) != SQLITE_ROW) {
      return Status::NotFound(fmt::format("there is no tip {}", id));
    }
    return TipFromRow(s);
  }

  Result<std::vector<Tip>> ListTips(const TipQuery& q) override {
    Statement s;
    RETURN_IF_ERROR(s.Prepare(
        db_, fmt::format("SELECT id, body FROM tips WHERE {} ORDER BY urgent DESC, received_at "
                         "DESC, id DESC LIMIT ? OFFSET ?",
                         kTipFilter)
                 .c_str()));
    BindTipFilter(s, q);
    s.Int(4, q.limit);
    s.Int(5, q.offset);
    std::vector<Tip> out;
    while (sqlite3_step(s.get()) == SQLITE_ROW) {
      ASSIGN_OR_RETURN(Tip tip, TipFromRow(s));
      out.push_back(std::move(tip));
    }
    return out;
  }

  Result<int64_t> CountTips(const TipQuery& q) override {
    Statement s;
    RETURN_IF_ERROR(
        s.Prepare(db_, fmt::format("SELECT count(*) FROM tips WHERE {}", kTipFilter).c_str()));
    BindTipFilter(s, q);
    if (sqlite3_step(s.get()) != SQLITE_ROW) return Error("counting tips");
    return s.ColumnInt(0);
  }

  Status AddTipLinks(const std::vector<TipLink>& links) override {
    ASSIGN_OR_RETURN(Statement * s, Prepared(kSlotInsertTipLink,
                                             "INSERT OR IGNORE INTO tip_links VALUES(?,?,?,?,?)"));
    for (const TipLink& l : links) {
      sqlite3_reset(s->get());
      s->Int(1, l.tip_id);
      s->Text(2, l.target_kind);
      s->Text(3, l.target_id);
      s->Text(4, l.via_kind);
      s->Text(5, l.via_value);
      if (sqlite3_step(s->get()) != SQLITE_DONE) return Error("storing tip links");
    }
    return Status::Ok();
  }

  Result<std::vector<TipLink>> TipLinksOf(int64_t tip_id) override {
    Statement s;
    RETURN_IF_ERROR(s.Prepare(db_, "SELECT * FROM tip_links WHERE tip_id = ?"));
    s.Int(1, tip_id);
    return ReadTipLinks(s);
  }

  Result<std::vector<TipLink>> TipLinksTo(const std::string& target_kind,
                                          const std::string& target_id) override {
    Statement s;
    RETURN_IF_ERROR(
        s.Prepare(db_, "SELECT * FROM tip_links WHERE target_kind = ? AND target_id = ?"));
    s.Text(1, target_kind);
    s.Text(2, target_id);
    return ReadTipLinks(s);
  }

  Status InsertIdentifiers(const std::vector<IdentifierRow>& rows) override {
    ASSIGN_OR_RETURN(Statement * s, Prepared(kSlotInsertIdentifier,
                                             "INSERT OR IGNORE INTO identifiers VALUES(?,?,?,?)"));
    for (const IdentifierRow& r : rows) {
      sqlite3_reset(s->get());
      s->Text(1, r.kind);
      s->Text(2, r.value);
      s->Text(3, r.target_kind);
      s->Text(4, r.target_id);
      if (sqlite3_step(s->get()) != SQLITE_DONE) return Error("storing identifiers");
    }
    return Status::Ok();
  }

  Status ReplaceDerivedIdentifiers(const std::vector<IdentifierRow>& rows) override {
    RETURN_IF_ERROR(Exec("DELETE FROM identifiers WHERE target_kind IN ('party', 'account')"));
    return InsertIdentifiers(rows);
  }

  Result<std::vector<IdentifierRow>> LookupIdentifier(const std::string& kind,
                                                      const std::string& value) override {
    ASSIGN_OR_RETURN(Statement * s,
                     Prepared(kSlotLookupIdentifier,
                              "SELECT kind, value, target_kind, target_id FROM identifiers WHERE "
                              "kind = ? AND value = ? LIMIT 1000"));
    s->Text(1, kind);
    s->Text(2, value);
    std::vector<IdentifierRow> out;
    while (sqlite3_step(s->get()) == SQLITE_ROW) {
      out.push_back({s->ColumnText(0), s->ColumnText(1), s->ColumnText(2), s->ColumnText(3)});
    }
    sqlite3_reset(s->get());
    return out;
  }

  Result<bool> InsertAd(const std::string& id, const std::string& body) override {
    Statement s;
    RETURN_IF_ERROR(s.Prepare(db_, "INSERT OR IGNORE INTO ads VALUES(?,?)"));
    s.Text(1, id);
    s.Text(2, body);
    return StepInsert(s);
  }

  Result<std::optional<std::string>> GetAd(const std::string& id) override {
    Statement s;
    RETURN_IF_ERROR(s.Prepare(db_, "SELECT body FROM ads WHERE id = ?"));
    s.Text(1, id);
    if (sqlite3_step(s.get()) != SQLITE_ROW) return std::optional<std::string>();
    return std::optional<std::string>(s.ColumnText(0));
  }

  Result<std::string> GetMeta(const std::string& key) override {
    Statement s;
    RETURN_IF_ERROR(s.Prepare(db_, "SELECT value FROM meta WHERE key = ?"));
    s.Text(1, key);
    if (sqlite3_step(s.get()) != SQLITE_ROW) return std::string();
    return s.ColumnText(0);
  }

  Status SetMeta(const std::string& key, const std::string& value) override {
    Statement s;
    RETURN_IF_ERROR(s.Prepare(db_, "INSERT OR REPLACE INTO meta VALUES(?,?)"));
    s.Text(1, key);
    s.Text(2, value);
    if (sqlite3_step(s.get()) != SQLITE_DONE) return Error("writing a setting");
    return Status::Ok();
  }

  Status ReplaceEntities(const std::vector<std::pair<std::string, std::string>>& map) override {
    RETURN_IF_ERROR(Begin());
    RETURN_IF_ERROR(Exec("DELETE FROM entities"));
    Statement s;
    RETURN_IF_ERROR(s.Prepare(db_, "INSERT OR REPLACE INTO entities VALUES(?,?)"));
    for (const auto& [party, entity] : map) {
      sqlite3_reset(s.get());
      s.Text(1, party);
      s.Text(2, entity);
      if (sqlite3_step(s.get()) != SQLITE_DONE) return Error("storing entities");
    }
    return Commit();
  }

  Result<std::vector<std::pair<std::string, std::string>>> Entities() override {
    Statement s;
    RETURN_IF_ERROR(s.Prepare(db_, "SELECT party_id, entity_id FROM entities"));
    std::vector<std::pair<std::string, std::string>> out;
    while (sqlite3_step(s.get()) == SQLITE_ROW) out.emplace_back(s.ColumnText(0), s.ColumnText(1));
    return out;
  }

  Result<StoreCounts> Counts() override {
    StoreCounts c;
    ASSIGN_OR_RETURN(c.parties, Count("parties"));
    ASSIGN_OR_RETURN(c.accounts, Count("accounts"));
    ASSIGN_OR_RETURN(c.transactions, Count("transactions"));
    ASSIGN_OR_RETURN(c.labels, Count("labels"));
    ASSIGN_OR_RETURN(c.alerts, Count("alerts"));
    return c;
  }

  Result<uint64_t> TransactionChecksum() override {
    Statement s;
    RETURN_IF_ERROR(s.Prepare(db_,
                              "SELECT id, ts, offset_min, from_account, to_account, amount_minor, "
                              "currency, channel, mcc, merchant_id, city FROM transactions"));
    uint64_t sum = 0;
    const int columns = 11;
    while (sqlite3_step(s.get()) == SQLITE_ROW) {
      XXH64_state_t* state = XXH64_createState();
      XXH64_reset(state, 0);
      for (int col = 0; col < columns; ++col) {
        const std::string v = s.ColumnText(col);
        XXH64_update(state, v.data(), v.size());
        XXH64_update(state, "\x1f", 1);
      }
      sum += XXH64_digest(state);  // order-independent
      XXH64_freeState(state);
    }
    return sum;
  }

 private:
  Status Exec(const char* sql) {
    char* err = nullptr;
    if (sqlite3_exec(db_, sql, nullptr, nullptr, &err) != SQLITE_OK) {
      std::string message = err ? err : "unknown error";
      sqlite3_free(err);
      return Status::IoError(fmt::format("workspace '{}': {}", path_, message));
    }
    return Status::Ok();
  }
  Status Error(std::string_view what) {
    return Status::IoError(
        fmt::format("workspace '{}': {} failed: {}", path_, what, sqlite3_errmsg(db_)));
  }
  // Runs `sql` (one id parameter) for each id; rows found are read with `read`, missing ids
  // skipped.
  template <typename T>
  Result<std::vector<T>> GetByIds(const std::string& sql, const std::vector<std::string>& ids,
                                  void (*read)(const Statement&, T&)) {
    Statement s;
    RETURN_IF_ERROR(s.Prepare(db_, sql.c_str()));
    std::vector<T> out;
    for (const std::string& id : ids) {
      sqlite3_reset(s.get());
      s.Text(1, id);
      if (sqlite3_step(s.get()) == SQLITE_ROW) read(s, out.emplace_back());
    }
    return out;
  }

  static constexpr const char* kCaseSelect =
      "SELECT id, title, status, assignee, created_at, updated_at FROM cases";
  static Case CaseHeaderFromRow(const Statement& s) {
    Case c;
    c.id = s.ColumnInt(0);
    c.title = s.ColumnText(1);
    c.status = ParseCaseStatus(s.ColumnText(2)).value_or(CaseStatus::kNew);
    c.assignee = s.ColumnText(3);
    c.created_at = s.ColumnInt(4);
    c.updated_at = s.ColumnInt(5);
    return c;
  }
  Status LoadCaseItems(Case& c) {
    Statement s;
    RETURN_IF_ERROR(
        s.Prepare(db_, "SELECT kind, body FROM case_items WHERE case_id = ? ORDER BY seq"));
    s.Int(1, c.id);
    while (sqlite3_step(s.get()) == SQLITE_ROW) {
      const std::string kind = s.ColumnText(0);
      const nlohmann::json body = nlohmann::json::parse(s.ColumnText(1), nullptr, false);
      if (body.is_discarded()) {
        return Status::Corruption(
            fmt::format("workspace '{}': evidence of case {} is not readable JSON", path_, c.id));
      }
      if (kind == kItemAlert) {
        c.alerts.push_back(AlertFromJson(body));
      } else if (kind == kItemTransaction) {
        c.transactions.push_back(TransactionFromJson(body));
      } else if (kind == kItemAccount) {
        c.accounts.push_back(AccountFromJson(body));
      } else if (kind == kItemParty) {
        c.parties.push_back(PartyFromJson(body));
      }
    }
    return Status::Ok();
  }
  static Result<Tip> TipFromRow(const Statement& s) {
    const std::string body = s.ColumnText(1);
    nlohmann::json doc = nlohmann::json::parse(body, nullptr, false);
    if (doc.is_discarded())
      return Status::Corruption(fmt::format("tip {} is not valid JSON", s.ColumnInt(0)));
    ASSIGN_OR_RETURN(Tip tip, TipFromJson(doc));
    tip.id = s.ColumnInt(0);
    return tip;
  }
  static Result<std::vector<TipLink>> ReadTipLinks(Statement& s) {
    std::vector<TipLink> out;
    while (sqlite3_step(s.get()) == SQLITE_ROW) {
      out.push_back(
          {s.ColumnInt(0), s.ColumnText(1), s.ColumnText(2), s.ColumnText(3), s.ColumnText(4)});
    }
    return out;
  }
  Result<int64_t> Count(const char* table) {
    Statement s;
    RETURN_IF_ERROR(s.Prepare(db_, fmt::format("SELECT count(*) FROM {}", table).c_str()));
    if (sqlite3_step(s.get()) != SQLITE_ROW) return Error("counting");
    return s.ColumnInt(0);
  }
  Result<Statement*> Prepared(size_t slot, const char* sql) {
    if (statements_.size() <= slot) statements_.resize(slot + 1);
    if (!statements_[slot]) {
      statements_[slot] = std::make_unique<Statement>();
      RETURN_IF_ERROR(statements_[slot]->Prepare(db_, sql));
    }
    sqlite3_reset(statements_[slot]->get());
    return statements_[slot].get();
  }
  // Transactions with ids in ascending order (most exports, simulator worlds, synthetic ids) only
  // extend the right edge of each B-tree, so kSmallCache holds what their inserts touch; a larger
  // cache there only costs fresh memory (page faults). Ids in any other order (UUIDs, hashes)
  // insert all over the id index, which then should stay in memory: once more than an eighth of a
  // batch's ids lie below the largest id of kIdWindow batches before, the connection keeps
  // kLargeCache. Ids that ascend but are shuffled among rows of one timestamp (synthetic ids of a
  // payroll run) pass. Measured on 0.94 M rows: ascending ids 1.37 s with 16 MB, 1.94 s with
  // 256 MB; random 32-digit ids 7.1 s with 16 MB, 4.4-5.6 s with 64-256 MB.
  Status FitCacheToIds(std::span<const Transaction> txs) {
    if (ids_disordered_ || txs.empty()) return Status::Ok();
    const std::string& floor = max_ids_[batches_ % kIdWindow];  // kIdWindow batches ago
    size_t below = 0;
    const std::string* largest = &txs.front().id;
    for (const Transaction& tx : txs) {
      below += tx.id < floor;
      if (*largest < tx.id) largest = &tx.id;
    }
    if (below * 8 > txs.size()) {
      ids_disordered_ = true;
      return UseLargeCache();
    }
    const std::string& last = max_ids_[(batches_ + kIdWindow - 1) % kIdWindow];
    max_ids_[batches_ % kIdWindow] = std::max(last, *largest);
    ++batches_;
    if (small_cache_) return Status::Ok();
    small_cache_ = true;
    return Exec(kSmallCache);
  }
  // For inserts in any order (parties and accounts have a name and an owner index).
  Status UseLargeCache() {
    if (!small_cache_) return Status::Ok();
    small_cache_ = false;
    return Exec(kLargeCache);
  }

  // After a bulk commit: has the kernel start writing the log to disk now, in the background, so
  // that the fsync of the checkpoint at close finds little left to write (0.94 M rows: that fsync
  // 0.29 s -> 0.09 s, the ingest 1.37 s -> 1.27-1.31 s). Best effort; Linux only.
  void StartLogWriteback() {
#ifdef __linux__
    const int fd = open((path_ + "-wal").c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return;
    (void)sync_file_range(fd, 0, 0, SYNC_FILE_RANGE_WRITE);
    close(fd);
#endif
  }

  // Writes full groups of kBulkRows records in one statement each (`many_sql`, kept in `slot`;
  // `bind(statement, row, record)` binds one), the rest one by one with `one(record)`; returns how
  // many were new. Texts are bound without a copy: `records` must be unchanged meanwhile.
  template <typename T, typename Bind, typename One>
  Result<int64_t> InsertBulk(std::span<const T> records, size_t slot, const std::string& many_sql,
                             const char* what, Bind bind, One one) {
    bulk_written_ = true;
    int64_t inserted = 0;
    size_t i = 0;
    if (records.size() >= kBulkRows) {
      ASSIGN_OR_RETURN(Statement * s, Prepared(slot, many_sql.c_str()));
      for (; i + kBulkRows <= records.size(); i += kBulkRows) {
        sqlite3_reset(s->get());
        for (size_t r = 0; r < kBulkRows; ++r) bind(*s, static_cast<int>(r), records[i + r]);
        if (sqlite3_step(s->get()) != SQLITE_DONE) return Error(what);
        inserted += sqlite3_changes(db_);
      }
    }
    for (; i < records.size(); ++i) {
      ASSIGN_OR_RETURN(bool added, one(records[i]));
      inserted += added;
    }
    return inserted;
  }

  // "(?,?,...),(...)": `rows` rows of `fields` parameters.
  static std::string ValuesRows(size_t rows, int fields = kTransactionFields) {
    std::string row = "(?";
    for (int c = 1; c < fields; ++c) row += ",?";
    row += ")";
    std::string out = row;
    for (size_t r = 1; r < rows; ++r) out += "," + row;
    return out;
  }
  // Binds `l` to the columns of row `row` of a label insert, without a copy (as BindTransaction).
  static void BindLabel(Statement& s, int row, const TransactionLabel& l) {
    const int b = row * kLabelFields;
    s.Text(b + 1, l.transaction_id);
    s.Int(b + 2, l.illicit ? 1 : 0);
    s.TextOrNull(b + 3, l.scenario);
    s.TextOrNull(b + 4, l.scheme_type);
  }
  // Binds `tx` to the columns of row `row` of a transaction insert. Texts are bound without a copy:
  // `tx` must be unchanged until the statement has run.
  static void BindTransaction(Statement& s, int row, const Transaction& tx) {
    const int b = row * kTransactionFields;
    s.Text(b + 1, tx.id);
    s.Int(b + 2, tx.time.utc_seconds);
    s.Int(b + 3, tx.time.offset_minutes);
    s.TextOrNull(b + 4, tx.from_bank);
    s.TextOrNull(b + 5, tx.from_account);
    s.TextOrNull(b + 6, tx.to_bank);
    s.TextOrNull(b + 7, tx.to_account);
    s.Int(b + 8, tx.amount.minor);
    s.Text(b + 9, tx.amount.currency.code());
    s.Text(b + 10, ChannelName(tx.channel));
    s.Int(b + 11, tx.mcc);
    s.TextOrNull(b + 12, tx.merchant_id);
    s.TextOrNull(b + 13, tx.city);
    s.TextOrNull(b + 14, tx.country);
  }
  Result<bool> StepInsert(Statement& s) {
    const int rc = sqlite3_step(s.get());
    if (rc != SQLITE_DONE) return Error("writing");
    return sqlite3_changes(db_) > 0;
  }
  Status Migrate() {
    Statement s;
    RETURN_IF_ERROR(s.Prepare(db_, "PRAGMA user_version"));
    if (sqlite3_step(s.get()) != SQLITE_ROW) return Error("reading the schema version");
    const int64_t version = s.ColumnInt(0);
    const auto latest = static_cast<int64_t>(std::size(kMigrations));
    if (version > latest) {
      return Status::FailedPrecondition(fmt::format(
          "workspace '{}' has schema version {}, newer than this tiphub ({}): upgrade tiphub",
          path_, version, latest));
    }
    for (int64_t v = version; v < latest; ++v) {
      RETURN_IF_ERROR(Exec("BEGIN IMMEDIATE"));
      RETURN_IF_ERROR(Exec(kMigrations[v]));
      RETURN_IF_ERROR(Exec(fmt::format("PRAGMA user_version = {}", v + 1).c_str()));
      RETURN_IF_ERROR(Exec("COMMIT"));
    }
    if (version > 0 && version < 4) {
      // Alerts stored before version 4 lack the queue JSON, ranks and account index: store them
      // again (ids were 1..n and stay so).
      AlertQuery all;
      all.limit = -1;
      all.sort = "id";
      ASSIGN_OR_RETURN(std::vector<Alert> alerts, ListAlerts(all));
      if (!alerts.empty()) RETURN_IF_ERROR(ReplaceAlerts(alerts));
    }
    return Status::Ok();
  }

  std::string path_;
  sqlite3* db_ = nullptr;
  bool in_tx_ = false;
  bool small_cache_ = false;     // kSmallCache in use (FitCacheToIds)
  bool ids_disordered_ = false;  // FitCacheToIds saw ids in no order
  bool bulk_written_ = false;    // bulk inserts since the last commit (StartLogWriteback)
  // FitCacheToIds: the largest id inserted up to each of the last kIdWindow batches (by batch
  // number modulo kIdWindow), until ids are seen in no order.
  static constexpr size_t kIdWindow = 4;
  std::array<std::string, kIdWindow> max_ids_;
  size_t batches_ = 0;
  std::vector<std::unique_ptr<Statement>> statements_;
};

}  // namespace

nlohmann::json AlertToJson(const Alert& a) {
  nlohmann::json accounts = nlohmann::json::array();
  for (const auto& acc : a.accounts) {
    accounts.push_back({{"account", acc.account},
                        {"role", acc.role},
                        {"score", acc.score},
                        {"protect", acc.protect}});
  }
  nlohmann::json hits = nlohmann::json::array();
  for (const auto& h : a.hits) {
    hits.push_back({{"indicator", h.indicator_id},
                    {"account", h.account},
                    {"value", h.value},
                    {"threshold", h.threshold},
                    {"detail", h.detail},
                    {"source", h.source},
                    {"weight", h.weight}});
  }
  nlohmann::json explanation = nlohmann::json::array();
  for (const auto& c : a.model_explanation) {
    explanation.push_back(
        {{"feature", c.feature},
         {"value", std::isnan(c.value) ? nlohmann::json() : nlohmann::json(c.value)},
         {"contribution", c.contribution}});
  }
  return {{"id", a.id},
          {"kind", a.kind},
          {"typology", a.typology},
          {"score", a.score},
          {"first_seen", a.first_seen},
          {"last_seen", a.last_seen},
          {"accounts", accounts},
          {"indicators", hits},
          {"evidence", a.evidence},
          {"flows", a.flows},
          {"summary", a.summary},
          {"model_score", a.model_score},
          {"model_transaction", a.model_transaction},
          {"model_explanation", explanation}};
}

Alert AlertFromJson(const nlohmann::json& doc) {
  Alert a;
  a.id = doc.value("id", int64_t{0});
  a.kind = doc.value("kind", "");
  a.typology = doc.value("typology", "");
  a.score = doc.value("score", 0.0);
  a.first_seen = doc.value("first_seen", int64_t{0});
  a.last_seen = doc.value("last_seen", int64_t{0});
  for (const auto& acc : doc.value("accounts", nlohmann::json::array())) {
    a.accounts.push_back({acc.value("account", ""), acc.value("role", ""), acc.value("score", 0.0),
                          acc.value("protect", false)});
  }
  for (const auto& h : doc.value("indicators", nlohmann::json::array())) {
    a.hits.push_back({h.value("indicator", ""), h.value("account", ""), h.value("value", 0.0),
                      h.value("threshold", 0.0), h.value("detail", ""), h.value("source", ""),
                      h.value("weight", 0.0)});
  }
  a.evidence = doc.value("evidence", std::vector<std::string>{});
  a.flows = doc.value("flows", std::vector<std::string>{});
  a.summary = doc.value("summary", "");
  a.model_score = doc.value("model_score", -1.0);
  a.model_transaction = doc.value("model_transaction", "");
  for (const auto& c : doc.value("model_explanation", nlohmann::json::array())) {
    const auto value = c.find("value");
    a.model_explanation.push_back({c.value("feature", ""),
                                   value != c.end() && value->is_number()
                                       ? value->get<double>()
                                       : std::numeric_limits<double>::quiet_NaN(),
                                   c.value("contribution", 0.0)});
  }
  return a;
}

nlohmann::json TransactionToJson(const Transaction& tx) {
  return {{"id", tx.id},
          {"timestamp", FormatUtc(tx.time.utc_seconds)},
          {"utc_seconds", tx.time.utc_seconds},
          {"offset_minutes", tx.time.offset_minutes},
          {"from_bank", tx.from_bank},
          {"from_account", tx.from_account},
          {"to_bank", tx.to_bank},
          {"to_account", tx.to_account},
          {"amount_minor", tx.amount.minor},
          {"amount", FormatAmount(tx.amount.minor, tx.amount.currency.exponent())},
          {"currency", std::string(tx.amount.currency.code())},
          {"channel", std::string(ChannelName(tx.channel))},
          {"mcc", tx.mcc},
          {"merchant_id", tx.merchant_id},
          {"city", tx.city},
          {"country", tx.country}};
}

Transaction TransactionFromJson(const nlohmann::json& doc) {
  Transaction tx;
  tx.id = doc.value("id", "");
  tx.time.utc_seconds = doc.value("utc_seconds", int64_t{0});
  tx.time.offset_minutes = doc.value("offset_minutes", int32_t{0});
  tx.from_bank = doc.value("from_bank", "");
  tx.from_account = doc.value("from_account", "");
  tx.to_bank = doc.value("to_bank", "");
  tx.to_account = doc.value("to_account", "");
  tx.amount.minor = doc.value("amount_minor", int64_t{0});
  tx.amount.currency = Currency::Parse(doc.value("currency", "")).value_or(Currency());
  tx.channel = ParseChannel(doc.value("channel", "")).value_or(Channel::kUnknown);
  tx.mcc = doc.value("mcc", 0);
  tx.merchant_id = doc.value("merchant_id", "");
  tx.city = doc.value("city", "");
  tx.country = doc.value("country", "");
  return tx;
}

nlohmann::json AccountToJson(const Account& a) {
  return {{"id", a.id},
          {"bank", a.bank},
          {"party_id", a.party_id},
          {"type", std::string(AccountTypeName(a.type))},
          {"currency", std::string(a.currency.code())},
          {"opened", a.opened},
          {"custodian", a.custodian}};
}

Account AccountFromJson(const nlohmann::json& doc) {
  Account a;
  a.id = doc.value("id", "");
  a.bank = doc.value("bank", "");
  a.party_id = doc.value("party_id", "");
  a.type = ParseAccountType(doc.value("type", "")).value_or(AccountType::kPersonal);
  a.currency = Currency::Parse(doc.value("currency", "")).value_or(Currency());
  a.opened = doc.value("opened", "");
  a.custodian = doc.value("custodian", "");
  return a;
}

nlohmann::json PartyToJson(const Party& p) {
  return {{"id", p.id},
          {"kind", std::string(PartyKindName(p.kind))},
          {"given_names", p.given_names},
          {"surnames", p.surnames},
          {"name", p.name},
          {"birth_date", p.birth_date},
          {"phone", p.phone},
          {"email", p.email},
          {"address", p.address},
          {"city", p.city},
          {"country", p.country},
          {"mcc", p.mcc},
          {"employer_id", p.employer_id},
          {"open_hour", p.open_hour},
          {"close_hour", p.close_hour}};
}

Party PartyFromJson(const nlohmann::json& doc) {
  Party p;
  p.id = doc.value("id", "");
  p.kind = ParsePartyKind(doc.value("kind", "")).value_or(PartyKind::kPerson);
  p.given_names = doc.value("given_names", "");
  p.surnames = doc.value("surnames", "");
  p.name = doc.value("name", "");
  p.birth_date = doc.value("birth_date", "");
  p.phone = doc.value("phone", "");
  p.email = doc.value("email", "");
  p.address = doc.value("address", "");
  p.city = doc.value("city", "");
  p.country = doc.value("country", "");
  p.mcc = doc.value("mcc", 0);
  p.employer_id = doc.value("employer_id", "");
  p.open_hour = doc.value("open_hour", 0);
  p.close_hour = doc.value("close_hour", 24);
  return p;
}

Result<std::unique_ptr<Store>> OpenSqliteStore(const std::string& path) {
  auto store = std::make_unique<SqliteStore>(path);
  RETURN_IF_ERROR(store->Open());
  return std::unique_ptr<Store>(std::move(store));
}

}  // namespace tiphub::store

namespace tiphub::store {

nlohmann::json TipToJson(const Tip& tip) {
  nlohmann::json vehicles = nlohmann::json::array();
  for (const Vehicle& v : tip.vehicles) {
    vehicles.push_back({{"make", v.make},
                        {"model", v.model},
                        {"colour", v.colour},
                        {"plate", v.plate},
                        {"plate_region", v.plate_region}});
  }
  return {{"id", tip.id},
          {"received_at", tip.received_at},
          {"observed_at", tip.observed_at},
          {"place", tip.place},
          {"latitude", tip.latitude ? nlohmann::json(*tip.latitude) : nlohmann::json()},
          {"longitude", tip.longitude ? nlohmann::json(*tip.longitude) : nlohmann::json()},
          {"indicators", tip.indicators},
          {"vehicles", vehicles},
          {"people", tip.people},
          {"phones", tip.phones},
          {"emails", tip.emails},
          {"handles", tip.handles},
          {"text", tip.text},
          {"reliability", std::string(1, tip.reliability)},
          {"credibility", tip.credibility},
          {"contact_consent", tip.contact_consent},
          {"reporter_contact", tip.reporter_contact},
          {"reference", tip.reference},
          {"channel", tip.channel},
          {"submitted_by", tip.submitted_by},
          {"status", tip.status},
          {"urgent", tip.urgent},
          {"urgency_reasons", tip.urgency_reasons}};
}

nlohmann::json TipLinkToJson(const TipLink& l) {
  return {{"tip_id", l.tip_id},
          {"target_kind", l.target_kind},
          {"target_id", l.target_id},
          {"via_kind", l.via_kind},
          {"via_value", l.via_value}};
}

namespace {

Status FieldError(std::string_view field, std::string_view want) {
  return Status::InvalidArgument(fmt::format("tip field '{}' must be {}", field, want));
}

Status ReadString(const nlohmann::json& doc, const char* field, std::string& out) {
  const auto it = doc.find(field);
  if (it == doc.end() || it->is_null()) return Status::Ok();
  if (!it->is_string()) return FieldError(field, "a string");
  out = it->get<std::string>();
  return Status::Ok();
}

Status ReadStrings(const nlohmann::json& doc, const char* field, std::vector<std::string>& out) {
  const auto it = doc.find(field);
  if (it == doc.end() || it->is_null()) return Status::Ok();
  if (it->is_string()) {  // one value, or several separated by ';'
    for (std::string_view part : Split(it->get_ref<const std::string&>(), ';')) {
      part = Trim(part);
      if (!part.empty()) out.emplace_back(part);
    }
    return Status::Ok();
  }
  if (!it->is_array()) return FieldError(field, "a list of strings");
  for (const auto& v : *it) {
    if (!v.is_string()) return FieldError(field, "a list of strings");
    if (!v.get_ref<const std::string&>().empty()) out.push_back(v.get<std::string>());
  }
  return Status::Ok();
}

Status ReadInt(const nlohmann::json& doc, const char* field, int64_t& out) {
  const auto it = doc.find(field);
  if (it == doc.end() || it->is_null()) return Status::Ok();
  if (!it->is_number_integer()) return FieldError(field, "an integer");
  out = it->get<int64_t>();
  return Status::Ok();
}

Status ReadCoordinate(const nlohmann::json& doc, const char* field, std::optional<double>& out) {
  const auto it = doc.find(field);
  if (it == doc.end() || it->is_null()) return Status::Ok();
  if (!it->is_number()) return FieldError(field, "a number (degrees)");
  out = it->get<double>();
  return Status::Ok();
}

}  // namespace

Result<Tip> TipFromJson(const nlohmann::json& doc) {
  if (!doc.is_object()) return Status::InvalidArgument("a tip must be a JSON object");
  Tip tip;
  RETURN_IF_ERROR(ReadInt(doc, "id", tip.id));
  RETURN_IF_ERROR(ReadInt(doc, "received_at", tip.received_at));
  if (auto it = doc.find("observed_at"); it != doc.end() && it->is_string()) {
    const std::optional<int64_t> at = ParseIso8601(it->get_ref<const std::string&>());
    if (!at) {
      return FieldError("observed_at", "an ISO 8601 date-time (2026-11-28T21:40:00-06:00)");
    }
    tip.observed_at = *at;
  } else {
    RETURN_IF_ERROR(ReadInt(doc, "observed_at", tip.observed_at));
  }
  RETURN_IF_ERROR(ReadString(doc, "place", tip.place));
  RETURN_IF_ERROR(ReadCoordinate(doc, "latitude", tip.latitude));
  RETURN_IF_ERROR(ReadCoordinate(doc, "longitude", tip.longitude));
  RETURN_IF_ERROR(ReadStrings(doc, "indicators", tip.indicators));
  if (auto it = doc.find("vehicles"); it != doc.end() && !it->is_null()) {
    if (!it->is_array()) return FieldError("vehicles", "a list of objects");
    for (const auto& v : *it) {
      if (!v.is_object()) return FieldError("vehicles", "a list of objects");
      Vehicle vehicle;
      RETURN_IF_ERROR(ReadString(v, "make", vehicle.make));
      RETURN_IF_ERROR(ReadString(v, "model", vehicle.model));
      RETURN_IF_ERROR(ReadString(v, "colour", vehicle.colour));
      if (vehicle.colour.empty()) RETURN_IF_ERROR(ReadString(v, "color", vehicle.colour));
      RETURN_IF_ERROR(ReadString(v, "plate", vehicle.plate));
      RETURN_IF_ERROR(ReadString(v, "plate_region", vehicle.plate_region));
      tip.vehicles.push_back(std::move(vehicle));
    }
  }
  RETURN_IF_ERROR(ReadStrings(doc, "people", tip.people));
  RETURN_IF_ERROR(ReadStrings(doc, "phones", tip.phones));
  RETURN_IF_ERROR(ReadStrings(doc, "emails", tip.emails));
  RETURN_IF_ERROR(ReadStrings(doc, "handles", tip.handles));
  RETURN_IF_ERROR(ReadString(doc, "text", tip.text));
  std::string reliability;
  RETURN_IF_ERROR(ReadString(doc, "reliability", reliability));
  if (!reliability.empty()) {
    if (reliability.size() != 1) return FieldError("reliability", "one letter A to F");
    tip.reliability = static_cast<char>(std::toupper(static_cast<unsigned char>(reliability[0])));
  }
  int64_t credibility = tip.credibility;
  RETURN_IF_ERROR(ReadInt(doc, "credibility", credibility));
  tip.credibility = static_cast<int>(std::clamp<int64_t>(credibility, -1, 99));
  if (auto it = doc.find("contact_consent"); it != doc.end() && !it->is_null()) {
    if (!it->is_boolean()) return FieldError("contact_consent", "true or false");
    tip.contact_consent = it->get<bool>();
  }
  RETURN_IF_ERROR(ReadString(doc, "reporter_contact", tip.reporter_contact));
  RETURN_IF_ERROR(ReadString(doc, "reference", tip.reference));
  RETURN_IF_ERROR(ReadString(doc, "channel", tip.channel));
  RETURN_IF_ERROR(ReadString(doc, "submitted_by", tip.submitted_by));
  RETURN_IF_ERROR(ReadString(doc, "status", tip.status));
  if (auto it = doc.find("urgent"); it != doc.end() && it->is_boolean())
    tip.urgent = it->get<bool>();
  RETURN_IF_ERROR(ReadStrings(doc, "urgency_reasons", tip.urgency_reasons));
  return tip;
}

}  // namespace tiphub::store
