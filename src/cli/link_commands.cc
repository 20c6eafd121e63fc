// `tiphub encode`, `tiphub link`, `tiphub resolve`: privacy-preserving linkage across partners and
// entity resolution inside one organisation.
#include <iostream>
#include <memory>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "app/link.h"
#include "cli/commands.h"
#include "common/progress.h"

namespace tiphub::cli {

void AddLinkCommands(CLI::App& app, const GlobalOptions& global, Action& action) {
  auto enc = std::make_shared<app::EncodeRequest>();
  CLI::App* encode = app.add_subcommand(
      "encode", "Partner side: encode records as keyed Bloom filters; no personal data leaves");
  encode->add_option("--schema", enc->schema, "Linkage schema JSON (docs/linkage.md)")->required();
  encode
      ->add_option("--secret-file", enc->secret_file,
                   "File with the secret shared among partners (never logged or written)")
      ->required();
  encode->add_option("--out", enc->out, "Encodings file to send to the hub")->required();
  encode->add_option("--partner", enc->partner,
                     "Your name in the hub's output (default: input name)");
  encode->add_option("--random-ids", enc->id_map,
                     "Send random ids instead of yours; this local CSV maps them back");
  encode->add_option("--threads", enc->threads, "Worker threads (default: all cores)");
  encode->add_option("input", enc->input, "CSV with a header line")->required();
  encode->callback([enc, &global, &action] {
    action = [enc, &global]() -> Status {
      TerminalProgress bar("encode");
      ASSIGN_OR_RETURN(app::EncodeSummary s, app::Encode(*enc, bar.Sink()));
      bar.Finish();
      if (global.json) {
        std::cout << s.ToJson().dump(1) << "\n";
        return Status::Ok();
      }
      std::cout << fmt::format(
          "Encoded {} of {} records in {:.2f}s ({:.0f}/s) into {}\n  skipped by the schema: {}   "
          "rejected: {}\n  schema fingerprint {}   key check {}\n",
          s.encoded, s.read, s.seconds, s.seconds > 0 ? s.encoded / s.seconds : 0.0, enc->out,
          s.skipped, s.rejected, s.schema_fingerprint, s.key_check);
      for (const auto& r : s.rejects) std::cout << "  " << r << "\n";
      return Status::Ok();
    };
  });

  auto lnk = std::make_shared<app::LinkRequest>();
  CLI::App* link = app.add_subcommand(
      "link", "Hub side: match partners' encodings into groups (one record per partner at most)");
  link->add_option("--threshold", lnk->threshold, "Dice similarity to link (default 0.8)");
  link->add_option("--blocking", lnk->blocking, "auto (default), none or lsh")
      ->check(CLI::IsMember({"auto", "none", "lsh"}));
  link->add_option("--lsh-bands", lnk->lsh_bands,
                   "LSH: band keys (default: chosen from the inputs; more finds more pairs far "
                   "from identical, linearly slower)")
      ->check(CLI::Range(1, 20000));
  link->add_option("--lsh-bits", lnk->lsh_bits,
                   "LSH: sampled bits per band key (default: chosen from the inputs)")
      ->check(CLI::Range(4, 64));
  link->add_option("--out", lnk->out, "Groups CSV: group,partner,record_id")->required();
  link->add_option("--threads", lnk->threads, "Worker threads (default: all cores)");
  link->add_option("files", lnk->files, "Encodings files, one per partner")->required();
  link->callback([lnk, &global, &action] {
    action = [lnk, &global]() -> Status {
      ASSIGN_OR_RETURN(app::LinkSummary s, app::Link(*lnk));
      if (global.json) {
        std::cout << s.ToJson().dump(1) << "\n";
        return Status::Ok();
      }
      for (const auto& [name, n] : s.partners)
        std::cout << fmt::format("  {:<20} {:>10} records\n", name, n);
      for (const auto& b : s.blocking) std::cout << "  " << b << "\n";
      std::cout << fmt::format(
          "{} groups ({} records) from {} matching pairs in {:.2f}s ({} kernel); written to {}\n",
          s.groups, s.linked_records, s.matches, s.seconds, s.kernel, lnk->out);
      return Status::Ok();
    };
  });

  auto res = std::make_shared<app::ResolveRequest>();
  CLI::App* resolve = app.add_subcommand(
      "resolve", "Find the same person across the workspace's own parties (entity resolution)");
  resolve->add_option("--store", res->store_path, "Workspace file (default tiphub.db)");
  resolve->add_option("--out", res->out, "Entities CSV: entity_id,party_id");
  resolve->add_option("--threshold", res->threshold,
                      "Match weight (log2 likelihood ratio) to link two parties (default 20)");
  resolve->callback([res, &global, &action] {
    action = [res, &global]() -> Status {
      ASSIGN_OR_RETURN(app::ResolveSummary s, app::Resolve(*res));
      if (global.json) {
        std::cout << s.ToJson().dump(1) << "\n";
        return Status::Ok();
      }
      std::cout << fmt::format(
          "{} people, {} pairs compared, {} linked, {} entities with two or more parties "
          "({:.2f}s)\n",
          s.parties, s.compared, s.linked_pairs, s.entities, s.seconds);
      if (!res->out.empty()) std::cout << "Written to " << res->out << "\n";
      return Status::Ok();
    };
  });
}

}  // namespace tiphub::cli
