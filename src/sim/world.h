// The in-memory population of a synthetic world and the per-day transaction generator.
// Internal to the simulator: other modules read the files that GenerateWorld writes.
#ifndef TIPHUB_SIM_WORLD_H_
#define TIPHUB_SIM_WORLD_H_

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/types.h"
#include "sim/options.h"

namespace tiphub::sim {

inline constexpr uint32_t kNone = 0xFFFFFFFFu;
inline constexpr uint16_t kNoCity = 0xFFFFu;

// Kinds of business in the world; each has an MCC and opening hours.
enum class Biz : uint8_t {
  kGrocery,
  kRestaurant,
  kFastFood,
  kFuel,
  kDrugStore,
  kClothing,
  kCosmetics,
  kBeauty,
  kHotel,
  kBar,
  kRideShare,
  kAirline,
  kBus,
  kTelecom,
  kUtility,
  kMoneyTransmitter,
  kCryptoExchange,
  kPrepaidSeller,
  kClassifiedSite,
  kMassage,
  kEmployer,
  kStaffing,
  kRecruitment,
  kHospital,
  kCount
};

struct PartyRecord {
  Party party;
  uint32_t person_id = 0;  // ground truth: the same person across banks
  uint16_t city = 0;
};

struct AccountRecord {
  std::string id;
  uint32_t party = kNone;
  uint16_t bank = 0;
  AccountType type = AccountType::kPersonal;
  int64_t opened_day = 0;
  uint32_t custodian = kNone;  // party index
};

// What shapes a person's ordinary days.
enum class Profile : uint8_t {
  kOrdinary,
  kTravellingSales,
  kNightNurse,
  kStudentPrepaid,
  kSchemeMember
};

struct Person {
  uint32_t party = kNone;
  uint32_t account = kNone;
  uint32_t second_account = kNone;
  uint16_t city = 0;
  uint32_t employer = kNone;  // business index
  int64_t salary = 0;         // per pay period, minor units
  uint8_t pay_period_days = 14;
  uint8_t pay_phase = 0;
  int64_t rent = 0;
  uint32_t rent_to = kNone;  // account
  uint32_t family = kNone;   // account of a relative
  uint32_t abroad = kNone;   // account of a relative abroad (migrants)
  Profile profile = Profile::kOrdinary;
  float activity = 1.0f;
};

struct Business {
  uint32_t party = kNone;
  uint32_t account = kNone;
  uint16_t city = 0;
  Biz type = Biz::kGrocery;
  int mcc = 0;
  uint8_t open_hour = 9;
  uint8_t close_hour = 21;
};

struct Member {
  uint32_t account;
  std::string role;
};

// One planned transfer of a laundering typology instance: on day `day` of the instance, member
// `from` pays member `to` (indexes into Scenario::members) `amount` minor units.
struct Hop {
  int day = 0;
  uint16_t from = 0, to = 0;
  int64_t amount = 0;
};

struct Scenario {
  std::string id;
  std::string type;
  bool illicit = false;
  bool hard_negative = false;
  int start_day = 0;  // relative to the world's first day
  int end_day = 0;    // inclusive
  std::vector<Member> members;
  std::vector<std::string> indicators;
  uint32_t business = kNone;           // party index of the business involved, if any
  uint32_t launders = kNone;           // scenario whose proceeds this typology launders
  std::vector<uint16_t> cities;        // circuit of cities (sex_ads)
  std::vector<uint32_t> counterparts;  // accounts used as counterparties (sites, recipients)
  nlohmann::json details;
  std::vector<Hop> hops;  // planned typologies (Regime::PlannedTypologies)
  // Look-alikes: per member (after the lead) an amount and a day phase, and a rate.
  std::vector<int64_t> amounts;
  std::vector<int> phases;
  double rate = 0;
  int period = 0;
};

// One generated transaction before formatting. Accounts are indexes into World::accounts.
struct Event {
  int64_t ts = 0;
  int64_t amount = 0;
  uint32_t from = kNone;
  uint32_t to = kNone;
  uint32_t merchant = kNone;  // party index
  uint32_t scenario = kNone;
  int32_t offset = 0;
  uint16_t mcc = 0;
  uint16_t city = kNoCity;
  uint8_t channel = 0;
  uint8_t illicit = 0;
};

struct World {
  std::vector<std::string> banks;
  std::vector<PartyRecord> parties;
  std::vector<AccountRecord> accounts;
  std::vector<Person> persons;
  std::vector<Business> businesses;
  std::vector<Scenario> scenarios;
  std::vector<uint32_t> account_scenario;                   // per account: scenario index or kNone
  std::vector<std::string> account_role;                    // per account: role in that scenario
  std::vector<uint32_t> account_person;                     // per account: person index or kNone
  std::vector<std::pair<uint32_t, std::string>> watchlist;  // party index, list name
  std::vector<uint32_t> foreign_accounts;                   // accounts of relatives abroad
  // Businesses by type and city (index into businesses).
  std::vector<std::vector<std::vector<uint32_t>>> by_type_city;
  std::vector<std::vector<uint32_t>> by_type;
  std::vector<nlohmann::json> ads;
  std::vector<nlohmann::json> tips;
};

World BuildWorld(const SimOptions& options);

// Generates the events of one day, sorted by time. Deterministic: each actor draws from its own
// random stream keyed by (seed, day, actor), so the result does not depend on thread count.
class DayGenerator {
 public:
  DayGenerator(const World& world, const SimOptions& options);
  // Generates day `day` (0-based) and moves into `ready` every event, sorted by time, that no later
  // day can precede; the rest waits for the next call. Not thread-safe; uses worker threads itself.
  void GenerateDay(int day, std::vector<Event>& ready);
  // Moves the remaining events into `ready` after the last day.
  void Finish(std::vector<Event>& ready);

 private:
  std::vector<Event> pending_;
  std::vector<uint32_t> starts_;  // counting-sort positions, reused from day to day
  const World& world_;
  const SimOptions& options_;
  int64_t start_day_;
  int threads_;
};

}  // namespace tiphub::sim

#endif  // TIPHUB_SIM_WORLD_H_
