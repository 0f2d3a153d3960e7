#include "sim/scenario/territory_csv.hpp"

#include <gtest/gtest.h>

#include "scenario_test_files.hpp"

namespace coopsim::scenario {
namespace {

using nlohmann::json;
using testing::catch_scenario_error;
using testing::contains;

std::vector<CsvTerritory> parse(std::string_view text) {
    return parse_territory_csv(text, "t.csv", schema::territory());
}

// Cells are typed by the schema: numbers, integers (DANE codes keep no leading zero: "05001"
// is Medellín, 5001), booleans as true/false/1/0 in any case, names and text as written.
TEST(TerritoryCsv, TypesCellsByTheSchema) {
    const auto rows = parse(
        "dane_code,name,department,population,budget_cop,is_capital,stage,committee\n"
        "05001,Medellín,Antioquia,2.5e6,5000000000000,TRUE,formal,1\n"
        "19137,Caldono,Cauca,32000,12000000000,false,none,0\n");
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0].territory, json::parse(R"({"dane_code": 5001, "name": "Medellín",
        "department": "Antioquia", "population": 2500000.0, "budget_cop": 5000000000000,
        "is_capital": true, "stage": "formal", "committee": true})"));
    EXPECT_EQ(rows[1].territory["is_capital"], false);
    EXPECT_EQ(rows[0].line, 2u);
    EXPECT_EQ(rows[1].line, 3u);
}

// RFC 4180: quoted cells hold commas, doubled quotes and line breaks; CRLF ends records like LF.
// The line of a row is where it starts, and lines inside a quoted cell still count.
TEST(TerritoryCsv, ReadsRfc4180Quoting) {
    const auto rows = parse(
        "dane_code,name,department,population,budget_cop\r\n"
        "1,\"Villa de \"\"San\"\" Diego, la\",\"Cesar\",10,1\r\n"
        "2,\"Two\nlines\",Cesar,10,1\r\n"
        "3,Third,Cesar,10,1\r\n");
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[0].territory["name"], "Villa de \"San\" Diego, la");
    EXPECT_EQ(rows[1].territory["name"], "Two\nlines");
    EXPECT_EQ(rows[2].line, 5u);
}

// Spreadsheets save UTF-8 with a byte-order mark; it must not become part of the first column.
TEST(TerritoryCsv, StripsAByteOrderMark) {
    const auto rows = parse(
        "\xEF\xBB\xBF"
        "dane_code,name,department,population,budget_cop\n1,A,B,1,1\n");
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0].territory["dane_code"], 1);
}

// An empty cell means the key is absent: its default applies later (or, when required, the
// validator reports it with the row's line).
TEST(TerritoryCsv, EmptyCellsAreAbsentKeys) {
    const auto rows =
        parse("dane_code,name,department,population,budget_cop,rural_share\n1,A,B,1,1,\n\n");
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_FALSE(rows[0].territory.contains("rural_share"));
}

// A cell of the wrong type names the file, the line and the column, and what was expected.
TEST(TerritoryCsv, BadCellNamesLineAndColumn) {
    const auto caught = catch_scenario_error(
        [] { parse("dane_code,name,department,population,budget_cop\n1,A,B,1,1\n2,B,B,abc,1\n"); });
    EXPECT_EQ(caught.file, "t.csv");
    EXPECT_EQ(caught.field_path, "line 3, column population");
    EXPECT_EQ(caught.what, "t.csv: line 3, column population: expected a number > 0, got \"abc\"");
    const auto boolean = catch_scenario_error([] {
        parse("dane_code,name,department,population,budget_cop,is_capital\n1,A,B,1,1,yes\n");
    });
    EXPECT_EQ(boolean.field_path, "line 2, column is_capital");
    EXPECT_PRED2(contains, boolean.what, "expected true or false, got \"yes\"");
}

// Overflowing numbers are refused in CSV too, not turned into infinity.
TEST(TerritoryCsv, RefusesOverflowingNumbers) {
    const auto caught = catch_scenario_error(
        [] { parse("dane_code,name,department,population,budget_cop\n1,A,B,1e999,1\n"); });
    EXPECT_EQ(caught.field_path, "line 2, column population");
}

// An unknown column is an error with a suggestion; columns for non-scalar keys (actors) cannot
// be given in a CSV, and a repeated column would be ambiguous.
TEST(TerritoryCsv, RefusesUnknownAndRepeatedColumns) {
    const auto typo = catch_scenario_error([] { parse("dane_code,name,populaton\n1,A,5\n"); });
    EXPECT_EQ(typo.field_path, "line 1, column populaton");
    EXPECT_PRED2(contains, typo.what, "unknown column \"populaton\"; did you mean \"population\"?");
    const auto nested = catch_scenario_error([] { parse("dane_code,actors\n1,x\n"); });
    EXPECT_PRED2(contains, nested.what, "columns can be: dane_code, name, department");
    const auto twice = catch_scenario_error([] { parse("name,name\nA,B\n"); });
    EXPECT_PRED2(contains, twice.what, "column \"name\" appears twice");
}

TEST(TerritoryCsv, RefusesRaggedRowsAndBadQuotes) {
    EXPECT_EQ(catch_scenario_error([] { parse("dane_code,name\n1\n"); }).what,
              "t.csv: line 2: expected 2 cells as in the header, got 1");
    EXPECT_EQ(catch_scenario_error([] { parse("dane_code,name\n1,\"open\n"); }).what,
              "t.csv: line 2: unterminated quoted cell");
    EXPECT_PRED2(contains, catch_scenario_error([] { parse("dane_code,name\n1,a\"b\n"); }).what,
                 "t.csv: line 2: a quote inside an unquoted cell");
}

TEST(TerritoryCsv, RefusesFilesWithoutRows) {
    EXPECT_EQ(catch_scenario_error([] { parse(""); }).what,
              "t.csv: empty file: expected a header row of territory keys");
    EXPECT_EQ(catch_scenario_error([] { parse("dane_code,name\n\n"); }).what,
              "t.csv: no territory rows below the header");
}

TEST(TerritoryCsv, RefusesInvalidUtf8) {
    const auto caught = catch_scenario_error([] { parse("dane_code,name\n1,Cald\xF3no\n"); });
    EXPECT_EQ(caught.field_path, "line 2, column name");
}

}  // namespace
}  // namespace coopsim::scenario
