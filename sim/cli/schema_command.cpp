// coopsim schema: the scenario file format, as JSON Schema for editors and validators, or as
// the markdown reference that docs/SCENARIOS.md is built from.
#include <iostream>

#include "sim/cli/command.hpp"
#include "sim/cli/options.hpp"
#include "sim/scenario/schema.hpp"

namespace coopsim::cli {

namespace {
constexpr std::string_view kUsage = "coopsim schema [--markdown]";
constexpr std::string_view kAbout =
    "Prints the JSON Schema of scenario files: every key with its type, unit, default and\n"
    "allowed range. Editors and validators can use it to check a scenario as it is written.";
}  // namespace

int run_schema(const Invocation& invocation) {
    po::options_description options("Options");
    options.add_options()                                        //
        ("markdown", "print the reference as markdown instead")  //
        ("help,h", "show this help");
    const po::variables_map vm = parse_options(invocation.args, options);
    if (vm.count("help")) {
        print_command_help(std::cout, kUsage, kAbout, options);
    } else if (vm.count("markdown")) {
        std::cout << scenario::schema_markdown();
    } else {
        std::cout << scenario::json_schema().dump(2) << '\n';
    }
    return 0;
}

}  // namespace coopsim::cli
