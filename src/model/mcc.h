// Merchant category codes (card-network MCCs) and the groups that indicators and features use.
// Source of the code-to-type table: ../shared/reference/indicators.md.
#ifndef TIPHUB_MODEL_MCC_H_
#define TIPHUB_MODEL_MCC_H_

#include <cstdint>
#include <string_view>

namespace tiphub {

enum class MccGroup : uint8_t {
  kOther,
  kLodging,        // 7011
  kEscortDating,   // 7273
  kMassage,        // 7297
  kAdultDirect,    // 5967
  kAdvertising,    // 7311
  kAirline,        // 4511, 3000-3299
  kRail,           // 4112
  kBus,            // 4131
  kRideShare,      // 4121
  kCarRental,      // 7512
  kDrugStore,      // 5912
  kCosmetics,      // 5977
  kBeauty,         // 7230
  kClothing,       // 5611-5699
  kBars,           // 5813
  kFastFood,       // 5814
  kRestaurant,     // 5812
  kTelecom,        // 4814
  kMoneyTransfer,  // 4829
  kQuasiCash,      // 6051 (often crypto purchases)
  kAtm,            // 6010, 6011
  kPrepaidLoad,    // 6540
  kGrocery,        // 5411
  kFuel,           // 5541, 5542
  kUtilities,      // 4900
  kStaffing,       // 7361 employment agencies
  kCount,
};
inline constexpr int kMccGroupCount = static_cast<int>(MccGroup::kCount);

MccGroup GroupOfMcc(int mcc);
std::string_view MccGroupName(MccGroup group);

// Well-known codes used by the simulator and the catalog.
namespace mcc {
inline constexpr int kLodging = 7011;
inline constexpr int kEscort = 7273;
inline constexpr int kMassage = 7297;
inline constexpr int kAdultDirect = 5967;
inline constexpr int kAdvertising = 7311;
inline constexpr int kAirline = 4511;
inline constexpr int kRail = 4112;
inline constexpr int kBus = 4131;
inline constexpr int kRideShare = 4121;
inline constexpr int kCarRental = 7512;
inline constexpr int kDrugStore = 5912;
inline constexpr int kCosmetics = 5977;
inline constexpr int kBeauty = 7230;
inline constexpr int kClothing = 5651;
inline constexpr int kBars = 5813;
inline constexpr int kFastFood = 5814;
inline constexpr int kRestaurant = 5812;
inline constexpr int kTelecom = 4814;
inline constexpr int kMoneyTransfer = 4829;
inline constexpr int kQuasiCash = 6051;
inline constexpr int kAtm = 6011;
inline constexpr int kPrepaidLoad = 6540;
inline constexpr int kGrocery = 5411;
inline constexpr int kFuel = 5541;
inline constexpr int kUtilities = 4900;
inline constexpr int kStaffing = 7361;
inline constexpr int kHospital = 8062;
inline constexpr int kConstruction = 1520;
inline constexpr int kAgriculture = 763;
inline constexpr int kSoftware = 5734;
}  // namespace mcc

}  // namespace tiphub

#endif  // TIPHUB_MODEL_MCC_H_
