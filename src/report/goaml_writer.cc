#include "report/goaml_writer.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include <fmt/format.h>

#include "model/mcc.h"
#include "model/money.h"
#include "model/time.h"
#include "report/xml.h"

namespace tiphub::report {

namespace {

// goAML dates: YYYY-MM-DDTHH:MM:SS in the profile's offset.
std::string GoamlDate(int64_t utc_seconds, int32_t offset_minutes) {
  std::string s = FormatUtc(utc_seconds + int64_t{offset_minutes} * 60);  // "...Z"
  if (!s.empty() && s.back() == 'Z') s.pop_back();
  return s;
}

// "YYYY-MM-DD" -> goAML date, or empty when it is not a date.
std::string DateOnly(const std::string& ymd) {
  if (ymd.size() != 10) return {};
  const auto t = ParseIso8601(ymd);
  if (!t) return {};
  return ymd + "T00:00:00";
}

struct Names {
  std::string first;
  std::string last;
};

Names PersonNames(const Party& p) {
  Names n{p.given_names, p.surnames};
  if ((n.first.empty() || n.last.empty()) && !p.name.empty()) {
    const size_t space = p.name.find(' ');
    if (space == std::string::npos) {
      if (n.last.empty()) n.last = p.name;
    } else {
      if (n.first.empty()) n.first = p.name.substr(0, space);
      if (n.last.empty()) n.last = p.name.substr(space + 1);
    }
  }
  return n;
}

class GoamlBuilder {
 public:
  GoamlBuilder(const Case& c, const FiuProfile& p, const GoamlOptions& o) : c_(c), p_(p), o_(o) {
    for (const auto& a : c.accounts) accounts_[a.id] = &a;
    for (const auto& party : c.parties) parties_[party.id] = &party;
  }

  Result<std::string> Build() {
    RETURN_IF_ERROR(Prepare());
    w_.Start("report");
    w_.Optional("schema_version", p_.schema_version);
    w_.Element("rentity_id", std::to_string(p_.rentity_id));
    w_.Optional("rentity_branch", p_.rentity_branch);
    w_.Element("submission_code", p_.submission_code);
    w_.Element("report_code", o_.kind == GoamlKind::kTransaction ? p_.str_code : p_.sar_code);
    w_.Element("entity_reference", o_.entity_reference.empty()
                                       ? fmt::format("TIPHUB-CASE-{}", c_.id)
                                       : o_.entity_reference);
    w_.Element("submission_date", GoamlDate(o_.submission_time, p_.utc_offset_minutes));
    w_.Element("currency_code_local", currency_);
    if (!p_.reporting_person.first_name.empty()) {
      w_.Start("reporting_person");
      w_.Element("first_name", p_.reporting_person.first_name);
      w_.Element("last_name", p_.reporting_person.last_name);
      w_.Optional("email", p_.reporting_person.email);
      w_.Optional("occupation", p_.reporting_person.occupation);
      w_.End();
    }
    if (!p_.location.address.empty()) {
      w_.Start("location");
      w_.Element("address_type", p_.Code("business_address_type", "BUSNS"));
      w_.Element("address", p_.location.address);
      w_.Element("city", p_.location.city);
      w_.Element("country_code", p_.location.country_code);
      w_.End();
    }
    w_.Element("reason", ReasonText(c_, 4000));
    w_.Element("action", ActionText());
    if (o_.kind == GoamlKind::kTransaction) {
      std::vector<const Transaction*> order;
      for (const Transaction& tx : c_.transactions) order.push_back(&tx);
      std::stable_sort(order.begin(), order.end(), [](const Transaction* a, const Transaction* b) {
        return a->time.utc_seconds < b->time.utc_seconds;
      });
      for (const Transaction* tx : order) WriteTransaction(*tx);
    } else {
      WriteActivity();
    }
    w_.Start("report_indicators");
    for (const auto& code : indicators_) w_.Element("indicator", code);
    w_.End();
    w_.End();
    if (!missing_.empty()) {
      std::string list;
      for (const auto& m : missing_) list += "\n  " + m;
      return Status::FailedPrecondition(fmt::format(
          "the report was not written: FIU profile {} requires KYC that the workspace does not "
          "hold for the reporting bank's own clients:{}\nAdd the fields to the party records, "
          "ingest them again, and re-open the case (or use a profile that does not require them).",
          p_.source, list));
    }
    if (!problems_.empty()) {
      std::string list;
      for (const auto& m : problems_) list += "\n  " + m;
      return Status::FailedPrecondition("the report was not written:" + list);
    }
    return w_.Finish();
  }

 private:
  Status Prepare() {
    if (p_.rentity_id <= 0) {
      return Status::InvalidArgument(fmt::format(
          "FIU profile {} has no reporting_entity.rentity_id (your institution's id at the FIU)",
          p_.source));
    }
    for (const std::string& field : Required("report")) {
      bool ok = true;
      if (field == "rentity_branch")
        ok = !p_.rentity_branch.empty();
      else if (field == "reporting_person")
        ok = !p_.reporting_person.first_name.empty() && !p_.reporting_person.last_name.empty();
      else if (field == "location")
        ok = !p_.location.address.empty() && !p_.location.city.empty();
      else if (field == "schema_version")
        ok = !p_.schema_version.empty();
      else
        ok = false;
      if (!ok) {
        return Status::InvalidArgument(
            fmt::format("FIU profile {} requires '{}' in every report but does not set it under "
                        "reporting_entity (or tiphub cannot fill it); the report was not written",
                        p_.source, field));
      }
    }
    if (o_.kind == GoamlKind::kTransaction && c_.transactions.empty()) {
      return Status::FailedPrecondition(fmt::format(
          "case {} holds no transactions (the alert's evidence was not ingested); write an "
          "activity report (--type sar) or ingest the transactions and open the case again",
          c_.id));
    }
    if (o_.kind == GoamlKind::kActivity && c_.accounts.empty()) {
      return Status::FailedPrecondition(
          fmt::format("case {} holds no accounts to report as parties", c_.id));
    }
    currency_ = p_.currency_code_local;
    if (currency_.empty()) {
      std::map<std::string, int> counts;
      for (const auto& tx : c_.transactions) counts[std::string(tx.amount.currency.code())]++;
      for (const auto& a : c_.accounts) counts[std::string(a.currency.code())]++;
      int best = 0;
      for (const auto& [code, n] : counts) {
        if (n > best) {
          best = n;
          currency_ = code;
        }
      }
    }
    if (currency_.empty() || currency_ == "XXX") {
      return Status::InvalidArgument(fmt::format(
          "FIU profile {} sets no currency_code_local and the case has no currency", p_.source));
    }
    for (const auto& tx : c_.transactions) {
      if (tx.amount.currency.code() != currency_) {
        problems_.push_back(fmt::format(
            "transaction {} is in {}, not the local currency {}; tiphub holds no exchange rate "
            "to fill from_foreign_currency",
            tx.id, tx.amount.currency.code(), currency_));
      }
    }
    std::set<std::string> seen;
    for (const Alert& a : c_.alerts) {
      for (const IndicatorHit& h : a.hits) {
        const auto it = p_.indicator_codes.find(h.indicator_id);
        if (it != p_.indicator_codes.end() && seen.insert(it->second).second) {
          indicators_.push_back(it->second);
        }
      }
    }
    if (indicators_.empty()) indicators_ = p_.default_indicators;
    if (indicators_.empty()) {
      return Status::InvalidArgument(
          fmt::format("none of the case's indicators has a code in FIU profile {} and it sets no "
                      "default_indicators; map them under indicator_codes",
                      p_.source));
    }
    return Status::Ok();
  }

  std::string ActionText() const {
    std::vector<std::string> protect;
    for (const Alert& a : c_.alerts) {
      for (const auto& acc : a.accounts) {
        if (acc.protect) protect.push_back(acc.account);
      }
    }
    std::sort(protect.begin(), protect.end());
    protect.erase(std::unique(protect.begin(), protect.end()), protect.end());
    std::string text = "Accounts under enhanced monitoring while the FIU reviews this report.";
    if (!protect.empty()) {
      std::string list;
      for (const auto& id : protect) list += (list.empty() ? "" : ", ") + id;
      text += fmt::format(
          " Likely victims' accounts ({}) are flagged for protection and support, not closure.",
          list);
    }
    return text;
  }

  bool IsMyClient(const Account* a) const {
    return a != nullptr && !o_.bank.empty() && a->bank == o_.bank;
  }
  const Party* FindParty(const std::string& id) const {
    const auto it = parties_.find(id);
    return it == parties_.end() ? nullptr : it->second;
  }
  const Account* FindAccount(const std::string& id) const {
    const auto it = accounts_.find(id);
    return it == accounts_.end() ? nullptr : it->second;
  }

  const std::vector<std::string>& Required(const char* kind) const {
    static const std::vector<std::string> kNone;
    const auto it = p_.required.find(kind);
    return it == p_.required.end() ? kNone : it->second;
  }

  void Missing(const Party& party, const std::string& field, const std::string& context) {
    const std::string display = party.name.empty() ? party.id : party.name;
    const std::string line = fmt::format("party {} ({}{}) lacks {}", party.id, display,
                                         context.empty() ? "" : ", " + context, field);
    if (std::find(missing_.begin(), missing_.end(), line) == missing_.end()) {
      missing_.push_back(line);
    }
  }

  void CheckPersonKyc(const Party& party, const std::string& context) {
    const Names n = PersonNames(party);
    for (const std::string& field : Required("person_my_client")) {
      bool ok = true;
      if (field == "first_name")
        ok = !n.first.empty();
      else if (field == "last_name")
        ok = !n.last.empty();
      else if (field == "birthdate")
        ok = !DateOnly(party.birth_date).empty();
      else if (field == "residence" || field == "nationality1")
        ok = party.country.size() == 2;
      else if (field == "phones")
        ok = !party.phone.empty();
      else if (field == "addresses")
        ok = !party.address.empty() && !party.city.empty() && party.country.size() == 2;
      else if (field == "email")
        ok = !party.email.empty();
      else
        ok = false;  // a field tiphub does not hold
      if (!ok) Missing(party, field, context);
    }
  }

  void CheckEntityKyc(const Party& party, const std::string& context) {
    for (const std::string& field : Required("entity_my_client")) {
      bool ok = true;
      if (field == "name")
        ok = !party.name.empty();
      else if (field == "addresses")
        ok = !party.address.empty() && !party.city.empty() && party.country.size() == 2;
      else if (field == "incorporation_country_code")
        ok = party.country.size() == 2;
      else if (field == "phones")
        ok = !party.phone.empty();
      else if (field == "email")
        ok = !party.email.empty();
      else if (field == "business")
        ok = party.mcc != 0;
      else
        ok = false;
      if (!ok) Missing(party, field, context);
    }
  }

  void WritePhones(const Party& party) {
    if (party.phone.empty()) return;
    w_.Start("phones");
    w_.Start("phone");
    w_.Element("tph_contact_type", p_.Code("phone_contact_type", "PRVT"));
    w_.Element("tph_communication_type", p_.Code("phone_communication_type", "MOBIL"));
    w_.Element("tph_number", party.phone);
    w_.End();
    w_.End();
  }

  void WriteAddresses(const Party& party, bool business) {
    if ((party.address.empty() && party.city.empty()) || party.country.size() != 2) return;
    w_.Start("addresses");
    w_.Start("address");
    w_.Element("address_type", business ? p_.Code("business_address_type", "BUSNS")
                                        : p_.Code("address_type", "PRVT"));
    w_.Element("address", party.address);
    w_.Element("city", party.city);
    w_.Element("country_code", party.country);
    w_.End();
    w_.End();
  }

  // t_person or t_person_my_client under element `name`.
  void WritePerson(std::string_view name, const Party& party, bool my_client,
                   const std::string& context) {
    if (my_client) CheckPersonKyc(party, context);
    const Names n = PersonNames(party);
    w_.Start(name);
    w_.Element("first_name", n.first.empty() ? "Unknown" : n.first);
    w_.Element("last_name", n.last.empty() ? "Unknown" : n.last);
    w_.Optional("birthdate", DateOnly(party.birth_date));
    if (party.country.size() == 2) w_.Element("residence", party.country);
    WritePhones(party);
    WriteAddresses(party, false);
    w_.Optional("email", party.email);
    w_.Element("comments", fmt::format("tiphub party {}", party.id));
    w_.End();
  }

  void WriteEntity(std::string_view name, const Party& party, bool my_client,
                   const std::string& context) {
    if (my_client) CheckEntityKyc(party, context);
    w_.Start(name);
    w_.Element("name", party.name.empty() ? party.id : party.name);
    if (party.mcc != 0) {
      w_.Element("business",
                 fmt::format("{} (MCC {})", MccGroupName(GroupOfMcc(party.mcc)), party.mcc));
    }
    WritePhones(party);
    WriteAddresses(party, true);
    w_.Optional("email", party.email);
    if (party.country.size() == 2) w_.Element("incorporation_country_code", party.country);
    w_.Element("comments", fmt::format("tiphub party {}", party.id));
    w_.End();
  }

  void WriteParty(std::string_view person_name, std::string_view entity_name, const Party& party,
                  bool my_client, const std::string& context) {
    if (party.kind == PartyKind::kBusiness) {
      WriteEntity(entity_name, party, my_client, context);
    } else {
      WritePerson(person_name, party, my_client, context);
    }
  }

  void WriteAccount(std::string_view name, const std::string& account_id,
                    const std::string& bank_hint) {
    const Account* a = FindAccount(account_id);
    const bool my_client = IsMyClient(a);
    const Party* holder = a ? FindParty(a->party_id) : nullptr;
    const std::string context =
        fmt::format("holder of account {}{}", account_id, a ? " at " + a->bank : std::string());
    w_.Start(name);
    if (my_client && !p_.institution_name.empty()) {
      w_.Element("institution_name", p_.institution_name);
    }
    const std::string bank = a ? a->bank : bank_hint;
    w_.Element("institution_code", bank.empty() ? "UNKNOWN" : bank);
    w_.Element("account", account_id);
    if (a != nullptr) {
      w_.Element("currency_code", a->currency.code());
      w_.Optional("client_number", a->party_id);
      const auto type = p_.account_types.find(std::string(AccountTypeName(a->type)));
      if (type != p_.account_types.end()) w_.Element("personal_account_type", type->second);
    }
    if (my_client && holder == nullptr) {
      problems_.push_back(fmt::format(
          "account {} at {} (the reporting bank) has no holder on record; goAML needs its owner "
          "or signatory for the bank's own clients",
          account_id, a->bank));
    }
    if (holder != nullptr) {
      if (holder->kind == PartyKind::kBusiness) {
        WriteEntity("t_entity", *holder, my_client, context);
      } else {
        w_.Start("signatory");
        w_.Element("is_primary", "true");
        WritePerson("t_person", *holder, my_client, context);
        w_.Element("role", p_.Code("signatory_role", "OWNER"));
        w_.End();
      }
    }
    if (a != nullptr) {
      const std::string opened = DateOnly(a->opened);
      if (opened.empty() && my_client) {
        for (const auto& f : Required("account_my_client")) {
          if (f == "opened") {
            problems_.push_back(fmt::format("account {} lacks its opening date (opened)", a->id));
          }
        }
      }
      w_.Optional("opened", opened);
      if (my_client) w_.Element("status_code", p_.Code("account_status", "ACTIV"));
      if (!a->custodian.empty()) {
        w_.Element("comments",
                   fmt::format("third-party custodian on record: party {}", a->custodian));
      }
    }
    w_.End();
  }

  std::string Country(const Account* a, const Transaction& tx) const {
    if (a != nullptr) {
      if (const Party* holder = FindParty(a->party_id); holder && holder->country.size() == 2) {
        return holder->country;
      }
    }
    if (tx.country.size() == 2) return tx.country;
    return p_.location.country_code.size() == 2 ? p_.location.country_code : "ZZ";
  }

  std::string Lookup(const std::map<std::string, std::string>& map, Channel channel,
                     const char* what) {
    const auto it = map.find(std::string(ChannelName(channel)));
    if (it != map.end()) return it->second;
    problems_.push_back(fmt::format("FIU profile {} has no {} code for channel '{}'", p_.source,
                                    what, ChannelName(channel)));
    return "UNKNOWN";
  }

  void WriteTransaction(const Transaction& tx) {
    const Account* from = FindAccount(tx.from_account);
    const Account* to = FindAccount(tx.to_account);
    const Party* merchant = FindParty(tx.merchant_id);
    // The person who handled cash: the holder of the account on the other side.
    const Account* own = tx.from_account.empty() ? to : from;
    const Party* conductor = own ? FindParty(own->party_id) : nullptr;

    w_.Start("transaction");
    w_.Element("transactionnumber", tx.id);
    w_.Element("transaction_location",
               !tx.city.empty() ? tx.city : (!tx.country.empty() ? tx.country : "not recorded"));
    std::string description = std::string(ChannelName(tx.channel));
    if (merchant != nullptr) description += " at " + merchant->name;
    if (tx.mcc != 0) {
      description += fmt::format(" (MCC {}, {})", tx.mcc, MccGroupName(GroupOfMcc(tx.mcc)));
    }
    w_.Element("transaction_description", description);
    w_.Element("date_transaction", GoamlDate(tx.time.utc_seconds, p_.utc_offset_minutes));
    w_.Element("transmode_code", Lookup(p_.transmodes, tx.channel, "transmode"));
    w_.Element("amount_local", FormatAmount(tx.amount.minor, tx.amount.currency.exponent()));
    const std::string funds = Lookup(p_.funds_codes, tx.channel, "funds");

    const bool from_mine =
        !tx.from_account.empty() ? IsMyClient(from) : (IsMyClient(own) && conductor != nullptr);
    WriteSide("from", tx.from_account, tx.from_bank, from, own, nullptr, conductor, from_mine,
              funds, tx);
    const bool to_mine = !tx.to_account.empty()
                             ? IsMyClient(to)
                             : (merchant == nullptr && IsMyClient(own) && conductor != nullptr);
    WriteSide("to", tx.to_account, tx.to_bank, to, own, merchant, conductor, to_mine, funds, tx);
    // Machine-readable details goAML has no field for; tiphub's reader restores them.
    w_.Element("comments", fmt::format("tiphub: channel={} mcc={} merchant={} offset={} country={}",
                                       ChannelName(tx.channel), tx.mcc, tx.merchant_id,
                                       tx.time.offset_minutes, tx.country));
    w_.End();
  }

  // One side of a transaction (`side` is "from" or "to"): the account, else the merchant (to side),
  // else the person who handled the cash, else an unidentified person.
  void WriteSide(std::string_view side, const std::string& account_id, const std::string& bank,
                 const Account* account, const Account* own, const Party* merchant,
                 const Party* conductor, bool mine, const std::string& funds,
                 const Transaction& tx) {
    const std::string p(side);
    w_.Start(mine ? "t_" + p + "_my_client" : "t_" + p);
    w_.Element(p + "_funds_code", funds);
    const bool in = side == "from";
    if (!account_id.empty()) {
      WriteAccount(p + "_account", account_id, bank);
    } else if (merchant != nullptr) {
      WriteEntity(p + "_entity", *merchant, false, "");
    } else if (conductor != nullptr) {
      WriteParty(p + "_person", p + "_entity", *conductor, mine,
                 fmt::format("cash {} {}", in ? "deposit" : "withdrawal", tx.id));
    } else {
      w_.Start(p + "_person");
      w_.Element("first_name", "Unknown");
      w_.Element("last_name", "Unknown");
      w_.Element("comments", in ? "cash paid in by a person not on record"
                                : "cash taken out by a person not on record");
      w_.End();
    }
    w_.Element(p + "_country", Country(account != nullptr ? account : own, tx));
    w_.End();
  }

  void WriteActivity() {
    std::map<std::string, const AlertAccount*> best;
    for (const Alert& a : c_.alerts) {
      for (const auto& acc : a.accounts) {
        auto& slot = best[acc.account];
        if (slot == nullptr || acc.score > slot->score) slot = &acc;
      }
    }
    w_.Start("activity");
    w_.Start("report_parties");
    for (const Account& account : c_.accounts) {
      const auto it = best.find(account.id);
      if (it == best.end()) continue;  // a counterparty, not a flagged account
      const AlertAccount& flagged = *it->second;
      w_.Start("report_party");
      WriteAccount(IsMyClient(&account) ? "account_my_client" : "account", account.id,
                   account.bank);
      w_.Element("significance",
                 std::to_string(std::clamp(static_cast<int>(flagged.score / 10 + 0.5), 1, 10)));
      std::string reason = fmt::format("likely role: {}", flagged.role);
      if (flagged.protect) reason += "; a likely victim: protect, do not close";
      std::set<std::string> ids;
      for (const Alert& a : c_.alerts) {
        for (const auto& h : a.hits) {
          if (h.account == account.id) ids.insert(h.indicator_id);
        }
      }
      if (!ids.empty()) {
        reason += "; indicators:";
        for (const auto& id : ids) reason += " " + id;
      }
      w_.Element("reason", reason);
      w_.End();
    }
    w_.End();
    w_.End();
  }

  const Case& c_;
  const FiuProfile& p_;
  const GoamlOptions& o_;
  std::unordered_map<std::string, const Account*> accounts_;
  std::unordered_map<std::string, const Party*> parties_;
  std::string currency_;
  std::vector<std::string> indicators_;
  std::vector<std::string> missing_;
  std::vector<std::string> problems_;
  XmlWriter w_;
};

}  // namespace

std::string ReasonText(const Case& c, size_t max_chars) {
  std::string text = fmt::format("Case {}: {}.", c.id, c.title);
  for (const Alert& a : c.alerts) {
    text += fmt::format(" {}", a.summary);
    // One line per indicator: its strongest hit and the accounts it fired on.
    std::map<std::string, std::pair<const IndicatorHit*, std::vector<std::string>>> by_id;
    std::vector<std::string> order;
    for (const auto& h : a.hits) {
      auto [it, inserted] = by_id.try_emplace(h.indicator_id, &h, std::vector<std::string>{});
      if (inserted) order.push_back(h.indicator_id);
      if (h.value > it->second.first->value) it->second.first = &h;
      it->second.second.push_back(h.account);
    }
    if (!order.empty()) text += " Indicators:";
    for (const auto& id : order) {
      const auto& [h, accounts] = by_id[id];
      std::string where = accounts.front();
      if (accounts.size() > 1)
        where = fmt::format("{} accounts incl. {}", accounts.size(), h->account);
      text += fmt::format(" {} on {}: {} (value {:.2f} against threshold {:.2f}; source {}).", id,
                          where, h->detail, h->value, h->threshold, h->source);
    }
  }
  if (text.size() > max_chars) {
    size_t cut = max_chars - 3;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    text = text.substr(0, cut) + "...";
  }
  return text;
}

Result<std::string> WriteGoaml(const Case& c, const FiuProfile& profile,
                               const GoamlOptions& options) {
  GoamlBuilder builder(c, profile, options);
  return builder.Build();
}

}  // namespace tiphub::report
