// The written file as other tools see it: netCDF's ncdump, HDF5's h5diff and, when
// installed, Python's xarray (engine h5netcdf). Each test is skipped where its tool is absent.
#include <gtest/gtest.h>

#include <fstream>

#include "output/writer.hpp"
#include "test_support.hpp"

namespace coopsim::output {
namespace {

namespace fs = std::filesystem;
using testing::run_command;
using testing::sample_record;
using testing::ScratchDir;

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// ncdump (netCDF-C) reads the header: the dimensions come from the dimension scales (the
// zero-length one as UNLIMITED), /donors sees the territory dimension through its root
// proxy, and attributes, even a scenario_json of 400 kB, are listed.
TEST(Interop, NcdumpReadsHeader) {
    if (!fs::exists("/usr/bin/ncdump")) GTEST_SKIP() << "ncdump not installed";
    ScratchDir dir;
    RunRecord record = sample_record();
    record.identity.scenario_json = R"({"notes":")" + std::string(400'000, 'x') + R"("})";
    write_run(dir / "out.h5", record);
    std::string output;
    ASSERT_EQ(run_command("/usr/bin/ncdump -h '" + (dir / "out.h5").string() + "'", output), 0)
        << output.substr(0, 2000);
    EXPECT_TRUE(contains(output, "years = 5 ;")) << output.substr(0, 2000);
    EXPECT_TRUE(contains(output, "dane_code = 3 ;"));
    EXPECT_TRUE(contains(output, "project_id = UNLIMITED ; // (0 currently)"));
    EXPECT_TRUE(contains(output, "double disbursed_usd(years, donor_id, dane_code) ;"));
    EXPECT_TRUE(contains(output, "string cooperation_received_cop:units = \"COP\" ;"));
    EXPECT_TRUE(contains(output, "string :filetype = \"coopsim-run\" ;"));
    EXPECT_TRUE(contains(output, std::string(400'000, 'x')));
    EXPECT_FALSE(contains(output, "phony_dim"));
}

// ncdump also reads every value back (strings, the empty datasets, the chunked ones). An empty
// string shows as `_`: it equals netCDF's default fill value for strings.
TEST(Interop, NcdumpReadsData) {
    if (!fs::exists("/usr/bin/ncdump")) GTEST_SKIP() << "ncdump not installed";
    ScratchDir dir;
    write_run(dir / "out.h5", sample_record());
    std::string output;
    ASSERT_EQ(run_command("/usr/bin/ncdump '" + (dir / "out.h5").string() + "'", output), 0)
        << output.substr(0, 2000);
    EXPECT_TRUE(contains(output, "years = 2020, 2021, 2022, 2023, 2024 ;"))
        << output.substr(0, 2000);
    EXPECT_TRUE(contains(output, "name = \"Medellín\", \"Bogotá D.C.\", _ ;"));
}

// Two runs of the same content differ only in /provenance: h5diff excluding it finds no
// difference, while a real change of one value is found (so the test can fail).
TEST(Interop, H5diffSeesOnlyProvenanceDiffer) {
    if (!fs::exists("/usr/bin/h5diff")) GTEST_SKIP() << "h5diff not installed";
    ScratchDir dir;
    RunRecord first = sample_record();
    RunRecord second = sample_record();
    second.provenance = {"2027-01-01T00:00:00Z", "other-host", 99.5, 16, "coopsim run y.json"};
    write_run(dir / "a.h5", first);
    write_run(dir / "b.h5", second);
    const std::string files =
        " '" + (dir / "a.h5").string() + "' '" + (dir / "b.h5").string() + "'";
    std::string output;
    EXPECT_EQ(run_command("/usr/bin/h5diff --exclude-path /provenance" + files, output), 0)
        << output;
    EXPECT_EQ(run_command("/usr/bin/h5diff" + files, output), 1) << "provenance should differ";

    std::get<std::vector<double>>(second.columns[4].values)[7] += 1.0;
    write_run(dir / "b.h5", second, {.force = true});
    EXPECT_EQ(run_command("/usr/bin/h5diff --exclude-path /provenance" + files, output), 1)
        << output;
}

// xarray opens each group with the h5netcdf engine, with labelled dimensions and the CF
// attributes; the group whose columns use another group's axis opens too.
TEST(Interop, XarrayOpensGroups) {
    std::string output;
    if (run_command("/usr/bin/python3 -c 'import xarray, h5netcdf'", output) != 0)
        GTEST_SKIP() << "python3 with xarray and h5netcdf not installed";
    ScratchDir dir;
    write_run(dir / "out.h5", sample_record());
    const std::string script =
        "import sys, xarray as xr\n"
        "f = sys.argv[1]\n"
        "t = xr.open_dataset(f, engine='h5netcdf', group='territories')\n"
        "v = t['cooperation_received_cop']\n"
        "assert v.dims == ('years', 'dane_code'), v.dims\n"
        "assert v.attrs['units'] == 'COP'\n"
        "assert list(t['dane_code'].values) == ['05001', '11001', '76001']\n"
        "d = xr.open_dataset(f, engine='h5netcdf', group='donors')\n"
        "assert d['disbursed_usd'].dims == ('years', 'donor_id', 'dane_code')\n"
        "p = xr.open_dataset(f, engine='h5netcdf', group='projects')\n"
        "assert p.sizes['project_id'] == 0\n"
        "r = xr.open_dataset(f, engine='h5netcdf')\n"
        "assert r.attrs['filetype'] == 'coopsim-run'\n"
        "print('ok')\n";
    fs::path script_path = dir / "check.py";
    std::ofstream(script_path) << script;
    ASSERT_EQ(run_command("/usr/bin/python3 '" + script_path.string() + "' '" +
                              (dir / "out.h5").string() + "'",
                          output),
              0)
        << output;
    EXPECT_TRUE(contains(output, "ok"));
}

}  // namespace
}  // namespace coopsim::output
