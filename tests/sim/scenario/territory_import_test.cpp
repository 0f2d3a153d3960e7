// Importing a municipal table into territories (territory_import.hpp), on small synthetic
// tables shaped like DANE's exports: the real ones are checked by the command's tests.
#include "sim/scenario/territory_import.hpp"

#include <gtest/gtest.h>

#include <functional>

#include "scenario_test_files.hpp"
#include "sim/scenario/dane_codes.hpp"
#include "sim/scenario/messages.hpp"
#include "sim/scenario/schema.hpp"
#include "sim/scenario/territory_csv.hpp"

namespace coopsim::scenario {
namespace {

using nlohmann::json;
using testing::catch_scenario_error;
using testing::contains;

// The header and mappings of a DANE-like table; tests add rows and mappings.
const std::string kHeader =
    "State code,State,Municipality code,Municipality,Population 2017,Population 2018,"
    "Indian Population (%)\n";

ImportOptions dane_options(std::vector<std::string> extra = {}) {
    std::vector<std::string> given{"Municipality code=dane_code", "Municipality=name",
                                   "Population 2018=population"};
    given.insert(given.end(), extra.begin(), extra.end());
    ImportOptions options;
    for (const auto& text : given)
        options.mappings.push_back(parse_column_mapping(text));
    return options;
}

ImportedTerritories import(const std::string& rows, const ImportOptions& options = dane_options()) {
    return import_territories(kHeader + rows, "t.csv", options);
}

std::string usage_error(const std::function<void()>& action) {
    try {
        action();
    } catch (const UsageError& error) {
        return error.what();
    }
    ADD_FAILURE() << "expected a UsageError";
    return "";
}

// DANE writes codes with or without the leading zero; both are the same municipality, and the
// rows come out in code order whatever the table's order.
TEST(TerritoryImport, CodesWithOrWithoutLeadingZeroInCodeOrder) {
    const auto imported = import(
        "19,Cauca,19137,Caldono,39159,39946,74.96\n"
        "05,Antioquia,05002,Abejorral,20047,20367,0.01\n"
        "5,Antioquia,5001,Medellín,2414616,2427129,0.09\n");
    ASSERT_EQ(imported.territories.size(), 3u);
    EXPECT_EQ(imported.territories[0]["dane_code"], 5001);
    EXPECT_EQ(imported.territories[1]["dane_code"], 5002);
    EXPECT_EQ(imported.territories[2]["dane_code"], 19137);
}

// Names are kept in UTF-8 as written, without surrounding spaces; a BOM before the header does
// not become part of the first column's name.
TEST(TerritoryImport, KeepsUtf8NamesAndStripsBom) {
    const auto imported = import_territories("\xEF\xBB\xBF" + kHeader +
                                                 "18,Caquetá,18001,\"  Florencia \",1,175000,1\n" +
                                                 "25,Cundinamarca,25269,\tFacatativá,1,140000,0\n",
                                             "t.csv", dane_options({"State code=department_code"}));
    EXPECT_EQ(imported.territories[0]["name"], "Florencia");
    EXPECT_EQ(imported.territories[1]["name"], "Facatativá");
    EXPECT_EQ(imported.territories[1]["department"], "Cundinamarca");
}

// A percentage becomes a share: Caldono's 74.96 % indigenous is the share 0.7496, exactly the
// double that "0.7496" reads as (74.96 / 100 would be 0.7495999999999999, and be written so),
// also when the cell has an exponent of its own.
TEST(TerritoryImport, PercentBecomesShare) {
    const auto imported = import(
        "19,Cauca,19137,Caldono,39159,39946,74.96\n"
        "19,Cauca,19001,Popayán,1,318059,7.496E+1\n"
        "5,Antioquia,5001,Medellín,1,2427129,0.09\n",
        dane_options({"Indian Population (%)=ethnic_share:percent"}));
    EXPECT_EQ(imported.territories[0]["ethnic_share"].get<double>(), 0.0009);
    EXPECT_EQ(imported.territories[1]["ethnic_share"].get<double>(), 0.7496);
    EXPECT_EQ(imported.territories[2]["ethnic_share"].get<double>(), 0.7496);
    const auto caught = catch_scenario_error([] {
        import("19,Cauca,19137,Caldono,1,39946,74.96e\n",
               dane_options({"Indian Population (%)=ethnic_share:percent"}));
    });
    EXPECT_EQ(caught.what,
              "t.csv: line 2, column \"Indian Population (%)\": expected a number in [0, 1], got "
              "\"74.96e\"");
}

// Without a category column, Law 617 of 2000's population bands give it; each band's bounds
// are checked on both sides, from 10,000 (6) to just over 500,000 (0, special).
TEST(TerritoryImport, CategoryFromPopulationBands) {
    const std::pair<double, int> cases[] = {{1, 6},      {10000, 6},  {10000.5, 5}, {10001, 5},
                                            {20000, 5},  {20001, 4},  {30000, 4},   {30001, 3},
                                            {50000, 3},  {50001, 2},  {100000, 2},  {100001, 1},
                                            {500000, 1}, {500001, 0}, {8e6, 0}};
    std::string rows;
    int code = 5100;
    for (const auto& [population, category] : cases) {
        EXPECT_EQ(dane::category_by_population(population), category) << population;
        rows +=
            "5,Antioquia," + std::to_string(++code) + ",X,1," + format_number(population) + ",0\n";
    }
    const auto imported = import(rows);
    for (std::size_t i = 0; i < std::size(cases); ++i)
        EXPECT_EQ(imported.territories[i]["category"], cases[i].second) << cases[i].first;
    EXPECT_EQ(imported.derived,
              (std::vector<std::string>{"department", "category", "is_capital", "budget_cop"}));
}

// A mapped category is taken as given, not derived, and checked against [0, 6].
TEST(TerritoryImport, MappedCategoryIsKept) {
    const std::string header = "code,name,pop,cat\n";
    ImportOptions options;
    for (const char* text : {"code=dane_code", "name=name", "pop=population", "cat=category"})
        options.mappings.push_back(parse_column_mapping(text));
    const auto imported = import_territories(header + "19137,Caldono,39946,6\n", "t.csv", options);
    EXPECT_EQ(imported.territories[0]["category"], 6);
    const auto caught = catch_scenario_error(
        [&] { import_territories(header + "19137,Caldono,39946,7\n", "t.csv", options); });
    EXPECT_EQ(caught.what, "t.csv: line 2, column \"cat\": expected an integer in [0, 6], got 7");
}

// is_capital comes from the built-in list: the 32 departmental capitals, Bogotá D.C. standing
// for Cundinamarca (25001, Agua de Dios, is not a capital); each capital's department is known.
TEST(TerritoryImport, CapitalsFromTheBuiltInList) {
    int capitals = 0;
    for (int code = 1; code <= 99999; ++code) {
        if (!dane::is_departmental_capital(code)) continue;
        ++capitals;
        EXPECT_TRUE(dane::department_name(dane::department_of(code))) << code;
        EXPECT_EQ(code % 1000, 1) << code;
    }
    EXPECT_EQ(capitals, 32);
    EXPECT_FALSE(dane::is_departmental_capital(25001));
    const auto imported = import(
        "5,Antioquia,5001,Medellín,1,2427129,0\n"
        "11,\"Bogotá, D.C.\",11001,\"Bogotá, D.C.\",1,7412566,0\n"
        "25,Cundinamarca,25001,Agua de Dios,1,11000,0\n"
        "19,Cauca,19137,Caldono,1,39946,0\n");
    EXPECT_EQ(imported.territories[0]["is_capital"], true);
    EXPECT_EQ(imported.territories[1]["is_capital"], true);
    EXPECT_EQ(imported.territories[2]["is_capital"], false);
    EXPECT_EQ(imported.territories[3]["is_capital"], false);
}

// The department's name comes from a mapped department column as written, else from DANE's
// names for the mapped department code, else from the municipal code's first digits.
TEST(TerritoryImport, DepartmentFromColumnCodeOrMunicipalCode) {
    const std::string row = "11,\"Bogotá, D.C.\",11001,Bogotá,1,7412566,0\n";
    EXPECT_EQ(import(row, dane_options({"State=department"})).territories[0]["department"],
              "Bogotá, D.C.");
    EXPECT_EQ(
        import(row, dane_options({"State code=department_code"})).territories[0]["department"],
        "Bogotá D.C.");
    EXPECT_EQ(import(row).territories[0]["department"], "Bogotá D.C.");
    EXPECT_EQ(import("88,X,88001,San Andrés,1,55000,0\n").territories[0]["department"],
              "San Andrés");
}

// A department code that disagrees with the municipal code's first digits is a mistake in the
// table (or in the mapping), not something to guess about.
TEST(TerritoryImport, DepartmentCodeMustMatchMunicipalCode) {
    const auto caught = catch_scenario_error([] {
        import("19,Cauca,5001,Medellín,1,2427129,0\n",
               dane_options({"State code=department_code"}));
    });
    EXPECT_EQ(caught.field_path, "line 2, column \"State code\"");
    EXPECT_PRED2(contains, caught.what, "department 19 does not match municipal code 5001");
}

// "19" is a department and "137" a municipality without its department: neither is a
// municipal code, and a code whose first digits name no department cannot give a department.
TEST(TerritoryImport, RefusesWhatIsNotAMunicipalCode) {
    for (const char* code : {"19", "137", "0137", "123456", "5001.0", "x"}) {
        const auto caught = catch_scenario_error(
            [&] { import(std::string("19,Cauca,") + code + ",Caldono,1,39946,0\n"); });
        EXPECT_EQ(caught.field_path, "line 2, column \"Municipality code\"") << code;
        EXPECT_PRED2(contains, caught.what, "expected a 5-digit DANE municipal code");
    }
    const auto unknown = catch_scenario_error([] { import("12,X,12001,Nowhere,1,100,0\n"); });
    EXPECT_PRED2(contains, unknown.what, "municipal code 12001 starts with 12, which is no DANE");
}

// Two rows with the same municipality (also when written "05001" and "5001") are refused and
// both lines named, so the user can find them.
TEST(TerritoryImport, DuplicateCodesNameBothLines) {
    const auto caught = catch_scenario_error([] {
        import(
            "5,Antioquia,05001,Medellín,1,2427129,0\n"
            "19,Cauca,19137,Caldono,1,39946,0\n"
            "5,Antioquia,5001,Medellín,1,2427129,0\n");
    });
    EXPECT_EQ(caught.what,
              "t.csv: line 4, column \"Municipality code\": municipal code 5001 appears twice, on "
              "line 2 and on line 4");
}

// A mapped column that the table lacks names the table and the column, suggests the nearest
// column and lists them all.
TEST(TerritoryImport, MissingColumnSuggestsAndListsColumns) {
    const auto caught = catch_scenario_error([] {
        import("19,Cauca,19137,Caldono,1,39946,0\n",
               dane_options({"Indian Populaton (%)=ethnic_share:percent"}));
    });
    EXPECT_EQ(caught.file, "t.csv");
    EXPECT_PRED2(contains, caught.what,
                 "no column \"Indian Populaton (%)\" (from --map \"Indian Populaton "
                 "(%)=ethnic_share:percent\"); did you mean \"Indian Population (%)\"? The "
                 "table's columns are \"State code\", \"State\", \"Municipality code\"");
}

// A bad value names the table, the line and the source column, what was expected and what
// was found (the message the issue asks for, word for word).
TEST(TerritoryImport, BadValueNamesLineAndColumn) {
    const auto caught = catch_scenario_error([] {
        import(
            "19,Cauca,19137,Caldono,1,39946,0\n"
            "19,Cauca,19001,Popayán,1,abc,0\n");
    });
    EXPECT_EQ(caught.what,
              "t.csv: line 3, column \"Population 2018\": expected a number > 0, got \"abc\"");
    const auto empty = catch_scenario_error([] { import("19,Cauca,19137,Caldono,1, ,0\n"); });
    EXPECT_PRED2(contains, empty.what, "got an empty cell (population is required)");
    const auto negative = catch_scenario_error([] { import("19,Cauca,19137,Caldono,1,-5,0\n"); });
    EXPECT_EQ(negative.what,
              "t.csv: line 2, column \"Population 2018\": expected a number > 0, got -5");
}

// A share out of [0, 1] after converting the percentage is refused, showing both the share
// and the cell as written; a percentage mapped without :percent is told how to map it.
TEST(TerritoryImport, OutOfRangeShareAfterConversion) {
    const auto caught = catch_scenario_error([] {
        import("19,Cauca,19137,Caldono,1,39946,150\n",
               dane_options({"Indian Population (%)=ethnic_share:percent"}));
    });
    EXPECT_EQ(caught.what,
              "t.csv: line 2, column \"Indian Population (%)\": expected a number in [0, 1], got "
              "1.5 (from \"150\" percent)");
    const auto unconverted = catch_scenario_error([] {
        import("19,Cauca,19137,Caldono,1,39946,74.96\n",
               dane_options({"Indian Population (%)=ethnic_share"}));
    });
    EXPECT_EQ(unconverted.what,
              "t.csv: line 2, column \"Indian Population (%)\": expected a number in [0, 1], got "
              "74.96; if the column is in percent, map it as \"Indian Population "
              "(%)=ethnic_share:percent\"");
}

// Mappings are checked before any table is read: the syntax, the field (with a suggestion)
// and the unit, which must suit the field.
TEST(TerritoryImport, MappingErrors) {
    EXPECT_EQ(usage_error([] { parse_column_mapping("population"); }),
              "--map: expected COLUMN=FIELD or COLUMN=FIELD:UNIT, got \"population\"");
    EXPECT_EQ(usage_error([] { parse_column_mapping("Population 2018=populaton"); }),
              "--map \"Population 2018=populaton\": unknown field \"populaton\"; did you mean "
              "\"population\"?");
    EXPECT_PRED2(contains, usage_error([] { parse_column_mapping("X=ethnic_share:percnt"); }),
                 "unknown unit \"percnt\"; did you mean \"percent\"?");
    EXPECT_PRED2(contains, usage_error([] { parse_column_mapping("X=population:percent"); }),
                 "population is not a share");
    EXPECT_PRED2(contains, usage_error([] { parse_column_mapping("X=name:thousands"); }),
                 "name is not a number");
    const ColumnMapping mapping = parse_column_mapping(" a=b = budget_cop : millions ");
    EXPECT_EQ(mapping.column, "a=b");
    EXPECT_EQ(mapping.field, "budget_cop");
    EXPECT_EQ(mapping.unit, Unit::millions);
}

// dane_code, name and population cannot be derived: without them the user is told which
// columns the table has; a field mapped twice is ambiguous.
TEST(TerritoryImport, RequiredFieldsMappedOnce) {
    ImportOptions options = dane_options();
    options.mappings.erase(options.mappings.begin() + 2);  // population
    const std::string missing = usage_error([&] { import("19,Cauca,19137,C,1,2,0\n", options); });
    EXPECT_PRED2(contains, missing, "t.csv: no column is mapped to population");
    EXPECT_PRED2(contains, missing, "\"Population 2018\"");
    const std::string twice = usage_error(
        [] { import("19,Cauca,19137,C,1,2,0\n", dane_options({"Population 2017=population"})); });
    EXPECT_PRED2(contains, twice, "population is mapped twice");
}

// Without a budget column, budget_cop is population x the per-capita figure (600,000 COP by
// default); a mapped budget in millions is scaled.
TEST(TerritoryImport, BudgetFromPerCapitaOrColumn) {
    EXPECT_EQ(import("19,Cauca,19137,Caldono,1,40000,0\n").territories[0]["budget_cop"], 2.4e10);
    ImportOptions options = dane_options();
    options.budget_per_capita_cop = 375000;
    EXPECT_EQ(import("19,Cauca,19137,Caldono,1,32000,0\n", options).territories[0]["budget_cop"],
              1.2e10);
    const auto mapped = import("19,Cauca,19137,Caldono,12000,32000,0\n",
                               dane_options({"Population 2017=budget_cop:millions"}));
    EXPECT_EQ(mapped.territories[0]["budget_cop"], 1.2e10);
    EXPECT_EQ(mapped.derived, (std::vector<std::string>{"department", "category", "is_capital"}));
}

// Tables that cannot give territories: empty, a header alone, a short row, invalid UTF-8.
// Rows of empty cells, as spreadsheets leave at the end, are skipped.
TEST(TerritoryImport, MalformedTables) {
    EXPECT_EQ(catch_scenario_error([] { import_territories("", "t.csv", dane_options()); }).what,
              "t.csv: empty file: expected a header row of column names");
    EXPECT_EQ(catch_scenario_error([] { import(""); }).what, "t.csv: no rows below the header");
    EXPECT_EQ(catch_scenario_error([] { import("19,Cauca,19137,Caldono,1,39946\n"); }).what,
              "t.csv: line 2: expected 7 cells as in the header, got 6");
    EXPECT_PRED2(contains,
                 catch_scenario_error([] { import("19,Cauca,19137,Cald\xF3no,1,39946,0\n"); }).what,
                 "line 2, column \"Municipality\": expected UTF-8 text, got invalid bytes");
    EXPECT_EQ(import("19,Cauca,19137,Caldono,1,39946,0\n,,,,,,\n").territories.size(), 1u);
}

// The CSV written reads back through the scenario's territories_csv reader to the same
// values: quoted names with commas and quotes, shares that need all 17 digits, booleans.
TEST(TerritoryImport, OutputReadsBackAsTerritoriesCsv) {
    const auto imported = import(
        "11,\"Bogotá, D.C.\",11001,\"Bogotá, \"\"D.C.\"\"\",1,7412566,0.1\n"
        "19,Cauca,19137,Caldono,1,39946,74.96\n"
        "19,Cauca,19001,Popayán,1,318059,0.3\n",
        dane_options({"State=department", "Indian Population (%)=ethnic_share:percent"}));
    const std::string text = territory_csv_text(imported);
    EXPECT_EQ(text.substr(0, text.find('\n')),
              "dane_code,name,department,category,population,ethnic_share,is_capital,budget_cop");
    EXPECT_PRED2(contains, text, "11001,\"Bogotá, \"\"D.C.\"\"\",\"Bogotá, D.C.\",0,7412566,");
    const auto rows = parse_territory_csv(text, "out.csv", schema::territory());
    ASSERT_EQ(rows.size(), imported.territories.size());
    for (std::size_t i = 0; i < rows.size(); ++i)
        EXPECT_EQ(rows[i].territory, imported.territories[i]) << i;
}

}  // namespace
}  // namespace coopsim::scenario
