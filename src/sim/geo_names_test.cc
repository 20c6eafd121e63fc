#include "sim/geo_names.h"

#include <gtest/gtest.h>

#include "common/strings.h"

namespace tiphub::sim {
namespace {

TEST(GeoNamesTest, NamesAreValidUtf8AndSpanishOnesHaveTwoSurnamesMostly) {
  Rng rng(5);
  int two_surnames = 0;
  for (int k = 0; k < 500; ++k) {
    PersonName n = DrawName(rng, Language::kSpanish);
    EXPECT_TRUE(IsValidUtf8(n.given_names + n.surnames));
    two_surnames += n.surnames.find(' ') != std::string::npos;
    PersonName v = VariantName(rng, n);
    EXPECT_TRUE(IsValidUtf8(v.given_names + v.surnames));
  }
  EXPECT_GT(two_surnames, 400);
}

TEST(GeoNamesTest, PhonesAreE164WithTheCityPrefix) {
  Rng rng(6);
  for (const City& city : Cities()) {
    std::string phone = DrawPhone(rng, city);
    EXPECT_EQ(phone.rfind(city.phone_prefix, 0), 0u);
    EXPECT_LE(phone.size(), 16u);  // '+' and at most 15 digits
    EXPECT_GE(phone.size(), 11u);
  }
}

TEST(GeoNamesTest, StripAccents) { EXPECT_EQ(StripAccents("José Núñez Côté"), "Jose Nunez Cote"); }

}  // namespace
}  // namespace tiphub::sim
