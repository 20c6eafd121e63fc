// `tiphub train` and `tiphub features`.
#include <iostream>
#include <memory>

#include <fmt/format.h>

#include "app/train.h"
#include "cli/commands.h"
#include "common/progress.h"

namespace tiphub::cli {
namespace {

void PrintScores(const char* label, const nlohmann::json& s) {
  std::cout << fmt::format("  {:<22} precision {:.3f}  recall {:.3f}  F1 {:.3f}{}\n", label,
                           s.value("precision", 0.0), s.value("recall", 0.0), s.value("f1", 0.0),
                           s.contains("aucpr")
                               ? fmt::format("  AUC-PR {:.3f}", s["aucpr"].get<double>())
                               : std::string());
}

}  // namespace

void AddLearnCommands(CLI::App& app, const GlobalOptions& global, Action& action) {
  auto train = std::make_shared<app::TrainRequest>();
  CLI::App* cmd = app.add_subcommand(
      "train", "Train a gradient-boosted model on the workspace's labelled history");
  cmd->add_option("--store", train->store_path, "Workspace file (default tiphub.db)");
  cmd->add_option("--labels", train->labels_dir,
                  "Simulator world folder with labels_transactions.csv (default: the labels "
                  "ingested into the workspace)");
  cmd->add_option("--split", train->split,
                  "temporal:TRAIN/VALIDATION/TEST percentages in time order (default "
                  "temporal:60/20/20)");
  cmd->add_option("--target", train->target,
                  "all (default), laundering or trafficking: which illicit family to learn; the "
                  "other family's transactions are left out");
  cmd->add_option("--model", train->model_path, "Where to write the model (XGBoost JSON)")
      ->required();
  cmd->add_option("--threads", train->threads, "Training threads (default: all cores)");
  cmd->add_option("--seed", train->seed, "Seed of sampling and training (default 1)");
  cmd->add_option("--max-train-rows", train->max_train_rows,
                  "Sample negatives beyond this many training rows (default 1500000)");
  cmd->add_flag("--quick", train->quick, "One hyperparameter setting, fewer rounds");
  cmd->add_option("--predictions", train->predictions_path,
                  "Write the test part's scores (CSV: transaction, score, label, family)");
  cmd->callback([train, &global, &action] {
    action = [train, &global]() -> Status {
      if (!global.json) train->log = [](const std::string& line) { std::cerr << line << "\n"; };
      TerminalProgress bar("features");
      ASSIGN_OR_RETURN(nlohmann::json report, app::Train(*train, bar.Sink()));
      bar.Finish();
      if (global.json) {
        std::cout << report.dump(1) << "\n";
        return Status::Ok();
      }
      const auto& rows = report["rows"];
      std::cout << fmt::format(
          "Trained on {} transactions ({} used, {} illicit), chose on {}, tested on {} ({}).\n",
          rows["train"].get<int64_t>(), rows["train_used"].get<int64_t>(),
          report["positives"]["train"].get<int64_t>(), rows["validation"].get<int64_t>(),
          rows["test"].get<int64_t>(), report["split"].get<std::string>());
      const auto& p = report["params"];
      std::cout << fmt::format(
          "Model: max_depth {}, scale_pos_weight {:.1f}, {} trees, threshold {:.3f}\n",
          p["max_depth"].get<int>(), p["scale_pos_weight"].get<double>(),
          report["rounds"].get<int>(), report["threshold"].get<double>());
      std::cout << "Illicit class:\n";
      PrintScores("validation", report["validation"]);
      PrintScores("test", report["test"]);
      if (report.contains("test_laundering")) {
        PrintScores("test, laundering", report["test_laundering"]);
        PrintScores("test, trafficking", report["test_trafficking"]);
        std::cout << "Rules alone on the same test part:\n";
        PrintScores("test, laundering", report["rules"]["test_laundering"]);
        PrintScores("test, trafficking", report["rules"]["test_trafficking"]);
      } else {
        PrintScores("rules alone, test", report["rules"]["test"]);
      }
      std::cout << fmt::format("Features {:.1f}s, training {:.1f}s. Model written to {}\n",
                               report["seconds"]["features"].get<double>(),
                               report["seconds"]["training"].get<double>(), train->model_path);
      std::cout << "Use it with: tiphub scan --model " << train->model_path << "\n";
      return Status::Ok();
    };
  });

  auto features = std::make_shared<app::FeatureExportRequest>();
  CLI::App* fx = app.add_subcommand(
      "features", "Export the per-transaction feature matrix (CSV) for modelling elsewhere");
  fx->add_option("--store", features->store_path, "Workspace file (default tiphub.db)");
  fx->add_option("--labels", features->labels_dir,
                 "Simulator world folder (default: the "
                 "workspace's labels)");
  fx->add_option("--out", features->out_path, "CSV file to write")->required();
  fx->callback([features, &global, &action] {
    action = [features, &global]() -> Status {
      TerminalProgress bar("features");
      ASSIGN_OR_RETURN(int64_t rows, app::ExportFeatures(*features, bar.Sink()));
      bar.Finish();
      if (global.json) {
        std::cout << nlohmann::json{{"rows", rows}, {"out", features->out_path}}.dump() << "\n";
      } else {
        std::cout << fmt::format("Wrote {} rows to {}\n", rows, features->out_path);
      }
      return Status::Ok();
    };
  });
}

}  // namespace tiphub::cli
