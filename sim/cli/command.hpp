#pragma once
// The subcommands of `coopsim`. A subcommand is one file defining one function
// `int run_xxx(const Invocation&)`, declared below and listed once in command_table.cpp;
// main() finds it by name, hands it the remaining arguments and maps its exceptions to exit
// codes, so a subcommand only returns 0 or throws.
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace coopsim::cli {

struct Invocation {
    std::vector<std::string> args;  // the arguments after the subcommand's name
    std::string command_line;       // the whole command line, shell-quoted, for provenance
};

struct Command {
    std::string_view name;
    std::string_view summary;  // one line, shown by `coopsim --help`
    int (*run)(const Invocation&);
};

// Every subcommand, in the order `coopsim --help` lists them.
std::span<const Command> commands();
// The subcommand called `name`, or nullptr.
const Command* find_command(std::string_view name);

int run_check(const Invocation& invocation);
int run_import_territories(const Invocation& invocation);
int run_run(const Invocation& invocation);
int run_schema(const Invocation& invocation);
int run_sweep(const Invocation& invocation);
// report, figures and export run the Python analysis tools (analysis_command.cpp): they
// replace this process with `python3 -m coopsim_analysis SUBCOMMAND ...` and never return.
int run_report(const Invocation& invocation);
int run_figures(const Invocation& invocation);
int run_export(const Invocation& invocation);

}  // namespace coopsim::cli
