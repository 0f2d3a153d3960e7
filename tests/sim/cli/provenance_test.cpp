// What the CLI records about how a run was made.
#include <gtest/gtest.h>

#include "sim/cli/provenance.hpp"

namespace coopsim::cli {
namespace {

// The recorded command line can be pasted back into a shell: plain words stay as they are,
// words with blanks, quotes or shell characters are single-quoted.
TEST(ShellQuotedTest, QuotesOnlyWhatTheShellWouldSplit) {
    EXPECT_EQ(shell_quoted({"coopsim", "run", "scenarios/caldono.json", "--set",
                            "parameters/lapse_rate=0.5"}),
              "coopsim run scenarios/caldono.json --set parameters/lapse_rate=0.5");
    EXPECT_EQ(shell_quoted({"--set", "name=my run", ""}), "--set 'name=my run' ''");
    EXPECT_EQ(shell_quoted({"it's", "$HOME"}), "'it'\\''s' '$HOME'");
}

// Timestamps are ISO 8601 in UTC with a Z, whatever the machine's time zone.
TEST(UtcTimestampTest, FormatsIso8601Utc) {
    EXPECT_EQ(utc_timestamp(std::chrono::system_clock::time_point{}), "1970-01-01T00:00:00Z");
    EXPECT_EQ(utc_timestamp(std::chrono::system_clock::from_time_t(1795570200)),
              "2026-11-25T01:30:00Z");
}

// Provenance carries what the caller measured plus the time and host it fills in itself.
TEST(MakeProvenanceTest, FillsEveryField) {
    const output::RunProvenance p = make_provenance("coopsim run x.json", 1.5, 4);
    EXPECT_EQ(p.command_line, "coopsim run x.json");
    EXPECT_EQ(p.wall_seconds, 1.5);
    EXPECT_EQ(p.threads, 4);
    EXPECT_FALSE(p.host.empty());
    EXPECT_EQ(p.created_utc.size(), std::string("2026-11-25T01:30:00Z").size());
}

}  // namespace
}  // namespace coopsim::cli
