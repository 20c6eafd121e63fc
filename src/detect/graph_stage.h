// The transfer-graph stage: account-to-account transfers of 200 or more kept for a 10-day graph
// window, and the laundering patterns they form as they happen: fan-in (ML-01), fan-out (ML-02),
// temporal cycles (ML-03), scatter-gather (ML-04), gather-scatter (ML-05) and rapid pass-through
// (ML-08, counted in the account's window). Accounts found in one pattern instance are joined
// (a union-find the alert builder starts its groups from); at the end of a scan each fan and cycle
// is judged again without the standing orders in it.
//
// Memory: edges older than the graph window are dropped; per account at most kEdgeLog logged
// transfers and kMaxPatterns pattern records. Thread safety: used by the engine's one thread.
#ifndef TIPHUB_DETECT_GRAPH_STAGE_H_
#define TIPHUB_DETECT_GRAPH_STAGE_H_

#include <cstdint>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "detect/counters.h"
#include "model/types.h"

namespace tiphub::detect {

class AccountTable;
struct AccountState;
struct TxContext;

struct Edge {
  int64_t ts;
  uint32_t other;
  int64_t amount;
  std::string tx_id;
};

// The transfers of one side of an account in the graph window, oldest first: a vector with a
// moving front, compacted as it drains (a std::deque allocates two blocks for every account, most
// of which never see a graph transfer). Pointers into it stay valid until the next push_back.
class EdgeQueue {
 public:
  void push_back(Edge e) { items_.push_back(std::move(e)); }
  bool empty() const { return head_ == items_.size(); }
  const Edge& front() const { return items_[head_]; }
  void pop_front() {
    ++head_;
    if (head_ == items_.size()) {
      items_.clear();
      head_ = 0;
    } else if (head_ >= 16 && 2 * head_ >= items_.size()) {
      items_.erase(items_.begin(), items_.begin() + static_cast<std::ptrdiff_t>(head_));
      head_ = 0;
    }
  }
  auto begin() const { return items_.begin() + static_cast<std::ptrdiff_t>(head_); }
  auto end() const { return items_.end(); }

 private:
  std::vector<Edge> items_;
  size_t head_ = 0;
};

// One fan-in (ML-01), fan-out (ML-02), cycle (ML-03), scatter-gather (ML-04) or gather-scatter
// (ML-05) instance an account took part in. The hub (the account fanned into or out of, the
// account whose transfer closed the cycle, the sink, the account in the middle) keeps the
// counterparties (the cycle's accounts in path order); members keep only the hub.
struct PatternRecord {
  int kind = 0;  // 1 to 5: the ML-0k indicator
  uint32_t hub = 0;
  std::vector<uint32_t> parties;  // the hub's own record only
};

// The graph stage's state of one account.
struct GraphState {
  EdgeQueue in_edges, out_edges;  // large transfers in the graph window
  // The last kEdgeLog outgoing graph transfers (any age): at the end, transfers between members
  // of one alert become its evidence. Bounded per account, not by history.
  std::vector<std::pair<uint32_t, std::string>> edge_log;
  size_t edge_log_next = 0;
  // The fan and cycle patterns this account was found in, re-judged at the end of the scan when
  // each relationship's whole history is known (see DropStandingOrderPatterns). Capped: an account
  // with more patterns than kMaxPatterns is judged on its first ones.
  std::vector<PatternRecord> patterns;
  bool patterns_overflow = false;
};

class GraphStage {
 public:
  // Adds the new accounts of `table` (called after interning).
  void Grow(size_t accounts);
  // Adds `tx` to the graph when it is a transfer between accounts of 200 or more (not a
  // remittance through a money-transfer service) and records the patterns it completes.
  void Process(AccountTable& table, const Transaction& tx, uint32_t from, uint32_t to,
               const TxContext& c);
  // At the end of a scan: withdraws the pattern hits none of whose patterns holds without the
  // standing orders in them, and without the relationships `recurring` says recur.
  void DropStandingOrderPatterns(AccountTable& table,
                                 const std::function<bool(uint32_t, uint32_t)>& recurring);
  // The pattern instance `account` was found in (its union-find root; itself when none).
  uint32_t PatternRoot(uint32_t account);

 private:
  void Graph(AccountTable& table, const Transaction& tx, uint32_t from, uint32_t to,
             int64_t amount);
  bool FindCycle(AccountTable& table, uint32_t start, uint32_t target, int64_t after, int depth,
                 std::vector<const Edge*>& path);
  void JoinPattern(uint32_t a, uint32_t b);
  void HitMembers(AccountTable& table, const std::vector<uint32_t>& members, std::string_view id,
                  double value, const std::string& detail, int64_t now);
  void RecordPattern(AccountState& a, int kind, uint32_t hub, std::vector<uint32_t> parties);
  void RecordMembers(AccountTable& table, const std::vector<uint32_t>& members, int kind,
                     uint32_t hub);
  void Together(AccountTable& table, uint32_t hub, const std::vector<uint32_t>& members);
  bool StandingOrder(const AccountTable& table, uint32_t x, uint32_t y) const;
  bool HubPatternHolds(const AccountTable& table, uint32_t hub, int kind) const;

  // Accounts found together in one typology instance (fan-in, cycle, ...), as a union-find.
  std::vector<uint32_t> pattern_parent_;
  // During DropStandingOrderPatterns: relationships known to recur.
  const std::function<bool(uint32_t, uint32_t)>* recurring_ = nullptr;
};

}  // namespace tiphub::detect

#endif  // TIPHUB_DETECT_GRAPH_STAGE_H_
