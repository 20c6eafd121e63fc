// The pattern stage: laundering typologies as patterns of *new relationships*, found over windows
// of up to 60 days and judged at the end of a scan against each account's own history and its
// peers, whatever the amounts (which may be ordinary) and the time resolution (which may be whole
// days).
//
// A transfer between two accounts is new when the pair has not dealt with each other, either way,
// within the novelty horizon (180 days). New transfers form, within the pattern window:
//   fan-in / fan-out (ML-10 / ML-11): more new senders into (recipients from) an account than its
//     own rate of new relationships and its peers' make likely (a Poisson scan statistic);
//   cycles (ML-12): groups of accounts whose new relationships lead round back to where they
//     started (strongly connected, igraph), in any time order, searched in windows of 15, 30 and
//     60 days that close every 5 days; judged against the chance cycles of the window's own
//     relationships (a simple cycle in time order is rarer still);
//   layered flows (ML-13): two or more parallel paths of new relationships from one account
//     through intermediaries to another (scatter-gather, stacks of layers);
//   shared counterparties (ML-14): two payers with two or more of the same new recipients
//     (bipartite flows);
//   dense flows (ML-15, the unsupervised layer, see dense_flow.h): blocks of accounts tied by
//     more one-off relationships than they have members, in the 30-day windows.
// Candidates are kept as they are found; 40 days after they close, and again at the end, every
// candidate loses the relationships that turned out to recur (transfers ten days apart or more,
// or five or more: rent, wages, standing orders, savings circles) and the busy hubs, and at the
// end is judged with the whole scan's rates: paths and shared counterparties against how many
// chance would give the two accounts at the ends, given their rates of new relationships.
//
// Memory bound: per account at most kMaxSide new transfers per direction within the window and
// kMaxBursts candidates per direction of at most kMaxMembers each; one entry per pair of accounts
// with a transfer within the novelty horizon (24 bytes); at most kMaxStructures candidates of the
// other kinds (200,000; settled ones that cannot hold are dropped every 5 days); a cycle window's
// graph is one arc per new transfer within it. Thread safety: used by the engine's one thread.
#ifndef TIPHUB_DETECT_PATTERN_STAGE_H_
#define TIPHUB_DETECT_PATTERN_STAGE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "model/types.h"

namespace tiphub::detect {

class AccountTable;
struct TxContext;

// kDenseFlow is the unsupervised layer's block (ML-15): it marks no account's hits and becomes an
// alert of its own, so that it can be judged apart from the rules.
enum class StructureKind : uint8_t { kFanIn, kFanOut, kCycle, kLayered, kShared, kDenseFlow };

// A judged pattern instance: its accounts and the new transfers that form it.
struct Structure {
  StructureKind kind = StructureKind::kFanIn;
  std::string indicator;           // ML-10 ... ML-14
  uint32_t hub = 0xFFFFFFFFu;      // the fan's centre, the layers' source, the cycle's closer
  std::vector<uint32_t> accounts;  // hub first, then the others in order of first appearance
  struct Flow {
    uint32_t from, to;
    std::string tx;
    int64_t ts = 0;
  };
  std::vector<Flow> flows;
  int64_t first_ts = 0, last_ts = 0;
  double surprise = 0;  // -log10 of the chance of the pattern under the accounts' own rates
  double expected = 0;  // fans: new counterparties expected; cycles: chance cycles expected
  // Cycles: how many chance relationships lead on from one reached at random in the window the
  // cycle was found in (the sum over accounts of relationships in times out, over all of them).
  double branching = 0;
  // Dense flows: relationships per account in the block, and in the window's whole graph.
  double density = 0, population_density = 0;
  // fans: new counterparties; cycles and dense flows: accounts; layers: paths; shared: common
  int count = 0;
};

// -log10 of the chance that a Poisson variable of mean `lambda` reaches `n` (capped at 30).
double PoissonSurprise(int n, double lambda);

class PatternStage {
 public:
  PatternStage();
  ~PatternStage();
  PatternStage(const PatternStage&) = delete;
  PatternStage& operator=(const PatternStage&) = delete;

  // Adds the new accounts of the table (called after interning).
  void Grow(size_t accounts);
  // Adds an account-to-account transfer (transfer, wire or ACH between two accounts).
  void Process(AccountTable& table, const Transaction& tx, uint32_t from, uint32_t to,
               const TxContext& c);
  // Judges every candidate with the whole scan's history, fires the ML-10..ML-14 hits (with the
  // patterns' transfers as flow evidence) and returns the instances that hold.
  std::vector<Structure> Finish(AccountTable& table);

  // Pairs of accounts currently remembered (for the memory bound's checks).
  size_t pairs() const;
  // Whether the relationship between two accounts recurs (transfers spread over more than a
  // month, or five or more): rent, wages, standing orders. False for pairs never seen.
  bool Recurring(uint32_t a, uint32_t b) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace tiphub::detect

#endif  // TIPHUB_DETECT_PATTERN_STAGE_H_
