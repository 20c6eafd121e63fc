#include "model/mcc.h"

#include <gtest/gtest.h>

namespace tiphub {
namespace {

TEST(MccTest, Groups) {
  EXPECT_EQ(GroupOfMcc(7011), MccGroup::kLodging);
  EXPECT_EQ(GroupOfMcc(3005), MccGroup::kAirline);
  EXPECT_EQ(GroupOfMcc(5621), MccGroup::kClothing);
  EXPECT_EQ(GroupOfMcc(1234), MccGroup::kOther);
  EXPECT_EQ(MccGroupName(MccGroup::kStaffing), "staffing");
  EXPECT_EQ(MccGroupName(MccGroup::kLodging), "lodging");
}

}  // namespace
}  // namespace tiphub
