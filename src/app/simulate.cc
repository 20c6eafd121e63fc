#include "app/simulate.h"

namespace tiphub::app {

Result<sim::WorldSummary> Simulate(const SimulateRequest& request, const ProgressSink& progress) {
  if (request.out_dir.empty()) {
    return Status::InvalidArgument("--out is required: the folder to write the world into");
  }
  sim::SimOptions options;
  if (!request.scenario_file.empty()) {
    RETURN_IF_ERROR(sim::ApplyScenarioFile(request.scenario_file, options));
  }
  if (request.seed) options.seed = *request.seed;
  if (request.accounts) options.accounts = *request.accounts;
  if (request.days) options.days = *request.days;
  if (request.start_date) options.start_date = *request.start_date;
  if (request.banks) options.banks = *request.banks;
  if (request.currency) options.currency = *request.currency;
  options.ibm_format = request.ibm_format;
  options.threads = request.threads;
  return sim::GenerateWorld(options, request.out_dir, progress);
}

}  // namespace tiphub::app
