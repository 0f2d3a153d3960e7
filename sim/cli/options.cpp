#include "sim/cli/options.hpp"

#include <charconv>
#include <iostream>
#include <ostream>

#include "sim/errors.hpp"

namespace coopsim::cli {

namespace {

template <typename Integer>
bool parse_whole(const std::string& text, Integer& value) {
    const char* end = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(text.data(), end, value);
    return ec == std::errc() && ptr == end && !text.empty();
}

}  // namespace

po::variables_map parse_options(const std::vector<std::string>& args,
                                const po::options_description& options,
                                const po::positional_options_description& positional) {
    constexpr int style =
        po::command_line_style::default_style & ~po::command_line_style::allow_guessing;
    po::variables_map vm;
    try {
        po::store(po::command_line_parser(args)
                      .options(options)
                      .positional(positional)
                      .style(style)
                      .run(),
                  vm);
        po::notify(vm);
    } catch (const po::error& e) {
        throw UsageError(e.what());
    }
    return vm;
}

std::int64_t parse_integer(std::string_view option, const std::string& text, std::int64_t min,
                           std::int64_t max) {
    std::int64_t value = 0;
    if (!parse_whole(text, value) || value < min || value > max) {
        throw UsageError(std::string(option) + ": expected an integer from " + std::to_string(min) +
                         " to " + std::to_string(max) + ", got \"" + text + "\"");
    }
    return value;
}

std::uint64_t parse_unsigned(std::string_view option, const std::string& text) {
    std::uint64_t value = 0;
    // from_chars accepts no sign for unsigned types, so "-1" is refused rather than wrapped.
    if (!parse_whole(text, value)) {
        throw UsageError(std::string(option) + ": expected an integer from 0 to " +
                         std::to_string(UINT64_MAX) + ", got \"" + text + "\"");
    }
    return value;
}

void print_command_help(std::ostream& out, std::string_view usage, std::string_view about,
                        const po::options_description& options) {
    out << "Usage: " << usage << "\n\n" << about << "\n\n" << options;
}

namespace {
// Far above any machine coopsim runs on; a larger number is a typo.
constexpr std::int64_t kMaxThreads = 1024;
}  // namespace

int read_threads(const po::variables_map& vm) {
    return static_cast<int>(
        parse_integer("--threads", vm["threads"].as<std::string>(), 0, kMaxThreads));
}

void add_scenario_options(po::options_description& options) {
    // One option per line reads as a table; clang-format would run them together.
    // clang-format off
    options.add_options()
        ("seed", po::value<std::string>()->value_name("N"), "use seed N instead of the scenario's")
        ("threads,j", po::value<std::string>()->value_name("N")->default_value("0"),
         "worker threads; 0 uses all cores (results do not depend on it)")
        ("set", po::value<std::vector<std::string>>()->value_name("PATH=VALUE")->composing(),
         "override a scenario value, e.g. --set parameters/lapse_rate=0.5 or "
         "--set /donors/0/budget_usd=2e6 (VALUE is JSON, else a string); repeatable");
    // clang-format on
}

ScenarioSelection read_scenario_options(const po::variables_map& vm) {
    ScenarioSelection selection;
    if (vm.count("set")) selection.overrides = vm["set"].as<std::vector<std::string>>();
    for (const std::string& assignment : selection.overrides) {
        if (assignment.find('=') == std::string::npos) {
            throw UsageError("--set: expected PATH=VALUE, got \"" + assignment + "\"");
        }
    }
    if (vm.count("seed")) {
        // Applied as the last override, so the resolved scenario stored in the file carries
        // the seed that was actually used.
        const std::uint64_t seed = parse_unsigned("--seed", vm["seed"].as<std::string>());
        selection.overrides.push_back("/seed=" + std::to_string(seed));
    }
    selection.threads = read_threads(vm);
    return selection;
}

void add_file_writer_options(po::options_description& options) {
    options.add_options()("force,f", "replace the output file if it exists")(
        "quiet,q", "print nothing but errors")("help,h", "show this help");
}

std::optional<po::variables_map> parse_command(const std::vector<std::string>& args,
                                               const po::options_description& visible,
                                               const char* positional, std::string_view usage,
                                               std::string_view about) {
    po::options_description hidden;
    hidden.add_options()(positional, po::value<std::string>());
    po::options_description all;
    all.add(visible).add(hidden);
    po::positional_options_description position;
    position.add(positional, 1);
    po::variables_map vm = parse_options(args, all, position);
    if (vm.count("help")) {
        print_command_help(std::cout, usage, about, visible);
        return std::nullopt;
    }
    return vm;
}

}  // namespace coopsim::cli
