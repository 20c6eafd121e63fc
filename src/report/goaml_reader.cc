#include "report/goaml_reader.h"

#include <xxhash.h>

#include <map>
#include <set>

#include <fmt/format.h>

#include "common/strings.h"
#include "model/money.h"
#include "model/time.h"
#include "report/xml.h"

namespace tiphub::report {

namespace {

bool Is(const xmlNode* n, std::string_view name) {
  return n != nullptr && n->type == XML_ELEMENT_NODE &&
         name == reinterpret_cast<const char*>(n->name);
}

int64_t Line(const xmlNode* n) { return n == nullptr ? 0 : xmlGetLineNo(n); }

// "YYYY-MM-DDT..." -> "YYYY-MM-DD", or empty.
std::string DatePart(const std::string& goaml_date) {
  if (goaml_date.size() < 10 || !ParseIso8601(goaml_date.substr(0, 10))) return {};
  return goaml_date.substr(0, 10);
}

// "tiphub: k=v k=v" -> map; other comments give an empty map.
std::map<std::string, std::string> TiphubComment(const std::string& comment) {
  std::map<std::string, std::string> out;
  if (!comment.starts_with("tiphub:")) return out;
  const std::string body = comment.substr(7);  // the views below point into it
  for (std::string_view token : Split(body, ' ')) {
    const size_t eq = token.find('=');
    if (eq == std::string_view::npos) continue;
    out[std::string(token.substr(0, eq))] = std::string(token.substr(eq + 1));
  }
  return out;
}

class Reader {
 public:
  Reader(const FiuProfile& p, std::string currency) : p_(p), currency_(std::move(currency)) {
    for (const auto& [channel, code] : p.transmodes) {
      transmode_channels_[code].push_back(channel);
    }
    for (const auto& [type, code] : p.account_types) account_type_of_[code] = type;
  }

  void ReadTransaction(const xmlNode* t, GoamlRecords& out) {
    Transaction tx;
    tx.id = ChildText(t, "transactionnumber");
    if (tx.id.empty()) {
      out.rejected.push_back({Line(t), "transactionnumber", "the transaction has no number"});
      return;
    }
    const std::string date = ChildText(t, "date_transaction");
    const auto local = ParseIso8601(date);
    if (!local) {
      out.rejected.push_back({Line(t), "date_transaction",
                              fmt::format("transaction {}: {} is not a date YYYY-MM-DDTHH:MM:SS",
                                          tx.id, QuoteForMessage(date))});
      return;
    }
    tx.time.utc_seconds = *local - int64_t{p_.utc_offset_minutes} * 60;
    const auto currency = Currency::Parse(currency_);
    const std::string amount = ChildText(t, "amount_local");
    const auto minor = currency ? ParseAmount(amount, currency->exponent()) : std::nullopt;
    if (!minor || *minor < 0) {
      out.rejected.push_back(
          {Line(t), "amount_local",
           fmt::format("transaction {}: {} is not an amount", tx.id, QuoteForMessage(amount))});
      return;
    }
    tx.amount = {*minor, *currency};
    tx.city = ChildText(t, "transaction_location");
    if (tx.city == "not recorded") tx.city.clear();

    const auto extra = TiphubComment(ChildText(t, "comments"));
    const xmlNode* from = Child(t, "t_from_my_client");
    if (from == nullptr) from = Child(t, "t_from");
    const xmlNode* to = Child(t, "t_to_my_client");
    if (to == nullptr) to = Child(t, "t_to");
    if (from == nullptr || to == nullptr) {
      out.rejected.push_back(
          {Line(t), from == nullptr ? "t_from" : "t_to",
           fmt::format("transaction {}: only transactions with a from and a to side are read "
                       "(involved_parties is not supported)",
                       tx.id)});
      return;
    }
    Side(from, "from_", tx.from_bank, tx.from_account, nullptr, out);
    std::string to_entity;
    Side(to, "to_", tx.to_bank, tx.to_account, &to_entity, out);

    if (auto it = extra.find("channel"); it != extra.end()) {
      tx.channel = ParseChannel(it->second).value_or(Channel::kUnknown);
    } else {
      tx.channel = ChannelOf(ChildText(t, "transmode_code"), tx);
    }
    if (auto it = extra.find("mcc"); it != extra.end()) {
      tx.mcc = static_cast<int>(ParseInt64(it->second).value_or(0));
    }
    if (auto it = extra.find("merchant"); it != extra.end()) {
      tx.merchant_id = it->second;
    } else if (tx.to_account.empty()) {
      tx.merchant_id = to_entity;
    }
    if (auto it = extra.find("offset"); it != extra.end()) {
      tx.time.offset_minutes = static_cast<int32_t>(ParseInt64(it->second).value_or(0));
    } else {
      tx.time.offset_minutes = p_.utc_offset_minutes;
    }
    if (auto it = extra.find("country"); it != extra.end()) tx.country = it->second;
    out.transactions.push_back(std::move(tx));
  }

  void ReadReportParty(const xmlNode* rp, GoamlRecords& out) {
    for (const xmlNode* c = rp->children; c != nullptr; c = c->next) {
      if (Is(c, "account") || Is(c, "account_my_client")) {
        std::string bank, id;
        ReadAccount(c, bank, id, out);
      } else if (Is(c, "person") || Is(c, "person_my_client")) {
        ReadPerson(c, out);
      } else if (Is(c, "entity") || Is(c, "entity_my_client")) {
        ReadEntity(c, out);
      }
    }
  }

 private:
  // One side of a transaction: its account (bank, id) or, for cash and merchants, its party.
  void Side(const xmlNode* side, const char* prefix, std::string& bank, std::string& account,
            std::string* entity_id, GoamlRecords& out) {
    const std::string p = prefix;
    if (const xmlNode* a = Child(side, p + "account")) {
      ReadAccount(a, bank, account, out);
    } else if (const xmlNode* person = Child(side, p + "person")) {
      ReadPerson(person, out);
    } else if (const xmlNode* e = Child(side, p + "entity")) {
      const std::string id = ReadEntity(e, out);
      if (entity_id != nullptr) *entity_id = id;
    }
  }

  // The party id tiphub wrote in comments, else `fallback`, else a stable id from the names.
  static std::string PartyId(const xmlNode* n, const std::string& fallback,
                             const std::string& key) {
    const std::string comment = ChildText(n, "comments");
    if (comment.starts_with("tiphub party ")) return comment.substr(13);
    if (!fallback.empty()) return fallback;
    return fmt::format("goaml-{:016x}", XXH3_64bits(key.data(), key.size()));
  }

  void ReadContacts(const xmlNode* n, Party& party) {
    if (const xmlNode* phones = Child(n, "phones")) {
      party.phone = ChildText(Child(phones, "phone"), "tph_number");
    }
    if (const xmlNode* addresses = Child(n, "addresses")) {
      const xmlNode* a = Child(addresses, "address");
      party.address = ChildText(a, "address");
      party.city = ChildText(a, "city");
      party.country = ChildText(a, "country_code");
    }
    party.email = ChildText(n, "email");
  }

  std::string ReadPerson(const xmlNode* n, GoamlRecords& out, const std::string& client = "") {
    Party party;
    party.kind = PartyKind::kPerson;
    party.given_names = ChildText(n, "first_name");
    party.surnames = ChildText(n, "last_name");
    party.birth_date = DatePart(ChildText(n, "birthdate"));
    if (party.given_names == "Unknown" && party.surnames == "Unknown" &&
        !ChildText(n, "comments").starts_with("tiphub party ")) {
      return {};  // an unidentified cash conductor
    }
    party.name =
        party.given_names.empty() ? party.surnames : party.given_names + " " + party.surnames;
    ReadContacts(n, party);
    if (party.country.empty()) party.country = ChildText(n, "residence");
    party.id = PartyId(n, client, party.name + "|" + party.birth_date);
    return AddParty(std::move(party), out);
  }

  std::string ReadEntity(const xmlNode* n, GoamlRecords& out, const std::string& client = "") {
    Party party;
    party.kind = PartyKind::kBusiness;
    party.name = ChildText(n, "name");
    const std::string business = ChildText(n, "business");
    if (const size_t at = business.rfind("(MCC "); at != std::string::npos) {
      party.mcc = static_cast<int>(
          ParseInt64(business.substr(at + 5, business.size() - at - 6)).value_or(0));
    }
    ReadContacts(n, party);
    if (party.country.empty()) party.country = ChildText(n, "incorporation_country_code");
    party.id = PartyId(n, client, party.name + "|" + party.country);
    return AddParty(std::move(party), out);
  }

  void ReadAccount(const xmlNode* n, std::string& bank, std::string& id, GoamlRecords& out) {
    Account a;
    a.id = ChildText(n, "account");
    a.bank = ChildText(n, "institution_code");
    if (a.bank.empty()) a.bank = ChildText(n, "swift");
    bank = a.bank;
    id = a.id;
    if (a.id.empty()) return;
    a.currency = Currency::Parse(ChildText(n, "currency_code"))
                     .value_or(Currency::Parse(currency_).value_or(Currency()));
    const std::string client = ChildText(n, "client_number");
    const auto type = account_type_of_.find(ChildText(n, "personal_account_type"));
    a.type = type == account_type_of_.end()
                 ? AccountType::kPersonal
                 : ParseAccountType(type->second).value_or(AccountType::kPersonal);
    a.opened = DatePart(ChildText(n, "opened"));
    const std::string comment = ChildText(n, "comments");
    const std::string custodian = "third-party custodian on record: party ";
    if (comment.starts_with(custodian)) a.custodian = comment.substr(custodian.size());
    if (const xmlNode* e = Child(n, "t_entity")) {
      a.party_id = ReadEntity(e, out, client);
    } else if (const xmlNode* s = Child(n, "signatory")) {
      if (const xmlNode* person = Child(s, "t_person"))
        a.party_id = ReadPerson(person, out, client);
    }
    if (a.party_id.empty()) a.party_id = client;
    if (seen_accounts_.insert(a.id).second) out.accounts.push_back(std::move(a));
  }

  // Adds the party unless its id is known (the first copy stays); returns the id.
  std::string AddParty(Party party, GoamlRecords& out) {
    std::string id = party.id;
    if (seen_parties_.insert(id).second) out.parties.push_back(std::move(party));
    return id;
  }

  Channel ChannelOf(const std::string& transmode, const Transaction& tx) const {
    const auto it = transmode_channels_.find(transmode);
    if (it == transmode_channels_.end()) return Channel::kUnknown;
    if (it->second.size() == 1) return ParseChannel(it->second[0]).value_or(Channel::kUnknown);
    // A code shared by several channels (cash in and out): the side with the account decides.
    for (const auto& name : it->second) {
      const auto channel = ParseChannel(name).value_or(Channel::kUnknown);
      if (channel == Channel::kCashDeposit && tx.from_account.empty()) return channel;
      if (channel == Channel::kCashWithdrawal && tx.to_account.empty()) return channel;
    }
    return ParseChannel(it->second[0]).value_or(Channel::kUnknown);
  }

  const FiuProfile& p_;
  std::string currency_;
  std::map<std::string, std::vector<std::string>> transmode_channels_;
  std::map<std::string, std::string> account_type_of_;
  std::set<std::string> seen_parties_;
  std::set<std::string> seen_accounts_;
};

}  // namespace

Result<GoamlRecords> ReadGoaml(std::string_view xml, const std::string& name,
                               const FiuProfile& profile) {
  ASSIGN_OR_RETURN(XmlDocPtr doc, ParseUntrustedXml(xml, name));
  const xmlNode* root = xmlDocGetRootElement(doc.get());
  if (!Is(root, "report")) {
    return Status::InvalidArgument(
        fmt::format("{} is not a goAML report: its root element is <{}>, not <report>", name,
                    root ? reinterpret_cast<const char*>(root->name) : ""));
  }
  GoamlRecords out;
  out.report_code = ChildText(root, "report_code");
  out.entity_reference = ChildText(root, "entity_reference");
  out.rentity_id = ParseInt64(ChildText(root, "rentity_id")).value_or(0);
  std::string currency = ChildText(root, "currency_code_local");
  if (!Currency::Parse(currency)) {
    return Status::InvalidArgument(
        fmt::format("{}: currency_code_local {} is not an ISO 4217 code; amounts cannot be read",
                    name, QuoteForMessage(currency)));
  }
  Reader reader(profile, currency);
  bool any = false;
  for (const xmlNode* c = root->children; c != nullptr; c = c->next) {
    if (Is(c, "transaction")) {
      any = true;
      reader.ReadTransaction(c, out);
    } else if (Is(c, "activity")) {
      any = true;
      for (const xmlNode* rp = Child(Child(c, "report_parties"), "report_party"); rp != nullptr;
           rp = rp->next) {
        if (Is(rp, "report_party")) reader.ReadReportParty(rp, out);
      }
    }
  }
  if (!any) {
    return Status::InvalidArgument(
        fmt::format("{} holds neither <transaction> nor <activity>: not a goAML STR or SAR", name));
  }
  return out;
}

}  // namespace tiphub::report
