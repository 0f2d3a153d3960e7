// The format version follows the dataset table: each version's layout hash is pinned here, so a
// change of a column table that alters the layout (a path, an axis, a unit or a stored type)
// fails until the version is bumped and docs/OUTPUT.md's "Format history" says what changed.
#include <gtest/gtest.h>

#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>

#include "output/format.hpp"
#include "output/layout_hash.hpp"
#include "sim/columns/recorded_columns.hpp"
#include "sim/engine/world_state.hpp"
#include "tiny_world.hpp"

namespace coopsim::columns {
namespace {

struct Pinned {
    const char* version;
    std::uint64_t layout_hash;
};
// Every version's layout hash, oldest first. Add a row with each bump.
constexpr Pinned kFormatVersions[] = {{"1.0", 0xc3da8796ea06d3c0ULL}};
constexpr Pinned kStateFormatVersions[] = {{"1.0", 0x4e0d28a5921a8d89ULL}};

std::string hex(std::uint64_t value) {
    std::ostringstream out;
    out << "0x" << std::hex << value << "ULL";
    return out.str();
}

template <std::size_t N>
void expect_pinned(const Pinned (&pins)[N], const std::string& version, std::uint64_t hash,
                   const std::string& constant) {
    const Pinned& current = pins[N - 1];
    ASSERT_EQ(version, current.version)
        << constant << " is " << version << ": pin its layout hash in " << __FILE__;
    EXPECT_EQ(hash, current.layout_hash)
        << "The layout changed (hash " << hex(hash) << ", pinned " << hex(current.layout_hash)
        << " for " << version << "). Bump " << constant
        << " (docs/OUTPUT.md, \"Versioning\"), add a line to docs/OUTPUT.md's \"Format history\" "
        << "and a row {\"X.Y\", " << hex(hash) << "} to the pins in " << __FILE__ << ".";
}

TEST(FormatVersion, FollowsTheDatasetTable) {
    const auto datasets = recorded_datasets();
    ASSERT_GT(datasets.size(), 50u);
    expect_pinned(kFormatVersions, output::kFormatVersion, output::layout_hash(datasets),
                  "kFormatVersion (output/format.hpp)");
}

TEST(FormatVersion, StateVersionFollowsTheStateTable) {
    auto tiny = testing::make_tiny_world();
    const auto state = engine::state_columns(tiny.world, 0);
    ASSERT_GT(state.size(), 40u);
    expect_pinned(kStateFormatVersions, engine::kStateFormatVersion, output::layout_hash(state),
                  "kStateFormatVersion (sim/engine/world_state.hpp)");
}

TEST(FormatVersion, HistoryHasALineForTheCurrentVersions) {
    std::ifstream in(std::string(COOPSIM_SOURCE_DIR) + "/docs/OUTPUT.md");
    ASSERT_TRUE(in);
    std::stringstream buffer;
    buffer << in.rdbuf();
    const std::string doc = buffer.str();
    const auto history = doc.find("\n## Format history\n");
    ASSERT_NE(history, std::string::npos) << "docs/OUTPUT.md has no \"Format history\" section";
    const std::string line = std::string("\n| `") + output::kFormatVersion + "` | `" +
                             engine::kStateFormatVersion + "` |";
    EXPECT_NE(doc.find(line, history), std::string::npos)
        << "docs/OUTPUT.md's \"Format history\" has no line starting" << line;
}

}  // namespace
}  // namespace coopsim::columns
