#pragma once
// The update mode of the tests that compare with a file of the source tree (a golden output,
// a generated section of a document): with COOPSIM_UPDATE_GOLDEN=1 they rewrite the file
// instead of comparing, and name the file they rewrote.
#include <filesystem>
#include <string>

namespace coopsim::testing {

// Whether COOPSIM_UPDATE_GOLDEN=1 is set.
bool golden_update_requested();

// Writes `text` over `file` and names it: "rewrote FILE" goes to stderr at once (seen when the
// test program runs by hand or under `ctest -V`) and is returned for the test's GTEST_SKIP,
// which ctest lists as Skipped and tests/skipped_tests.sh prints with its reason.
std::string rewrite_golden(const std::filesystem::path& file, const std::string& text);

}  // namespace coopsim::testing
