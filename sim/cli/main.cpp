// The coopsim command: finds the subcommand and turns what it throws into an exit code.
// This is the only place that does (docs/ARCHITECTURE.md, "How errors travel"):
//   0  success
//   2  the user's input is wrong: a scenario, an option, an output path, an input file
//   1  anything else, i.e. a bug in coopsim
#include <algorithm>
#include <iostream>
#include <string>
#include <vector>

#include "output/output_error.hpp"
#include "sim/build_info.hpp"
#include "sim/cli/command.hpp"
#include "sim/cli/provenance.hpp"
#include "sim/errors.hpp"

namespace {

using coopsim::cli::Command;

constexpr int kExitInput = 2;
constexpr int kExitInternal = 1;

void print_help(std::ostream& out) {
    out << "coopsim - agent-based simulator of decentralised international development\n"
           "cooperation in Colombian territories\n\n"
           "Usage: coopsim COMMAND [OPTIONS]\n"
           "       coopsim --help | --version\n\n"
           "Commands:\n";
    std::size_t widest = 0;
    for (const Command& command : coopsim::cli::commands())
        widest = std::max(widest, command.name.size());
    for (const Command& command : coopsim::cli::commands()) {
        out << "  " << command.name << std::string(widest + 2 - command.name.size(), ' ')
            << command.summary << '\n';
    }
    out << "\nRun 'coopsim COMMAND --help' for a command's options.\n";
}

// Runs the command line; `command` is set as soon as the subcommand is known, so that a
// usage error can point at that subcommand's help.
int dispatch(const std::vector<std::string>& argv, const Command*& command) {
    if (argv.size() < 2) throw coopsim::UsageError("no command given");
    const std::string& first = argv[1];
    if (first == "--help" || first == "-h" || first == "help") {
        print_help(std::cout);
        return 0;
    }
    if (first == "--version" || first == "-V") {
        std::cout << "coopsim " << coopsim::version() << " (git " << coopsim::git_commit() << ")\n";
        return 0;
    }
    if (first.starts_with('-')) throw coopsim::UsageError("unknown option '" + first + "'");
    command = coopsim::cli::find_command(first);
    if (!command) throw coopsim::UsageError("unknown command '" + first + "'");
    return command->run({{argv.begin() + 2, argv.end()}, coopsim::cli::shell_quoted(argv)});
}

}  // namespace

int main(int argc, char** argv) {
    const std::vector<std::string> args(argv, argv + argc);
    const Command* command = nullptr;
    try {
        return dispatch(args, command);
    } catch (const coopsim::UsageError& e) {
        std::cerr << "coopsim: " << e.what() << "\nRun 'coopsim "
                  << (command ? std::string(command->name) + " " : std::string()) << "--help' "
                  << "for usage.\n";
        return kExitInput;
    } catch (const coopsim::InputError& e) {
        std::cerr << "coopsim: " << e.what() << '\n';
        return kExitInput;
    } catch (const coopsim::output::OutputError& e) {
        std::cerr << "coopsim: " << e.what() << '\n';
        return kExitInput;
    } catch (const std::exception& e) {
        std::cerr << "coopsim: internal error: " << e.what() << '\n';
        return kExitInternal;
    } catch (...) {
        std::cerr << "coopsim: internal error: unknown exception\n";
        return kExitInternal;
    }
}
