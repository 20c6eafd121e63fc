#include "detect/window_stage.h"

#include <algorithm>

#include "detect/accounts.h"
#include "model/mcc.h"

namespace tiphub::detect {

namespace {

constexpr uint32_t kNoAccount = AccountTable::kNone;

bool IsRemittanceCountry(std::string_view c) {
  return c == "MX" || c == "GT" || c == "SV" || c == "HN" || c == "DO" || c == "JM";
}

void AddCity(std::vector<std::string>& cities, const std::string& city) {
  if (std::find(cities.begin(), cities.end(), city) == cities.end() && cities.size() < kMaxDistinct)
    cities.push_back(city);
}

}  // namespace

TxContext MakeTxContext(const Transaction& tx, uint32_t from, uint32_t to) {
  TxContext c;
  c.local_day = tx.time.LocalSeconds() / 86400;
  c.hour = tx.time.LocalHour();
  c.night = c.hour >= 22 || c.hour < 6;
  c.group = GroupOfMcc(tx.mcc);
  c.amount = tx.amount.minor;
  c.third_party = from != kNoAccount && to != kNoAccount && from != to;
  return c;
}

void WindowStage::CloseDay(AccountState& a) {
  Window& w = a.w;
  if (w.day < 0) return;
  int max_from_one = 0;
  for (const auto& [sender, n] : w.day_ach_by_sender) max_from_one = std::max(max_from_one, n);
  if (max_from_one >= 2 && w.day_out_minor * 10 >= w.day_ach_minor * 8) ++w.payroll_pass_days;
  if (w.day_ach_minor > 0 && w.day_max_single_out * 10 >= w.day_ach_minor * 6) ++w.deductions;
  if (w.day_away_deposits > 0 && w.day_withdrawn_minor * 10 >= w.day_away_deposits * 7) ++w.funnel;
  w.day_ach_by_sender.clear();
  w.day_ach_minor = w.day_out_minor = w.day_max_single_out = w.day_away_deposits =
      w.day_withdrawn_minor = 0;
}

void WindowStage::CloseWindow(AccountTable& t, AccountState& a, int64_t ts) {
  CloseDay(a);
  Window& w = a.w;
  if (w.index < 0) return;
  t.CountPeerWindow();
  auto ht_hits = [&a] {
    return std::count_if(a.hits.begin(), a.hits.end(),
                         [](const auto& kv) { return kv.first.starts_with("HT-"); });
  };
  const auto ht_before = ht_hits();
  int repeated = 0;
  for (const auto& [amount, n] : w.ad_amount_counts) repeated = std::max(repeated, n);
  t.MeasureF(a, "HT-01", repeated, ts, "{} ad payments of one repeated amount", repeated);
  t.MeasureF(a, "HT-02", w.watch_ad_payments, ts, "{} payments to escort-ad sites",
             w.watch_ad_payments);
  t.MeasureF(a, "HT-03", static_cast<double>(w.ad_merchants.size()), ts,
             "{} advertising merchants paid", w.ad_merchants.size());
  t.MeasureF(a, "HT-04", w.foreign_ad_payments, ts, "{} payments to ad sites abroad",
             w.foreign_ad_payments);
  t.MeasureF(a, "HT-05", static_cast<double>(w.lodging_cities.size()), ts, "lodging in {} cities",
             w.lodging_cities.size());
  t.MeasureF(a, "HT-06", static_cast<double>(w.lodging_minor) / 100.0, ts,
             "lodging {:.0f} in the window", static_cast<double>(w.lodging_minor) / 100.0);
  t.MeasureF(a, "HT-07", w.tickets, ts, "{} travel tickets", w.tickets);
  t.MeasureF(a, "HT-08", w.rides, ts, "{} ride-share trips", w.rides);
  t.MeasureF(a, "HT-09", w.fast_food, ts, "{} fast-food payments", w.fast_food);
  t.MeasureF(a, "HT-10", w.drug_cosmetics, ts, "{} drug-store, cosmetics or clothing payments",
             w.drug_cosmetics);
  t.MeasureF(a, "HT-11", w.after_hours_receipts, ts, "{} card payments received after hours",
             w.after_hours_receipts);
  t.MeasureF(a, "HT-12", w.crypto, ts, "{} crypto purchases", w.crypto);
  if (w.total >= 10)
    t.MeasureF(a, "HT-14", static_cast<double>(w.night) / w.total, ts,
               "{} of {} transactions at night", w.night, w.total);
  t.MeasureF(a, "HT-15", static_cast<double>(w.cash_cities.size()), ts,
             "cash activity in {} cities", w.cash_cities.size());
  t.MeasureF(a, "HT-16", w.third_party_cash, ts, "{} third-party cash deposits of 200-800",
             w.third_party_cash);
  t.MeasureF(a, "HT-17", static_cast<double>(w.senders.size()), ts,
             "{} distinct senders of 100-800", w.senders.size());
  int to_top = 0;
  uint32_t top = kNoAccount;
  for (const auto& [r, n] : w.recipients) {
    if (n > to_top) {
      to_top = n;
      top = r;
    }
  }
  if (top != kNoAccount && w.in_minor > 0) {
    t.MeasureF(a, "HT-18", to_top, ts, "{} transfers to {}", to_top, t[top].id);
  }
  int recurring_payers = 0;
  for (const auto& [payer, n] : w.payers) recurring_payers += n >= 2;
  t.MeasureF(a, "HT-31", recurring_payers, ts, "{} senders paid it twice or more",
             recurring_payers);
  t.MeasureF(a, "HT-19", w.top_ups, ts, "{} phone top-ups", w.top_ups);
  t.MeasureF(a, "HT-20", w.round_cash_out, ts, "{} round cash withdrawals of 200 or more",
             w.round_cash_out);
  if (a.business && w.receipts + w.cash_deposits >= 30 && w.ach_out == 0) {
    t.MeasureF(a, "HT-21", 1, ts, "{} payments received and no payroll",
               w.receipts + w.cash_deposits);
  }
  if (a.business)
    t.MeasureF(a, "HT-23", w.after_hours_cash, ts, "{} cash deposits after closing",
               w.after_hours_cash);
  if (a.business && w.ach_out == 0)
    t.MeasureF(a, "HT-24", w.cash_deposits, ts, "{} cash deposits, no ACH out", w.cash_deposits);
  t.MeasureF(a, "HT-25", w.prepaid, ts, "{} prepaid card loads", w.prepaid);
  t.MeasureF(a, "HT-30", w.funnel, ts,
             "{} days of cash deposited away from home and withdrawn the same day", w.funnel);
  t.MeasureF(a, "HT-34", w.payroll_pass_days, ts, "{} days with several wages in and moved out",
             w.payroll_pass_days);
  t.MeasureF(a, "HT-35", w.deductions, ts, "{} paydays with 60%+ paid on to one party",
             w.deductions);
  t.MeasureF(a, "HT-36", w.recruiter_payments, ts, "{} payments to an unlicensed recruiter",
             w.recruiter_payments);
  t.MeasureF(a, "HT-37", w.risky_wires, ts, "{} wires to higher-risk corridors", w.risky_wires);
  t.MeasureF(a, "ML-08", w.pass_through, ts, "{} large pass-throughs within 2 days",
             w.pass_through);
  // The window's indicator-relevant transactions are evidence when a published indicator fired.
  if (ht_hits() > ht_before) {
    for (const auto& id : w.evidence) AddEvidence(a.evidence, id);
  }
  for (const auto& [other, n] : w.links) {
    a.links.Max(other, n);
    a.link_windows.Add(other);
    a.link_total.Add(other, n);
  }
  a.w = Window();
}

void WindowStage::Touch(AccountTable& t, AccountState& a, const Transaction& tx,
                        int64_t local_day) {
  const int64_t idx = tx.time.utc_seconds / t.rules().options().window_seconds;
  if (a.w.index != idx) {
    CloseWindow(t, a, tx.time.utc_seconds);
    a.w.index = idx;
  }
  if (a.w.day != local_day) {
    CloseDay(a);
    a.w.day = local_day;
  }
}

void WindowStage::CloseAll(AccountTable& t) {
  for (AccountState& a : t) CloseWindow(t, a, a.last_seen);
}

void WindowStage::Process(AccountTable& t, const Transaction& tx, uint32_t from, uint32_t to,
                          const TxContext& c) {
  const MccGroup group = c.group;
  const int64_t amount = c.amount;
  const bool third_party = c.third_party;
  if (from != kNoAccount) {
    AccountState& a = t[from];
    Touch(t, a, tx, c.local_day);
    Window& w = a.w;
    ++w.total;
    if (c.night) ++w.night;
    bool relevant = c.night;
    if (tx.channel == Channel::kCard) {
      switch (group) {
        case MccGroup::kAdvertising:
        case MccGroup::kAdultDirect:
        case MccGroup::kEscortDating: {
          ++w.ad_payments;
          if (amount < 10'000) ++w.ad_amount_counts[amount];
          if (to != kNoAccount) {
            const AccountState& site = t[to];
            if (site.escort_ad_site) ++w.watch_ad_payments;
            if (!site.country.empty() && !a.country.empty() && site.country != a.country) {
              ++w.foreign_ad_payments;
            }
            w.ad_merchants.Add(to);
          }
          relevant = true;
          break;
        }
        case MccGroup::kLodging:
          w.lodging_minor += amount;
          AddCity(w.lodging_cities, tx.city);
          relevant = true;
          break;
        case MccGroup::kAirline:
        case MccGroup::kRail:
        case MccGroup::kBus:
          ++w.tickets;
          relevant = true;
          break;
        case MccGroup::kRideShare:
        case MccGroup::kCarRental:
          ++w.rides;
          break;
        case MccGroup::kFastFood:
          ++w.fast_food;
          break;
        case MccGroup::kDrugStore:
        case MccGroup::kCosmetics:
        case MccGroup::kClothing:
          ++w.drug_cosmetics;
          break;
        case MccGroup::kQuasiCash:
          ++w.crypto;
          relevant = true;
          break;
        case MccGroup::kTelecom:
          ++w.top_ups;
          break;
        case MccGroup::kPrepaidLoad:
          ++w.prepaid;
          relevant = true;
          break;
        default:
          break;
      }
    }
    if (tx.channel == Channel::kAch) ++w.ach_out;
    if (tx.channel == Channel::kCashWithdrawal) {
      if (amount >= 20'000 && amount % 10'000 == 0) ++w.round_cash_out;
      if (!tx.city.empty()) AddCity(w.cash_cities, tx.city);
      w.day_withdrawn_minor += amount;
    }
    if (third_party && (tx.channel == Channel::kTransfer || tx.channel == Channel::kWire ||
                        tx.channel == Channel::kAch || tx.channel == Channel::kCashDeposit)) {
      if (tx.channel != Channel::kCashDeposit) {
        w.recipients.Add(to);
        w.day_out_minor += amount;
        w.day_max_single_out = std::max(w.day_max_single_out, amount);
      }
      w.links.Add(to);
    }
    if (to != kNoAccount) {
      const AccountState& recipient = t[to];
      if (recipient.unlicensed_recruiter) {
        ++w.recruiter_payments;
        relevant = true;
      }
      if (tx.channel == Channel::kWire && IsRemittanceCountry(recipient.country) &&
          recipient.country != a.country) {
        ++w.risky_wires;
        relevant = true;
      }
    }
    if (relevant) AddEvidence(w.evidence, tx.id);
  }

  if (to != kNoAccount) {
    AccountState& b = t[to];
    Touch(t, b, tx, c.local_day);
    Window& w = b.w;
    if (from != to) {
      ++w.total;
      if (c.night) ++w.night;
    }
    w.in_minor += amount;
    bool relevant = false;
    if (b.business && (tx.channel == Channel::kCard || tx.channel == Channel::kCashDeposit)) {
      ++w.receipts;
      const bool after_hours = c.hour < b.open_hour || c.hour >= b.close_hour;
      const auto g = static_cast<MccGroup>(b.mcc_group);
      if (tx.channel == Channel::kCard && after_hours &&
          (g == MccGroup::kMassage || g == MccGroup::kBeauty || g == MccGroup::kEscortDating)) {
        ++w.after_hours_receipts;
        relevant = true;
      }
      if (tx.channel == Channel::kCashDeposit) {
        ++w.cash_deposits;
        if (after_hours) {
          ++w.after_hours_cash;
          relevant = true;
        }
      }
    }
    if (tx.channel == Channel::kCashDeposit) {
      if (third_party && amount >= 20'000 && amount <= 80'000) {
        ++w.third_party_cash;
        relevant = true;
      }
      if (!tx.city.empty() && !b.home_city.empty() && tx.city != b.home_city)
        w.day_away_deposits += amount;
      if (!tx.city.empty()) AddCity(w.cash_cities, tx.city);
    }
    if (third_party && tx.channel == Channel::kTransfer && amount >= 10'000 && amount <= 80'000) {
      w.senders.Add(from);
      relevant = true;
    }
    if (third_party && !b.business &&
        (tx.channel == Channel::kTransfer || tx.channel == Channel::kWire ||
         tx.channel == Channel::kAch)) {
      w.payers.Add(from);
    }
    if (third_party && tx.channel == Channel::kAch && !b.business) {
      w.day_ach_by_sender.Add(from);
      w.day_ach_minor += amount;
    }
    if (third_party) w.links.Add(from);
    if (relevant) AddEvidence(w.evidence, tx.id);
  }
}

}  // namespace tiphub::detect
