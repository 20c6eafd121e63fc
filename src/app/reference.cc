#include "app/reference.h"

#include <filesystem>

#include <fmt/format.h>

#include "ingest/csv_reader.h"
#include "sim/options.h"

namespace tiphub::app {

Result<detect::ReferenceData> LoadReference(store::Store& store) {
  detect::ReferenceData ref;
  RETURN_IF_ERROR(store.ForEachParty([&](const Party& p) {
    ref.parties.push_back(p);
    return Status::Ok();
  }));
  RETURN_IF_ERROR(store.ForEachAccount([&](const Account& a) {
    ref.accounts.push_back(a);
    return Status::Ok();
  }));
  ASSIGN_OR_RETURN(ref.watchlist, store.Watchlist());
  ASSIGN_OR_RETURN(auto entities, store.Entities());
  for (auto& [party, entity] : entities) ref.entity_of_party.emplace(party, entity);
  return ref;
}

bool IsLaunderingType(const std::string& type) {
  for (auto t : sim::kLaunderingTypologies) {
    if (t == type) return true;
  }
  return false;
}

namespace {
LabelFamily FamilyOf(const std::string& scheme_type) {
  if (IsLaunderingType(scheme_type)) return LabelFamily::kLaundering;
  for (auto t : sim::kTraffickingSchemes) {
    if (t == scheme_type) return LabelFamily::kTrafficking;
  }
  return LabelFamily::kUnknown;
}
}  // namespace

Result<IllicitLabels> LoadIllicitLabels(store::Store& store, const std::string& labels_dir) {
  IllicitLabels out;
  if (!labels_dir.empty()) {
    const std::string path = labels_dir + "/labels_transactions.csv";
    if (!std::filesystem::exists(path)) {
      return Status::InvalidArgument(
          fmt::format("cannot open '{}': --labels takes a simulator world's folder", path));
    }
    ASSIGN_OR_RETURN(auto rows, ingest::ReadCsvRows(path));
    for (const auto& row : rows) {
      auto id = row.find("transaction");
      auto illicit = row.find("illicit");
      if (id == row.end() || illicit == row.end()) {
        return Status::InvalidArgument(fmt::format(
            "'{}' needs the columns transaction and illicit (a simulator world's labels)", path));
      }
      ++out.labelled;
      if (illicit->second != "1") continue;
      auto type = row.find("scheme_type");
      out.illicit[id->second] = FamilyOf(type == row.end() ? std::string() : type->second);
    }
    return out;
  }
  ASSIGN_OR_RETURN(std::vector<store::TransactionLabel> labels, store.Labels());
  for (const auto& l : labels) {
    ++out.labelled;
    if (l.illicit) out.illicit[l.transaction_id] = FamilyOf(l.scheme_type);
  }
  return out;
}

}  // namespace tiphub::app
