// Progress of a run on stderr, in its three modes.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>

#include "sim/cli/progress.hpp"

namespace coopsim::cli {
namespace {

// Elapsed time reads like a clock: minutes:seconds, with hours only when needed.
TEST(FormatElapsedTest, ReadsLikeAClock) {
    using std::chrono::seconds;
    EXPECT_EQ(format_elapsed(seconds(7)), "0:07");
    EXPECT_EQ(format_elapsed(seconds(754)), "12:34");
    EXPECT_EQ(format_elapsed(seconds(3723)), "1:02:03");
}

// Where stderr is a file or a pipe, each year is one plain line a log can keep.
TEST(ProgressDisplayTest, LinesModePrintsOneLinePerYear) {
    std::ostringstream out;
    {
        ProgressDisplay progress(ProgressDisplay::Mode::lines, out);
        progress.start(2);
        progress.year_done(2008, 1, 2);
        progress.year_done(2009, 2, 2);
        progress.finish();
    }
    EXPECT_EQ(out.str(), "year 2008 (1/2)\nyear 2009 (2/2)\n");
}

// On a terminal one line is redrawn in place ('\r', no newline) and ended once at the finish,
// or when the display is destroyed early (an error then prints on a line of its own).
TEST(ProgressDisplayTest, BarModeRedrawsOneLine) {
    std::ostringstream out;
    {
        ProgressDisplay progress(ProgressDisplay::Mode::bar, out);
        progress.start(4);
        progress.year_done(2008, 1, 4);
    }
    const std::string text = out.str();
    EXPECT_THAT(text, ::testing::StartsWith("\r[......"));
    EXPECT_THAT(text, ::testing::HasSubstr("\r[#######.......................] 1/4 years  2008"));
    EXPECT_EQ(std::count(text.begin(), text.end(), '\n'), 1);
    EXPECT_EQ(text.back(), '\n');
}

// --quiet: nothing at all.
TEST(ProgressDisplayTest, NoneModePrintsNothing) {
    std::ostringstream out;
    {
        ProgressDisplay progress(ProgressDisplay::Mode::none, out);
        progress.start(1);
        progress.year_done(2008, 1, 1);
        progress.finish();
    }
    EXPECT_EQ(out.str(), "");
}

}  // namespace
}  // namespace coopsim::cli
