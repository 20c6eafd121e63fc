// The core records of tiphub: parties (people and businesses), accounts and transactions.
// These are plain values shared by the simulator, the ingester, the store and the detectors; their
// file forms are documented in docs/formats.md.
#ifndef TIPHUB_MODEL_TYPES_H_
#define TIPHUB_MODEL_TYPES_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "model/money.h"
#include "model/time.h"

namespace tiphub {

enum class PartyKind : uint8_t { kPerson, kBusiness };

enum class AccountType : uint8_t { kPersonal, kBusiness, kPrepaid };

// How money moved. The names are the file forms ("card", "cash_deposit", ...).
enum class Channel : uint8_t {
  kCard,            // card payment at a merchant (POS or online)
  kAch,             // batch credit/debit: payroll, bills
  kWire,            // wire transfer, domestic or cross-border
  kTransfer,        // account-to-account transfer inside or between banks (P2P, online banking)
  kCashDeposit,     // cash paid in at a branch or ATM
  kCashWithdrawal,  // cash taken out at a branch or ATM
  kCrypto,          // purchase or sale of virtual currency
  kCheque,
  kUnknown,
};
inline constexpr int kChannelCount = 9;

std::string_view ChannelName(Channel channel);
std::optional<Channel> ParseChannel(std::string_view name);
std::string_view PartyKindName(PartyKind kind);
std::optional<PartyKind> ParsePartyKind(std::string_view name);
std::string_view AccountTypeName(AccountType type);
std::optional<AccountType> ParseAccountType(std::string_view name);

struct Party {
  std::string id;
  PartyKind kind = PartyKind::kPerson;
  // People: given names and surnames as the bank recorded them ("María Guadalupe",
  // "Hernández López"). Businesses: `name` only.
  std::string given_names;
  std::string surnames;
  std::string name;        // display name (person: given + surnames; business: trade name)
  std::string birth_date;  // YYYY-MM-DD or empty
  std::string phone;       // E.164
  std::string email;
  std::string address;
  std::string city;
  std::string country;      // ISO 3166-1 alpha-2
  int mcc = 0;              // businesses: merchant category code
  std::string employer_id;  // people: party id of the employer, if known
  int open_hour = 0;        // businesses: local opening hours [open_hour, close_hour)
  int close_hour = 24;
};

struct Account {
  std::string id;
  std::string bank;
  std::string party_id;  // holder
  AccountType type = AccountType::kPersonal;
  Currency currency;
  std::string opened;     // YYYY-MM-DD
  std::string custodian;  // party id of a third party with signing authority, if any
};

struct Transaction {
  std::string id;
  Timestamp time;
  std::string from_bank;
  std::string from_account;  // empty for anonymous cash
  std::string to_bank;
  std::string to_account;  // empty for cash withdrawals
  Money amount;
  Channel channel = Channel::kUnknown;
  int mcc = 0;
  std::string merchant_id;  // party id of the merchant for card payments
  std::string city;         // terminal or branch city, if known
  std::string country;      // ISO 3166-1 alpha-2, if known
};

}  // namespace tiphub

#endif  // TIPHUB_MODEL_TYPES_H_
