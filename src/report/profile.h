// FIU profiles: what one financial intelligence unit expects in a report. goAML is one schema with
// many dialects: each FIU sets its own reporting-entity id, lookup codes (report types, funds
// types, transmodes, report indicators) and which optional fields it requires. A profile is a JSON
// file (format in docs/reports.md); `goaml5-generic` and `fincen-us` are built in.
#ifndef TIPHUB_REPORT_PROFILE_H_
#define TIPHUB_REPORT_PROFILE_H_

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"

namespace tiphub::report {

struct ContactPerson {
  std::string first_name;
  std::string last_name;
  std::string email;
  std::string phone;
  std::string occupation;
};

struct PostalAddress {
  std::string address;
  std::string city;
  std::string state;
  std::string zip;
  std::string country_code;
};

// The filer side of a FinCEN SAR batch: transmitter, filing institution and contact office.
struct FincenFiler {
  std::string transmitter_name;
  std::string transmitter_tcc;  // Transmitter Control Code
  std::string transmitter_contact;
  std::string institution_name;
  std::string institution_tin;
  std::string tin_type = "2";           // 2 EIN, 4 TIN, 9 foreign
  std::string primary_regulator = "4";  // 4 OCC, 2 FDIC, 1 Federal Reserve, ...
  std::string organization_type = "2";  // 2 depository institution
  std::string contact_office;
  std::string contact_phone;
  PostalAddress address;
};

struct FiuProfile {
  std::string name;
  std::string source;  // file path or "built-in"
  std::string schema_version;
  int64_t rentity_id = 0;
  std::string rentity_branch;
  std::string bank;  // the reporting entity's bank code in the data; its accounts are "my client"
  std::string institution_name;
  ContactPerson reporting_person;
  PostalAddress location;
  std::string submission_code = "E";
  std::string currency_code_local;  // empty: the currency of the case's transactions
  int32_t utc_offset_minutes = 0;   // report dates are written in this offset
  std::string str_code = "STR";
  std::string sar_code = "SAR";
  std::map<std::string, std::string> transmodes;         // channel name -> conduction type
  std::map<std::string, std::string> funds_codes;        // channel name -> funds type
  std::map<std::string, std::string> account_types;      // personal/business/prepaid -> code
  std::map<std::string, std::string> codes;              // address_type, phone_contact_type, ...
  std::map<std::string, std::string> indicator_codes;    // tiphub indicator id -> FIU code
  std::vector<std::string> default_indicators;           // when no fired indicator maps
  std::map<std::string, std::set<std::string>> lookups;  // FIU lookup lists by name
  std::map<std::string, std::vector<std::string>> required;  // person_my_client: [fields...]
  FincenFiler fincen;

  // A fixed code from `codes`, or `fallback` when the profile does not set it.
  std::string Code(const std::string& key, const std::string& fallback) const;
};

// Parses a profile from JSON text; `source` names it in messages. Every mapped code must be in the
// profile's own lookup list of that kind (when the profile has the list): a profile that maps to a
// code its FIU does not know is an error naming the code.
Result<FiuProfile> ParseFiuProfile(std::string_view json_text, const std::string& source);
// `name_or_path`: a built-in profile name ("goaml5-generic", "fincen-us") or a JSON file.
Result<FiuProfile> LoadFiuProfile(const std::string& name_or_path);

}  // namespace tiphub::report

#endif  // TIPHUB_REPORT_PROFILE_H_
