#include "sim/world.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <thread>

#include <fmt/format.h>

#include "common/rng.h"
#include "common/strings.h"
#include "model/mcc.h"
#include "model/time.h"
#include "sim/geo_names.h"

namespace tiphub::sim {

namespace {

struct BizInfo {
  std::string_view word;  // used in trade names
  int mcc;
  uint8_t open_hour, close_hour;
  bool national;  // a few per country instead of per city
  double weight;  // share among local businesses
};

constexpr BizInfo kBizInfo[] = {
    {"Market", mcc::kGrocery, 7, 22, false, 10},
    {"Restaurant", mcc::kRestaurant, 12, 23, false, 8},
    {"Tacos & Burgers", mcc::kFastFood, 10, 24, false, 8},
    {"Fuel", mcc::kFuel, 0, 24, false, 5},
    {"Pharmacy", mcc::kDrugStore, 8, 22, false, 4},
    {"Fashion", mcc::kClothing, 10, 21, false, 4},
    {"Cosmetics", mcc::kCosmetics, 10, 20, false, 2},
    {"Beauty Salon", mcc::kBeauty, 9, 19, false, 2},
    {"Hotel", mcc::kLodging, 0, 24, false, 3},
    {"Bar", mcc::kBars, 18, 26, false, 3},
    {"Rides", mcc::kRideShare, 0, 24, true, 0},
    {"Air", mcc::kAirline, 0, 24, true, 0},
    {"Bus Lines", mcc::kBus, 0, 24, true, 0},
    {"Mobile", mcc::kTelecom, 0, 24, true, 0},
    {"Power & Water", mcc::kUtilities, 0, 24, true, 0},
    {"Money Transfer", mcc::kMoneyTransfer, 8, 21, true, 0},
    {"Crypto Exchange", mcc::kQuasiCash, 0, 24, true, 0},
    {"Prepaid Cards", mcc::kPrepaidLoad, 0, 24, true, 0},
    {"Listings", mcc::kAdvertising, 0, 24, true, 0},
    {"Massage Spa", mcc::kMassage, 10, 20, false, 1},
    {"Works", mcc::kConstruction, 7, 17, false, 6},
    {"Staffing", mcc::kStaffing, 8, 18, false, 0.5},
    {"Recruitment", mcc::kStaffing, 9, 17, false, 0.3},
    {"Hospital", mcc::kHospital, 0, 24, false, 1},
};
static_assert(std::size(kBizInfo) == static_cast<size_t>(Biz::kCount));

constexpr int kEmployerMccs[] = {
    mcc::kConstruction, mcc::kAgriculture, mcc::kSoftware, 5311, 5065, 4214, 8211, 5200};

constexpr std::string_view kTradeNames[] = {
    "La Esperanza", "El Sol",  "Del Valle", "Maple",     "Northern", "Golden",  "San José",
    "Royal",        "Pacific", "Sunrise",   "La Paloma", "Central",  "Liberty", "Las Palmas",
    "Atlas",        "Bonjour", "Lakeside",  "El Faro",   "Union",    "Aurora"};

constexpr std::string_view kVehicleMakes[][2] = {
    {"Nissan", "Versa"}, {"Toyota", "Corolla"}, {"Ford", "F-150"},       {"Chevrolet", "Aveo"},
    {"Honda", "Civic"},  {"Dodge", "Caravan"},  {"Volkswagen", "Jetta"}, {"Kia", "Rio"}};
constexpr std::string_view kColours[] = {"white", "black", "silver", "grey", "red", "blue"};

int64_t Cents(double major) { return std::max<int64_t>(1, std::llround(major * 100.0)); }

// A lognormal amount with the given median (major units), in minor units.
int64_t DrawAmount(Rng& rng, double median, double sigma) {
  return Cents(median * std::exp(rng.Normal(0, sigma)));
}

// A person-to-person transfer as ordinary people make them (look-alikes, one-off transfers, and
// typologies planted "at ordinary amounts"): 10 to 5,000, median 250.
int64_t OrdinaryTransferAmount(Rng& rng) {
  return Cents(std::clamp(250.0 * std::exp(rng.Normal(0, 0.8)), 10.0, 5000.0));
}

// ------------------------------------------------------------------------------------------------
// World building

class Builder {
 public:
  Builder(const SimOptions& options) : o_(options), rng_(Rng::Stream(options.seed, 0x5EED)) {}

  World Build();

 private:
  uint32_t AddParty(Party party, uint32_t person_id, uint16_t city) {
    w_.parties.push_back({std::move(party), person_id, city});
    return static_cast<uint32_t>(w_.parties.size() - 1);
  }
  uint32_t AddAccount(uint32_t party, uint16_t bank, AccountType type, int64_t opened_day) {
    AccountRecord a;
    a.id = fmt::format("A{:08}", w_.accounts.size() + 1);
    a.party = party;
    a.bank = bank;
    a.type = type;
    a.opened_day = opened_day;
    w_.accounts.push_back(std::move(a));
    w_.account_scenario.push_back(kNone);
    w_.account_role.emplace_back();
    w_.account_person.push_back(kNone);
    return static_cast<uint32_t>(w_.accounts.size() - 1);
  }
  uint16_t DomesticBank() {
    return static_cast<uint16_t>(rng_.Uniform(static_cast<uint64_t>(o_.banks)));
  }
  int64_t OpenedDay() { return o_.StartDay() - rng_.UniformInt(30, 3650); }
  uint16_t DrawCity() {
    static const WeightedPicker picker = [] {
      std::vector<double> weights;
      for (const City& c : Cities()) weights.push_back(c.weight);
      return WeightedPicker(weights);
    }();
    return static_cast<uint16_t>(picker.Pick(rng_));
  }
  uint32_t AddBusiness(Biz type, uint16_t city, int mcc_override = 0);
  void AddPersons(int64_t count);
  uint32_t NewPerson(uint16_t city, Language language);
  // Takes an ordinary person not in any scenario, or kNone when none is left.
  uint32_t TakePerson();
  uint32_t TakePersonIn(uint16_t city);
  uint32_t NewScenario(std::string_view type, bool illicit, std::vector<std::string> indicators);
  void Join(uint32_t scenario, uint32_t account, std::string role) {
    w_.scenarios[scenario].members.push_back({account, role});
    w_.account_scenario[account] = scenario;
    w_.account_role[account] = std::move(role);
  }
  uint32_t PickBusiness(enum Biz type, uint16_t city) {
    const auto& local = w_.by_type_city[static_cast<size_t>(type)][city];
    if (!local.empty()) return local[rng_.Uniform(local.size())];
    const auto& any = w_.by_type[static_cast<size_t>(type)];
    return any[rng_.Uniform(any.size())];
  }
  void PlantHardNegatives();
  void PlantTrafficking();
  void PlantTypology(std::string_view type, uint32_t source_account, uint32_t launders);
  void PlanHops(Scenario& sc, int span);
  void PlantLookalikes();
  void MakeAdsAndTips();

  const SimOptions& o_;
  Rng rng_;
  World w_;
  std::vector<uint32_t> free_persons_;  // shuffled; popped from the back
  uint32_t next_person_id_ = 1;
};

uint32_t Builder::AddBusiness(enum Biz type, uint16_t city, int mcc_override) {
  const BizInfo& info = kBizInfo[static_cast<size_t>(type)];
  const City& c = Cities()[city];
  Party p;
  p.id = fmt::format("E{:07}", w_.businesses.size() + 1);
  p.kind = PartyKind::kBusiness;
  p.name = fmt::format("{} {}", rng_.Pick(kTradeNames), info.word);
  if (info.national) p.name = fmt::format("{} {} {}", rng_.Pick(kTradeNames), info.word, c.country);
  p.phone = DrawPhone(rng_, c);
  p.email = fmt::format("contact{}@example.com", w_.businesses.size() + 1);
  p.address = DrawAddress(rng_, c);
  p.city = std::string(c.name);
  p.country = std::string(c.country);
  p.mcc = mcc_override != 0 ? mcc_override : info.mcc;
  p.open_hour = info.open_hour;
  p.close_hour = std::min<int>(info.close_hour, 24);
  Business b;
  b.party = AddParty(std::move(p), next_person_id_++, city);
  b.account = AddAccount(b.party, DomesticBank(), AccountType::kBusiness, OpenedDay());
  b.city = city;
  b.type = type;
  b.mcc = mcc_override != 0 ? mcc_override : info.mcc;
  b.open_hour = info.open_hour;
  b.close_hour = info.close_hour;
  w_.businesses.push_back(b);
  const auto idx = static_cast<uint32_t>(w_.businesses.size() - 1);
  w_.by_type_city[static_cast<size_t>(type)][city].push_back(idx);
  w_.by_type[static_cast<size_t>(type)].push_back(idx);
  return idx;
}

uint32_t Builder::NewPerson(uint16_t city_idx, Language language) {
  const City& city = Cities()[city_idx];
  PersonName name = DrawName(rng_, language);
  Party p;
  p.id = fmt::format("C{:08}", w_.parties.size() + 1);
  p.kind = PartyKind::kPerson;
  p.given_names = name.given_names;
  p.surnames = name.surnames;
  p.name = name.given_names + " " + name.surnames;
  const int64_t birth = o_.StartDay() - rng_.UniformInt(18 * 365, 75 * 365);
  p.birth_date = FormatDate(birth);
  p.phone = DrawPhone(rng_, city);
  p.email = DrawEmail(rng_, name);
  p.address = DrawAddress(rng_, city);
  p.city = std::string(city.name);
  p.country = std::string(city.country);
  const uint32_t person_id = next_person_id_++;
  const uint32_t party = AddParty(p, person_id, city_idx);

  Person person;
  person.party = party;
  person.city = city_idx;
  person.account = AddAccount(party, DomesticBank(), AccountType::kPersonal, OpenedDay());
  if (o_.banks > 1 && rng_.Bernoulli(0.1)) {
    // The same person at a second bank, recorded with a KYC spelling variant.
    PersonName variant = VariantName(rng_, name);
    Party q = p;
    q.id = fmt::format("C{:08}", w_.parties.size() + 1);
    q.given_names = variant.given_names;
    q.surnames = variant.surnames;
    q.name = variant.given_names + " " + variant.surnames;
    if (rng_.Bernoulli(0.3)) q.email.clear();
    const uint32_t second_party = AddParty(std::move(q), person_id, city_idx);
    uint16_t bank = DomesticBank();
    if (bank == w_.accounts[person.account].bank)
      bank = static_cast<uint16_t>((bank + 1) % o_.banks);
    person.second_account = AddAccount(second_party, bank, AccountType::kPersonal, OpenedDay());
  }
  w_.persons.push_back(person);
  const auto idx = static_cast<uint32_t>(w_.persons.size() - 1);
  w_.account_person[person.account] = idx;
  if (person.second_account != kNone) w_.account_person[person.second_account] = idx;
  return idx;
}

void Builder::AddPersons(int64_t count) {
  for (int64_t k = 0; k < count; ++k) {
    const uint16_t city_idx = DrawCity();
    const City& city = Cities()[city_idx];
    Language language = city.language;
    if (city.country == "US" && rng_.Bernoulli(0.35)) language = Language::kSpanish;
    if (city.country == "CA" && language == Language::kFrench && rng_.Bernoulli(0.25)) {
      language = Language::kEnglish;
    }
    const uint32_t idx = NewPerson(city_idx, language);
    Person& person = w_.persons[idx];
    if (rng_.Bernoulli(0.85)) {
      person.employer = PickBusiness(Biz::kEmployer, city_idx);
      person.salary = DrawAmount(rng_, 1500, 0.4);
      person.pay_phase = static_cast<uint8_t>(rng_.Uniform(14));
      w_.parties[person.party].party.employer_id =
          w_.parties[w_.businesses[person.employer].party].party.id;
    }
    if (rng_.Bernoulli(0.6)) person.rent = DrawAmount(rng_, 850, 0.35);
    person.activity = static_cast<float>(std::exp(rng_.Normal(0, 0.35)));
    if ((city.country == "US" || city.country == "CA") && language == Language::kSpanish &&
        !w_.foreign_accounts.empty() && rng_.Bernoulli(0.5)) {
      person.abroad = rng_.Pick(w_.foreign_accounts);
    }
  }
  // Landlords and relatives are other people in the world.
  for (Person& person : w_.persons) {
    if (person.rent > 0) person.rent_to = w_.persons[rng_.Uniform(w_.persons.size())].account;
    if (rng_.Bernoulli(0.5)) person.family = w_.persons[rng_.Uniform(w_.persons.size())].account;
  }
}

uint32_t Builder::TakePerson() {
  while (!free_persons_.empty()) {
    const uint32_t idx = free_persons_.back();
    free_persons_.pop_back();
    const Person& p = w_.persons[idx];
    if (p.profile == Profile::kOrdinary && w_.account_scenario[p.account] == kNone) return idx;
  }
  return kNone;
}

uint32_t Builder::TakePersonIn(uint16_t city) {
  // Looks a little way down the free list for someone local; falls back to anyone.
  const size_t look = std::min<size_t>(free_persons_.size(), 200);
  for (size_t k = 0; k < look; ++k) {
    const size_t pos = free_persons_.size() - 1 - k;
    const uint32_t idx = free_persons_[pos];
    const Person& p = w_.persons[idx];
    if (p.city == city && p.profile == Profile::kOrdinary &&
        w_.account_scenario[p.account] == kNone) {
      free_persons_.erase(free_persons_.begin() + static_cast<long>(pos));
      return idx;
    }
  }
  return TakePerson();
}

uint32_t Builder::NewScenario(std::string_view type, bool illicit,
                              std::vector<std::string> indicators) {
  Scenario s;
  s.id = fmt::format("S{:05}", w_.scenarios.size() + 1);
  s.type = std::string(type);
  s.illicit = illicit;
  s.hard_negative = !illicit;
  s.start_day = 0;
  s.end_day = o_.days - 1;
  s.indicators = std::move(indicators);
  w_.scenarios.push_back(std::move(s));
  return static_cast<uint32_t>(w_.scenarios.size() - 1);
}

void Builder::PlantHardNegatives() {
  const auto& hospitals = w_.by_type[static_cast<size_t>(Biz::kHospital)];
  for (int64_t k = 0; k < o_.InstanceCount("travelling_sales"); ++k) {
    const uint32_t pi = TakePerson();
    if (pi == kNone) break;
    Person& p = w_.persons[pi];
    p.profile = Profile::kTravellingSales;
    if (p.employer == kNone) {
      p.employer = PickBusiness(Biz::kEmployer, p.city);
      p.salary = DrawAmount(rng_, 1900, 0.3);
    }
    const uint32_t s =
        NewScenario("travelling_sales", false, {"HT-05", "HT-06", "HT-07", "HT-08", "HT-15"});
    for (int c = 0; c < 6; ++c) w_.scenarios[s].cities.push_back(DrawCity());
    Join(s, p.account, "traveller");
  }
  for (int64_t k = 0; k < o_.InstanceCount("night_nurse"); ++k) {
    const uint32_t pi = TakePerson();
    if (pi == kNone) break;
    Person& p = w_.persons[pi];
    p.profile = Profile::kNightNurse;
    p.employer = hospitals.empty() ? PickBusiness(Biz::kEmployer, p.city)
                                   : PickBusiness(Biz::kHospital, p.city);
    p.salary = DrawAmount(rng_, 1800, 0.2);
    w_.parties[p.party].party.employer_id = w_.parties[w_.businesses[p.employer].party].party.id;
    const uint32_t s = NewScenario("night_nurse", false, {"HT-14", "HT-09", "HT-10"});
    Join(s, p.account, "night_worker");
  }
  for (int64_t k = 0; k < o_.InstanceCount("student_prepaid"); ++k) {
    const uint32_t pi = TakePerson();
    if (pi == kNone) break;
    Person& p = w_.persons[pi];
    p.profile = Profile::kStudentPrepaid;
    p.employer = kNone;
    p.salary = 0;
    if (p.family == kNone) p.family = w_.persons[rng_.Uniform(w_.persons.size())].account;
    const uint32_t s = NewScenario("student_prepaid", false, {"HT-12", "HT-19", "HT-25"});
    Join(s, p.account, "student");
  }
  for (int64_t k = 0; k < o_.InstanceCount("staffing_agency"); ++k) {
    const uint16_t city = DrawCity();
    const uint32_t agency = AddBusiness(Biz::kStaffing, city);
    const uint32_t s = NewScenario("staffing_agency", false, {"HT-18", "ML-02"});
    w_.scenarios[s].business = w_.businesses[agency].party;
    Join(s, w_.businesses[agency].account, "employer");
    const int workers = static_cast<int>(rng_.UniformInt(15, 35));
    for (int n = 0; n < workers; ++n) {
      const uint32_t pi = TakePersonIn(city);
      if (pi == kNone) break;
      Person& p = w_.persons[pi];
      p.employer = agency;
      p.salary = DrawAmount(rng_, 600, 0.2);
      p.pay_period_days = 7;
      w_.parties[p.party].party.employer_id = w_.parties[w_.businesses[agency].party].party.id;
      Join(s, p.account, "worker");
    }
    // Client businesses that pay the agency.
    for (int n = 0; n < 3; ++n)
      w_.scenarios[s].counterparts.push_back(
          w_.businesses[PickBusiness(Biz::kEmployer, city)].account);
  }
  for (int64_t k = 0; k < o_.InstanceCount("family_pooling"); ++k) {
    const uint32_t pooler = TakePerson();
    if (pooler == kNone || w_.foreign_accounts.empty()) break;
    const uint32_t s = NewScenario("family_pooling", false, {"HT-37", "HT-31", "HT-32"});
    Join(s, w_.persons[pooler].account, "pooler");
    const std::string address = w_.parties[w_.persons[pooler].party].party.address;
    const int relatives = static_cast<int>(rng_.UniformInt(2, 4));
    for (int n = 0; n < relatives; ++n) {
      const uint32_t pi = TakePersonIn(w_.persons[pooler].city);
      if (pi == kNone) break;
      w_.parties[w_.persons[pi].party].party.address = address;  // one household
      Join(s, w_.persons[pi].account, "relative");
    }
    for (int n = 0; n < 2; ++n)
      w_.scenarios[s].counterparts.push_back(rng_.Pick(w_.foreign_accounts));
  }
  for (int64_t k = 0; k < o_.InstanceCount("cash_business"); ++k) {
    const uint16_t city = DrawCity();
    const auto type = rng_.Bernoulli(0.5) ? Biz::kRestaurant : Biz::kGrocery;
    const uint32_t biz = AddBusiness(type, city);
    const uint32_t s = NewScenario("cash_business", false, {"HT-23", "HT-24"});
    w_.scenarios[s].business = w_.businesses[biz].party;
    Join(s, w_.businesses[biz].account, "business");
    const int staff = static_cast<int>(rng_.UniformInt(3, 6));
    for (int n = 0; n < staff; ++n) {
      const uint32_t pi = TakePersonIn(city);
      if (pi == kNone) break;
      Person& p = w_.persons[pi];
      p.employer = biz;
      p.salary = DrawAmount(rng_, 900, 0.2);
      w_.parties[p.party].party.employer_id = w_.parties[w_.businesses[biz].party].party.id;
      Join(s, p.account, "employee");
    }
  }
}

void Builder::PlantTrafficking() {
  const auto& sites = w_.by_type[static_cast<size_t>(Biz::kClassifiedSite)];
  std::vector<uint32_t> controllers;  // (scenario) of each trafficking instance, for laundering
  auto make_controller = [&](uint32_t s) {
    const uint32_t pi = TakePerson();
    if (pi == kNone) return kNone;
    Join(s, w_.persons[pi].account, "controller");
    Rng& r = rng_;
    const auto& vehicle = kVehicleMakes[r.Uniform(std::size(kVehicleMakes))];
    w_.scenarios[s].details = {
        {"controller_phone", w_.parties[w_.persons[pi].party].party.phone},
        {"vehicle",
         {{"make", vehicle[0]},
          {"model", vehicle[1]},
          {"colour", r.Pick(kColours)},
          {"plate", fmt::format("{}{}{}-{:03}", static_cast<char>('A' + r.Uniform(26)),
                                static_cast<char>('A' + r.Uniform(26)),
                                static_cast<char>('A' + r.Uniform(26)), r.Uniform(1000))}}}};
    return pi;
  };
  auto make_victim = [&](uint32_t s, uint16_t city, std::string role) {
    const uint32_t pi = TakePersonIn(city);
    if (pi == kNone) return kNone;
    Person& v = w_.persons[pi];
    v.profile = Profile::kSchemeMember;
    v.employer = kNone;
    v.salary = 0;
    v.rent = 0;
    Join(s, v.account, std::move(role));
    return pi;
  };

  for (int64_t k = 0; k < o_.InstanceCount("sex_ads"); ++k) {
    const uint32_t s = NewScenario(
        "sex_ads", true,
        {"HT-01", "HT-02", "HT-04", "HT-05", "HT-06", "HT-07", "HT-08", "HT-09", "HT-10", "HT-12",
         "HT-14", "HT-15", "HT-16", "HT-17", "HT-18", "HT-19", "HT-25", "HT-26", "HT-30"});
    const uint32_t ctl = make_controller(s);
    if (ctl == kNone) break;
    const uint16_t home = w_.persons[ctl].city;
    Scenario& sc = w_.scenarios[s];
    sc.cities.push_back(home);
    const std::string_view country = Cities()[home].country;
    for (size_t c = 0; c < Cities().size() && sc.cities.size() < 4; ++c) {
      const auto ci =
          static_cast<uint16_t>((home + 1 + rng_.Uniform(Cities().size())) % Cities().size());
      if (Cities()[ci].country == country &&
          std::find(sc.cities.begin(), sc.cities.end(), ci) == sc.cities.end()) {
        sc.cities.push_back(ci);
      }
    }
    while (sc.cities.size() < 3) sc.cities.push_back(DrawCity());
    const int victims = static_cast<int>(rng_.UniformInt(2, 4));
    for (int n = 0; n < victims; ++n) make_victim(s, home, "victim");
    // A funnel account held by a mule who lives elsewhere.
    const uint32_t mule = TakePerson();
    if (mule != kNone) Join(s, w_.persons[mule].account, "mule");
    for (int n = 0; n < 2 && !sites.empty(); ++n) {
      w_.scenarios[s].counterparts.push_back(
          w_.businesses[sites[rng_.Uniform(sites.size())]].account);
    }
    controllers.push_back(s);
  }

  for (int64_t k = 0; k < o_.InstanceCount("massage_front"); ++k) {
    const uint32_t s =
        NewScenario("massage_front", true, {"HT-11", "HT-20", "HT-21", "HT-23", "HT-24", "HT-32"});
    const uint32_t ctl = make_controller(s);
    if (ctl == kNone) break;
    const uint16_t city = w_.persons[ctl].city;
    const uint32_t biz = AddBusiness(Biz::kMassage, city);
    w_.scenarios[s].business = w_.businesses[biz].party;
    Join(s, w_.businesses[biz].account, "front_business");
    const std::string address = w_.parties[w_.businesses[biz].party].party.address;
    const int workers = static_cast<int>(rng_.UniformInt(3, 5));
    for (int n = 0; n < workers; ++n) {
      const uint32_t v = make_victim(s, city, "victim");
      if (v != kNone) w_.parties[w_.persons[v].party].party.address = address;
    }
    controllers.push_back(s);
  }

  for (int64_t k = 0; k < o_.InstanceCount("labour_payroll"); ++k) {
    const uint32_t s =
        NewScenario("labour_payroll", true, {"HT-32", "HT-33", "HT-34", "HT-35", "HT-36", "HT-18"});
    const uint32_t ctl = make_controller(s);
    if (ctl == kNone) break;
    const uint16_t city = w_.persons[ctl].city;
    const uint32_t employer = AddBusiness(
        Biz::kEmployer, city, rng_.Bernoulli(0.5) ? mcc::kAgriculture : mcc::kConstruction);
    const uint32_t recruiter = AddBusiness(Biz::kRecruitment, city);
    w_.watchlist.emplace_back(w_.businesses[recruiter].party, "unlicensed_recruitment_agency");
    w_.scenarios[s].business = w_.businesses[employer].party;
    Join(s, w_.businesses[employer].account, "front_business");
    Join(s, w_.businesses[recruiter].account, "recruiter");
    w_.scenarios[s].counterparts.push_back(w_.businesses[recruiter].account);
    const uint32_t collector = TakePersonIn(city);
    if (collector != kNone) Join(s, w_.persons[collector].account, "mule");
    const Party& ctl_party = w_.parties[w_.persons[ctl].party].party;
    const std::string shared_address = DrawAddress(rng_, Cities()[city]);
    const std::string shared_phone = ctl_party.phone;
    const int workers = static_cast<int>(rng_.UniformInt(6, 12));
    for (int n = 0; n < workers; ++n) {
      const uint32_t v = make_victim(s, city, "victim");
      if (v == kNone) break;
      Party& vp = w_.parties[w_.persons[v].party].party;
      vp.address = shared_address;
      if (rng_.Bernoulli(0.6)) vp.phone = shared_phone;
      vp.employer_id = w_.parties[w_.businesses[employer].party].party.id;
      w_.accounts[w_.persons[v].account].custodian = w_.persons[ctl].party;
    }
    controllers.push_back(s);
  }

  for (int64_t k = 0; k < o_.InstanceCount("debt_bondage_remit"); ++k) {
    const uint32_t s =
        NewScenario("debt_bondage_remit", true, {"HT-37", "HT-34", "HT-18", "HT-31"});
    const uint32_t ctl = make_controller(s);
    if (ctl == kNone || w_.foreign_accounts.empty()) break;
    const uint16_t city = w_.persons[ctl].city;
    const uint32_t employer = PickBusiness(Biz::kEmployer, city);
    const int workers = static_cast<int>(rng_.UniformInt(4, 8));
    for (int n = 0; n < workers; ++n) {
      const uint32_t v = make_victim(s, city, "victim");
      if (v == kNone) break;
      Person& p = w_.persons[v];
      p.employer = employer;
      p.salary = DrawAmount(rng_, 1100, 0.15);
      w_.parties[p.party].party.employer_id = w_.parties[w_.businesses[employer].party].party.id;
      w_.scenarios[s].counterparts.push_back(rng_.Pick(w_.foreign_accounts));
    }
    controllers.push_back(s);
  }

  for (std::string_view type : kLaunderingTypologies) {
    for (int64_t k = 0; k < o_.InstanceCount(type); ++k) PlantTypology(type, kNone, kNone);
  }
  for (uint32_t s : controllers) {
    if (!rng_.Bernoulli(o_.laundering_of_proceeds)) continue;
    static constexpr std::string_view kLayering[] = {"scatter_gather", "fan_out", "stack", "cycle"};
    PlantTypology(rng_.Pick(kLayering), w_.scenarios[s].members.front().account, s);
  }
}

void Builder::PlantTypology(std::string_view type, uint32_t source_account, uint32_t launders) {
  static constexpr std::pair<std::string_view, std::string_view> kIds[] = {
      {"fan_in", "ML-01"},         {"fan_out", "ML-02"},        {"cycle", "ML-03"},
      {"scatter_gather", "ML-04"}, {"gather_scatter", "ML-05"}, {"bipartite", "ML-06"},
      {"stack", "ML-07"},          {"random", "ML-08"}};
  std::string id;
  for (const auto& [t, i] : kIds) {
    if (t == type) id = std::string(i);
  }
  const uint32_t s = NewScenario(type, true, {id});
  Scenario& sc = w_.scenarios[s];
  sc.launders = launders;
  const Regime& regime = o_.regime;
  if (regime.PlannedTypologies()) {
    // A regime's instance: its period and size drawn from the regime's ranges, every transfer
    // planned now (TypologyDay replays them).
    const int lo_days = regime.typology_min_days > 0 ? regime.typology_min_days : 2;
    const int hi_days = regime.typology_min_days > 0 ? regime.typology_max_days : 8;
    const int span = std::min(o_.days, static_cast<int>(rng_.UniformInt(lo_days, hi_days)));
    sc.start_day =
        static_cast<int>(rng_.Uniform(static_cast<uint64_t>(std::max(1, o_.days - span + 1))));
    sc.end_day = std::min(o_.days - 1, sc.start_day + span - 1);
    const int lo_size = regime.typology_min_members > 0 ? regime.typology_min_members : 5;
    const int hi_size = regime.typology_min_members > 0 ? regime.typology_max_members : 10;
    int size = static_cast<int>(rng_.UniformInt(lo_size, hi_size));
    if (source_account != kNone) {
      sc.members.push_back({source_account, "source"});
      --size;
    }
    for (int n = 0; n < size; ++n) {
      const uint32_t pi = TakePerson();
      if (pi == kNone) break;
      Join(s, w_.persons[pi].account, "mule");
    }
    sc.details = {{"planned", true}};
    if (sc.members.size() >= 3) PlanHops(sc, sc.end_day - sc.start_day + 1);
    return;
  }
  // A burst of a few days somewhere in the period, repeated up to three times.
  const int span = std::min(o_.days, static_cast<int>(rng_.UniformInt(2, 8)));
  sc.start_day = static_cast<int>(rng_.Uniform(static_cast<uint64_t>(std::max(1, o_.days - span))));
  sc.end_day = std::min(o_.days - 1, sc.start_day + span - 1);
  int size = static_cast<int>(rng_.UniformInt(5, 10));
  if (type == "cycle") size = static_cast<int>(rng_.UniformInt(3, 6));
  if (type == "stack" || type == "bipartite") size = static_cast<int>(rng_.UniformInt(6, 9));
  if (source_account != kNone) {
    // The controller's account stays labelled with its own scheme; it starts the typology.
    sc.members.push_back({source_account, "source"});
    --size;
  }
  for (int n = 0; n < size; ++n) {
    const uint32_t pi = TakePerson();
    if (pi == kNone) break;
    Join(s, w_.persons[pi].account, "mule");
  }
  sc.details = {{"repeats", rng_.UniformInt(1, 3)}, {"amount", rng_.UniformInt(5'000, 40'000)}};
}

// Plans every transfer of a typology instance over `span` days: who pays whom, when (in the order
// the typology needs: a cycle's hops one after another, a scatter before its gather, a stack's
// layers in turn) and how much (ordinary amounts, or a structured sum shrinking at each hop).
void Builder::PlanHops(Scenario& sc, int span) {
  const auto n = static_cast<uint16_t>(sc.members.size());
  const bool ordinary = o_.regime.ordinary_amounts;
  const double base = static_cast<double>(rng_.UniformInt(5'000, 40'000));
  auto amount = [&](double share) {
    return ordinary ? OrdinaryTransferAmount(rng_)
                    : Cents(base * share * (0.9 + rng_.UniformDouble() * 0.1));
  };
  auto day_in = [&](int lo, int hi) {  // a day in [lo, hi], clamped to the span
    lo = std::clamp(lo, 0, span - 1);
    hi = std::clamp(hi, lo, span - 1);
    return static_cast<int>(rng_.UniformInt(lo, hi));
  };
  auto add = [&](int day, uint16_t from, uint16_t to, int64_t minor) {
    if (from != to) sc.hops.push_back({day, from, to, minor});
  };
  const std::string& type = sc.type;
  const double share = 1.0 / std::max(1, n - 1);
  if (type == "fan_in" || type == "fan_out") {
    for (uint16_t k = 1; k < n; ++k) {
      const int day = day_in(0, span - 1);
      if (type == "fan_in") {
        add(day, k, 0, amount(share));
      } else {
        add(day, 0, k, amount(share));
      }
    }
  } else if (type == "cycle") {
    std::vector<int> days(n);
    for (int& d : days) d = day_in(0, span - 1);
    std::sort(days.begin(), days.end());
    for (uint16_t k = 0; k < n; ++k)
      add(days[k], k, static_cast<uint16_t>((k + 1) % n), amount(1 - 0.02 * k));
  } else if (type == "scatter_gather") {
    const uint16_t sink = n - 1;
    for (uint16_t k = 1; k < sink; ++k) {
      const int out = day_in(0, span / 2);
      add(out, 0, k, amount(share));
      add(day_in(out, span - 1), k, sink, amount(share * 0.97));
    }
  } else if (type == "gather_scatter") {
    const uint16_t hub = n / 2;
    int last_in = 0;
    for (uint16_t k = 0; k < hub; ++k) {
      const int day = day_in(0, span / 2);
      last_in = std::max(last_in, day);
      add(day, k, hub, amount(1.0 / hub));
    }
    for (uint16_t k = hub + 1; k < n; ++k)
      add(day_in(last_in, span - 1), hub, k, amount(1.0 / std::max(1, n - hub - 1)));
  } else if (type == "bipartite") {
    // Each payer of the first half pays two to four of the second half.
    const uint16_t half = n / 2;
    for (uint16_t a = 0; a < half; ++a) {
      const int fanout = static_cast<int>(rng_.UniformInt(2, 4));
      for (int f = 0; f < fanout; ++f) {
        const auto b = static_cast<uint16_t>(half + rng_.Uniform(static_cast<uint64_t>(n - half)));
        add(day_in(0, span - 1), a, b, amount(share));
      }
    }
  } else if (type == "stack") {
    // Three layers; each account of a layer pays two or three of the next, layer after layer.
    const uint16_t layer = std::max<uint16_t>(1, n / 3);
    const int third = std::max(1, span / 3);
    for (int l = 0; l < 2; ++l) {
      for (uint16_t a = 0; a < layer; ++a) {
        const auto from = static_cast<uint16_t>(l * layer + a);
        const int fanout = static_cast<int>(rng_.UniformInt(2, 3));
        for (int f = 0; f < fanout; ++f) {
          const uint16_t next = l == 1 ? static_cast<uint16_t>(n - 2 * layer) : layer;
          const auto to =
              static_cast<uint16_t>((l + 1) * layer + rng_.Uniform(std::max<uint16_t>(1, next)));
          if (to < n) add(day_in(l * third, (l + 1) * third - 1), from, to, amount(share));
        }
      }
    }
  } else {  // random: a walk through the members, one hop after another
    uint16_t at = 0;
    int day = 0;
    for (uint16_t k = 0; k + 1 < n; ++k) {
      auto next = static_cast<uint16_t>(rng_.Uniform(n));
      if (next == at) next = static_cast<uint16_t>((next + 1) % n);
      day = day_in(day, std::min(span - 1, day + std::max(1, 2 * span / n)));
      add(day, at, next, amount(1 - 0.03 * k));
      at = next;
    }
  }
  std::stable_sort(sc.hops.begin(), sc.hops.end(),
                   [](const Hop& a, const Hop& b) { return a.day < b.day; });
}

void Builder::PlantLookalikes() {
  auto lead_person = [&](uint32_t s, const char* role) -> uint32_t {
    const uint32_t pi = TakePerson();
    if (pi == kNone) return kNone;
    Join(s, w_.persons[pi].account, role);
    return pi;
  };
  // Members of a look-alike, from the lead's city where possible.
  auto members = [&](uint32_t s, uint16_t city, int lo, int hi, const char* role) {
    const int k = static_cast<int>(rng_.UniformInt(lo, hi));
    for (int n = 0; n < k; ++n) {
      const uint32_t pi = TakePersonIn(city);
      if (pi == kNone) break;
      Join(s, w_.persons[pi].account, role);
    }
  };
  for (std::string_view type : kLookalikes) {
    for (int64_t k = 0; k < o_.InstanceCount(type); ++k) {
      const uint32_t s = NewScenario(type, false, {});
      if (type == "processor" || type == "supplier_business") {
        const uint32_t biz = AddBusiness(Biz::kEmployer, DrawCity());
        w_.scenarios[s].business = w_.businesses[biz].party;
        Join(s, w_.businesses[biz].account, type == "processor" ? "processor" : "business");
        const int partners = static_cast<int>(type == "processor" ? rng_.UniformInt(10, 50)
                                                                  : rng_.UniformInt(10, 40));
        for (int n = 0; n < partners; ++n) {
          const auto& any = w_.businesses;
          const uint32_t to = rng_.Bernoulli(0.5) || type == "processor"
                                  ? any[rng_.Uniform(any.size())].account
                                  : w_.persons[rng_.Uniform(w_.persons.size())].account;
          w_.scenarios[s].counterparts.push_back(to);
          w_.scenarios[s].amounts.push_back(DrawAmount(rng_, 1500, 0.5));
          w_.scenarios[s].phases.push_back(static_cast<int>(rng_.UniformInt(1, 28)));
        }
        w_.scenarios[s].rate =
            type == "processor" ? std::max(5.0, static_cast<double>(o_.accounts) / 2000.0) : 0;
        continue;
      }
      const uint32_t lead = lead_person(s, type == "seller" ? "seller" : "lead");
      if (lead == kNone) break;
      const uint16_t city = w_.persons[lead].city;
      int period = 0;
      if (type == "landlord") {
        members(s, city, 3, 15, "tenant");
      } else if (type == "tuition") {
        members(s, city, 5, 25, "payer");
        period = 90;
      } else if (type == "savings_circle") {
        members(s, city, 5, 12, "member");
        period = rng_.Bernoulli(0.5) ? 14 : 30;
      } else if (type == "mutual_pair" || type == "standing_order") {
        members(s, city, 1, 1, "counterpart");
        period = type == "mutual_pair" ? 7 : (rng_.Bernoulli(0.5) ? 7 : 30);
      } else if (type == "forwarder") {
        members(s, city, 1, 3, "sender");
        w_.scenarios[s].counterparts.push_back(w_.persons[rng_.Uniform(w_.persons.size())].account);
        period = 7;
      } else if (type == "seller") {
        w_.scenarios[s].rate = 0.2 * std::exp(rng_.UniformDouble() * std::log(10.0));  // 0.2-2/day
      }
      w_.scenarios[s].period = period;
      Scenario& again = w_.scenarios[s];  // Join may have grown the vector
      const int64_t fee = DrawAmount(rng_, type == "landlord" ? 900 : 300, 0.3);
      for (size_t m = 1; m < again.members.size(); ++m) {
        again.amounts.push_back(type == "tuition" || type == "savings_circle"
                                    ? fee
                                    : DrawAmount(rng_, type == "landlord" ? 900 : 250, 0.3));
        again.phases.push_back(static_cast<int>(rng_.UniformInt(0, 9)));
      }
      if (again.period > 0) again.phases.push_back(static_cast<int>(rng_.Uniform(again.period)));
    }
  }
}

void Builder::MakeAdsAndTips() {
  const auto& sites = w_.by_type[static_cast<size_t>(Biz::kClassifiedSite)];
  auto site_name = [&](Rng& r) {
    return sites.empty()
               ? std::string("listings.example")
               : w_.parties[w_.businesses[sites[r.Uniform(sites.size())]].party].party.name;
  };
  static constexpr std::string_view kBenignAds[] = {
      "Sofa for sale, barely used, pick up only",  "Room for rent near metro, utilities included",
      "Hiring cooks and waiters, apply in person", "Therapeutic massage, licensed, by appointment",
      "Used car, one owner, service records",      "Tutoring in maths and English",
      "Moving help with truck, fair prices",       "Apartment 2 bedrooms, family area"};
  static constexpr std::string_view kEscortAds[] = {
      "New in town, sweet and young, available 24/7, incall/outcall, text only",
      "Just arrived, visiting for a few days only, no restrictions, ask for specials",
      "Latina girls new in town, discreet, hotel visits, available now",
      "Young and fun, new pictures, call or text, outcall only tonight"};
  const int64_t benign = std::max<int64_t>(20, o_.accounts / 40 * o_.days / 90);
  int ad_id = 1;
  for (int64_t k = 0; k < benign; ++k) {
    const Person& p = w_.persons[rng_.Uniform(w_.persons.size())];
    const Party& party = w_.parties[p.party].party;
    w_.ads.push_back({{"id", fmt::format("AD{:07}", ad_id++)},
                      {"date", FormatDate(o_.StartDay() + static_cast<int64_t>(rng_.Uniform(
                                                              static_cast<uint64_t>(o_.days))))},
                      {"site", site_name(rng_)},
                      {"city", party.city},
                      {"phone", party.phone},
                      {"email", rng_.Bernoulli(0.5) ? party.email : ""},
                      {"handle", fmt::format("@{}{}",
                                             ToLower(StripAccents(party.given_names.substr(
                                                 0, party.given_names.find(' ')))),
                                             rng_.Uniform(1000))},
                      {"text", std::string(rng_.Pick(kBenignAds))}});
  }
  std::vector<nlohmann::json> scheme_ads;
  for (Scenario& s : w_.scenarios) {
    if (s.type != "sex_ads") continue;
    const Party& ctl = w_.parties[w_.accounts[s.members.front().account].party].party;
    std::vector<std::string> ad_ids;
    for (int week = 0; week * 7 < o_.days; ++week) {
      const int per_week = static_cast<int>(rng_.UniformInt(1, 3));
      for (int n = 0; n < per_week; ++n) {
        const uint16_t city = s.cities[static_cast<size_t>(week) % s.cities.size()];
        std::string phone = ctl.phone;
        // Ads often carry a victim's phone instead of the controller's.
        if (s.members.size() > 1 && rng_.Bernoulli(0.3)) {
          phone = w_.parties[w_.accounts[s.members[1].account].party].party.phone;
        }
        const std::string id = fmt::format("AD{:07}", ad_id++);
        ad_ids.push_back(id);
        const int day = std::min(o_.days - 1, week * 7 + static_cast<int>(rng_.Uniform(7)));
        w_.ads.push_back({{"id", id},
                          {"date", FormatDate(o_.StartDay() + day)},
                          {"site", site_name(rng_)},
                          {"city", std::string(Cities()[city].name)},
                          {"phone", phone},
                          {"email", ""},
                          {"handle", fmt::format("@angel{}", rng_.Uniform(10000))},
                          {"text", std::string(rng_.Pick(kEscortAds))}});
      }
    }
    s.details["ads"] = ad_ids;
  }
  std::sort(w_.ads.begin(), w_.ads.end(), [](const nlohmann::json& a, const nlohmann::json& b) {
    return std::tie(a["date"].get_ref<const std::string&>(),
                    a["id"].get_ref<const std::string&>()) <
           std::tie(b["date"].get_ref<const std::string&>(), b["id"].get_ref<const std::string&>());
  });

  // Field tips: most describe nothing in the world; some point at planted schemes.
  static constexpr std::string_view kIndicators[] = {
      "not_in_control_of_id",   "restricted_communication",
      "branding_tattoos",       "dropped_off_and_collected",
      "does_not_know_location", "signs_of_abuse",
      "appears_minor",          "scripted_answers",
      "many_people_one_vehicle"};
  static constexpr std::string_view kPlaces[] = {"truck stop",  "motel parking lot", "rest area",
                                                 "gas station", "bus terminal",      "farm road"};
  int tip_id = 1;
  auto make_tip = [&](int day, uint16_t city, const std::string& phone,
                      const nlohmann::json& vehicle, std::string text) {
    std::vector<std::string> seen;
    const int count = static_cast<int>(rng_.UniformInt(1, 3));
    for (int n = 0; n < count; ++n) seen.emplace_back(rng_.Pick(kIndicators));
    std::sort(seen.begin(), seen.end());
    seen.erase(std::unique(seen.begin(), seen.end()), seen.end());
    const City& c = Cities()[city];
    const int64_t ts = (o_.StartDay() + day) * 86400 + rng_.UniformInt(0, 86399);
    nlohmann::json tip = {
        {"id", fmt::format("TIP{:06}", tip_id++)},
        {"observed_at", FormatUtc(ts)},
        {"place",
         {{"description", std::string(rng_.Pick(kPlaces))},
          {"city", std::string(c.name)},
          {"country", std::string(c.country)}}},
        {"indicators", seen},
        {"phones", phone.empty() ? nlohmann::json::array() : nlohmann::json::array({phone})},
        {"text", std::move(text)},
        {"reporter_reliability", std::string(1, static_cast<char>('A' + rng_.Uniform(4)))},
        {"credibility", static_cast<int>(rng_.UniformInt(1, 4))},
        {"consent_to_contact", rng_.Bernoulli(0.4)},
        {"source", rng_.Bernoulli(0.6) ? "truck_driver" : "hotline"}};
    if (!vehicle.is_null()) tip["vehicle"] = vehicle;
    w_.tips.push_back(std::move(tip));
  };
  const int64_t benign_tips = std::max<int64_t>(10, o_.accounts / 200 * o_.days / 90);
  for (int64_t k = 0; k < benign_tips; ++k) {
    const auto& v = kVehicleMakes[rng_.Uniform(std::size(kVehicleMakes))];
    nlohmann::json vehicle = {{"make", v[0]},
                              {"model", v[1]},
                              {"colour", std::string(rng_.Pick(kColours))},
                              {"plate", ""}};
    std::string phone = rng_.Bernoulli(0.3) ? DrawPhone(rng_, Cities()[DrawCity()]) : "";
    make_tip(static_cast<int>(rng_.Uniform(static_cast<uint64_t>(o_.days))), DrawCity(), phone,
             vehicle, "Saw a group of people at the place; something seemed off.");
  }
  for (Scenario& s : w_.scenarios) {
    if (!s.illicit || s.details.is_null() || !s.details.contains("vehicle")) continue;
    if (s.type != "sex_ads" && s.type != "labour_payroll" && s.type != "massage_front") continue;
    std::vector<std::string> tip_ids;
    const int count = static_cast<int>(rng_.UniformInt(1, 2));
    for (int n = 0; n < count; ++n) {
      tip_ids.push_back(fmt::format("TIP{:06}", tip_id));
      const uint16_t city = s.cities.empty()
                                ? w_.parties[w_.accounts[s.members.front().account].party].city
                                : s.cities[rng_.Uniform(s.cities.size())];
      make_tip(static_cast<int>(rng_.Uniform(static_cast<uint64_t>(o_.days))), city,
               rng_.Bernoulli(0.7) ? s.details["controller_phone"].get<std::string>() : "",
               s.details["vehicle"],
               "A man dropped off young women and collected them hours later.");
    }
    s.details["tips"] = tip_ids;
  }
  std::sort(w_.tips.begin(), w_.tips.end(), [](const nlohmann::json& a, const nlohmann::json& b) {
    return a["observed_at"].get_ref<const std::string&>() <
           b["observed_at"].get_ref<const std::string&>();
  });
}

World Builder::Build() {
  for (int b = 0; b < o_.banks; ++b) w_.banks.push_back(fmt::format("B{:02}", b + 1));
  for (std::string_view country : RemittanceCountries())
    w_.banks.push_back(fmt::format("X{}", country));
  const size_t type_count = static_cast<size_t>(Biz::kCount);
  w_.by_type_city.assign(type_count, std::vector<std::vector<uint32_t>>(Cities().size()));
  w_.by_type.assign(type_count, {});

  // Businesses: national brands per country, then local businesses by weight.
  std::vector<std::string_view> countries;
  for (const City& c : Cities()) {
    if (std::find(countries.begin(), countries.end(), c.country) == countries.end())
      countries.push_back(c.country);
  }
  for (std::string_view country : countries) {
    uint16_t capital = 0;
    for (size_t c = 0; c < Cities().size(); ++c) {
      if (Cities()[c].country == country) {
        capital = static_cast<uint16_t>(c);
        break;
      }
    }
    for (size_t t = 0; t < type_count; ++t) {
      if (kBizInfo[t].national && static_cast<Biz>(t) != Biz::kClassifiedSite)
        AddBusiness(static_cast<Biz>(t), capital);
    }
  }
  // Classified sites: a few, some based abroad; two carry most escort ads.
  for (int k = 0; k < 4; ++k) {
    const uint32_t site =
        AddBusiness(Biz::kClassifiedSite, static_cast<uint16_t>(k * 5 % Cities().size()));
    Party& p = w_.parties[w_.businesses[site].party].party;
    if (k % 2 == 1) {
      p.country = k == 1 ? "NL" : "CY";
      p.city.clear();
    }
    if (k < 2) w_.watchlist.emplace_back(w_.businesses[site].party, "escort_ad_site");
  }
  const int64_t local_businesses =
      std::max<int64_t>(static_cast<int64_t>(Cities().size()) * 6, o_.accounts * 3 / 100);
  std::vector<double> weights;
  for (const BizInfo& info : kBizInfo) weights.push_back(info.national ? 0 : info.weight);
  const WeightedPicker biz_picker(weights);
  // Every city gets at least one of each everyday type, then the rest by weight.
  for (size_t c = 0; c < Cities().size(); ++c) {
    for (enum Biz t : {Biz::kGrocery, Biz::kRestaurant, Biz::kFastFood, Biz::kFuel, Biz::kDrugStore,
                       Biz::kHotel, Biz::kEmployer}) {
      AddBusiness(t, static_cast<uint16_t>(c), t == Biz::kEmployer ? rng_.Pick(kEmployerMccs) : 0);
    }
  }
  for (int64_t k = 0; k < local_businesses; ++k) {
    const auto type = static_cast<enum Biz>(biz_picker.Pick(rng_));
    AddBusiness(type, DrawCity(), type == Biz::kEmployer ? rng_.Pick(kEmployerMccs) : 0);
  }

  // Relatives abroad who receive remittances.
  const int64_t foreign = std::max<int64_t>(30, o_.accounts * 3 / 100);
  for (int64_t k = 0; k < foreign; ++k) {
    std::vector<uint16_t> candidates;
    const std::string_view country =
        RemittanceCountries()[rng_.Uniform(RemittanceCountries().size())];
    for (size_t c = 0; c < Cities().size(); ++c) {
      if (Cities()[c].country == country) candidates.push_back(static_cast<uint16_t>(c));
    }
    const uint16_t city = candidates[rng_.Uniform(candidates.size())];
    PersonName name = DrawName(rng_, Cities()[city].language);
    Party p;
    p.id = fmt::format("C{:08}", w_.parties.size() + 1);
    p.given_names = name.given_names;
    p.surnames = name.surnames;
    p.name = name.given_names + " " + name.surnames;
    p.city = std::string(Cities()[city].name);
    p.country = std::string(country);
    const uint32_t party = AddParty(std::move(p), next_person_id_++, city);
    size_t bank = static_cast<size_t>(o_.banks);
    for (size_t r = 0; r < RemittanceCountries().size(); ++r) {
      if (RemittanceCountries()[r] == country) bank += r;
    }
    w_.foreign_accounts.push_back(
        AddAccount(party, static_cast<uint16_t>(bank), AccountType::kPersonal, OpenedDay()));
  }

  const int64_t remaining =
      std::max<int64_t>(100, o_.accounts - static_cast<int64_t>(w_.accounts.size()));
  AddPersons(remaining * 10 / 11);
  free_persons_.resize(w_.persons.size());
  for (size_t k = 0; k < free_persons_.size(); ++k) free_persons_[k] = static_cast<uint32_t>(k);
  for (size_t k = free_persons_.size(); k > 1; --k)
    std::swap(free_persons_[k - 1], free_persons_[rng_.Uniform(k)]);

  PlantTrafficking();
  PlantHardNegatives();
  PlantLookalikes();
  MakeAdsAndTips();
  if (!o_.regime.contacts) {
    for (PartyRecord& p : w_.parties) {
      p.party.phone.clear();
      p.party.email.clear();
      p.party.address.clear();
    }
  }
  return std::move(w_);
}

// ------------------------------------------------------------------------------------------------
// Daily generation

struct DayCtx {
  const World& w;
  const SimOptions& o;
  int day;
  int64_t day_abs;
  int weekday;  // 0 = Monday
  int dom;      // day of month
  std::vector<Event>& out;

  // UTC instant of a local hour (may exceed 24 for after midnight) in a city.
  int64_t At(uint16_t city, double hour) const {
    return day_abs * 86400 + static_cast<int64_t>(hour * 3600) -
           int64_t{Cities()[city].offset_minutes} * 60;
  }
  void Emit(Rng& rng, uint32_t from, uint32_t to, int64_t amount, Channel channel, uint16_t city,
            double hour, uint32_t scenario = kNone, bool illicit = false, int mcc_code = 0,
            uint32_t merchant = kNone) const {
    Event e;
    e.ts = At(city, hour) + static_cast<int64_t>(rng.Uniform(60));
    e.offset = Cities()[city].offset_minutes;
    e.from = from;
    e.to = to;
    e.amount = amount;
    e.channel = static_cast<uint8_t>(channel);
    e.city = city;
    e.mcc = static_cast<uint16_t>(mcc_code);
    e.merchant = merchant;
    e.scenario = scenario;
    e.illicit = illicit ? 1 : 0;
    out.push_back(e);
  }
  uint32_t Merchant(Rng& rng, Biz type, uint16_t city) const {
    const auto& local = w.by_type_city[static_cast<size_t>(type)][city];
    if (!local.empty()) return local[rng.Uniform(local.size())];
    const auto& any = w.by_type[static_cast<size_t>(type)];
    return any[rng.Uniform(any.size())];
  }
  // A card payment at a merchant of `type` near `city`.
  void Pay(Rng& rng, uint32_t account, Biz type, uint16_t city, int64_t amount, double hour,
           uint32_t scenario = kNone, bool illicit = false) const {
    const Business& b = w.businesses[Merchant(rng, type, city)];
    Emit(rng, account, b.account, amount, Channel::kCard, city, hour, scenario, illicit, b.mcc,
         b.party);
  }
  double DayHour(Rng& rng) const { return 8 + rng.UniformDouble() * 13; }
  double NightHour(Rng& rng) const { return 22 + rng.UniformDouble() * 7.5; }
  double OrdinaryHour(Rng& rng) const {
    return rng.Bernoulli(o.ordinary_night_share) ? NightHour(rng) : DayHour(rng);
  }
};

bool PayDay(const DayCtx& c, const Person& p) {
  return p.employer != kNone && p.salary > 0 && (c.day_abs + p.pay_phase) % p.pay_period_days == 0;
}

// The employer's payroll credit in the morning, local time at the employer.
void PayWages(const DayCtx& c, Rng& rng, const Person& p, uint32_t scenario, bool illicit) {
  const Business& e = c.w.businesses[p.employer];
  c.Emit(rng, e.account, p.account, p.salary + static_cast<int64_t>(rng.Uniform(2000)),
         Channel::kAch, e.city, 6 + rng.UniformDouble() * 2, scenario, illicit);
}

uint32_t RandomPersonAccount(const DayCtx& c, Rng& rng) {
  return c.w.persons[rng.Uniform(c.w.persons.size())].account;
}

void OrdinaryDay(const DayCtx& c, Rng& rng, const Person& p, uint32_t scenario) {
  const uint32_t acct = p.account;
  const uint16_t city = p.city;
  const double a = p.activity;
  const bool labelled = p.profile != Profile::kOrdinary && p.profile != Profile::kSchemeMember;
  const uint32_t hn = labelled ? scenario : kNone;
  if (PayDay(c, p)) {
    const uint32_t employer_account = c.w.businesses[p.employer].account;
    const uint32_t label = c.w.account_scenario[employer_account] != kNone
                               ? c.w.account_scenario[employer_account]
                               : hn;
    PayWages(c, rng, p, label, false);
  }
  if (p.rent > 0 && c.dom == 1)
    c.Emit(rng, acct, p.rent_to, p.rent, Channel::kTransfer, city, 9 + rng.UniformDouble() * 3);
  if (c.dom == 3 + static_cast<int>(acct % 20)) {
    const Business& u = c.w.businesses[c.Merchant(rng, Biz::kUtility, city)];
    c.Emit(rng, acct, u.account, DrawAmount(rng, 85, 0.3), Channel::kAch, city, 7, kNone, false,
           u.mcc, u.party);
    c.Pay(rng, acct, Biz::kTelecom, city, Cents(static_cast<double>(rng.UniformInt(2, 6)) * 10),
          c.DayHour(rng));
  }
  if (p.abroad != kNone && c.dom == 16 + static_cast<int>(acct % 10)) {
    c.Emit(rng, acct, p.abroad, DrawAmount(rng, 300, 0.3), Channel::kWire, city, c.DayHour(rng),
           kNone, false, mcc::kMoneyTransfer);
  }
  for (int64_t n = rng.Poisson(0.35 * a); n > 0; --n)
    c.Pay(rng, acct, Biz::kGrocery, city, DrawAmount(rng, 45, 0.6), c.OrdinaryHour(rng));
  for (int64_t n = rng.Poisson(0.14 * a); n > 0; --n)
    c.Pay(rng, acct, Biz::kRestaurant, city, DrawAmount(rng, 32, 0.5),
          12 + rng.UniformDouble() * 10);
  for (int64_t n = rng.Poisson(0.15 * a); n > 0; --n)
    c.Pay(rng, acct, Biz::kFastFood, city, DrawAmount(rng, 11, 0.4), c.OrdinaryHour(rng));
  for (int64_t n = rng.Poisson(0.10 * a); n > 0; --n)
    c.Pay(rng, acct, Biz::kFuel, city, DrawAmount(rng, 42, 0.3), c.OrdinaryHour(rng));
  for (int64_t n = rng.Poisson(0.04 * a); n > 0; --n)
    c.Pay(rng, acct, Biz::kDrugStore, city, DrawAmount(rng, 18, 0.6), c.DayHour(rng));
  for (int64_t n = rng.Poisson(0.02 * a); n > 0; --n)
    c.Pay(rng, acct, Biz::kClothing, city, DrawAmount(rng, 55, 0.6), c.DayHour(rng));
  for (int64_t n = rng.Poisson(0.01 * a); n > 0; --n)
    c.Pay(rng, acct, Biz::kBeauty, city, DrawAmount(rng, 35, 0.5), c.DayHour(rng));
  if (c.weekday >= 4) {
    for (int64_t n = rng.Poisson(0.08 * a); n > 0; --n)
      c.Pay(rng, acct, Biz::kBar, city, DrawAmount(rng, 28, 0.5), 20 + rng.UniformDouble() * 5);
  }
  for (int64_t n = rng.Poisson(0.05 * a); n > 0; --n)
    c.Pay(rng, acct, Biz::kRideShare, city, DrawAmount(rng, 14, 0.5), c.OrdinaryHour(rng));
  for (int64_t n = rng.Poisson(0.06 * a); n > 0; --n) {
    c.Emit(rng, acct, kNone, Cents(20.0 * static_cast<double>(rng.UniformInt(2, 15))),
           Channel::kCashWithdrawal, city, c.OrdinaryHour(rng), kNone, false, mcc::kAtm);
  }
  if (p.family != kNone && rng.Bernoulli(0.02 * a))
    c.Emit(rng, acct, p.family, DrawAmount(rng, 90, 0.6), Channel::kTransfer, city, c.DayHour(rng));
  // Occasional trips: a flight and a few nights in another city.
  const uint64_t week = static_cast<uint64_t>(c.day_abs / 7);
  if (Mix64(c.o.seed ^ Mix64(acct) ^ (week * 0x9E37)) % 100 < 2 && c.weekday >= 1 &&
      c.weekday <= 3) {
    const auto dest = static_cast<uint16_t>(Mix64(acct + week) % Cities().size());
    if (c.weekday == 1)
      c.Pay(rng, acct, Biz::kAirline, city, DrawAmount(rng, 260, 0.4), c.DayHour(rng));
    c.Pay(rng, acct, Biz::kHotel, dest, DrawAmount(rng, 120, 0.3), 15 + rng.UniformDouble() * 6);
    c.Pay(rng, acct, Biz::kRestaurant, dest, DrawAmount(rng, 35, 0.5),
          19 + rng.UniformDouble() * 3);
  }

  switch (p.profile) {
    case Profile::kTravellingSales: {
      // Monday to Thursday on the road, one city per week, company card expenses.
      if (c.weekday <= 3) {
        const Scenario& s = c.w.scenarios[scenario];
        const uint16_t where = s.cities[static_cast<size_t>(week) % s.cities.size()];
        if (c.weekday == 0)
          c.Pay(rng, acct, Biz::kAirline, city, DrawAmount(rng, 280, 0.3),
                6 + rng.UniformDouble() * 3, hn);
        c.Pay(rng, acct, Biz::kHotel, where, DrawAmount(rng, 140, 0.25),
              17 + rng.UniformDouble() * 4, hn);
        c.Pay(rng, acct, Biz::kRestaurant, where, DrawAmount(rng, 40, 0.4),
              19 + rng.UniformDouble() * 3, hn);
        for (int64_t n = rng.Poisson(1.2); n > 0; --n)
          c.Pay(rng, acct, Biz::kRideShare, where, DrawAmount(rng, 18, 0.4),
                8 + rng.UniformDouble() * 12, hn);
        if (rng.Bernoulli(0.2))
          c.Emit(rng, acct, kNone, Cents(100), Channel::kCashWithdrawal, where, c.DayHour(rng), hn,
                 false, mcc::kAtm);
      }
      break;
    }
    case Profile::kNightNurse: {
      if ((c.day_abs + acct) % 7 < 4) {  // four night shifts a week
        for (int64_t n = rng.Poisson(1.3); n > 0; --n)
          c.Pay(rng, acct, Biz::kFastFood, city, DrawAmount(rng, 10, 0.4), c.NightHour(rng), hn);
        if (rng.Bernoulli(0.35))
          c.Pay(rng, acct, Biz::kDrugStore, city, DrawAmount(rng, 16, 0.5), c.NightHour(rng), hn);
        if (rng.Bernoulli(0.3))
          c.Pay(rng, acct, Biz::kFuel, city, DrawAmount(rng, 40, 0.3), c.NightHour(rng), hn);
        if (rng.Bernoulli(0.15))
          c.Emit(rng, acct, kNone, Cents(20.0 * static_cast<double>(rng.UniformInt(2, 10))),
                 Channel::kCashWithdrawal, city, c.NightHour(rng), hn, false, mcc::kAtm);
        if (rng.Bernoulli(0.25))
          c.Pay(rng, acct, Biz::kRideShare, city, DrawAmount(rng, 15, 0.4), c.NightHour(rng), hn);
      }
      break;
    }
    case Profile::kStudentPrepaid: {
      if (c.weekday == 0 && p.family != kNone)
        c.Emit(rng, p.family, acct, DrawAmount(rng, 150, 0.3), Channel::kTransfer, city,
               c.DayHour(rng), hn);
      if (rng.Bernoulli(0.28))
        c.Pay(rng, acct, Biz::kPrepaidSeller, city,
              Cents(static_cast<double>(rng.UniformInt(1, 5)) * 25), c.DayHour(rng), hn);
      if (rng.Bernoulli(0.3))
        c.Pay(rng, acct, Biz::kTelecom, city, Cents(static_cast<double>(rng.UniformInt(1, 3)) * 10),
              c.OrdinaryHour(rng), hn);
      if (rng.Bernoulli(0.12))
        c.Pay(rng, acct, Biz::kCryptoExchange, city,
              Cents(static_cast<double>(rng.UniformInt(1, 4)) * 25), c.OrdinaryHour(rng), hn);
      for (int64_t n = rng.Poisson(0.6); n > 0; --n)
        c.Pay(rng, acct, Biz::kFastFood, city, DrawAmount(rng, 9, 0.4), c.OrdinaryHour(rng), hn);
      break;
    }
    default:
      break;
  }
  // One-off transfers to people never paid before (only when the rate is set: the default world
  // draws nothing here).
  if (c.o.one_off_transfer_rate > 0 && rng.Bernoulli(c.o.one_off_transfer_rate * a))
    c.Emit(rng, acct, RandomPersonAccount(c, rng), OrdinaryTransferAmount(rng), Channel::kTransfer,
           city, c.DayHour(rng));
}

// Victims keep a thin life of their own: food, a phone, the drug store; workers among them are
// paid by their employer (what happens to the wages is the scheme's part).
void VictimDay(const DayCtx& c, Rng& rng, const Person& p, uint16_t city) {
  if (PayDay(c, p)) PayWages(c, rng, p, c.w.account_scenario[p.account], true);
  for (int64_t n = rng.Poisson(0.5); n > 0; --n)
    c.Pay(rng, p.account, Biz::kFastFood, city, DrawAmount(rng, 9, 0.4), c.DayHour(rng));
  if (rng.Bernoulli(0.08)) c.Pay(rng, p.account, Biz::kTelecom, city, Cents(10), c.DayHour(rng));
  if (rng.Bernoulli(0.05))
    c.Pay(rng, p.account, Biz::kDrugStore, city, DrawAmount(rng, 12, 0.5), c.DayHour(rng));
}

void SexAdsDay(const DayCtx& c, Rng& rng, uint32_t si) {
  const Scenario& s = c.w.scenarios[si];
  const uint32_t ctl = s.members.front().account;
  const uint16_t where = s.cities[static_cast<size_t>(c.day_abs / 7) % s.cities.size()];
  const bool move_day = c.day_abs % 7 == 0;
  std::vector<uint32_t> victims;
  uint32_t mule = kNone;
  for (const Member& m : s.members) {
    if (m.role == "victim") victims.push_back(m.account);
    if (m.role == "mule") mule = m.account;
  }
  // Online ads in repeated small amounts, some to sites abroad (HT-01..04).
  static constexpr double kAdPrices[] = {3, 12, 24, 49};
  for (int64_t n = rng.Poisson(0.8); n > 0 && !s.counterparts.empty(); --n) {
    const uint32_t site_account = s.counterparts[rng.Uniform(s.counterparts.size())];
    const AccountRecord& site = c.w.accounts[site_account];
    c.Emit(rng, ctl, site_account, Cents(rng.Pick(kAdPrices)), Channel::kCard, where,
           rng.Bernoulli(0.5) ? c.NightHour(rng) : c.DayHour(rng), si, true,
           c.w.parties[site.party].party.mcc, site.party);
  }
  // Lodging in the circuit city every other night (HT-05, HT-06).
  if (c.day_abs % 2 == 0)
    c.Pay(rng, ctl, Biz::kHotel, where,
          DrawAmount(rng, 95 * (1 + static_cast<double>(victims.size()) / 2), 0.2),
          14 + rng.UniformDouble() * 8, si, true);
  if (move_day)
    c.Pay(rng, ctl, Biz::kBus, where, Cents(45.0 * static_cast<double>(victims.size() + 1)),
          9 + rng.UniformDouble() * 4, si, true);
  for (int64_t n = rng.Poisson(0.9); n > 0; --n)
    c.Pay(rng, ctl, Biz::kRideShare, where, DrawAmount(rng, 13, 0.4), c.NightHour(rng), si, true);
  for (int64_t n = rng.Poisson(1.0); n > 0; --n)
    c.Pay(rng, ctl, Biz::kFastFood, where, DrawAmount(rng, 22, 0.4),
          rng.Bernoulli(0.5) ? c.NightHour(rng) : c.DayHour(rng), si, true);
  if (rng.Bernoulli(0.35)) {
    static constexpr Biz kTypes[] = {Biz::kDrugStore, Biz::kCosmetics, Biz::kClothing};
    c.Pay(rng, ctl, rng.Pick(kTypes), where, DrawAmount(rng, 40, 0.5), c.DayHour(rng), si, true);
  }
  if (rng.Bernoulli(0.4))
    c.Pay(rng, ctl, Biz::kTelecom, where, Cents(static_cast<double>(rng.UniformInt(1, 2)) * 10),
          c.DayHour(rng), si, true);
  if (rng.Bernoulli(0.2))
    c.Pay(rng, ctl, Biz::kCryptoExchange, where, Cents(rng.Bernoulli(0.5) ? 100 : 200),
          c.NightHour(rng), si, true);
  if (rng.Bernoulli(0.12))
    c.Pay(rng, ctl, Biz::kPrepaidSeller, where,
          Cents(static_cast<double>(rng.UniformInt(2, 5)) * 100), c.DayHour(rng), si, true);
  // Buyers pay the victims, mostly at night (HT-17, HT-14); third parties deposit cash in the
  // circuit city into victims' and the funnel account (HT-16, HT-30).
  for (uint32_t v : victims) {
    int64_t earned = 0;
    for (int64_t n = rng.Poisson(1.6); n > 0; --n) {
      const int64_t amount = Cents(std::clamp(rng.LogNormal(std::log(230), 0.45), 80.0, 800.0));
      c.Emit(rng, RandomPersonAccount(c, rng), v, amount, Channel::kTransfer, where,
             c.NightHour(rng) - 2, si, true);
      earned += amount;
    }
    if (rng.Bernoulli(0.35)) {
      const int64_t amount = Cents(static_cast<double>(rng.UniformInt(4, 16)) * 50);
      c.Emit(rng, ctl, v, amount, Channel::kCashDeposit, where, c.NightHour(rng), si, true,
             mcc::kAtm);
      earned += amount;
    }
    // The day's takings go to the controller before dawn (HT-18).
    if (earned > 0)
      c.Emit(rng, v, ctl, earned * (85 + static_cast<int64_t>(rng.Uniform(11))) / 100,
             Channel::kTransfer, where, 29.5, si, true);
    if (rng.Bernoulli(0.15))
      c.Emit(rng, v, kNone, Cents(static_cast<double>(rng.UniformInt(2, 10)) * 20),
             Channel::kCashWithdrawal, where, c.NightHour(rng), si, true, mcc::kAtm);
  }
  if (mule != kNone) {
    int64_t deposited = 0;
    for (int64_t n = rng.Poisson(1.2); n > 0; --n) {
      const int64_t amount = Cents(static_cast<double>(rng.UniformInt(4, 16)) * 50);
      c.Emit(rng, kNone, mule, amount, Channel::kCashDeposit, where, 10 + rng.UniformDouble() * 8,
             si, true, mcc::kAtm);
      deposited += amount;
    }
    if (deposited > 0) {
      const uint16_t home = c.w.parties[c.w.accounts[ctl].party].city;
      c.Emit(rng, mule, kNone, deposited, Channel::kCashWithdrawal, home,
             19 + rng.UniformDouble() * 3, si, true, mcc::kAtm);
    }
  }
}

void MassageFrontDay(const DayCtx& c, Rng& rng, uint32_t si) {
  const Scenario& s = c.w.scenarios[si];
  const uint32_t ctl = s.members[0].account;
  const uint32_t front = s.members[1].account;
  const AccountRecord& fa = c.w.accounts[front];
  const PartyRecord& fp = c.w.parties[fa.party];
  const uint16_t city = fp.city;
  // Customers pay by card, many after the parlour's posted hours (HT-11).
  for (int64_t n = rng.Poisson(5); n > 0; --n) {
    const double hour =
        rng.Bernoulli(0.45)
            ? fp.party.close_hour + rng.UniformDouble() * 5
            : fp.party.open_hour + rng.UniformDouble() * (fp.party.close_hour - fp.party.open_hour);
    c.Emit(rng, RandomPersonAccount(c, rng), front, DrawAmount(rng, 110, 0.35), Channel::kCard,
           city, hour, si, true, mcc::kMassage, fa.party);
  }
  // Cash paid in after closing, no payroll at all (HT-23, HT-24, HT-21).
  if (c.weekday != 6)
    c.Emit(rng, kNone, front, Cents(static_cast<double>(rng.UniformInt(8, 40)) * 50),
           Channel::kCashDeposit, city, 21.5 + rng.UniformDouble() * 2, si, true);
  if (c.weekday == 0)
    c.Emit(rng, front, ctl, DrawAmount(rng, 4500, 0.2), Channel::kTransfer, city, 10, si, true);
  if (c.dom == 2) c.Pay(rng, front, Biz::kUtility, city, DrawAmount(rng, 180, 0.2), 9, si, true);
  if (rng.Bernoulli(0.1))
    c.Pay(rng, front, Biz::kCosmetics, city, DrawAmount(rng, 120, 0.3), c.DayHour(rng), si, true);
  // The controller pays the workers in cash (HT-20).
  if (c.weekday == 0)
    c.Emit(rng, ctl, kNone, Cents(static_cast<double>(rng.UniformInt(10, 30)) * 20),
           Channel::kCashWithdrawal, city, 11, si, true, mcc::kAtm);
}

void LabourPayrollDay(const DayCtx& c, Rng& rng, uint32_t si) {
  const Scenario& s = c.w.scenarios[si];
  const uint32_t ctl = s.members[0].account;
  const uint32_t employer = s.members[1].account;
  const uint32_t recruiter = s.members[2].account;
  uint32_t collector = kNone;
  std::vector<uint32_t> workers;
  for (const Member& m : s.members) {
    if (m.role == "mule") collector = m.account;
    if (m.role == "victim") workers.push_back(m.account);
  }
  const uint16_t city = c.w.parties[c.w.accounts[employer].party].city;
  // Recruitment fees to an unlicensed agency early on (HT-36).
  if (c.day < 21) {
    for (size_t k = 0; k < workers.size(); ++k) {
      if (static_cast<int>(k % 21) == c.day) {
        c.Emit(rng, workers[k], recruiter, DrawAmount(rng, 900, 0.3), Channel::kTransfer, city,
               c.DayHour(rng), si, true, mcc::kStaffing, c.w.accounts[recruiter].party);
      }
    }
  }
  // Client income to the front employer.
  if (c.weekday == 2)
    c.Emit(rng, RandomPersonAccount(c, rng), employer,
           DrawAmount(rng, 700.0 * static_cast<double>(workers.size()), 0.1), Channel::kAch, city,
           10, si, true);
  if (c.weekday != 4) return;  // weekly payday on Fridays
  int64_t collected = 0;
  for (size_t k = 0; k < workers.size(); ++k) {
    const int64_t wage = DrawAmount(rng, 620, 0.05);
    if (collector != kNone && k % 2 == 0) {
      // Several workers' wages land in one account (HT-34).
      c.Emit(rng, employer, collector, wage, Channel::kAch, city, 7 + rng.UniformDouble(), si,
             true);
      collected += wage;
    } else {
      c.Emit(rng, employer, workers[k], wage, Channel::kAch, city, 7 + rng.UniformDouble(), si,
             true);
      // Most of it is "deducted" back to the controller the same day (HT-35).
      c.Emit(rng, workers[k], ctl, wage * (65 + static_cast<int64_t>(rng.Uniform(20))) / 100,
             Channel::kTransfer, city, 9 + rng.UniformDouble() * 3, si, true);
    }
  }
  if (collected > 0)
    c.Emit(rng, collector, ctl, collected * 95 / 100, Channel::kTransfer, city,
           10 + rng.UniformDouble() * 2, si, true);
}

void DebtBondageDay(const DayCtx& c, Rng& rng, uint32_t si) {
  const Scenario& s = c.w.scenarios[si];
  const uint32_t ctl = s.members[0].account;
  const uint16_t city = c.w.parties[c.w.accounts[ctl].party].city;
  // Workers are paid by their employer (ordinary payroll); the same day most goes to the
  // controller, who wires "remittances" abroad for them several times a week (HT-34, HT-37).
  for (size_t k = 1; k < s.members.size(); ++k) {
    const uint32_t acct = s.members[k].account;
    if (c.w.account_person[acct] == kNone) continue;
    const Person* worker = &c.w.persons[c.w.account_person[acct]];
    if (PayDay(c, *worker)) {
      c.Emit(rng, acct, ctl, worker->salary * 7 / 10, Channel::kTransfer, city,
             12 + rng.UniformDouble() * 6, si, true);
    }
  }
  for (int64_t n = rng.Poisson(0.5); n > 0 && !s.counterparts.empty(); --n) {
    c.Emit(rng, ctl, s.counterparts[rng.Uniform(s.counterparts.size())], DrawAmount(rng, 450, 0.35),
           Channel::kWire, city, c.DayHour(rng), si, true, mcc::kMoneyTransfer);
  }
}

// Laundering typologies: bursts of transfers among mule accounts, amounts shrinking at each hop.
void TypologyDay(const DayCtx& c, Rng& rng, uint32_t si) {
  const Scenario& s = c.w.scenarios[si];
  if (c.day < s.start_day || c.day > s.end_day || s.members.size() < 3) return;
  if (!s.hops.empty()) {
    // A planned instance: replay the day's hops.
    const int rel = c.day - s.start_day;
    const uint16_t city = c.w.parties[c.w.accounts[s.members[0].account].party].city;
    const auto first = std::lower_bound(s.hops.begin(), s.hops.end(), rel,
                                        [](const Hop& h, int day) { return h.day < day; });
    for (auto h = first; h != s.hops.end() && h->day == rel; ++h) {
      const Channel ch = rng.Bernoulli(0.6) ? Channel::kTransfer
                                            : (rng.Bernoulli(0.5) ? Channel::kWire : Channel::kAch);
      c.Emit(rng, s.members[h->from].account, s.members[h->to].account, h->amount, ch, city,
             c.DayHour(rng), si, true);
    }
    return;
  }
  const int repeats = s.details["repeats"].get<int>();
  const int span = s.end_day - s.start_day + 1;
  const int rel = c.day - s.start_day;
  // Each repeat runs over the whole burst; a phase cycles through its steps day by day.
  const std::string& type = s.type;
  const uint32_t src = s.members[0].account;
  const uint16_t city = c.w.parties[c.w.accounts[src].party].city;
  const double base = static_cast<double>(s.details["amount"].get<int64_t>());
  const size_t n = s.members.size();
  auto hop = [&](uint32_t from, uint32_t to, double amount, double hour) {
    const Channel ch = rng.Bernoulli(0.6) ? Channel::kTransfer
                                          : (rng.Bernoulli(0.5) ? Channel::kWire : Channel::kAch);
    c.Emit(rng, from, to, Cents(amount * (0.9 + rng.UniformDouble() * 0.1)), ch, city, hour, si,
           true);
  };
  for (int r = 0; r < repeats; ++r) {
    const double amount = base / (1 + r);
    const double hour = 9 + rng.UniformDouble() * 9;
    if (type == "fan_in") {
      for (size_t k = 1; k < n; ++k)
        if (static_cast<int>(k) % span == rel)
          hop(s.members[k].account, src, amount / static_cast<double>(n), hour);
    } else if (type == "fan_out") {
      for (size_t k = 1; k < n; ++k)
        if (static_cast<int>(k) % span == rel)
          hop(src, s.members[k].account, amount / static_cast<double>(n), hour);
    } else if (type == "cycle") {
      // One hop a day (or all on the last day when the cycle is longer than the burst).
      for (size_t k = 0; k < n; ++k) {
        const int when = std::min(static_cast<int>(k), span - 1);
        if (when == rel)
          hop(s.members[k].account, s.members[(k + 1) % n].account,
              amount * (1 - 0.02 * static_cast<double>(k)), hour + static_cast<double>(k) * 0.2);
      }
    } else if (type == "scatter_gather" || type == "gather_scatter") {
      const size_t half = n / 2;
      const uint32_t hub =
          type == "scatter_gather" ? s.members[n - 1].account : s.members[half].account;
      if (type == "scatter_gather") {
        for (size_t k = 1; k + 1 < n; ++k) {
          if (rel == 0) hop(src, s.members[k].account, amount / static_cast<double>(n - 2), hour);
          if (rel == std::min(1, span - 1))
            hop(s.members[k].account, hub, amount / static_cast<double>(n - 2) * 0.97, hour + 1);
        }
      } else {
        for (size_t k = 0; k < n; ++k) {
          if (k < half && rel == 0)
            hop(s.members[k].account, hub, amount / static_cast<double>(half), hour);
          if (k > half && rel == std::min(1, span - 1))
            hop(hub, s.members[k].account, amount / static_cast<double>(n - half - 1), hour + 1);
        }
      }
    } else if (type == "bipartite") {
      const size_t half = n / 2;
      for (size_t a = 0; a < half; ++a) {
        for (size_t b = half; b < n; ++b) {
          if (static_cast<int>((a + b) % static_cast<size_t>(span)) == rel)
            hop(s.members[a].account, s.members[b].account,
                amount / static_cast<double>(half * (n - half)), hour);
        }
      }
    } else if (type == "stack") {
      const size_t layer = n / 3;
      for (int l = 0; l < 2; ++l) {
        if (std::min(l, span - 1) != rel) continue;
        for (size_t a = 0; a < layer; ++a) {
          for (size_t b = 0; b < layer; ++b) {
            hop(s.members[static_cast<size_t>(l) * layer + a].account,
                s.members[static_cast<size_t>(l + 1) * layer + b].account,
                amount / static_cast<double>(layer * layer), hour + l);
          }
        }
      }
    } else {  // random: a random walk through the mules
      size_t at = rng.Uniform(n);
      for (int k = 0; k < 3; ++k) {
        size_t next = rng.Uniform(n);
        if (next == at) next = (next + 1) % n;
        hop(s.members[at].account, s.members[next].account, amount * (1 - 0.03 * k), hour + k);
        at = next;
      }
    }
  }
}

bool IsLookalike(std::string_view type) {
  return std::find(std::begin(kLookalikes), std::end(kLookalikes), type) != std::end(kLookalikes);
}

// Ordinary flows that look like typologies (kLookalikes); never labelled illicit.
void LookalikeDay(const DayCtx& c, Rng& rng, uint32_t si) {
  const Scenario& s = c.w.scenarios[si];
  const uint32_t lead = s.members[0].account;
  const uint16_t city = c.w.parties[c.w.accounts[lead].party].city;
  const std::string& type = s.type;
  const size_t n = s.members.size() - 1;  // members after the lead
  auto vary = [&](int64_t amount, double by) {
    return std::max<int64_t>(1, static_cast<int64_t>(static_cast<double>(amount) *
                                                     (1 + by * (2 * rng.UniformDouble() - 1))));
  };
  auto member = [&](size_t m) { return s.members[m + 1].account; };
  const int phase = s.period > 0 && s.phases.size() > n ? s.phases[n] : 0;
  const int cycle_day = s.period > 0 ? (c.day + phase) % s.period : 0;
  if (type == "landlord") {
    for (size_t m = 0; m < n; ++m) {
      if (c.dom == 1 + s.phases[m] % 5)
        c.Emit(rng, member(m), lead, vary(s.amounts[m], 0.01), Channel::kTransfer, city,
               c.DayHour(rng), si);
    }
  } else if (type == "tuition") {
    // Each term, most of the same parents pay the fee in its first ten days.
    for (size_t m = 0; m < n; ++m) {
      if (cycle_day == s.phases[m] && rng.Bernoulli(0.85))
        c.Emit(rng, member(m), lead, vary(s.amounts[m], 0.02), Channel::kTransfer, city,
               c.DayHour(rng), si);
    }
  } else if (type == "savings_circle") {
    // Everyone pays in; the next day the pot goes to one member in turn: money comes back.
    int64_t pot = 0;
    for (size_t m = 0; m < n; ++m) pot += s.amounts[m];
    if (cycle_day == 0) {
      for (size_t m = 0; m < n; ++m)
        c.Emit(rng, member(m), lead, s.amounts[m], Channel::kTransfer, city, c.DayHour(rng), si);
    } else if (cycle_day == 1 && n > 0) {
      const size_t turn = static_cast<size_t>((c.day + phase) / s.period) % n;
      c.Emit(rng, lead, member(turn), pot, Channel::kTransfer, city, c.DayHour(rng), si);
    }
  } else if (type == "mutual_pair") {
    if (n > 0 && rng.Bernoulli(2.0 / 7)) {
      const bool back = rng.Bernoulli(0.5);
      c.Emit(rng, back ? member(0) : lead, back ? lead : member(0), OrdinaryTransferAmount(rng),
             Channel::kTransfer, city, c.DayHour(rng), si);
    }
  } else if (type == "standing_order") {
    if (n > 0 && cycle_day == 0)
      c.Emit(rng, lead, member(0), s.amounts[0], Channel::kTransfer, city, 8, si);
  } else if (type == "processor") {
    // Many payers (new ones all the time), settlements to the same merchants.
    for (int64_t k = rng.Poisson(s.rate); k > 0; --k)
      c.Emit(rng, RandomPersonAccount(c, rng), lead, OrdinaryTransferAmount(rng),
             Channel::kTransfer, city, c.DayHour(rng), si);
    for (size_t m = 0; m < s.counterparts.size(); ++m) {
      if (rng.Bernoulli(0.3))
        c.Emit(rng, lead, s.counterparts[m], vary(s.amounts[m], 0.5), Channel::kAch, city, 6, si);
    }
  } else if (type == "seller") {
    for (int64_t k = rng.Poisson(s.rate); k > 0; --k)
      c.Emit(rng, RandomPersonAccount(c, rng), lead, OrdinaryTransferAmount(rng),
             Channel::kTransfer, city, c.DayHour(rng), si);
  } else if (type == "supplier_business") {
    for (size_t m = 0; m < s.counterparts.size(); ++m) {
      if (c.dom == s.phases[m])
        c.Emit(rng, lead, s.counterparts[m], vary(s.amounts[m], 0.1), Channel::kAch, city, 9, si);
    }
  } else if (type == "forwarder") {
    // Collects from a few each week and passes most of it on the next day.
    int64_t collected = 0;
    for (size_t m = 0; m < n; ++m) collected += s.amounts[m];
    if (cycle_day == 0) {
      for (size_t m = 0; m < n; ++m)
        c.Emit(rng, member(m), lead, s.amounts[m], Channel::kTransfer, city, c.DayHour(rng), si);
    } else if (cycle_day == 1 && !s.counterparts.empty()) {
      c.Emit(rng, lead, s.counterparts[0],
             collected * (85 + static_cast<int64_t>(rng.Uniform(10))) / 100, Channel::kTransfer,
             city, c.DayHour(rng), si);
    }
  }
}

void HardNegativeGroupDay(const DayCtx& c, Rng& rng, uint32_t si) {
  const Scenario& s = c.w.scenarios[si];
  const uint32_t lead = s.members[0].account;
  const uint16_t city = c.w.parties[c.w.accounts[lead].party].city;
  if (s.type == "staffing_agency") {
    // Clients pay the agency's invoices; the agency's weekly payroll comes from each worker's day.
    if (c.weekday == 3) {
      for (uint32_t client : s.counterparts)
        c.Emit(rng, client, lead, DrawAmount(rng, 4200, 0.2), Channel::kAch, city, 10, si);
    }
  } else if (s.type == "family_pooling") {
    for (size_t k = 1; k < s.members.size(); ++k) {
      if (c.dom == 16)
        c.Emit(rng, s.members[k].account, lead, DrawAmount(rng, 220, 0.3), Channel::kTransfer, city,
               18 + rng.UniformDouble() * 3, si);
    }
    if (c.dom == 18 || c.dom == 3) {
      c.Emit(rng, lead, s.counterparts[rng.Uniform(s.counterparts.size())],
             DrawAmount(rng, 450, 0.25), Channel::kWire, city, c.DayHour(rng), si, false,
             mcc::kMoneyTransfer);
    }
  } else if (s.type == "cash_business") {
    const PartyRecord& bp = c.w.parties[c.w.accounts[lead].party];
    if (c.weekday != 6) {
      c.Emit(rng, kNone, lead, Cents(static_cast<double>(rng.UniformInt(6, 40)) * 50),
             Channel::kCashDeposit, city, bp.party.open_hour + 1 + rng.UniformDouble() * 4, si);
    }
    for (int64_t n = rng.Poisson(8); n > 0; --n) {
      c.Emit(rng, RandomPersonAccount(c, rng), lead, DrawAmount(rng, 25, 0.5), Channel::kCard, city,
             bp.party.open_hour +
                 rng.UniformDouble() * (std::min(bp.party.close_hour, 23) - bp.party.open_hour),
             si, false, bp.party.mcc, c.w.accounts[lead].party);
    }
  }
}
}  // namespace

World BuildWorld(const SimOptions& options) { return Builder(options).Build(); }

DayGenerator::DayGenerator(const World& world, const SimOptions& options)
    : world_(world), options_(options), start_day_(options.StartDay()) {
  threads_ = options.threads > 0
                 ? options.threads
                 : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}

void DayGenerator::GenerateDay(int day, std::vector<Event>& ready) {
  const int64_t day_abs = start_day_ + day;
  const CivilDate date = CivilFromDays(day_abs);
  const int weekday = static_cast<int>(((day_abs + 3) % 7 + 7) % 7);
  // People are generated in fixed-size chunks, each from its own random streams, so the result is
  // the same whatever the number of threads.
  constexpr size_t kChunk = 2048;
  const size_t persons = world_.persons.size();
  const size_t chunks = (persons + kChunk - 1) / kChunk + 1;  // last chunk: schemes
  std::vector<std::vector<Event>> parts(chunks);
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t chunk = next.fetch_add(1); chunk < chunks; chunk = next.fetch_add(1)) {
      std::vector<Event>& out = parts[chunk];
      const DayCtx ctx{world_, options_, day, day_abs, weekday, date.day, out};
      if (chunk + 1 < chunks) {
        const size_t end = std::min(persons, (chunk + 1) * kChunk);
        for (size_t idx = chunk * kChunk; idx < end; ++idx) {
          const Person& p = world_.persons[idx];
          Rng rng = Rng::Stream(options_.seed, static_cast<uint64_t>(day_abs), idx);
          const uint32_t scenario = world_.account_scenario[p.account];
          if (p.profile == Profile::kSchemeMember) {
            VictimDay(ctx, rng, p, p.city);
          } else {
            OrdinaryDay(ctx, rng, p, scenario);
          }
        }
      } else {
        for (size_t si = 0; si < world_.scenarios.size(); ++si) {
          Rng rng = Rng::Stream(options_.seed ^ 0xABCDEF, static_cast<uint64_t>(day_abs), si);
          const std::string& type = world_.scenarios[si].type;
          if (world_.scenarios[si].members.size() < 2) continue;  // ran out of people to plant
          const auto index = static_cast<uint32_t>(si);
          if (type == "sex_ads") {
            SexAdsDay(ctx, rng, index);
          } else if (type == "massage_front") {
            MassageFrontDay(ctx, rng, index);
          } else if (type == "labour_payroll") {
            LabourPayrollDay(ctx, rng, index);
          } else if (type == "debt_bondage_remit") {
            DebtBondageDay(ctx, rng, index);
          } else if (world_.scenarios[si].illicit) {
            TypologyDay(ctx, rng, index);
          } else if (IsLookalike(type)) {
            LookalikeDay(ctx, rng, index);
          } else {
            HardNegativeGroupDay(ctx, rng, index);
          }
        }
      }
    }
  };
  std::vector<std::thread> pool;
  for (int t = 1; t < threads_; ++t) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();

  // Order everything by time: what was pending first, then each chunk in order, ties keeping that
  // order (a stable counting sort on the second; the span is a few days), and release everything
  // before the horizon: later days only produce events at or after the next local midnight in the
  // easternmost city.
  int32_t max_offset = -1440;
  for (const City& city : Cities()) max_offset = std::max(max_offset, city.offset_minutes);
  const int64_t horizon = (day_abs + 1) * 86400 - int64_t{max_offset} * 60;
  std::vector<const std::vector<Event>*> runs;
  runs.push_back(&pending_);
  for (const auto& part : parts) runs.push_back(&part);
  size_t total = 0;
  int64_t lo = std::numeric_limits<int64_t>::max(), hi = std::numeric_limits<int64_t>::min();
  for (const auto* run : runs) {
    total += run->size();
    for (const Event& e : *run) {
      lo = std::min(lo, e.ts);
      hi = std::max(hi, e.ts);
    }
  }
  std::vector<Event> rest;
  ready.clear();
  if (total == 0) {
    pending_.swap(rest);
    return;
  }
  constexpr int64_t kMaxSpan = 64 * 86400;  // any schedule beyond this is sorted by comparison
  if (hi - lo >= kMaxSpan) {
    for (const auto* run : runs) ready.insert(ready.end(), run->begin(), run->end());
    std::stable_sort(ready.begin(), ready.end(),
                     [](const Event& a, const Event& b) { return a.ts < b.ts; });
    const auto split = std::lower_bound(ready.begin(), ready.end(), horizon,
                                        [](const Event& e, int64_t t) { return e.ts < t; });
    rest.assign(split, ready.end());
    ready.erase(split, ready.end());
    pending_.swap(rest);
    return;
  }
  const auto span = static_cast<size_t>(hi - lo + 1);
  starts_.assign(span + 1, 0);
  for (const auto* run : runs) {
    for (const Event& e : *run) ++starts_[static_cast<size_t>(e.ts - lo) + 1];
  }
  for (size_t k = 1; k <= span; ++k) starts_[k] += starts_[k - 1];
  const size_t released = horizon <= lo  ? 0
                          : horizon > hi ? total
                                         : starts_[static_cast<size_t>(horizon - lo)];
  ready.resize(released);
  rest.resize(total - released);
  for (const auto* run : runs) {
    for (const Event& e : *run) {
      const uint32_t at = starts_[static_cast<size_t>(e.ts - lo)]++;
      if (at < released) {
        ready[at] = e;
      } else {
        rest[at - released] = e;
      }
    }
  }
  pending_.swap(rest);
}

void DayGenerator::Finish(std::vector<Event>& ready) {
  ready.swap(pending_);
  pending_.clear();
}

}  // namespace tiphub::sim
