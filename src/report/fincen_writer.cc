#include "report/fincen_writer.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include <fmt/format.h>

#include "model/money.h"
#include "model/time.h"
#include "report/goaml_writer.h"
#include "report/xml.h"

namespace tiphub::report {

namespace {

// FinCEN text fields: no leading/trailing or repeated whitespace, at most `max` characters.
std::string Field(std::string_view text, size_t max) {
  std::string out;
  bool space = false;
  for (char ch : text) {
    if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(ch);
  }
  if (out.size() > max) {
    size_t cut = max;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
    out.resize(cut);
    while (!out.empty() && out.back() == ' ') out.pop_back();
  }
  return out;
}

std::string Yyyymmdd(int64_t utc_seconds) {
  const CivilDate d =
      CivilFromDays(utc_seconds >= 0 ? utc_seconds / 86400 : (utc_seconds - 86399) / 86400);
  return fmt::format("{:04}{:02}{:02}", d.year, d.month, d.day);
}

std::string Digits(std::string_view text, size_t max) {
  std::string out;
  for (char ch : text) {
    if (ch >= '0' && ch <= '9') out.push_back(ch);
  }
  if (out.size() > max) out = out.substr(out.size() - max);
  return out;
}

class FincenBuilder {
 public:
  FincenBuilder(const Case& c, const FiuProfile& p, const FincenOptions& o) : c_(c), p_(p), o_(o) {
    for (const auto& a : c.accounts) accounts_[a.id] = &a;
    for (const auto& party : c.parties) parties_[party.id] = &party;
  }

  Result<std::string> Build() {
    const FincenFiler& f = p_.fincen;
    std::vector<std::string> missing;
    if (f.transmitter_name.empty()) missing.push_back("fincen.transmitter_name");
    if (f.transmitter_tcc.empty()) missing.push_back("fincen.transmitter_tcc");
    if (f.institution_name.empty()) missing.push_back("fincen.institution_name");
    if (f.institution_tin.empty()) missing.push_back("fincen.institution_tin");
    if (f.contact_phone.empty()) missing.push_back("fincen.contact_phone");
    if (!missing.empty()) {
      std::string list;
      for (const auto& m : missing) list += (list.empty() ? "" : ", ") + m;
      return Status::InvalidArgument(fmt::format(
          "profile {} lacks the filer details a FinCEN SAR needs: {}", p_.source, list));
    }
    std::vector<const Party*> subjects = Subjects();
    if (subjects.empty()) {
      return Status::FailedPrecondition(fmt::format(
          "case {} names no subject: none of its flagged accounts has a holder on record (a SAR "
          "needs at least one subject)",
          c_.id));
    }
    int64_t from = 0, to = 0, total_minor = 0;
    int exponent = 2;
    for (const auto& tx : c_.transactions) {
      if (from == 0 || tx.time.utc_seconds < from) from = tx.time.utc_seconds;
      to = std::max(to, tx.time.utc_seconds);
      total_minor += tx.amount.minor;
      exponent = tx.amount.currency.exponent();
    }
    if (from == 0) {
      for (const Alert& a : c_.alerts) {
        if (from == 0 || a.first_seen < from) from = a.first_seen;
        to = std::max(to, a.last_seen);
      }
    }
    // Whole dollars, as FinCEN amount fields are.
    int64_t scale = 1;
    for (int k = 0; k < exponent; ++k) scale *= 10;
    const int64_t total = (total_minor + scale / 2) / scale;

    const int party_count = 5 + static_cast<int>(subjects.size());
    w_.Start("fc2:EFilingBatchXML");
    w_.Attribute("xmlns:fc2", "www.fincen.gov/base");
    w_.Attribute("ActivityCount", "1");
    w_.Attribute("TotalAmount", std::to_string(total));
    w_.Attribute("PartyCount", std::to_string(party_count));
    w_.Attribute("ActivityAttachmentCount", "0");
    w_.Attribute("AttachmentCount", "0");
    w_.Element("fc2:FormTypeCode", "SARX");
    w_.Start("fc2:Activity");
    Seq();
    w_.Element("fc2:FilingDateText", Yyyymmdd(o_.filing_time));
    w_.Element("fc2:FilingInstitutionNotetoFinCEN", kFincenHumanTraffickingKey);
    w_.Start("fc2:ActivityAssociation");
    Seq();
    w_.Element("fc2:InitialReportIndicator", "Y");
    w_.End();

    // Transmitter (35), transmitter contact (37), filing institution (30), contact office (8),
    // institution where the activity occurred (34), then the subjects (33).
    FilerParty("35", f.transmitter_name, true, false, "28", f.transmitter_tcc);
    NameOnlyParty("37", f.transmitter_contact.empty() ? f.transmitter_name : f.transmitter_contact);
    FilerParty("30", f.institution_name, true, true, f.tin_type, f.institution_tin);
    ContactOffice();
    FilerParty("34", f.institution_name, true, true, f.tin_type, f.institution_tin);
    for (const Party* s : subjects) Subject(*s);

    w_.Start("fc2:SuspiciousActivity");
    Seq();
    if (total <= 0) w_.Element("fc2:NoAmountInvolvedIndicator", "Y");
    w_.Element("fc2:SuspiciousActivityFromDateText", Yyyymmdd(from));
    w_.Element("fc2:SuspiciousActivityToDateText", Yyyymmdd(to));
    if (total > 0) w_.Element("fc2:TotalSuspiciousAmountText", std::to_string(total));
    Classification("927", "9");  // other suspicious activities: human trafficking
    if (Fired("HT-30")) Classification("824", "8");  // money laundering: funnel account
    if (Fired("ML-01") || Fired("ML-02") || Fired("ML-04") || Fired("ML-05")) {
      Classification("807", "8");  // suspicious use of multiple accounts
    }
    w_.End();

    const std::string narrative = Narrative();
    for (size_t part = 0, at = 0; at < narrative.size() && part < 5; ++part) {
      size_t len = std::min<size_t>(4000, narrative.size() - at);
      while (len > 0 && at + len < narrative.size() &&
             (static_cast<unsigned char>(narrative[at + len]) & 0xC0) == 0x80) {
        --len;
      }
      w_.Start("fc2:ActivityNarrativeInformation");
      Seq();
      w_.Element("fc2:ActivityNarrativeSequenceNumber", std::to_string(part + 1));
      w_.Element("fc2:ActivityNarrativeText", narrative.substr(at, len));
      w_.End();
      at += len;
    }
    w_.End();
    w_.End();
    return w_.Finish();
  }

 private:
  void Seq() { w_.Attribute("SeqNum", std::to_string(++seq_)); }

  bool Fired(std::string_view id) const {
    for (const Alert& a : c_.alerts) {
      for (const auto& h : a.hits) {
        if (h.indicator_id == id) return true;
      }
    }
    return false;
  }

  const Party* Holder(const std::string& account) const {
    const auto a = accounts_.find(account);
    if (a == accounts_.end()) return nullptr;
    const auto p = parties_.find(a->second->party_id);
    return p == parties_.end() ? nullptr : p->second;
  }

  // Holders of flagged accounts that are not likely victims, highest score first.
  std::vector<const Party*> Subjects() {
    std::map<std::string, double> score;
    std::set<std::string> victims;
    for (const Alert& a : c_.alerts) {
      for (const auto& acc : a.accounts) {
        if (acc.protect || acc.role == "victim") {
          victims.insert(acc.account);
          continue;
        }
        score[acc.account] = std::max(score[acc.account], acc.score);
      }
    }
    std::vector<std::pair<double, std::string>> order;
    for (const auto& [account, s] : score) {
      if (!victims.count(account)) order.emplace_back(-s, account);
    }
    std::sort(order.begin(), order.end());
    std::vector<const Party*> out;
    std::set<std::string> seen;
    for (const auto& [neg, account] : order) {
      const Party* holder = Holder(account);
      if (holder == nullptr || !seen.insert(holder->id).second) continue;
      out.push_back(holder);
      subject_accounts_[holder->id].push_back(account);
      if (out.size() >= 99) break;
    }
    return out;
  }

  void Name(std::string_view full_name) {
    w_.Start("fc2:PartyName");
    Seq();
    w_.Element("fc2:PartyNameTypeCode", "L");
    w_.Element("fc2:RawPartyFullName", Field(full_name, 150));
    w_.End();
  }

  void Address(const PostalAddress& a) {
    w_.Start("fc2:Address");
    Seq();
    w_.Optional("fc2:RawCityText", Field(a.city, 50));
    w_.Optional("fc2:RawCountryCodeText", Field(a.country_code, 2));
    if (a.country_code == "US") w_.Optional("fc2:RawStateCodeText", Field(a.state, 3));
    w_.Optional("fc2:RawStreetAddress1Text", Field(a.address, 100));
    w_.Optional("fc2:RawZIPCode", Field(a.zip, 9));
    w_.End();
  }

  void FilerParty(const char* type, const std::string& name, bool address, bool institution,
                  const std::string& id_type, const std::string& id_number) {
    w_.Start("fc2:Party");
    Seq();
    w_.Element("fc2:ActivityPartyTypeCode", type);
    if (institution) w_.Element("fc2:PrimaryRegulatorTypeCode", p_.fincen.primary_regulator);
    Name(name);
    if (address) Address(p_.fincen.address);
    if (std::string_view(type) == "35") {
      w_.Start("fc2:PhoneNumber");
      Seq();
      w_.Element("fc2:PhoneNumberText", Digits(p_.fincen.contact_phone, 16));
      w_.End();
    }
    w_.Start("fc2:PartyIdentification");
    Seq();
    w_.Element("fc2:PartyIdentificationNumberText", Field(id_number, 25));
    w_.Element("fc2:PartyIdentificationTypeCode", id_type);
    w_.End();
    if (institution) {
      w_.Start("fc2:OrganizationClassificationTypeSubtype");
      Seq();
      w_.Element("fc2:OrganizationTypeID", p_.fincen.organization_type);
      w_.End();
    }
    w_.End();
  }

  void NameOnlyParty(const char* type, const std::string& name) {
    w_.Start("fc2:Party");
    Seq();
    w_.Element("fc2:ActivityPartyTypeCode", type);
    Name(name);
    w_.End();
  }

  void ContactOffice() {
    w_.Start("fc2:Party");
    Seq();
    w_.Element("fc2:ActivityPartyTypeCode", "8");
    Name(p_.fincen.contact_office.empty() ? p_.fincen.institution_name : p_.fincen.contact_office);
    w_.Start("fc2:PhoneNumber");
    Seq();
    w_.Element("fc2:PhoneNumberText", Digits(p_.fincen.contact_phone, 16));
    w_.End();
    w_.End();
  }

  void Subject(const Party& s) {
    const bool business = s.kind == PartyKind::kBusiness;
    w_.Start("fc2:Party");
    Seq();
    w_.Element("fc2:ActivityPartyTypeCode", "33");
    if (!business) {
      if (s.birth_date.size() == 10) {
        w_.Element(
            "fc2:IndividualBirthDateText",
            s.birth_date.substr(0, 4) + s.birth_date.substr(5, 2) + s.birth_date.substr(8, 2));
      } else {
        w_.Element("fc2:BirthDateUnknownIndicator", "Y");
      }
    }
    if (business) w_.Element("fc2:PartyAsEntityOrganizationIndicator", "Y");
    w_.Start("fc2:PartyName");
    Seq();
    w_.Element("fc2:PartyNameTypeCode", "L");
    if (business) {
      w_.Element("fc2:RawEntityIndividualLastName", Field(s.name.empty() ? s.id : s.name, 150));
    } else {
      const std::string last = Field(s.surnames.empty() ? s.name : s.surnames, 150);
      const std::string first = Field(s.given_names, 35);
      w_.Element("fc2:RawEntityIndividualLastName", last.empty() ? "UNKNOWN" : last);
      if (first.empty()) {
        w_.Element("fc2:RawIndividualFirstName", "UNKNOWN");
      } else {
        w_.Element("fc2:RawIndividualFirstName", first);
      }
    }
    w_.End();
    PostalAddress a{s.address, s.city, "", "", s.country};
    if (!s.address.empty() || !s.city.empty()) Address(a);
    if (!s.phone.empty()) {
      w_.Start("fc2:PhoneNumber");
      Seq();
      w_.Element("fc2:PhoneNumberText", Digits(s.phone, 16));
      w_.Element("fc2:PhoneNumberTypeCode", "M");
      w_.End();
    }
    w_.Start("fc2:PartyIdentification");
    Seq();
    w_.Element("fc2:PartyIdentificationNumberText", Field(s.id, 25));
    w_.Element("fc2:PartyIdentificationTypeCode", "29");  // internal control number
    w_.End();
    if (!s.email.empty()) {
      w_.Start("fc2:ElectronicAddress");
      Seq();
      w_.Element("fc2:ElectronicAddressText", Field(s.email, 517));
      w_.Element("fc2:ElectronicAddressTypeCode", "E");
      w_.End();
    }
    // The subject's accounts at the filing institution.
    std::vector<std::string> own;
    for (const auto& id : subject_accounts_[s.id]) {
      const auto it = accounts_.find(id);
      if (it != accounts_.end() && (o_.bank.empty() || it->second->bank == o_.bank)) {
        own.push_back(id);
      }
    }
    if (!own.empty()) {
      w_.Start("fc2:PartyAccountAssociation");
      Seq();
      w_.Element("fc2:PartyAccountAssociationTypeCode", "5");
      w_.Start("fc2:Party");
      Seq();
      w_.Element("fc2:ActivityPartyTypeCode", "41");
      w_.Start("fc2:PartyIdentification");
      Seq();
      w_.Element("fc2:PartyIdentificationNumberText", Field(p_.fincen.institution_tin, 25));
      w_.Element("fc2:PartyIdentificationTypeCode", p_.fincen.tin_type);
      w_.End();
      for (const auto& id : own) {
        w_.Start("fc2:Account");
        Seq();
        w_.Element("fc2:AccountNumberText", Field(id, 40));
        w_.Start("fc2:PartyAccountAssociation");
        Seq();
        w_.Element("fc2:PartyAccountAssociationTypeCode", "7");
        w_.End();
        w_.End();
      }
      w_.End();
      w_.End();
    }
    w_.End();
  }

  void Classification(const char* subtype, const char* type) {
    w_.Start("fc2:SuspiciousActivityClassification");
    Seq();
    w_.Element("fc2:SuspiciousActivitySubtypeID", subtype);
    w_.Element("fc2:SuspiciousActivityTypeID", type);
    w_.End();
  }

  std::string Narrative() const {
    std::string text = std::string(kFincenHumanTraffickingKey) + ". ";
    text += ReasonText(c_, 12000);
    std::vector<std::string> victims;
    std::map<std::string, std::string> roles;
    for (const Alert& a : c_.alerts) {
      for (const auto& acc : a.accounts) {
        roles[acc.account] = acc.role;
        if (acc.protect) victims.push_back(acc.account);
      }
    }
    text += " Accounts and likely roles:";
    for (const auto& [account, role] : roles) text += fmt::format(" {} ({})", account, role);
    text += ".";
    if (!victims.empty()) {
      text +=
          " Accounts of likely victims, flagged for protection and support rather than "
          "closure:";
      for (const auto& v : victims) text += " " + v;
      text += ".";
    }
    if (!c_.transactions.empty()) {
      text += fmt::format(" {} transactions are attached to the case as evidence.",
                          c_.transactions.size());
    }
    return Field(text, 20000);
  }

  const Case& c_;
  const FiuProfile& p_;
  const FincenOptions& o_;
  std::unordered_map<std::string, const Account*> accounts_;
  std::unordered_map<std::string, const Party*> parties_;
  std::map<std::string, std::vector<std::string>> subject_accounts_;
  int64_t seq_ = 0;
  XmlWriter w_;
};

}  // namespace

Result<std::string> WriteFincenSar(const Case& c, const FiuProfile& profile,
                                   const FincenOptions& options) {
  FincenBuilder builder(c, profile, options);
  return builder.Build();
}

}  // namespace tiphub::report
