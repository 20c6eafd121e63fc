#include "cli/cli.h"

int main(int argc, char** argv) { return tiphub::cli::Run(argc, argv); }
