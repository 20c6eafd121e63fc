#include "app/auth.h"

#include <sodium.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <filesystem>
#include <system_error>

#include <fmt/format.h>

#include "app/store_cache.h"
#include "common/strings.h"
#include "store/store.h"

namespace tiphub::app {

namespace {

constexpr std::string_view kTokenPrefix = "thk_";
constexpr size_t kTokenBytes = 32;

struct RoleRow {
  std::string_view role;
  std::initializer_list<Permission> allowed;
};

// The role table. Admins manage people and read the audit trail but see no case data
// (separation of duties); submitters only hand in tips.
const std::array<RoleRow, 4>& Roles() {
  static const std::array<RoleRow, 4> roles = {{
      {"analyst",
       {Permission::kReadAlerts, Permission::kWorkCases, Permission::kReadTips,
        Permission::kSubmitTips, Permission::kReadCatalog}},
      {"supervisor",
       {Permission::kReadAlerts, Permission::kWorkCases, Permission::kAssignCases,
        Permission::kReadTips, Permission::kSubmitTips, Permission::kReadCatalog,
        Permission::kReadAudit}},
      {"submitter", {Permission::kSubmitTips, Permission::kReadCatalog}},
      {"admin", {Permission::kManageUsers, Permission::kReadAudit, Permission::kReadCatalog}},
  }};
  return roles;
}

bool EnsureSodium() {
  static const bool ok = sodium_init() >= 0;
  return ok;
}

std::string HashToken(std::string_view token) {
  std::array<unsigned char, 32> digest{};
  crypto_generichash(digest.data(), digest.size(),
                     reinterpret_cast<const unsigned char*>(token.data()), token.size(), nullptr,
                     0);
  std::string hex(digest.size() * 2 + 1, '\0');
  sodium_bin2hex(hex.data(), hex.size(), digest.data(), digest.size());
  hex.pop_back();
  return hex;
}

std::string NewToken() {
  std::array<unsigned char, kTokenBytes> raw{};
  randombytes_buf(raw.data(), raw.size());
  std::string b64(sodium_base64_ENCODED_LEN(kTokenBytes, sodium_base64_VARIANT_URLSAFE_NO_PADDING),
                  '\0');
  sodium_bin2base64(b64.data(), b64.size(), raw.data(), raw.size(),
                    sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  b64.resize(std::strlen(b64.c_str()));
  return std::string(kTokenPrefix) + b64;
}

Result<store::UserRecord> FindUserOrFail(store::Store& dir, const std::string& org,
                                         const std::string& name) {
  ASSIGN_OR_RETURN(std::optional<store::UserRecord> user, dir.FindUser(org, name));
  if (!user) {
    return Status::NotFound(fmt::format(
        "organisation '{}' has no user '{}' (list them with: tiphub user list --org {})", org, name,
        org));
  }
  return *user;
}

}  // namespace

Status ValidateOrgId(std::string_view org) {
  const bool ok =
      !org.empty() && org.size() <= 64 && std::all_of(org.begin(), org.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
      });
  if (!ok) {
    return Status::InvalidArgument(
        fmt::format("organisation id '{}' must be 1-64 characters of a-z, 0-9, '_' and '-'", org));
  }
  return Status::Ok();
}

Result<std::string> OrgStorePath(const std::string& workspace, std::string_view org) {
  RETURN_IF_ERROR(ValidateOrgId(org));
  if (org == kLocalOrg) return workspace;
  const std::filesystem::path dir = workspace + ".orgs";
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) {
    return Status::IoError(
        fmt::format("cannot create the organisations folder '{}': {}", dir.string(), ec.message()));
  }
  return (dir / (std::string(org) + ".db")).string();
}

std::string_view PermissionName(Permission p) {
  switch (p) {
    case Permission::kReadAlerts:
      return "read alerts";
    case Permission::kWorkCases:
      return "work on cases";
    case Permission::kAssignCases:
      return "assign cases";
    case Permission::kReadTips:
      return "read tips";
    case Permission::kSubmitTips:
      return "submit tips";
    case Permission::kReadCatalog:
      return "read the indicator catalog";
    case Permission::kReadAudit:
      return "read the audit trail";
    case Permission::kManageUsers:
      return "manage users";
  }
  return "?";
}

bool IsRole(std::string_view role) {
  return std::any_of(Roles().begin(), Roles().end(),
                     [&](const RoleRow& r) { return r.role == role; });
}

bool Allows(std::string_view role, Permission p) {
  for (const RoleRow& r : Roles()) {
    if (r.role == role) {
      return std::find(r.allowed.begin(), r.allowed.end(), p) != r.allowed.end();
    }
  }
  return false;
}

Status Authorize(const Principal& who, Permission p) {
  if (Allows(who.role, p)) return Status::Ok();
  return Status::PermissionDenied(fmt::format("role '{}' may not {}", who.role, PermissionName(p)));
}

Status AddOrg(const std::string& workspace, const OrgInfo& org, const Clock& clock) {
  RETURN_IF_ERROR(ValidateOrgId(org.id));
  ASSIGN_OR_RETURN(auto dir, store::OpenSqliteStore(workspace));
  ASSIGN_OR_RETURN(bool created, dir->CreateOrg({org.id, org.name.empty() ? org.id : org.name,
                                                 clock.NowSeconds()}));
  if (!created) return Status::AlreadyExists(fmt::format("organisation '{}' exists", org.id));
  ASSIGN_OR_RETURN(std::string path, OrgStorePath(workspace, org.id));
  ASSIGN_OR_RETURN(auto org_store, store::OpenSqliteStore(path));
  return Status::Ok();
}

Result<std::vector<OrgInfo>> ListOrgs(const std::string& workspace) {
  ASSIGN_OR_RETURN(auto dir, store::OpenSqliteStore(workspace));
  ASSIGN_OR_RETURN(std::vector<store::OrgRecord> orgs, dir->ListOrgs());
  std::vector<OrgInfo> out;
  for (const auto& o : orgs) out.push_back({o.id, o.name});
  return out;
}

nlohmann::json NewUser::ToJson() const {
  return {{"id", id}, {"org", org}, {"name", name}, {"role", role}, {"token", token}};
}

Result<NewUser> AddUser(const std::string& workspace, const std::string& org,
                        const std::string& name, const std::string& role, const Clock& clock,
                        const std::string& actor) {
  RETURN_IF_ERROR(ValidateOrgId(org));
  if (!IsRole(role)) {
    return Status::InvalidArgument(
        fmt::format("unknown role '{}': use analyst, supervisor, submitter or admin", role));
  }
  if (name.empty() || name.size() > 128) {
    return Status::InvalidArgument("a user name must be 1-128 characters");
  }
  if (const std::string problem = TextProblem(name); !problem.empty()) {
    return Status::InvalidArgument(
        fmt::format("the user name {} {}: use letters, digits and punctuation on one line",
                    QuoteForMessage(name), problem));
  }
  if (!EnsureSodium()) return Status::Internal("libsodium failed to initialise");
  ASSIGN_OR_RETURN(auto dir, store::OpenSqliteStore(workspace));
  RETURN_IF_ERROR(dir->Begin());
  // Registers the organisation if it is new; its store is created below.
  RETURN_IF_ERROR(dir->CreateOrg({org, org, clock.NowSeconds()}).status());
  NewUser user{0, org, name, role, NewToken()};
  ASSIGN_OR_RETURN(user.id, dir->CreateUser({0, org, name, role, HashToken(user.token),
                                             clock.NowSeconds(), false}));
  RETURN_IF_ERROR(dir->Commit());
  dir.reset();
  // The event goes to the organisation's own trail (its store is created for a new organisation).
  ASSIGN_OR_RETURN(std::string path, OrgStorePath(workspace, org));
  ASSIGN_OR_RETURN(auto org_store, store::OpenSqliteStore(path));
  RETURN_IF_ERROR(
      org_store->AppendAudit({0, clock.NowSeconds(), actor, "user.add",
                              fmt::format("user:{}@{}", name, org), fmt::format("role {}", role)}));
  return user;
}

Result<NewUser> RotateToken(const std::string& workspace, const std::string& org,
                            const std::string& name) {
  if (!EnsureSodium()) return Status::Internal("libsodium failed to initialise");
  ASSIGN_OR_RETURN(auto dir, store::OpenSqliteStore(workspace));
  ASSIGN_OR_RETURN(store::UserRecord user, FindUserOrFail(*dir, org, name));
  NewUser out{user.id, org, name, user.role, NewToken()};
  user.token_hash = HashToken(out.token);
  RETURN_IF_ERROR(dir->UpdateUser(user));
  return out;
}

Status DisableUser(const std::string& workspace, const std::string& org, const std::string& name) {
  ASSIGN_OR_RETURN(auto dir, store::OpenSqliteStore(workspace));
  ASSIGN_OR_RETURN(store::UserRecord user, FindUserOrFail(*dir, org, name));
  user.disabled = true;
  return dir->UpdateUser(user);
}

Result<nlohmann::json> ListUsers(const std::string& workspace, const std::string& org) {
  ASSIGN_OR_RETURN(auto dir, store::OpenSqliteStore(workspace));
  ASSIGN_OR_RETURN(std::vector<store::UserRecord> users, dir->ListUsers(org));
  nlohmann::json out = nlohmann::json::array();
  for (const auto& u : users) {
    out.push_back({{"id", u.id},
                   {"org", u.org},
                   {"name", u.name},
                   {"role", u.role},
                   {"created_at", u.created_at},
                   {"disabled", u.disabled}});
  }
  return out;
}

Result<Principal> Authenticate(const std::string& workspace, std::string_view token) {
  if (token.size() < kTokenPrefix.size() + 8 ||
      token.substr(0, kTokenPrefix.size()) != kTokenPrefix || token.size() > 200) {
    return Status::Unauthenticated("send 'Authorization: Bearer <token>' with a tiphub API token");
  }
  ASSIGN_OR_RETURN(store::Store * dir, CachedStore(workspace));
  ASSIGN_OR_RETURN(std::optional<store::UserRecord> user,
                   dir->FindUserByTokenHash(HashToken(token)));
  if (!user || user->disabled) {
    return Status::Unauthenticated("the API token is unknown or its user is disabled");
  }
  return Principal{user->id, user->org, user->name, user->role};
}

}  // namespace tiphub::app
