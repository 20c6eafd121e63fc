// Bench helper for bench/api_load.sh: grows a scanned workspace's alerts to N by repeating the
// ones a scan stored (new ids, same content), so the API can be loaded at a realistic queue size.
//   build/tiphub_seed_alerts WORKSPACE N
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "store/store.h"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: tiphub_seed_alerts WORKSPACE N\n");
    return 2;
  }
  const long long n = std::atoll(argv[2]);
  auto store = tiphub::store::OpenSqliteStore(argv[1]);
  if (!store.ok()) {
    std::fprintf(stderr, "%s\n", store.status().message().c_str());
    return 1;
  }
  tiphub::store::AlertQuery all;
  all.limit = -1;
  all.sort = "id";
  auto alerts = (*store)->ListAlerts(all);
  if (!alerts.ok() || alerts->empty()) {
    std::fprintf(stderr, "the workspace has no alerts: run tiphub scan first\n");
    return 1;
  }
  std::vector<tiphub::Alert> grown;
  grown.reserve(static_cast<size_t>(n));
  for (long long i = 0; i < n; ++i)
    grown.push_back((*alerts)[static_cast<size_t>(i) % alerts->size()]);
  if (tiphub::Status st = (*store)->ReplaceAlerts(grown); !st.ok()) {
    std::fprintf(stderr, "%s\n", st.message().c_str());
    return 1;
  }
  std::printf("%zu alerts\n", grown.size());
  return 0;
}
