// The `tiphub` command line. Parses arguments with CLI11, calls one `app` use case, renders its
// result as text or JSON, and maps the outcome to an exit code:
//   0  success
//   1  the job failed (bad input file, I/O error, ...): the message says what to fix
//   2  usage error (unknown option or subcommand, bad option value)
// This is the only place Status values become exit codes.
#ifndef TIPHUB_CLI_CLI_H_
#define TIPHUB_CLI_CLI_H_

namespace tiphub::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitUsage = 2;

// Runs the command line; returns the process exit code. Writes results to standard output and
// messages to standard error.
int Run(int argc, const char* const* argv);

}  // namespace tiphub::cli

#endif  // TIPHUB_CLI_CLI_H_
