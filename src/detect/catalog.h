// The indicator catalog: every indicator tiphub can compute, with its published source, level,
// parameters, the data it needs, the alert family it points to and its goAML report-indicator
// code; the alert families; and the rules that give each account of an alert its likely role.
// Shipped in the binary; `tiphub indicators` prints it and docs/indicators.md renders it. The
// detection stages and the alert builder read families, roles and needs from here, never from
// string literals of their own.
#ifndef TIPHUB_DETECT_CATALOG_H_
#define TIPHUB_DETECT_CATALOG_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace tiphub::detect {

// Fields of the data an indicator needs; a scan whose data lacks one keeps the indicator silent
// and says so (DataProfile in engine.h).
enum DataNeed : uint32_t {
  kNeedsTimeOfDay = 1u << 0,       // timestamps with a time of day, not whole days
  kNeedsMerchantCodes = 1u << 1,   // card payments with merchant category codes
  kNeedsCash = 1u << 2,            // cash deposits and withdrawals
  kNeedsKyc = 1u << 3,             // account holders: kind, home city, country
  kNeedsContacts = 1u << 4,        // holders' phones or addresses
  kNeedsCustodians = 1u << 5,      // third parties with signing authority on accounts
  kNeedsWatchlists = 1u << 6,      // watch lists of parties
  kNeedsLocations = 1u << 7,       // the city of card and cash transactions
  kNeedsPayroll = 1u << 8,         // batch credits (ACH) told apart from transfers
  kNeedsWires = 1u << 9,           // wires told apart from transfers
  kNeedsBusinessHours = 1u << 10,  // businesses' opening hours
};
inline constexpr int kDataNeedCount = 11;
// "time of day", "merchant codes", ...: what a scan summary names when a need is missing.
std::string_view DataNeedName(DataNeed need);

// How an indicator takes part in alerts.
enum class IndicatorKind : uint8_t {
  kPublished,  // a published trafficking indicator (HT-xx): alerts in combination
  kPattern,    // a laundering typology found in the transfer graph: alerts on its own
  kSignal,     // a graph signal (pass-through) that supports roles but alerts only with others
};

// How an indicator's threshold is set.
enum class ThresholdBasis : uint8_t {
  kAdvisory,  // the source's own number (HT-06's 2,000 a month, HT-17's 100-800 ...)
  kPeer,      // no number in the source: the catalog's value is a floor, raised to the peer
              // group's percentile (`peer_percentile`) over the scan's account-windows
  kHistory,   // relative to the account's own history (robust z-score), with the value as floor
};

struct IndicatorInfo {
  std::string_view id;  // HT-xx from ../shared/reference/indicators.md, ML-xx for typologies
  std::string_view title;
  std::string_view measures;    // what the engine computes
  std::string_view level;       // transaction, account, network
  std::string_view source;      // advisory and date
  double threshold;             // default threshold (a floor where the basis is relative)
  double weight;                // default contribution to the account score
  std::string_view goaml_code;  // report-indicator code in the generic profile, or empty
  IndicatorKind kind = IndicatorKind::kPublished;
  uint32_t needs = 0;            // DataNeed bits
  std::string_view family = {};  // alert family it votes for, or empty
  int family_weight = 0;         // its vote
  bool network_signal = false;   // marks someone who moves a network's money (associates)
  ThresholdBasis basis = ThresholdBasis::kAdvisory;
  double peer_percentile = 0;  // kPeer: the percentile of active peers' values, e.g. 99
};

std::span<const IndicatorInfo> Catalog();
// How the indicator's threshold is set, in words: "advisory", "peer 99.5th percentile (floor 6)",
// "own history (floor 3)".
std::string DescribeThreshold(const IndicatorInfo& info);
// The data fields the indicator needs, comma-separated ("time of day, merchant codes"), or empty.
std::string DescribeNeeds(uint32_t needs);
const IndicatorInfo* FindIndicator(std::string_view id);

// An alert family: what the alert's leading typology is called and whether it is a laundering
// pattern (its evidence is then the pattern's transfers, not the members' other activity).
struct FamilyInfo {
  std::string_view name;
  bool laundering;
  std::string_view description;
  bool unsupervised = false;  // found by the unsupervised dense-flow detector, not by rules
};
std::span<const FamilyInfo> Families();
const FamilyInfo* FindFamily(std::string_view name);

// When a role rule applies (besides its indicators).
enum class RoleWhen : uint8_t {
  kBusiness,           // the holder is a business
  kAnyOf,              // any of the rule's indicators fired
  kAnyOfOrNoHits,      // any of them fired, or the account has no hit at all (an associate)
  kAnyOfWithoutGraph,  // any of them fired and no graph pattern or signal did
  kGraph,              // a graph pattern or signal fired
  kAlways,             // the fallback
};
// The roles of an alert's accounts: the first rule that applies gives the role, strongest
// evidence first.
struct RoleRule {
  std::string_view role;  // controller, victim, mule, front_business
  bool protect;           // a likely victim: protect and support, do not close
  RoleWhen when;
  std::string_view indicators;  // ids separated by spaces
  std::string_view reason;
};
std::span<const RoleRule> RoleRules();

// Ids of a space-separated list, as in RoleRule::indicators.
std::vector<std::string_view> SplitIds(std::string_view ids);

}  // namespace tiphub::detect

#endif  // TIPHUB_DETECT_CATALOG_H_
