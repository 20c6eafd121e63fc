// The window stage: per-account counters over fixed windows (30 days by default) and local days,
// evaluated into the published indicators (HT-xx) when an account's window or day closes. It
// also keeps each account's relationships across windows (how often, in how many windows, it
// dealt with each counterparty), which the graph stage and the alert builder read.
//
// Memory per account is bounded (capped lists and counters); a window's counters are dropped when
// it closes. Thread safety: used by the engine's one thread.
#ifndef TIPHUB_DETECT_WINDOW_STAGE_H_
#define TIPHUB_DETECT_WINDOW_STAGE_H_

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "detect/counters.h"
#include "model/mcc.h"
#include "model/types.h"

namespace tiphub::detect {

class AccountTable;
struct AccountState;

// Counters of one account over the current window.
struct Window {
  int64_t index = -1;
  int ad_payments = 0, watch_ad_payments = 0, foreign_ad_payments = 0, tickets = 0, rides = 0,
      fast_food = 0, drug_cosmetics = 0, after_hours_receipts = 0, crypto = 0, night = 0, total = 0,
      third_party_cash = 0, top_ups = 0, round_cash_out = 0, receipts = 0, cash_deposits = 0,
      after_hours_cash = 0, ach_out = 0, prepaid = 0, funnel = 0, payroll_pass_days = 0,
      deductions = 0, recruiter_payments = 0, risky_wires = 0, pass_through = 0;
  int64_t lodging_minor = 0;
  std::map<int64_t, int> ad_amount_counts;
  std::vector<std::string> lodging_cities, cash_cities;
  DistinctSet ad_merchants, senders;
  CounterMap recipients;  // transfers out by recipient
  CounterMap payers;      // transfers in by sender (personal accounts)
  CounterMap links;       // transfers either way by counterparty
  int64_t in_minor = 0;
  // Per local day: payroll credits and money out, for HT-34/HT-35/HT-30.
  int64_t day = -1;
  CounterMap day_ach_by_sender;
  int64_t day_ach_minor = 0, day_out_minor = 0, day_max_single_out = 0;
  int64_t day_away_deposits = 0, day_withdrawn_minor = 0;
  std::vector<std::string> evidence;
};

// What every stage derives from a transaction once.
struct TxContext {
  int64_t local_day = 0;
  int hour = 0;
  bool night = false;
  MccGroup group = MccGroup::kOther;
  int64_t amount = 0;        // minor units
  bool third_party = false;  // both sides are accounts, and different ones
};
TxContext MakeTxContext(const Transaction& tx, uint32_t from, uint32_t to);

class WindowStage {
 public:
  // Updates the windows of both sides of `tx` (whose accounts are `from` and `to`, either
  // AccountTable::kNone), closing the windows and days they leave.
  void Process(AccountTable& table, const Transaction& tx, uint32_t from, uint32_t to,
               const TxContext& c);
  // Evaluates the indicators of `a`'s open window and starts a new one.
  void CloseWindow(AccountTable& table, AccountState& a, int64_t ts);
  // Closes every account's window (end of a scan).
  void CloseAll(AccountTable& table);

 private:
  void CloseDay(AccountState& a);
  void Touch(AccountTable& table, AccountState& a, const Transaction& tx, int64_t local_day);
};

}  // namespace tiphub::detect

#endif  // TIPHUB_DETECT_WINDOW_STAGE_H_
