#pragma once
// What the scenario tests share: a scratch folder per test for generated files, the fixture
// folder, a minimal valid scenario, and catching a ScenarioError to check what it names.
#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "sim/errors.hpp"

namespace coopsim::scenario::testing {

namespace fs = std::filesystem;

inline fs::path fixture_dir() {
    return fs::path(COOPSIM_SOURCE_DIR) / "tests/sim/scenario/data";
}

// A folder removed at the end of the test. Named after the process and a counter because CTest
// may run the tests of this executable in parallel processes.
class ScratchDir {
  public:
    ScratchDir() {
        static std::atomic<int> counter{0};
        path_ = fs::temp_directory_path() / ("coopsim-scenario-" + std::to_string(::getpid()) +
                                             "-" + std::to_string(counter++));
        fs::remove_all(path_);
        fs::create_directories(path_);
    }
    ~ScratchDir() {
        std::error_code ignored;
        fs::remove_all(path_, ignored);
    }
    ScratchDir(const ScratchDir&) = delete;
    ScratchDir& operator=(const ScratchDir&) = delete;

    const fs::path& path() const { return path_; }

    // Writes `text` to `relative` (folders created) and returns the full path.
    fs::path write(const fs::path& relative, std::string_view text) const {
        const fs::path file = path_ / relative;
        fs::create_directories(file.parent_path());
        std::ofstream out(file, std::ios::binary);
        out.write(text.data(), static_cast<std::streamsize>(text.size()));
        return file;
    }

  private:
    fs::path path_;
};

// One territory with only its required keys: the smallest valid scenario.
inline nlohmann::json minimal_territory(int dane_code = 19137) {
    return {{"dane_code", dane_code},
            {"name", "Caldono"},
            {"department", "Cauca"},
            {"population", 32000},
            {"budget_cop", 1.2e10}};
}

inline nlohmann::json minimal_scenario() {
    return {{"territories", nlohmann::json::array({minimal_territory()})}};
}

struct Caught {
    bool thrown = false;
    std::string what, file, field_path;
};

// The ScenarioError `action` throws; a test fails where nothing (or something else) is thrown.
template <class Action>
Caught catch_scenario_error(Action&& action) {
    try {
        action();
    } catch (const ScenarioError& error) {
        return {true, error.what(), error.file(), error.field_path()};
    }
    ADD_FAILURE() << "expected a ScenarioError, but none was thrown";
    return {};
}

inline bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

}  // namespace coopsim::scenario::testing
