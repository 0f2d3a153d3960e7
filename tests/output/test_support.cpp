#include "test_support.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <random>
#include <stdexcept>

namespace coopsim::output::testing {

RunRecord sample_record() {
    RunRecord record;
    record.identity = {"1.0",
                       "0.1.0",
                       "abc123-dirty",
                       "unit-test",
                       R"({"name":"unit-test","years":[2020,2024]})",
                       18446744073709551557ull};
    record.provenance = {"2026-11-25T01:30:00Z", "test-host", 1.25, 2, "coopsim run x.json"};

    const int years = 5, territories = 3, donors = 2, actors = 600;
    std::vector<std::int32_t> year_values;
    for (int y = 0; y < years; ++y)
        year_values.push_back(2020 + y);
    std::vector<std::int64_t> population, actor_ids;
    std::vector<double> received, disbursed, exchange, capacity;
    for (int y = 0; y < years; ++y)
        for (int t = 0; t < territories; ++t) {
            population.push_back(1'000'000'000'000LL * (t + 1) + y);
            received.push_back(1.5e9 * t + 0.25 * y);
            for (int u = 0; u < territories; ++u)
                exchange.push_back(y * 100.0 + t * 10 + u);
        }
    for (int y = 0; y < years; ++y)
        for (int d = 0; d < donors; ++d)
            for (int t = 0; t < territories; ++t)
                disbursed.push_back(y + d * 0.5 + t * 0.125);
    for (int a = 0; a < actors; ++a)
        actor_ids.push_back(10'000 + a);
    for (int y = 0; y < years; ++y)
        for (int a = 0; a < actors; ++a)
            capacity.push_back(std::sin(a * 0.1) * (y + 1));

    using enum Axis;
    record.columns = {
        {"/years", {year}, "year", "Simulated calendar year.", year_values},
        {"/territories/dane_code",
         {territory},
         "",
         "DANE code of the municipality.",
         std::vector<std::string>{"05001", "11001", "76001"}},
        {"/territories/name",
         {territory},
         "",
         "Name of the municipality.",
         std::vector<std::string>{"Medellín", "Bogotá D.C.", ""}},
        {"/territories/population", {year, territory}, "people", "Residents.", population},
        {"/territories/cooperation_received_cop",
         {year, territory},
         "COP",
         "Cooperation received in the year.",
         received},
        {"/territories/exchange",
         {year, territory, territory},
         "events/year",
         "Exchanges from one territory to another.",
         exchange},
        {"/donors/donor_id", {donor}, "", "Donor identifier.", std::vector<std::int64_t>{7, -3}},
        {"/donors/disbursed_usd",
         {year, donor, territory},
         "USD",
         "Disbursed by donor.",
         disbursed},
        {"/donors/project_share",
         {donor, project},
         "1",
         "Share of each project per donor.",
         std::vector<double>{}},
        {"/actors/actor_id", {actor}, "", "", actor_ids},
        {"/actors/capacity", {year, actor}, "1", "Capacity index.", capacity},
        {"/projects/project_id", {project}, "", "Project identifier.", std::vector<std::int32_t>{}},
        {"/projects/budget_usd", {project}, "USD", "Budget.", std::vector<double>{}},
        {"/projects/active",
         {year, project},
         "1",
         "Active flag per year.",
         std::vector<std::int32_t>{}},
        {"/global/total_budget_usd",
         {},
         "USD",
         "Total budget of the run.",
         std::vector<double>{42.5}},
    };
    return record;
}

ScratchDir::ScratchDir() {
    std::random_device random;
    path_ = std::filesystem::temp_directory_path() /
            ("coopsim-output-test-" + std::to_string(::getpid()) + "-" + std::to_string(random()));
    std::filesystem::create_directories(path_);
}

ScratchDir::~ScratchDir() {
    std::error_code ignored;
    std::filesystem::permissions(path_, std::filesystem::perms::owner_all,
                                 std::filesystem::perm_options::add, ignored);
    std::filesystem::remove_all(path_, ignored);
}

std::vector<std::string> ScratchDir::entries() const {
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(path_))
        names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

int run_command(const std::string& command, std::string& output) {
    output.clear();
    FILE* pipe = ::popen((command + " 2>&1").c_str(), "r");
    if (!pipe) throw std::runtime_error("cannot run: " + command);
    std::array<char, 4096> buffer;
    std::size_t n = 0;
    while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
        output.append(buffer.data(), n);
    int status = ::pclose(pipe);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

}  // namespace coopsim::output::testing
