// Test helpers of the detection stages: transactions in a few words.
#ifndef TIPHUB_DETECT_TEST_UTIL_H_
#define TIPHUB_DETECT_TEST_UTIL_H_

#include <cstdint>
#include <string>

#include "model/types.h"

namespace tiphub::detect::testing {

inline constexpr int64_t kDay = 86400;
inline constexpr int64_t kStart = 1'767'225'600;  // 2026-01-01T00:00:00Z

// A transaction at `ts` (UTC seconds, local offset -06:00) in US dollars.
inline Transaction Tx(const std::string& id, int64_t ts, const std::string& from,
                      const std::string& to, int64_t minor, Channel channel, int mcc = 0,
                      const std::string& city = "", int32_t offset_minutes = -360) {
  Transaction tx;
  tx.id = id;
  tx.time = {ts, offset_minutes};
  tx.from_account = from;
  tx.to_account = to;
  tx.amount = {minor, *Currency::Parse("USD")};
  tx.channel = channel;
  tx.mcc = mcc;
  tx.city = city;
  return tx;
}

}  // namespace tiphub::detect::testing

#endif  // TIPHUB_DETECT_TEST_UTIL_H_
