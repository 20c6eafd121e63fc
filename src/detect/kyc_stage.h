// The KYC stage: indicators of the reference data alone, run once at the end of a scan — holders
// sharing a phone or address under different names (HT-32) and custodians on several accounts
// (HT-33) — and the keyed lists of phones and addresses the alert builder uses to find a
// network's associates. Phones and addresses (with their city) are 64-bit hashes sorted with what
// they key: no map of strings. Equal hashes of different strings (probability about n^2 / 2^64
// for n keys) would merge two phones; accepted.
#ifndef TIPHUB_DETECT_KYC_STAGE_H_
#define TIPHUB_DETECT_KYC_STAGE_H_

#include <cstdint>
#include <span>
#include <utility>
#include <vector>

#include "model/types.h"

namespace tiphub::detect {

class AccountTable;

// A reference account with a known holder.
struct Holder {
  const Account* account;
  const Party* party;
};
// The reference accounts that have a known holder, in the reference data's order.
std::vector<Holder> Holders(const AccountTable& table);

using KeyedList = std::vector<std::pair<uint64_t, uint64_t>>;
uint64_t PhoneKey(const Party& p);
uint64_t AddressKey(const Party& p);
// The entries of sorted `list` with `key`.
std::span<const std::pair<uint64_t, uint64_t>> WithKey(const KeyedList& list, uint64_t key);

// Fires HT-32 and HT-33 on the accounts of `holders` (interning them when unseen).
void KycIndicators(AccountTable& table, const std::vector<Holder>& holders);

}  // namespace tiphub::detect

#endif  // TIPHUB_DETECT_KYC_STAGE_H_
