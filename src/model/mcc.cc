#include "model/mcc.h"

#include <array>

namespace tiphub {

MccGroup GroupOfMcc(int code) {
  if (code >= 3000 && code <= 3299) return MccGroup::kAirline;
  if (code >= 5611 && code <= 5699) return MccGroup::kClothing;
  switch (code) {
    case 7011:
      return MccGroup::kLodging;
    case 7273:
      return MccGroup::kEscortDating;
    case 7297:
      return MccGroup::kMassage;
    case 5967:
      return MccGroup::kAdultDirect;
    case 7311:
      return MccGroup::kAdvertising;
    case 4511:
      return MccGroup::kAirline;
    case 4112:
      return MccGroup::kRail;
    case 4131:
      return MccGroup::kBus;
    case 4121:
      return MccGroup::kRideShare;
    case 7512:
      return MccGroup::kCarRental;
    case 5912:
      return MccGroup::kDrugStore;
    case 5977:
      return MccGroup::kCosmetics;
    case 7230:
      return MccGroup::kBeauty;
    case 5813:
      return MccGroup::kBars;
    case 5814:
      return MccGroup::kFastFood;
    case 5812:
      return MccGroup::kRestaurant;
    case 4814:
      return MccGroup::kTelecom;
    case 4829:
      return MccGroup::kMoneyTransfer;
    case 6051:
      return MccGroup::kQuasiCash;
    case 6010:
    case 6011:
      return MccGroup::kAtm;
    case 6540:
      return MccGroup::kPrepaidLoad;
    case 5411:
      return MccGroup::kGrocery;
    case 5541:
    case 5542:
      return MccGroup::kFuel;
    case 4900:
      return MccGroup::kUtilities;
    case 7361:
      return MccGroup::kStaffing;
    default:
      return MccGroup::kOther;
  }
}

std::string_view MccGroupName(MccGroup group) {
  static constexpr std::array<std::string_view, kMccGroupCount> kNames = {
      "other",     "lodging",        "escort_dating", "massage",    "adult_direct", "advertising",
      "airline",   "rail",           "bus",           "ride_share", "car_rental",   "drug_store",
      "cosmetics", "beauty",         "clothing",      "bars",       "fast_food",    "restaurant",
      "telecom",   "money_transfer", "quasi_cash",    "atm",        "prepaid_load", "grocery",
      "fuel",      "utilities",      "staffing"};
  return kNames[static_cast<size_t>(group)];
}

}  // namespace tiphub
