#include "model/types.h"

#include <gtest/gtest.h>

namespace tiphub {
namespace {

TEST(TypesTest, EnumNamesRoundTrip) {
  for (int k = 0; k < kChannelCount; ++k) {
    auto c = static_cast<Channel>(k);
    EXPECT_EQ(ParseChannel(ChannelName(c)), c);
  }
  EXPECT_FALSE(ParseChannel("carrier pigeon"));
  EXPECT_EQ(ParseAccountType(AccountTypeName(AccountType::kPrepaid)), AccountType::kPrepaid);
  EXPECT_EQ(ParsePartyKind("business"), PartyKind::kBusiness);
  EXPECT_FALSE(ParsePartyKind("robot"));
}

}  // namespace
}  // namespace tiphub
