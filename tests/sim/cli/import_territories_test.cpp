// coopsim import-territories as a user runs it: the CSV it writes, its exit codes, that it
// never leaves a file behind on error, and the real DANE tables of ../shared/data (skipped
// where that folder is absent: those files are not the project's to ship).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <iostream>

#include "scratch_folder.hpp"
#include "sim/scenario/schema.hpp"
#include "sim/scenario/territory_csv.hpp"
#include "subprocess.hpp"

namespace coopsim::cli::testing {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::StartsWith;

const fs::path kSharedData = fs::path(COOPSIM_SOURCE_DIR) / ".." / "shared" / "data";
const fs::path kDaneTable = kSharedData / "col_municipios_dane_variables_MITCriticalData.csv";
const fs::path kSirajTable = kSharedData / "col_municipios_siraj2018_aggregate.csv";
const fs::path kAreaTable = kSharedData / "col_municipios_area_MITCriticalData.csv";

// A DANE-shaped table of three municipalities, written by the tests themselves.
const std::string kTable =
    "State code,State,Municipality code,Municipality,Population 2018,Indian Population (%)\n"
    "19,Cauca,19137,Caldono,39946,74.96\n"
    "5,Antioquia,05001,Medellín,2427129,0.09\n"
    "19,Cauca,19001,Popayán,318059,2.5\n";

const std::vector<std::string> kMaps{
    "--map", "Municipality code=dane_code", "--map", "Municipality=name",
    "--map", "Population 2018=population",  "--map", "Indian Population (%)=ethnic_share:percent"};

std::vector<scenario::CsvTerritory> read_territories(const fs::path& file) {
    return scenario::read_territory_csv(file, file.string(), scenario::schema::territory());
}

const scenario::CsvTerritory* find_code(const std::vector<scenario::CsvTerritory>& rows, int code) {
    for (const auto& row : rows) {
        if (row.territory["dane_code"] == code) return &row;
    }
    return nullptr;
}

class ImportTerritoriesTest : public ::testing::Test {
  protected:
    Outcome coopsim(const std::vector<std::string>& args) {
        std::vector<std::string> all{"import-territories"};
        all.insert(all.end(), args.begin(), args.end());
        return run_coopsim(all, folder.path());
    }
    Outcome import(const std::string& table, std::vector<std::string> extra = {}) {
        std::vector<std::string> args{table};
        args.insert(args.end(), kMaps.begin(), kMaps.end());
        args.insert(args.end(), extra.begin(), extra.end());
        return coopsim(args);
    }
    // What every refused import must do: exit 2, a message naming each culprit, nothing on
    // stdout, no file (nor temporary file) left in the folder.
    void expect_refused(const Outcome& outcome, const std::vector<std::string>& culprits) {
        EXPECT_EQ(outcome.exit_code, 2) << outcome.err;
        EXPECT_THAT(outcome.err, StartsWith("coopsim: "));
        for (const auto& culprit : culprits)
            EXPECT_THAT(outcome.err, HasSubstr(culprit));
        EXPECT_EQ(outcome.out, "");
        EXPECT_THAT(folder.unexpected_files(), IsEmpty());
    }

    ScratchFolder folder;
};

// --help shows the usage, the mapping syntax with its units, what is derived, and an example
// on DANE's table, so a user can import without reading the source.
TEST_F(ImportTerritoriesTest, HelpDocumentsMappingsAndExample) {
    const Outcome outcome = coopsim({"--help"});
    EXPECT_EQ(outcome.exit_code, 0);
    for (const char* text :
         {"Usage: coopsim import-territories TABLE.csv --map COLUMN=FIELD[:UNIT]", "--out",
          "--force", "--budget-per-capita-cop", "percent", "department_code", "Law 617",
          "\"Population 2018=population\"", "col_municipios_dane_variables_MITCriticalData.csv"})
        EXPECT_THAT(outcome.out, HasSubstr(text));
    EXPECT_THAT(coopsim({}).err, HasSubstr("import-territories: missing the TABLE.csv file"));
    EXPECT_THAT(run_coopsim({"--help"}, folder.path()).out, HasSubstr("  import-territories  "));
}

// A table becomes territories.csv (the default --out): rows in code order, the percentage as a
// share, category, capital, department and budget derived; the summary says what was derived.
TEST_F(ImportTerritoriesTest, WritesTerritoriesCsvInCodeOrder) {
    folder.write("table.csv", kTable);
    const Outcome outcome = import("table.csv");
    ASSERT_EQ(outcome.exit_code, 0) << outcome.err;
    EXPECT_THAT(outcome.out, HasSubstr("Wrote 3 territories to territories.csv"));
    EXPECT_THAT(outcome.out, HasSubstr("budget_cop (600000 COP per inhabitant)"));
    EXPECT_EQ(read_file(folder.path() / "territories.csv"),
              "dane_code,name,department,category,population,ethnic_share,is_capital,budget_cop\n"
              "5001,Medellín,Antioquia,0,2427129,0.0009,true,1456277400000\n"
              "19001,Popayán,Cauca,1,318059,0.025,true,190835400000\n"
              "19137,Caldono,Cauca,3,39946,0.7496,false,23967600000\n");
}

// An existing output is kept unless --force: refused with exit 2 and left as it was.
TEST_F(ImportTerritoriesTest, ExistingOutputNeedsForce) {
    folder.write("table.csv", kTable);
    folder.write("out.csv", "precious\n");
    expect_refused(import("table.csv", {"--out", "out.csv"}), {"out.csv", "--force"});
    EXPECT_EQ(read_file(folder.path() / "out.csv"), "precious\n");
    const Outcome forced = import("table.csv", {"--out", "out.csv", "--force", "--quiet"});
    EXPECT_EQ(forced.exit_code, 0) << forced.err;
    EXPECT_EQ(forced.out, "");
    EXPECT_EQ(read_territories(folder.path() / "out.csv").size(), 3u);
}

// A bad value stops the import before anything is written (no output, no temporary file),
// and the message names the table, the line and the column.
TEST_F(ImportTerritoriesTest, BadTableLeavesNoFile) {
    folder.write("bad.csv", kTable + "19,Cauca,19212,Cajibío,abc,10\n");
    expect_refused(import("bad.csv"),
                   {"bad.csv: line 5, column \"Population 2018\": expected a number > 0, got "
                    "\"abc\""});
    folder.write("twice.csv", kTable + "5,Antioquia,5001,Medellín,2427129,0.09\n");
    expect_refused(import("twice.csv"), {"twice.csv", "on line 3 and on line 5"});
    expect_refused(import("absent.csv"), {"absent.csv: no such file"});
    folder.write("empty.csv", "");
    expect_refused(import("empty.csv"), {"empty.csv: empty file"});
}

// Option mistakes exit 2 and point at the command's --help; an unknown field gets a suggestion.
TEST_F(ImportTerritoriesTest, UsageErrorsPointAtHelp) {
    folder.write("table.csv", kTable);
    const auto typo = coopsim({"table.csv", "--map", "Municipality code=dane_cod"});
    expect_refused(typo, {"unknown field \"dane_cod\"; did you mean \"dane_code\"?",
                          "Run 'coopsim import-territories --help'"});
    expect_refused(import("table.csv", {"--budget-per-capita-cop", "-1"}),
                   {"--budget-per-capita-cop: expected a number of COP >= 0, got \"-1\""});
    expect_refused(coopsim({"table.csv", "--map", "Municipality=name"}),
                   {"table.csv: no column is mapped to dane_code", "\"Municipality code\""});
}

// DANE's table of all 1,122 municipalities (real, messy data nobody on this project wrote):
// codes without the leading zero, accented names, population by year, indigenous population
// in percent. Caldono is 74.96 % indigenous (the article says 75 %), Medellín a capital of
// special category. The CSV then runs as a scenario's territories_csv with one donor.
TEST_F(ImportTerritoriesTest, RealDaneTableImportsAndRuns) {
    if (!fs::exists(kDaneTable)) GTEST_SKIP() << kDaneTable << " is absent";
    const auto started = std::chrono::steady_clock::now();
    const Outcome outcome = coopsim(
        {kDaneTable.string(), "--map", "Municipality code=dane_code", "--map", "Municipality=name",
         "--map", "State code=department_code", "--map", "Population 2018=population", "--map",
         "Indian Population (%)=ethnic_share:percent", "--quiet"});
    const std::chrono::duration<double> took = std::chrono::steady_clock::now() - started;
    ASSERT_EQ(outcome.exit_code, 0) << outcome.err;
    std::cout << "[ info     ] imported " << kDaneTable.filename() << " in " << took.count()
              << " s\n";

    const auto rows = read_territories(folder.path() / "territories.csv");
    EXPECT_EQ(rows.size(), 1122u);
    const auto* caldono = find_code(rows, 19137);
    ASSERT_NE(caldono, nullptr);
    EXPECT_EQ(caldono->territory["name"], "Caldono");
    EXPECT_EQ(caldono->territory["department"], "Cauca");
    EXPECT_NEAR(caldono->territory["ethnic_share"].get<double>(), 0.7496, 1e-12);
    const auto* medellin = find_code(rows, 5001);
    ASSERT_NE(medellin, nullptr);
    EXPECT_EQ(medellin->territory["name"], "Medellín");
    EXPECT_EQ(medellin->territory["is_capital"], true);
    EXPECT_EQ(medellin->territory["category"], 0);
    EXPECT_EQ(find_code(rows, 11001)->territory["department"], "Bogotá D.C.");
    int capitals = 0;
    for (const auto& row : rows)
        capitals += row.territory["is_capital"] == true ? 1 : 0;
    EXPECT_EQ(capitals, 32);

    folder.write("all.json", R"({
  "name": "all-municipalities",
  "years": {"start": 2008, "end": 2010},
  "territories_csv": "territories.csv",
  "donors": [{"name": "UNDP", "type": "multilateral", "budget_usd": 2000000,
              "routes": ["ngo", "official_open_call"]}]
})");
    const Outcome run =
        run_coopsim({"run", "all.json", "--out", "all.h5", "--quiet"}, folder.path());
    EXPECT_EQ(run.exit_code, 0) << run.err;
    EXPECT_TRUE(fs::exists(folder.path() / "all.h5"));
}

// Siraj et al.'s table has no department column: the department comes from the code's first
// digits, with DANE's names. Its names are upper case without accents, kept as given; it also
// lists 99999, the disputed area ("AREA EN LITIGIO"), as a unit, which imports under Vichada.
TEST_F(ImportTerritoriesTest, RealSirajTableTakesDepartmentsFromCodes) {
    if (!fs::exists(kSirajTable)) GTEST_SKIP() << kSirajTable << " is absent";
    const Outcome outcome =
        coopsim({kSirajTable.string(), "--map", "ID_ESPACIA=dane_code", "--map", "NOM_MUNICI=name",
                 "--map", "Wpop2015=population", "--out", "siraj.csv"});
    ASSERT_EQ(outcome.exit_code, 0) << outcome.err;
    const auto rows = read_territories(folder.path() / "siraj.csv");
    EXPECT_EQ(rows.size(), 1123u);
    EXPECT_EQ(find_code(rows, 19137)->territory["department"], "Cauca");
    EXPECT_EQ(find_code(rows, 19137)->territory["name"], "CALDONO");
}

// The area table has no code column: the import is refused, listing the columns it has.
TEST_F(ImportTerritoriesTest, RealAreaTableWithoutCodesIsRefused) {
    if (!fs::exists(kAreaTable)) GTEST_SKIP() << kAreaTable << " is absent";
    expect_refused(
        coopsim({kAreaTable.string(), "--map", "Municipio=name", "--map", "Area (km2)=area_km2"}),
        {"no column is mapped to dane_code", "\"Departamento\", \"Municipio\""});
}

}  // namespace
}  // namespace coopsim::cli::testing
