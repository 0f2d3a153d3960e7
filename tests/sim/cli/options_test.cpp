// Checked parsing of numeric options and Boost errors turned into UsageError.
#include <gtest/gtest.h>

#include "sim/cli/options.hpp"
#include "sim/errors.hpp"

namespace coopsim::cli {
namespace {

// Only whole integers within bounds are accepted; trailing characters, decimals, blanks and
// values outside [min, max] are usage errors (a silent 0 threads or a wrapped seed would run
// something the user did not ask for).
TEST(ParseIntegerTest, AcceptsOnlyWholeIntegersInRange) {
    EXPECT_EQ(parse_integer("--threads", "0", 0, 8), 0);
    EXPECT_EQ(parse_integer("--threads", "8", 0, 8), 8);
    for (const char* text : {"", "9", "-1", "1.5", "2x", " 2", "abc", "99999999999999999999"}) {
        EXPECT_THROW(parse_integer("--threads", text, 0, 8), UsageError) << text;
    }
}

// The full 64-bit seed range is available; a negative seed is refused, not wrapped to 2^64-1.
TEST(ParseUnsignedTest, AcceptsTheFullRangeAndNoSign) {
    EXPECT_EQ(parse_unsigned("--seed", "18446744073709551615"), UINT64_MAX);
    EXPECT_THROW(parse_unsigned("--seed", "18446744073709551616"), UsageError);
    EXPECT_THROW(parse_unsigned("--seed", "-1"), UsageError);
    EXPECT_THROW(parse_unsigned("--seed", "+1"), UsageError);
}

// The message names the option and quotes what was given.
TEST(ParseIntegerTest, MessageNamesOptionAndValue) {
    try {
        parse_integer("--threads", "abc", 0, 8);
        FAIL();
    } catch (const UsageError& e) {
        EXPECT_STREQ(e.what(), "--threads: expected an integer from 0 to 8, got \"abc\"");
    }
}

// Unknown and abbreviated options are usage errors, not exceptions of Boost's own.
TEST(ParseOptionsTest, BoostErrorsBecomeUsageErrors) {
    po::options_description options;
    options.add_options()("force", "");
    EXPECT_NO_THROW(parse_options({"--force"}, options));
    EXPECT_THROW(parse_options({"--forc"}, options), UsageError);
    EXPECT_THROW(parse_options({"--other"}, options), UsageError);
    EXPECT_THROW(parse_options({"positional"}, options), UsageError);
}

}  // namespace
}  // namespace coopsim::cli
