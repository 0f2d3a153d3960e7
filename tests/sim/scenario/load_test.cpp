#include "sim/scenario/load.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include "scenario_test_files.hpp"

namespace coopsim::scenario {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using testing::catch_scenario_error;
using testing::contains;
using testing::fixture_dir;
using testing::minimal_scenario;
using testing::ScratchDir;

// Runs the test body in another working directory, to check that relative paths stay relative
// in messages; restores the previous one afterwards.
class WorkingDirectory {
  public:
    explicit WorkingDirectory(const fs::path& dir) : previous_(fs::current_path()) {
        fs::current_path(dir);
    }
    ~WorkingDirectory() { fs::current_path(previous_); }
    WorkingDirectory(const WorkingDirectory&) = delete;
    WorkingDirectory& operator=(const WorkingDirectory&) = delete;

  private:
    fs::path previous_;
};

// A file with only required keys loads; the name defaults to the file's stem, source_file is the
// path as given, and defaults reach the typed scenario.
TEST(LoadScenario, MinimalFileLoadsWithDefaults) {
    const fs::path file = fixture_dir() / "minimal.json";
    const Scenario s = load_scenario(file);
    EXPECT_EQ(s.name, "minimal");
    EXPECT_EQ(s.source_file, file.string());
    EXPECT_EQ(s.description, "");
    EXPECT_EQ(s.seed, 1u);
    EXPECT_EQ(s.year_count(), 20);
    ASSERT_EQ(s.territories.size(), 1u);
    EXPECT_EQ(s.territories[0].name, "Caldono");
    EXPECT_EQ(s.territories[0].rural_share, 0.5);
    EXPECT_EQ(s.territories[0].technical, 0.1);
    EXPECT_TRUE(s.donors.empty());
    EXPECT_EQ(s.national_agency.training_budget_cop, 2e9);
    EXPECT_EQ(s.routes[static_cast<int>(Route::twinning)].selection_odds, 0.7);
    EXPECT_EQ(s.local_actors.own_resources_cop, 2e7);
    EXPECT_EQ(s.parameters.term_years, 4);
}

// The classroom base: inline territories first, then the CSV rows (path relative to the base
// file), with every kind of object filled.
TEST(LoadScenario, ClassroomBaseLoadsInlineAndCsvTerritories) {
    const Scenario s = load_scenario(fixture_dir() / "base/classroom.json");
    ASSERT_EQ(s.territories.size(), 4u);
    EXPECT_EQ(s.territories[0].name, "Caldono");
    EXPECT_EQ(s.territories[1].dane_code, 19001);
    EXPECT_TRUE(s.territories[1].is_capital);
    EXPECT_EQ(s.territories[3].name, "San Isidro del Río, Alto");
    EXPECT_EQ(s.territories[3].stage, StrategyStage::exploring);
    EXPECT_EQ(s.donors.size(), 3u);
    EXPECT_EQ(s.donors[2].budget_path.back().value, 1.5);
    EXPECT_EQ(s.regional_allies[0].members.size(), 3u);
    EXPECT_EQ(json::parse(s.resolved_json).count("territories_csv"), 0u)
        << "the CSV rows are in resolved_json; the path is consumed";
}

// A what-if in another folder extends the base by a relative path: it changes only what it
// names (objects merge key by key), inherits the rest (the base's CSV still resolves against the
// base's folder), and keeps its own name rather than the base's.
TEST(LoadScenario, ExtendsAcrossFoldersAsAMergePatch) {
    const Scenario s = load_scenario(fixture_dir() / "whatif/more_training.json");
    EXPECT_EQ(s.name, "more_training");
    EXPECT_EQ(s.seed, 42u);
    EXPECT_EQ(s.end_year, 2015);
    EXPECT_EQ(s.territories.size(), 4u);
    EXPECT_EQ(s.national_agency.training_budget_cop, 1e10);
    EXPECT_EQ(s.national_agency.training_gain, 0.15);
    EXPECT_EQ(s.parameters.formal_protection, 0.8);
    EXPECT_EQ(s.parameters.lapse_rate, 0.6);
    EXPECT_EQ(json::parse(s.resolved_json).count("extends"), 0u);
}

// null in the extending file removes a key of the base (RFC 7386), e.g. the base's CSV.
TEST(LoadScenario, NullInTheExtendingFileRemovesABaseKey) {
    ScratchDir dir;
    const json child = {{"extends", (fixture_dir() / "base/classroom.json").string()},
                        {"territories_csv", nullptr},
                        {"regional_allies", nullptr}};
    const fs::path file = dir.write("child.json", child.dump());
    EXPECT_EQ(load_scenario(file).territories.size(), 1u);
}

// a.json extends b.json extends a.json: the loader stops and lists the chain.
TEST(LoadScenario, ExtendsCycleListsTheChain) {
    const fs::path a = fixture_dir() / "cycle/a.json";
    const fs::path b = fixture_dir() / "cycle/b.json";
    const auto caught = catch_scenario_error([&] { load_scenario(a); });
    EXPECT_EQ(caught.file, b.string());
    EXPECT_EQ(caught.field_path, "/extends");
    EXPECT_PRED2(contains, caught.what,
                 "extends cycle: " + a.string() + " -> " + b.string() + " -> " + a.string());
}

// Messages name files as the user gave them: relative stays relative, also for a base reached
// through `extends` ("scenarios/../base.json" is shown normalised as "base.json").
TEST(LoadScenario, MessagesNameFilesAsGiven) {
    ScratchDir dir;
    dir.write("base.json", R"({"seed": "one", "territories": [{"dane_code": 1, "name": "A",
        "department": "B", "population": 1, "budget_cop": 1}]})");
    dir.write("scenarios/what_if.json", R"({"extends": "../base.json"})");
    WorkingDirectory cwd(dir.path());
    const auto caught = catch_scenario_error([] { load_scenario("scenarios/what_if.json"); });
    EXPECT_EQ(caught.what, "base.json: /seed: expected an integer >= 0, got \"one\"");
}

// A value the extending file wrote is blamed on that file, not on its base.
TEST(LoadScenario, BadValueIsBlamedOnTheFileThatWroteIt) {
    ScratchDir dir;
    dir.write("base.json", minimal_scenario().dump());
    const fs::path child =
        dir.write("child.json", R"({"extends": "base.json", "parameters": {"lapse_rate": 7}})");
    const auto caught = catch_scenario_error([&] { load_scenario(child); });
    EXPECT_EQ(caught.file, child.string());
    EXPECT_EQ(caught.field_path, "/parameters/lapse_rate");
}

TEST(LoadScenario, MissingFilesAreNamed) {
    ScratchDir dir;
    const fs::path missing = dir.path() / "nowhere.json";
    EXPECT_EQ(catch_scenario_error([&] { load_scenario(missing); }).what,
              missing.string() + ": no such file");
    const fs::path child = dir.write("child.json", R"({"extends": "nowhere.json"})");
    const auto base = catch_scenario_error([&] { load_scenario(child); });
    EXPECT_EQ(base.file, child.string());
    EXPECT_EQ(base.field_path, "/extends");
    EXPECT_PRED2(contains, base.what, "no such file: " + missing.string());
    const fs::path csv = dir.write("csv.json", R"({"territories_csv": "nowhere.csv"})");
    const auto rows = catch_scenario_error([&] { load_scenario(csv); });
    EXPECT_EQ(rows.field_path, "/territories_csv");
    EXPECT_PRED2(contains, rows.what, "no such file");
    EXPECT_PRED2(contains, catch_scenario_error([&] { load_scenario(dir.path()); }).what,
                 "is a folder");
}

// A file without read permission is an error, not an empty scenario. Root reads anything, so
// the check is skipped there.
TEST(LoadScenario, UnreadableFileIsAnError) {
    if (::geteuid() == 0) GTEST_SKIP() << "running as root: permissions do not apply";
    ScratchDir dir;
    const fs::path file = dir.write("locked.json", minimal_scenario().dump());
    fs::permissions(file, fs::perms::none);
    const auto caught = catch_scenario_error([&] { load_scenario(file); });
    fs::permissions(file, fs::perms::owner_all);
    EXPECT_EQ(caught.file, file.string());
    EXPECT_PRED2(contains, caught.what, "cannot be read");
}

struct BadInput {
    const char* kind;
    std::string text;        // the scenario file
    std::string field_path;  // exactly as in the message
    std::string message;     // a part of what follows it
};

void PrintTo(const BadInput& bad, std::ostream* out) {
    *out << bad.kind;
}

std::string with_territory_field(const std::string& key_and_value) {
    return R"({"territories": [{"dane_code": 19137, "name": "Caldono", "department": "Cauca",
        "population": 32000, "budget_cop": 1e10, )" +
           key_and_value + "}]}";
}

// Every kind of bad input gives a ScenarioError whose message names the file and the exact
// field (or line and column) and says what was expected and what was got.
class BadScenarioFile : public ::testing::TestWithParam<BadInput> {};

TEST_P(BadScenarioFile, NamesTheFileAndField) {
    ScratchDir dir;
    const fs::path file = dir.write(std::string(GetParam().kind) + ".json", GetParam().text);
    const auto caught = catch_scenario_error([&] { load_scenario(file); });
    EXPECT_EQ(caught.file, file.string());
    EXPECT_EQ(caught.field_path, GetParam().field_path);
    const std::string field = GetParam().field_path.empty() ? "" : GetParam().field_path + ": ";
    EXPECT_PRED2(contains, caught.what, file.string() + ": " + field + GetParam().message);
}

INSTANTIATE_TEST_SUITE_P(
    EveryKind, BadScenarioFile,
    ::testing::Values(
        BadInput{"malformed", "{\n  \"seed\": 1,\n  \"years\" {}\n}", "line 3, column 11",
                 "malformed JSON: syntax error while parsing object"},
        BadInput{"truncated", "{\"seed\": 1", "line 1, column 10",
                 "malformed JSON: syntax error while parsing object - unexpected end of input"},
        BadInput{"unknown_key", R"({"parameters": {"lapse_rte": 0.5}})", "/parameters/lapse_rte",
                 "unknown key \"lapse_rte\"; did you mean \"lapse_rate\"?"},
        BadInput{
            "wrong_type",
            R"({"donors": [{"name": "A", "type": "multilateral", "budget_usd": "abc", "routes": ["ngo"]}]})",
            "/donors/0/budget_usd", "expected a number >= 0, got \"abc\""},
        BadInput{"out_of_range", with_territory_field(R"("rural_share": 1.2)"),
                 "/territories/0/rural_share", "expected a number in [0, 1], got 1.2"},
        BadInput{"overflow", with_territory_field(R"("area_km2": 1e999)"),
                 "/territories/0/area_km2", "number \"1e999\" is out of range of a double"},
        BadInput{"non_integer", with_territory_field(R"("category": 2.5)"),
                 "/territories/0/category", "expected an integer in [0, 6], got 2.5"},
        BadInput{"int_overflow", with_territory_field(R"("twinning_partners": 3000000000)"),
                 "/territories/0/twinning_partners",
                 "expected an integer in [0, 100], got 3000000000"},
        BadInput{"int_huge", with_territory_field(R"("network_memberships": 1e30)"),
                 "/territories/0/network_memberships",
                 "expected an integer in [0, 100], got 1e+30"},
        BadInput{
            "missing_required",
            R"({"territories": [{"dane_code": 1, "name": "A", "population": 1, "budget_cop": 1}]})",
            "/territories/0/department", "missing required key; expected a non-empty string"},
        BadInput{"enum", with_territory_field(R"("max_stage": "formally")"),
                 "/territories/0/max_stage",
                 "expected one of \"none\", \"exploring\", \"formal\", got \"formally\""},
        BadInput{"duplicate_key", R"({"seed": 1, "seed": 2})", "/seed", "duplicate key \"seed\""},
        BadInput{"not_an_object", "[1, 2]", "",
                 "expected an object (a scenario), got an array of 2 items"},
        BadInput{"rule", R"({"years": {"start": 2020, "end": 2010}, "territories": [{"dane_code": 1,
                 "name": "A", "department": "B", "population": 1, "budget_cop": 1}]})",
                 "/years/end", "expected end >= start (2020), got 2010"},
        BadInput{"bad_extends", R"({"extends": 5})", "/extends", "expected a non-empty string"}),
    [](const ::testing::TestParamInfo<BadInput>& bad) { return std::string(bad.param.kind); });

// The empty-path case of the table prints no field part: "x.json: expected ...".
TEST(LoadScenario, EmptyFileIsAnError) {
    ScratchDir dir;
    const fs::path file = dir.write("empty.json", "  \n");
    EXPECT_EQ(catch_scenario_error([&] { load_scenario(file); }).what,
              file.string() + ": empty file: expected a JSON object");
}

// 100,000 nested arrays: a clean error, no stack overflow, whether read from a file or given
// in memory.
TEST(LoadScenario, DeepNestingIsACleanError) {
    ScratchDir dir;
    const std::string deep =
        "{\"x\": " + std::string(100'000, '[') + std::string(100'000, ']') + "}";
    const fs::path file = dir.write("deep.json", deep);
    const auto caught = catch_scenario_error([&] { load_scenario(file); });
    EXPECT_EQ(caught.file, file.string());
    EXPECT_PRED2(contains, caught.what, "nesting deeper than 64 levels");

    // Built in place: copying a json value is recursive, and so would overflow the stack here.
    json in_memory = json::object();
    json* innermost = &in_memory["x"];
    for (int i = 0; i < 100'000; ++i) {
        *innermost = json::array({nullptr});
        innermost = &innermost->back();
    }
    EXPECT_PRED2(contains,
                 catch_scenario_error([&] { load_scenario_json(in_memory, "mem.json", "."); }).what,
                 "mem.json: nesting deeper than 64 levels");
}

// A 50 MB file loads (here: a long description) without blowing up, and a 50 MB bad value is
// shown shortened rather than copied into the message.
TEST(LoadScenario, LargeFileLoads) {
    ScratchDir dir;
    json document = minimal_scenario();
    document["description"] = std::string(50'000'000, 'x');
    const fs::path file = dir.write("large.json", document.dump());
    EXPECT_EQ(load_scenario(file).description.size(), 50'000'000u);

    document["seed"] = document["description"];
    const fs::path bad = dir.write("large_bad.json", document.dump());
    const auto caught = catch_scenario_error([&] { load_scenario(bad); });
    EXPECT_EQ(caught.field_path, "/seed");
    EXPECT_LT(caught.what.size(), 1000u);
}

// A country-sized CSV (about 1,100 municipalities) loads, rows after the inline territories.
TEST(LoadScenario, CountrySizedCsvLoads) {
    ScratchDir dir;
    std::string csv = "dane_code,name,department,population,budget_cop\n";
    for (int code = 1; code <= 1122; ++code) {
        csv += std::to_string(code + 1000) + ",M" + std::to_string(code) + ",D,1000,1e9\n";
    }
    dir.write("all.csv", csv);
    const fs::path file = dir.write("country.json", R"({"territories_csv": "all.csv"})");
    const Scenario s = load_scenario(file);
    ASSERT_EQ(s.territories.size(), 1122u);
    EXPECT_EQ(s.territories.back().name, "M1122");
}

// A bad value in a CSV row is reported at the CSV file, line and column, even when found by
// the validator (range) or by a rule (a repeated DANE code).
TEST(LoadScenario, CsvRowProblemsNameTheCsvLine) {
    ScratchDir dir;
    dir.write("t.csv",
              "dane_code,name,department,population,budget_cop,rural_share\n"
              "1,A,D,10,1,0.5\n2,B,D,10,1,1.5\n1,C,D,10,1,0.5\n3,,D,10,1,0.5\n");
    const fs::path file = dir.write("x.json", R"({"territories_csv": "t.csv"})");
    const auto caught = catch_scenario_error([&] { load_scenario(file); });
    const std::string csv = (dir.path() / "t.csv").string();
    EXPECT_EQ(caught.file, csv);
    EXPECT_EQ(caught.field_path, "line 3, column rural_share");
    EXPECT_PRED2(contains, caught.what,
                 csv + ": line 3, column rural_share: expected a number in [0, 1], got 1.5");
    EXPECT_PRED2(contains, caught.what,
                 "also " + csv + ": line 5, column name: missing required key");

    dir.write("t.csv", "dane_code,name,department,population,budget_cop\n1,A,D,10,1\n1,C,D,10,1\n");
    EXPECT_PRED2(contains, catch_scenario_error([&] { load_scenario(file); }).what,
                 csv + ": line 3, column dane_code: expected a unique dane_code, got 1 again");
}

// All problems of a file are listed in one message (the first in the exception's fields), so
// that several typos are fixed in one go.
TEST(LoadScenario, ListsEveryProblem) {
    const auto caught = catch_scenario_error([] {
        load_scenario_json({{"seed", -1}, {"sede", 1}, {"territories", {{{"dane_code", 0}}}}},
                           "x.json", ".");
    });
    EXPECT_EQ(caught.field_path, "/sede");
    EXPECT_PRED2(contains, caught.what, "\n  also x.json: /seed: expected an integer >= 0, got -1");
    EXPECT_PRED2(
        contains, caught.what,
        "\n  also x.json: /territories/0/dane_code: expected an integer in [1, 99999], got 0");
    EXPECT_PRED2(contains, caught.what,
                 "\n  also x.json: /territories/0/name: missing required key");
}

// The name defaults to the stem of the file (or of the origin of an in-memory document); a
// name given in the file or by --set wins.
TEST(LoadScenarioJson, NameDefaultsToTheOriginStem) {
    EXPECT_EQ(load_scenario_json(minimal_scenario(), "scenarios/caldono.json", ".").name,
              "caldono");
    json named = minimal_scenario();
    named["name"] = "Caldono 2008";
    EXPECT_EQ(load_scenario_json(named, "x.json", ".").name, "Caldono 2008");
    EXPECT_EQ(load_scenario_json(minimal_scenario(), "x.json", ".", {"name=other"}).name, "other");
}

// resolved_json is itself a valid scenario that loads to the same resolved_json: what a run
// records is enough to repeat it.
TEST(LoadScenarioJson, ResolvedJsonLoadsToItself) {
    const Scenario s = load_scenario(fixture_dir() / "whatif/more_training.json");
    const Scenario again = load_scenario_json(json::parse(s.resolved_json), "again.json", ".");
    EXPECT_EQ(again.resolved_json, s.resolved_json);
}

// extends in an in-memory document resolves against base_dir.
TEST(LoadScenarioJson, ExtendsResolvesAgainstBaseDir) {
    const Scenario s = load_scenario_json({{"extends", "base/classroom.json"}, {"seed", 7}},
                                          "mem.json", fixture_dir());
    EXPECT_EQ(s.seed, 7u);
    EXPECT_EQ(s.territories.size(), 4u);
    EXPECT_EQ(s.name, "mem");
}

// Every scenario shipped in scenarios/, subfolders included, loads: a schema change that
// breaks one is caught here, next to the schema, rather than when a user runs it.
TEST(ShippedScenarios, AllLoad) {
    const fs::path dir = fs::path(COOPSIM_SOURCE_DIR) / "scenarios";
    if (!fs::is_directory(dir)) GTEST_SKIP() << "no scenarios/ folder";
    int loaded = 0;
    for (const auto& entry : fs::recursive_directory_iterator(dir)) {
        // scenarios/experiments/ holds experiment files (coopsim sweep), not scenarios.
        if (entry.path().extension() != ".json" ||
            entry.path().parent_path().filename() == "experiments")
            continue;
        ++loaded;
        EXPECT_NO_THROW(load_scenario(entry.path())) << entry.path();
    }
    // caldono, its counterfactual, colombia-baseline, 8 what-ifs, 8 classroom files.
    EXPECT_GE(loaded, 19);
}

}  // namespace
}  // namespace coopsim::scenario
