#include "model/types.h"

#include <array>

namespace tiphub {

namespace {
constexpr std::array<std::string_view, kChannelCount> kChannelNames = {
    "card",   "ach",    "wire",   "transfer", "cash_deposit", "cash_withdrawal",
    "crypto", "cheque", "unknown"};
}  // namespace

std::string_view ChannelName(Channel channel) {
  return kChannelNames[static_cast<size_t>(channel)];
}

std::optional<Channel> ParseChannel(std::string_view name) {
  for (size_t k = 0; k < kChannelNames.size(); ++k) {
    if (kChannelNames[k] == name) return static_cast<Channel>(k);
  }
  return std::nullopt;
}

std::string_view PartyKindName(PartyKind kind) {
  return kind == PartyKind::kPerson ? "person" : "business";
}

std::optional<PartyKind> ParsePartyKind(std::string_view name) {
  if (name == "person") return PartyKind::kPerson;
  if (name == "business") return PartyKind::kBusiness;
  return std::nullopt;
}

std::string_view AccountTypeName(AccountType type) {
  switch (type) {
    case AccountType::kPersonal:
      return "personal";
    case AccountType::kBusiness:
      return "business";
    case AccountType::kPrepaid:
      return "prepaid";
  }
  return "personal";
}

std::optional<AccountType> ParseAccountType(std::string_view name) {
  if (name == "personal") return AccountType::kPersonal;
  if (name == "business") return AccountType::kBusiness;
  if (name == "prepaid") return AccountType::kPrepaid;
  return std::nullopt;
}

}  // namespace tiphub
