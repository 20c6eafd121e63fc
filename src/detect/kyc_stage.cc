#include "detect/kyc_stage.h"

#include <algorithm>
#include <string>
#include <unordered_map>

#include "common/id_index.h"
#include "detect/accounts.h"

namespace tiphub::detect {

namespace {

void SortUnique(KeyedList& list) {
  std::sort(list.begin(), list.end());
  list.erase(std::unique(list.begin(), list.end()), list.end());
}

}  // namespace

uint64_t PhoneKey(const Party& p) { return IdIndex::Hash(p.phone); }

uint64_t AddressKey(const Party& p) {
  return IdIndex::Hash(p.address) * 0x9E3779B97F4A7C15ULL ^ IdIndex::Hash(p.city);
}

std::span<const std::pair<uint64_t, uint64_t>> WithKey(const KeyedList& list, uint64_t key) {
  const auto range =
      std::equal_range(list.begin(), list.end(), std::pair<uint64_t, uint64_t>{key, 0},
                       [](const auto& x, const auto& y) { return x.first < y.first; });
  return {range.first, range.second};
}

std::vector<Holder> Holders(const AccountTable& table) {
  std::vector<Holder> out;
  out.reserve(table.reference().accounts.size());
  for (const Account& acc : table.reference().accounts) {
    if (const Party* p = table.HolderOf(acc.id)) out.push_back({&acc, p});
  }
  return out;
}

void KycIndicators(AccountTable& table, const std::vector<Holder>& holders) {
  const ReferenceData& ref = table.reference();
  const Rules& rules = table.rules();
  KeyedList names_by_phone, names_by_address;  // key -> hash of a distinct holder
  for (const Party& p : ref.parties) {
    if (p.kind != PartyKind::kPerson) continue;
    // One person's records (resolved entities) count once, whatever names they carry.
    const auto entity = ref.entity_of_party.find(p.id);
    const uint64_t who = entity == ref.entity_of_party.end()
                             ? IdIndex::Hash(p.name)
                             : IdIndex::Hash("entity:" + entity->second);
    if (!p.phone.empty()) names_by_phone.emplace_back(PhoneKey(p), who);
    if (!p.address.empty()) names_by_address.emplace_back(AddressKey(p), who);
  }
  SortUnique(names_by_phone);
  SortUnique(names_by_address);
  std::unordered_map<std::string, int> accounts_by_custodian;
  for (const Account& a : ref.accounts) {
    if (!a.custodian.empty()) accounts_by_custodian[a.custodian]++;
  }
  for (const Holder& h : holders) {
    const Party& party = *h.party;
    if (party.kind != PartyKind::kPerson) continue;
    const Account& acc = *h.account;
    size_t sharing = 0;
    if (!party.phone.empty())
      sharing = std::max(sharing, WithKey(names_by_phone, PhoneKey(party)).size() - 1);
    if (!party.address.empty())
      sharing = std::max(sharing, WithKey(names_by_address, AddressKey(party)).size() - 1);
    const double custodian = acc.custodian.empty() ? 0 : accounts_by_custodian[acc.custodian];
    if (static_cast<double>(sharing) < rules.Threshold("HT-32") &&
        custodian < rules.Threshold("HT-33"))
      continue;
    AccountState& a = table[table.Intern(acc.id)];
    table.HitF(a, "HT-32", static_cast<double>(sharing), 0,
               "phone or address shared with {} other names", sharing);
    if (custodian > 0)
      table.HitF(a, "HT-33", custodian, 0, "custodian {} holds {} accounts", acc.custodian,
                 custodian);
  }
}

}  // namespace tiphub::detect
