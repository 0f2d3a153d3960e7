#pragma once
// Option parsing shared by the subcommands, on Boost.program_options. Every malformed
// command line becomes a coopsim::UsageError, so main() reports it with exit code 2.
#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <boost/program_options.hpp>

namespace coopsim::cli {

namespace po = boost::program_options;

// Parses a subcommand's arguments. Long options must be spelled out in full (no guessing
// "--fo" for "--force": a typo should fail, not pick an option).
po::variables_map parse_options(const std::vector<std::string>& args,
                                const po::options_description& options,
                                const po::positional_options_description& positional = {});

// The text of a numeric option as an integer in [min, max]; anything else (trailing
// characters, a sign where none is allowed, overflow) is a UsageError naming the option.
std::int64_t parse_integer(std::string_view option, const std::string& text, std::int64_t min,
                           std::int64_t max);
std::uint64_t parse_unsigned(std::string_view option, const std::string& text);

// The value of --threads: 0 (all cores) up to a number far above any machine.
int read_threads(const po::variables_map& vm);

// What the subcommands that simulate a scenario share: --seed, --threads and --set.
struct ScenarioSelection {
    std::vector<std::string> overrides;  // --set, then --seed, in the order they apply
    int threads = 0;
};
void add_scenario_options(po::options_description& options);
ScenarioSelection read_scenario_options(const po::variables_map& vm);

// The options every subcommand that writes a file shares: --force, --quiet and --help.
void add_file_writer_options(po::options_description& options);

// Parses a subcommand with the options `visible` and one positional argument called
// `positional`. On --help, prints the subcommand's help and returns nothing.
std::optional<po::variables_map> parse_command(const std::vector<std::string>& args,
                                               const po::options_description& visible,
                                               const char* positional, std::string_view usage,
                                               std::string_view about);

// A subcommand's --help: its usage line(s), what it does, then its options.
void print_command_help(std::ostream& out, std::string_view usage, std::string_view about,
                        const po::options_description& options);

}  // namespace coopsim::cli
