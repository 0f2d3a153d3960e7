#pragma once
// Scenario files for the command-line tests, written into the test's scratch folder. Valid
// ones extend a scenario shipped in scenarios/, so they follow the schema as it evolves and
// each fixture states only what it is about.
#include <filesystem>
#include <string>

#include "scratch_folder.hpp"

namespace coopsim::cli::testing {

// The shipped scenario the fixtures extend: a few municipalities, it runs in milliseconds.
inline const std::filesystem::path kBaseScenario =
    std::filesystem::path(COOPSIM_SOURCE_DIR) / "scenarios" / "caldono.json";

// Writes `name`: {"extends": <base scenario>, <members>}, members being JSON object members
// without braces ("" for none), and returns its path.
inline std::filesystem::path write_scenario(ScratchFolder& folder, const std::string& name,
                                            const std::string& members) {
    std::string text = "{\n  \"extends\": \"" + kBaseScenario.string() + "\"";
    if (!members.empty()) text += ",\n  " + members;
    return folder.write(name, text + "\n}\n");
}

}  // namespace coopsim::cli::testing
