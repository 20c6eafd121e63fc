#include "detect/catalog.h"

namespace tiphub::detect {

namespace {

// Thresholds are per 30-day window unless stated. Weights add up to the account score (0-100);
// an account alerts only on a combination (see rules.h).
constexpr IndicatorInfo kCatalog[] = {
    {"HT-01", "Repeated small payments to online advertising",
     "payments to advertising/adult/escort merchants with a repeated amount under 100", "account",
     "FINTRAC-2016-OA003 (Dec 2016)", 6, 12, "FPOES"},
    {"HT-02", "Payments to known escort-advertising sites",
     "payments to merchants on the escort_ad_site watch list", "account",
     "FIN-2014-A008 (Sep 2014)", 3, 14, "FPOES"},
    {"HT-03", "Coordinator pays several ad merchants", "distinct advertising merchants paid",
     "account", "AUSTRAC-2022 (Feb 2022)", 2, 6, ""},
    {"HT-04", "Payments to classified sites abroad",
     "payments to advertising merchants registered in another country", "account",
     "FIN-2020-A008 (Oct 2020)", 3, 6, ""},
    {"HT-05", "Short hotel stays in several cities", "distinct cities of lodging payments",
     "account", "FINTRAC-2016-OA003 (Dec 2016)", 3, 8, ""},
    {"HT-06", "Lodging over 2,000 a month", "sum of lodging payments (major units)", "account",
     "AUSTRAC-2022 (Feb 2022)", 2000, 6, ""},
    {"HT-07", "Frequent airline, train or bus tickets", "ticket purchases", "account",
     "FINTRAC-2016-OA003 (Dec 2016)", 4, 4, ""},
    {"HT-08", "Over 15 ride-share trips a month", "ride-share and taxi payments", "account",
     "FINTRAC-2016-OA003; AUSTRAC-2022", 15, 5, ""},
    {"HT-09", "Frequent low-value fast food", "fast-food payments", "account",
     "FINTRAC-2016-OA003; AUSTRAC-2022", 25, 3, ""},
    {"HT-10", "Drug-store, cosmetics, clothing out of profile",
     "drug-store, cosmetics and clothing payments", "account", "FINTRAC-2016-OA003; AUSTRAC-2022",
     8, 3, ""},
    {"HT-11", "Card payments at massage or beauty businesses after hours",
     "card payments received outside the merchant's opening hours", "transaction",
     "FINTRAC-2016-OA003 (Dec 2016)", 10, 20, ""},
    {"HT-12", "Repeated small virtual-currency purchases", "quasi-cash/crypto purchases", "account",
     "FINTRAC-2016-OA003 (Dec 2016)", 5, 4, ""},
    {"HT-14", "Frequent activity between 22:00 and 06:00",
     "share of transactions at night (local time), with at least 10", "account",
     "FINTRAC-2016-OA003 (Dec 2016)", 0.35, 6, ""},
    {"HT-15", "ATM activity in several cities", "distinct cities of cash activity", "account",
     "FINTRAC-2016-OA003; FIN-2020-A008", 3, 5, ""},
    {"HT-16", "Third-party cash deposits of 200-800",
     "cash deposits by someone other than the holder, 200-800 each", "account",
     "AUSTRAC-2022 (Feb 2022)", 4, 12, ""},
    {"HT-17", "Transfers from many third parties of 100-800",
     "distinct senders of incoming transfers of 100-800", "account", "AUSTRAC-2022 (Feb 2022)", 12,
     16, ""},
    {"HT-18", "Regular transfers out to the same third party",
     "transfers to the most frequent recipient, as a share of money in", "network",
     "AUSTRAC-2022 (Feb 2022)", 8, 10, ""},
    {"HT-19", "Frequent prepaid mobile top-ups", "telecom top-ups", "account",
     "AUSTRAC-2022 (Feb 2022)", 8, 3, ""},
    {"HT-20", "Cash withdrawals to pay workers, no business expenses",
     "round cash withdrawals of 200 or more", "account", "AUSTRAC-2022 (Feb 2022)", 3, 3, ""},
    {"HT-21", "Business without payroll",
     "business account with card or cash income and no payroll out", "account",
     "goAML-UAE BCNNP; FATF-2018", 1, 8, "BCNNP"},
    {"HT-23", "Business cash deposits outside operating hours", "cash deposits after closing time",
     "transaction", "FIN-2020-A008 (Oct 2020)", 6, 14, ""},
    {"HT-24", "Consistent cash deposits with no ACH or payroll",
     "cash deposits into a business with no ACH out", "account", "FIN-2020-A008 (Oct 2020)", 12, 8,
     ""},
    {"HT-25", "Frequent prepaid card purchases", "prepaid card loads", "account",
     "FIN-2020-A008; goAML-UAE NOEPC", 3, 4, "NOEPC"},
    {"HT-30", "Funnel account",
     "cash deposits in cities where the holder does not live, withdrawn the same day elsewhere",
     "account", "FIN-2020-A008; FIN-2014-A008", 5, 25, ""},
    {"HT-31", "Unrelated customers pay the same beneficiary repeatedly",
     "distinct senders with two or more transfers each into this account in the window", "network",
     "FIN-2014-A008 (Sep 2014)", 3, 16, ""},
    {"HT-32", "Same phone or address under different names",
     "other holders sharing this holder's phone or address", "network", "goAML-UAE CSUBS", 3, 8,
     "CSUBS"},
    {"HT-33", "Employer or agency as custodian on workers' accounts",
     "accounts with the same custodian", "network", "goAML-UAE AFQSC", 3, 10, "AFQSC"},
    {"HT-34", "Several workers' wages into one account",
     "payroll credits from one employer on one day, moved out within a day", "network",
     "FATF-2018 (Jul 2018)", 3, 20, ""},
    {"HT-35", "Large deductions from wages",
     "payroll credits of which 60% or more leaves to one party the same day", "account",
     "goAML-UAE SDWPS", 2, 14, "SDWPS"},
    {"HT-36", "Payments to unlicensed recruitment agencies",
     "payments to parties on the unlicensed_recruitment_agency list", "transaction",
     "goAML-UAE PESRA", 1, 14, "PESRA"},
    {"HT-37", "Frequent outbound wires to higher-risk countries",
     "wires to accounts in remittance-corridor countries", "account",
     "FIN-2014-A008; goAML-UAE FOWNB", 8, 14, "FOWNB"},
    {"ML-01", "Fan-in",
     "distinct senders of similar amounts (within 15%) of 200 or more within 7 days", "network",
     "FATF typologies; AMLworld", 4, 30, ""},
    {"ML-02", "Fan-out",
     "distinct recipients of similar amounts (within 15%) of 200 or more within 7 days", "network",
     "FATF typologies; AMLworld", 4, 30, ""},
    {"ML-03", "Temporal cycle",
     "a chain of transfers of 200 or more, in time order, returning to its start within 10 days",
     "network", "FATF typologies; AMLworld", 1, 45, ""},
    {"ML-04", "Scatter-gather",
     "intermediaries fed by one source that pay the same sink within 3 days", "network",
     "FATF typologies; AMLworld", 3, 40, ""},
    {"ML-05", "Gather-scatter",
     "an account that collects similar amounts from several and pays similar amounts to several "
     "within 3 days (smaller of the two counts)",
     "network", "FATF typologies; AMLworld", 2, 35, ""},
    {"ML-08", "Rapid pass-through",
     "transfers over 500 in and out within 2 days, most of the money moving on", "network",
     "FATF typologies; AMLworld", 2, 25, ""},
};

}  // namespace

std::span<const IndicatorInfo> Catalog() { return kCatalog; }

const IndicatorInfo* FindIndicator(std::string_view id) {
  for (const auto& info : kCatalog) {
    if (info.id == id) return &info;
  }
  return nullptr;
}

}  // namespace tiphub::detect
