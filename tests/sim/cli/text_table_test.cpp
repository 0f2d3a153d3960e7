// Plain-text tables and number formatting of the run summary.
#include <gtest/gtest.h>

#include <limits>
#include <sstream>

#include "sim/cli/text_table.hpp"

namespace coopsim::cli {
namespace {

// Amounts read best with thousands separators and a fixed number of decimals; a value that
// rounds to zero shows no minus sign, and a missing value (NaN) reads "n/a".
TEST(FormatNumberTest, SeparatesThousandsAndRounds) {
    EXPECT_EQ(format_number(0, 1), "0.0");
    EXPECT_EQ(format_number(999.94, 1), "999.9");
    EXPECT_EQ(format_number(3012.46, 1), "3,012.5");
    EXPECT_EQ(format_number(1234567, 0), "1,234,567");
    EXPECT_EQ(format_number(-1234567.891, 2), "-1,234,567.89");
    EXPECT_EQ(format_number(-0.01, 1), "0.0");
    EXPECT_EQ(format_number(std::numeric_limits<double>::quiet_NaN(), 1), "n/a");
    EXPECT_EQ(format_number(std::numeric_limits<double>::infinity(), 1), "n/a");
}

// Columns line up by characters, not bytes: "Bogotá" takes six columns although it is seven
// bytes in UTF-8. Text is left-aligned, numbers right-aligned, rules span the table.
TEST(TextTableTest, AlignsColumnsByCharacters) {
    TextTable table({{"territory", TextTable::Align::left}, {"COP", TextTable::Align::right}});
    table.add_row({"Bogotá", "1,234.5"});
    table.add_row({"Caldono", "3.0"});
    table.add_rule();
    table.add_row({"total", "1,237.5"});
    std::ostringstream out;
    table.print(out);
    EXPECT_EQ(out.str(),
              "  territory      COP\n"
              "  ------------------\n"
              "  Bogotá     1,234.5\n"
              "  Caldono        3.0\n"
              "  ------------------\n"
              "  total      1,237.5\n");
}

// A row with the wrong number of cells is a programming error, caught at once.
TEST(TextTableTest, RejectsRowOfWrongWidth) {
    TextTable table({{"a", TextTable::Align::left}, {"b", TextTable::Align::right}});
    EXPECT_THROW(table.add_row({"only one"}), std::logic_error);
}

}  // namespace
}  // namespace coopsim::cli
