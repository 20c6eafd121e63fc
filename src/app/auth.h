// Use cases: organisations, users, roles and API tokens (`tiphub org`, `tiphub user`), and the
// authorisation every API request goes through.
//
// Data isolation: each organisation's data lives in its own store (database per tenant):
// OrgStorePath() maps an organisation to its file, so no query of one organisation can reach
// another's rows. The workspace file is the store of the workspace's own organisation (kLocalOrg)
// and holds the directory of organisations and users.
//
// Tokens: 32 random bytes (libsodium), shown once as "thk_" + base64url; only their BLAKE2b hash
// is stored, so a stolen store does not give working tokens.
#ifndef TIPHUB_APP_AUTH_H_
#define TIPHUB_APP_AUTH_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "common/clock.h"
#include "common/status.h"

namespace tiphub::app {

// The workspace's own organisation: data ingested or scanned without --org belongs to it.
inline constexpr std::string_view kLocalOrg = "local";

// Organisation ids are 1-64 characters of [a-z0-9_-].
Status ValidateOrgId(std::string_view org);
// The store holding `org`'s data: the workspace itself for kLocalOrg, otherwise
// "<workspace>.orgs/<org>.db" (the folder is created when missing). Fails on an invalid id.
Result<std::string> OrgStorePath(const std::string& workspace, std::string_view org);

enum class Permission {
  kReadAlerts,   // alert queue and detail, entity search
  kWorkCases,    // open cases, add notes, change status, download reports
  kAssignCases,  // assign cases to analysts
  kReadTips,     // tip queue and detail
  kSubmitTips,   // tip intake (API, form, CSV)
  kReadCatalog,  // indicator catalogs
  kReadAudit,    // the organisation's audit trail
  kManageUsers,  // users of the organisation
};
std::string_view PermissionName(Permission p);

// The roles: analyst, supervisor, submitter (tip submitter), admin. IsRole says whether a name is
// one; Allows whether the role has the permission.
bool IsRole(std::string_view role);
bool Allows(std::string_view role, Permission p);

// Who is asking: the result of Authenticate().
struct Principal {
  int64_t user_id = 0;
  std::string org;
  std::string name;
  std::string role;
  std::string Actor() const { return name + "@" + org; }
};

// PermissionDenied naming the role and what it may not do.
Status Authorize(const Principal& who, Permission p);

struct OrgInfo {
  std::string id;
  std::string name;
};
// Creates the organisation in the directory (AlreadyExists when it exists) and its store.
Status AddOrg(const std::string& workspace, const OrgInfo& org, const Clock& clock);
Result<std::vector<OrgInfo>> ListOrgs(const std::string& workspace);

struct NewUser {
  int64_t id = 0;
  std::string org;
  std::string name;
  std::string role;
  std::string token;  // shown once
  nlohmann::json ToJson() const;
};
// Adds a user (the organisation is created if it is new) and records it in the organisation's
// audit trail as done by `actor`. Fails with InvalidArgument on an unknown role and AlreadyExists
// when the organisation has a user of that name.
Result<NewUser> AddUser(const std::string& workspace, const std::string& org,
                        const std::string& name, const std::string& role, const Clock& clock,
                        const std::string& actor = "cli");
// Issues a new token for the user; the old one stops working.
Result<NewUser> RotateToken(const std::string& workspace, const std::string& org,
                            const std::string& name);
Status DisableUser(const std::string& workspace, const std::string& org, const std::string& name);
// Users of `org` (all organisations when empty), without token hashes.
Result<nlohmann::json> ListUsers(const std::string& workspace, const std::string& org);

// Finds the enabled user holding `token`; Unauthenticated otherwise (unknown, disabled, malformed).
Result<Principal> Authenticate(const std::string& workspace, std::string_view token);

}  // namespace tiphub::app

#endif  // TIPHUB_APP_AUTH_H_
