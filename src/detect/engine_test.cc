#include "detect/engine.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <random>
#include <span>

#include "common/temp_dir.h"
#include "detect/catalog.h"
#include "detect/test_util.h"

namespace tiphub::detect {
namespace {

using testing::kDay;
using testing::kStart;
using testing::Tx;

bool Flags(const std::vector<Alert>& alerts, const std::string& account,
           const std::string& indicator) {
  for (const Alert& a : alerts) {
    for (const auto& h : a.hits) {
      if (h.account == account && h.indicator_id == indicator) return true;
    }
  }
  return false;
}

// Account V of a likely victim over 20 days: hotels in four cities, a different buyer paying each
// day, and (with `cash`) third-party cash deposits every third day.
void FeedVictimPattern(Engine& engine, bool cash) {
  const char* cities[] = {"Houston", "Miami", "Atlanta", "Chicago"};
  int n = 0;
  for (int day = 0; day < 20; ++day) {
    const int64_t t = kStart + day * kDay;
    if (day < 4) {
      ASSERT_TRUE(engine
                      .Process(Tx("H" + std::to_string(day), t + 15 * 3600, "V", "HOTEL", 15'000,
                                  Channel::kCard, 7011, cities[day]))
                      .ok());
    }
    ASSERT_TRUE(engine
                    .Process(Tx("B" + std::to_string(n++), t + 20 * 3600,
                                "BUYER" + std::to_string(day), "V", 25'000, Channel::kTransfer))
                    .ok());
    if (cash && day % 3 == 0) {
      ASSERT_TRUE(engine
                      .Process(Tx("C" + std::to_string(n++), t + 21 * 3600, "CTL", "V", 40'000,
                                  Channel::kCashDeposit, 6011, "Miami"))
                      .ok());
    }
  }
}

TEST(EngineTest, CatalogHasAtLeast25PublishedIndicatorsWithSources) {
  int published = 0;
  for (const auto& i : Catalog()) {
    EXPECT_FALSE(i.source.empty()) << i.id;
    published += i.id.starts_with("HT-");
  }
  EXPECT_GE(published, 25);
}

TEST(EngineTest, FanInIsANetworkAlertWithEvidence) {
  Engine engine({}, {});
  for (int k = 0; k < 6; ++k) {
    ASSERT_TRUE(engine
                    .Process(Tx("T" + std::to_string(k), kStart + k * 3600, "S" + std::to_string(k),
                                "HUB", 300'000, Channel::kTransfer))
                    .ok());
  }
  auto alerts = engine.Finish();
  ASSERT_FALSE(alerts.empty());
  EXPECT_TRUE(Flags(alerts, "HUB", "ML-01"));
  EXPECT_EQ(alerts[0].typology, "fan_in");
  EXPECT_GE(alerts[0].evidence.size(), 5u);
}

// Five tenants pay a landlord rent on the 1st for six months (and, with `burst`, four new
// senders of similar sums arrive in month 3).
std::vector<Alert> RentScan(bool burst) {
  Engine engine({}, {});
  int n = 0;
  for (int month = 0; month < 6; ++month) {
    const int64_t first = kStart + month * 30 * kDay;
    for (int k = 0; k < 5; ++k) {
      EXPECT_TRUE(
          engine
              .Process(Tx("R" + std::to_string(n++), first + k * 600, "TENANT" + std::to_string(k),
                          "LANDLORD", 100'000 + k * 2'000, Channel::kTransfer))
              .ok());
    }
    if (burst && month == 2) {
      for (int k = 0; k < 4; ++k) {
        EXPECT_TRUE(
            engine
                .Process(Tx("B" + std::to_string(k), first + kDay + k * 600,
                            "NEW" + std::to_string(k), "LANDLORD", 104'000, Channel::kTransfer))
                .ok());
      }
    }
  }
  return engine.Finish();
}

// A fan-in seen in the first month is judged again at the end: rent that recurs month after month
// is a standing order, not a burst of new relationships; a real burst on the same account holds.
TEST(EngineTest, StandingOrdersSeenBeforeTheirHistoryAreNotAFanIn) {
  const auto rent = RentScan(false);
  EXPECT_FALSE(Flags(rent, "LANDLORD", "ML-01"));
  EXPECT_FALSE(Flags(rent, "TENANT0", "ML-01"));
  const auto burst = RentScan(true);
  EXPECT_TRUE(Flags(burst, "LANDLORD", "ML-01"));
  EXPECT_TRUE(Flags(burst, "NEW0", "ML-01"));
  EXPECT_FALSE(Flags(burst, "TENANT0", "ML-01"));
}

TEST(EngineTest, TemporalCycleIsFound) {
  Engine engine({}, {});
  ASSERT_TRUE(engine.Process(Tx("T1", kStart, "A", "B", 1'000'000, Channel::kWire)).ok());
  ASSERT_TRUE(engine.Process(Tx("T2", kStart + kDay, "B", "C", 980'000, Channel::kWire)).ok());
  ASSERT_TRUE(engine.Process(Tx("T3", kStart + 2 * kDay, "C", "A", 960'000, Channel::kWire)).ok());
  auto alerts = engine.Finish();
  EXPECT_TRUE(Flags(alerts, "A", "ML-03"));
  EXPECT_TRUE(Flags(alerts, "B", "ML-03"));
  // The cycle's transfers are the alert's flows, and a laundering alert's evidence is its flows.
  ASSERT_FALSE(alerts.empty());
  const Alert& cycle = alerts[0];
  EXPECT_EQ(cycle.typology, "cycle");
  for (const char* id : {"T1", "T2", "T3"}) {
    EXPECT_NE(std::find(cycle.flows.begin(), cycle.flows.end(), id), cycle.flows.end()) << id;
  }
  EXPECT_EQ(cycle.evidence, cycle.flows);
}

// Batches give the alerts of one-at-a-time processing, and stop at the same out-of-order error.
TEST(EngineTest, BatchesGiveTheSameAlertsAsOneAtATime) {
  std::mt19937_64 rng(5);
  std::vector<Transaction> txs;
  const Channel channels[] = {Channel::kTransfer, Channel::kWire, Channel::kCard,
                              Channel::kCashDeposit, Channel::kAch};
  for (int k = 0; k < 6000; ++k) {
    const auto from = "A" + std::to_string(rng() % 300);
    const auto to = k % 7 == 0 ? std::string("HUB") : "A" + std::to_string(rng() % 300);
    txs.push_back(Tx("T" + std::to_string(k), kStart + k * 240, from, to,
                     static_cast<int64_t>(5'000 + rng() % 900'000), channels[rng() % 5],
                     rng() % 3 == 0 ? 7011 : 0, k % 2 ? "Houston" : "Miami"));
  }
  Engine single({}, {});
  for (const Transaction& tx : txs) ASSERT_TRUE(single.Process(tx).ok());
  Engine batched({}, {});
  for (size_t i = 0; i < txs.size(); i += 1000) {
    const size_t n = std::min<size_t>(1000, txs.size() - i);
    ASSERT_TRUE(batched.ProcessBatch(std::span(txs).subspan(i, n)).ok());
  }
  EXPECT_EQ(batched.processed(), single.processed());
  const auto a = single.Finish();
  const auto b = batched.Finish();
  ASSERT_EQ(a.size(), b.size());
  ASSERT_FALSE(a.empty());
  for (size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].typology, b[i].typology);
    EXPECT_EQ(a[i].score, b[i].score);
    EXPECT_EQ(a[i].evidence, b[i].evidence);
    EXPECT_EQ(a[i].flows, b[i].flows);
    EXPECT_EQ(a[i].summary, b[i].summary);
  }
  // An out-of-order transaction in the middle of a batch: the same error, nothing after it.
  Engine late({}, {});
  std::vector<Transaction> bad(txs.begin(), txs.begin() + 10);
  bad[6].time.utc_seconds = kStart - 30 * kDay;
  Status s = late.ProcessBatch(bad);
  EXPECT_EQ(s.code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(late.processed(), 6);
}

TEST(EngineTest, CycleOutOfTimeOrderIsNotACycle) {
  Engine engine({}, {});
  // C->A happens before A->B: money cannot have gone round.
  ASSERT_TRUE(engine.Process(Tx("T0", kStart, "C", "A", 960'000, Channel::kWire)).ok());
  ASSERT_TRUE(engine.Process(Tx("T1", kStart + kDay, "A", "B", 1'000'000, Channel::kWire)).ok());
  ASSERT_TRUE(engine.Process(Tx("T2", kStart + 2 * kDay, "B", "D", 980'000, Channel::kWire)).ok());
  EXPECT_FALSE(Flags(engine.Finish(), "A", "ML-03"));
}

TEST(EngineTest, SingleIndicatorDoesNotAlertButACombinationDoes) {
  // Hotels in several cities alone (a travelling salesperson) is not enough.
  Engine traveller({}, {});
  const char* cities[] = {"Houston", "Miami", "Atlanta", "Chicago"};
  for (int k = 0; k < 4; ++k) {
    ASSERT_TRUE(traveller
                    .Process(Tx("H" + std::to_string(k), kStart + k * kDay + 15 * 3600, "P",
                                "HOTEL", 15'000, Channel::kCard, 7011, cities[k]))
                    .ok());
  }
  EXPECT_TRUE(traveller.Finish().empty());

  // Hotels in several cities plus many third-party payers and third-party cash deposits.
  Engine scheme({}, {});
  FeedVictimPattern(scheme, true);
  auto alerts = scheme.Finish();
  ASSERT_FALSE(alerts.empty());
  EXPECT_TRUE(Flags(alerts, "V", "HT-05"));
  EXPECT_TRUE(Flags(alerts, "V", "HT-17"));
  bool protect = false;
  for (const auto& acc : alerts[0].accounts) protect |= acc.account == "V" && acc.protect;
  EXPECT_TRUE(protect) << "a likely victim is marked for protection";
  for (const auto& h : alerts[0].hits) {
    EXPECT_GE(h.value, h.threshold) << h.indicator_id;
    EXPECT_FALSE(h.source.empty());
  }
}

// A holder's phone is also on three other records; resolved entities decide whether those are
// three other people (HT-32) or one person written three ways.
TEST(EngineTest, SharedPhoneCountsResolvedEntitiesOnce) {
  auto run = [](bool resolved) {
    ReferenceData ref;
    auto person = [&ref](const std::string& id, const std::string& name) {
      Party p;
      p.id = id;
      p.name = name;
      p.phone = "+525512345678";
      ref.parties.push_back(p);
    };
    person("P0", "Victima Uno");
    person("P1", "Ana Ruiz");
    person("P2", "Ana Ruis");
    person("P3", "Ana Ruíz");
    Account v;
    v.id = "V";
    v.party_id = "P0";
    ref.accounts.push_back(v);
    if (resolved) {
      for (const char* id : {"P1", "P2", "P3"}) ref.entity_of_party[id] = "ENT1";
    }
    Engine engine({}, std::move(ref));
    FeedVictimPattern(engine, false);
    return Flags(engine.Finish(), "V", "HT-32");
  };
  EXPECT_TRUE(run(false));
  EXPECT_FALSE(run(true));
}

TEST(EngineTest, OutOfOrderBeyondToleranceIsAnError) {
  Engine engine({}, {});
  ASSERT_TRUE(engine.Process(Tx("T1", kStart + kDay, "A", "B", 100, Channel::kTransfer)).ok());
  EXPECT_TRUE(
      engine.Process(Tx("T2", kStart + kDay - 600, "A", "B", 100, Channel::kTransfer)).ok());
  Status late = engine.Process(Tx("T3", kStart, "A", "B", 100, Channel::kTransfer));
  ASSERT_FALSE(late.ok());
  EXPECT_NE(late.message().find("T3"), std::string::npos);
}

TEST(EngineTest, RulesFileOverridesAndRejectsUnknownIds) {
  TempDir dir;
  std::ofstream(dir.File("ok.json"))
      << R"({"alert_score": 10, "indicators": {"ML-01": {"threshold": 3}}})";
  std::ofstream(dir.File("bad.json")) << R"({"indicators": {"HT-99": {"weight": 3}}})";
  EngineOptions o;
  ASSERT_TRUE(ApplyRulesFile(dir.File("ok.json"), o).ok());
  EXPECT_EQ(o.alert_score, 10);
  EXPECT_EQ(o.thresholds["ML-01"], 3);
  Status bad = ApplyRulesFile(dir.File("bad.json"), o);
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.message().find("HT-99"), std::string::npos);
}

}  // namespace
}  // namespace tiphub::detect

namespace tiphub::detect {
namespace {

using testing::kDay;
using testing::kStart;
using testing::Tx;

// An account paid by 12 different senders, three of them twice (HT-17 and HT-31 together alert),
// every transfer at `hour_utc` on its day with local offset `offset`.
std::vector<Alert> PaidByMany(int hour_utc, int32_t offset) {
  Engine engine({}, {});
  const int64_t window = 30 * kDay;
  const int64_t start = (kStart / window + 1) * window;
  int n = 0;
  for (int k = 0; k < 15; ++k) {
    const std::string sender = "S" + std::to_string(k % 12);
    Transaction tx = Tx("T" + std::to_string(n++), start + k * kDay + hour_utc * 3600, sender,
                        "OWL", 25'000, Channel::kTransfer);
    tx.time.offset_minutes = offset;
    EXPECT_TRUE(engine.Process(tx).ok());
  }
  auto alerts = engine.Finish();
  const auto silenced = engine.Silenced();
  const bool night_silenced = std::any_of(silenced.begin(), silenced.end(), [](const auto& s) {
    return s.id == "HT-14" && (s.missing & kNeedsTimeOfDay);
  });
  EXPECT_EQ(night_silenced, hour_utc == 0 && offset == 0);
  return alerts;
}

// Whole days (every timestamp at 00:00) say nothing about the night: HT-14 stays silent and the
// scan says why; with real times of day it fires.
TEST(EngineTest, DataWithoutTimesOfDayKeepsNightIndicatorsSilent) {
  const auto days = PaidByMany(0, 0);
  ASSERT_EQ(days.size(), 1u);
  EXPECT_FALSE(Flags(days, "OWL", "HT-14"));
  EXPECT_TRUE(Flags(days, "OWL", "HT-17"));
  const auto nights = PaidByMany(5, -360);  // 23:00 local
  ASSERT_EQ(nights.size(), 1u);
  EXPECT_TRUE(Flags(nights, "OWL", "HT-14"));
  Engine engine({}, {});
  ASSERT_TRUE(engine.Process(Tx("T", kStart, "A", "B", 100, Channel::kTransfer, 0, "", 0)).ok());
  EXPECT_NE(DescribeSilenced(engine.Silenced()).find("no time of day: HT-11, HT-14"),
            std::string::npos);
  EXPECT_NE(DescribeSilenced(engine.Silenced()).find("no merchant codes: HT-01"),
            std::string::npos);
}

}  // namespace
}  // namespace tiphub::detect
