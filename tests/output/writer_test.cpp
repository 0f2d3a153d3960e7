#include "output/writer.hpp"

#include <gtest/gtest.h>
#include <hdf5.h>
#include <hdf5_hl.h>
#include <unistd.h>

#include <fstream>

#include "output/format.hpp"
#include "output/output_error.hpp"
#include "output/reader.hpp"
#include "test_support.hpp"

namespace coopsim::output {
namespace {

namespace fs = std::filesystem;
using testing::sample_record;
using testing::ScratchDir;

// The message of the OutputError that write_run throws, or "" if it succeeds.
std::string write_error(const fs::path& path, const RunRecord& record, WriteOptions opts = {}) {
    try {
        write_run(path, record, opts);
    } catch (const OutputError& e) {
        return e.what();
    }
    return "";
}

// Raw HDF5 access to a written file, to check what the file itself holds (independently of
// our reader). Closes everything on destruction.
struct RawFile {
    explicit RawFile(const fs::path& path)
        : id(H5Fopen(path.c_str(), H5F_ACC_RDONLY, H5P_DEFAULT)) {}
    ~RawFile() { H5Fclose(id); }
    hid_t id;
};

struct RawDataset {
    RawDataset(hid_t file, const char* path) : id(H5Dopen2(file, path, H5P_DEFAULT)) {}
    ~RawDataset() { H5Dclose(id); }
    hid_t id;
};

std::string string_attribute(hid_t object, const char* name) {
    hid_t attribute = H5Aopen(object, name, H5P_DEFAULT);
    hid_t type = H5Aget_type(attribute);
    char* value = nullptr;
    H5Aread(attribute, type, &value);
    std::string result = value ? value : "";
    H5free_memory(value);
    H5Tclose(type);
    H5Aclose(attribute);
    return result;
}

// A successful write leaves exactly the named file: no temporary file beside it.
TEST(WriteRun, LeavesOnlyTheFile) {
    ScratchDir dir;
    write_run(dir / "out.h5", sample_record());
    EXPECT_EQ(dir.entries(), std::vector<std::string>{"out.h5"});
}

// The root attributes identify the file (filetype, format version) and the run; /provenance
// holds what varies between identical runs.
TEST(WriteRun, WritesRootAttributesAndProvenance) {
    ScratchDir dir;
    write_run(dir / "out.h5", sample_record());
    RawFile file(dir / "out.h5");
    EXPECT_EQ(string_attribute(file.id, "filetype"), kFileType);
    EXPECT_EQ(string_attribute(file.id, "format_version"), kFormatVersion);
    EXPECT_EQ(string_attribute(file.id, "git_commit"), "abc123-dirty");
    EXPECT_EQ(string_attribute(file.id, "scenario_json"), sample_record().identity.scenario_json);
    std::uint64_t seed = 0;
    hid_t attribute = H5Aopen(file.id, "seed", H5P_DEFAULT);
    H5Aread(attribute, H5T_NATIVE_UINT64, &seed);
    H5Aclose(attribute);
    EXPECT_EQ(seed, 18446744073709551557ull);
    hid_t provenance = H5Gopen2(file.id, "/provenance", H5P_DEFAULT);
    EXPECT_EQ(string_attribute(provenance, "host"), "test-host");
    H5Gclose(provenance);
}

// Each column carries the CF attributes `units` (omitted when the unit is empty) and
// `long_name`, which ncdump and xarray show.
TEST(WriteRun, WritesUnitsAndLongName) {
    ScratchDir dir;
    write_run(dir / "out.h5", sample_record());
    RawFile file(dir / "out.h5");
    RawDataset received(file.id, "/territories/cooperation_received_cop");
    EXPECT_EQ(string_attribute(received.id, "units"), "COP");
    EXPECT_EQ(string_attribute(received.id, "long_name"), "Cooperation received in the year.");
    RawDataset code(file.id, "/territories/dane_code");
    EXPECT_EQ(H5Aexists(code.id, "units"), 0);
}

// Scale columns are dimension scales named after their axis, attached to the right dimension
// of every dataset using the axis (checked with HDF5's own H5DSis_attached).
TEST(WriteRun, AttachesDimensionScales) {
    ScratchDir dir;
    write_run(dir / "out.h5", sample_record());
    RawFile file(dir / "out.h5");
    RawDataset years(file.id, "/years");
    RawDataset territories(file.id, "/territories/dane_code");
    RawDataset donors(file.id, "/donors/donor_id");
    EXPECT_GT(H5DSis_scale(years.id), 0);
    char name[32] = {};
    H5DSget_scale_name(territories.id, name, sizeof name);
    EXPECT_STREQ(name, "territory");

    RawDataset disbursed(file.id, "/donors/disbursed_usd");
    EXPECT_GT(H5DSis_attached(disbursed.id, years.id, 0), 0);
    EXPECT_GT(H5DSis_attached(disbursed.id, donors.id, 1), 0);
    EXPECT_GT(H5DSis_attached(disbursed.id, territories.id, 2), 0);
    EXPECT_EQ(H5DSis_attached(disbursed.id, territories.id, 1), 0);

    RawDataset exchange(file.id, "/territories/exchange");  // the same axis twice
    EXPECT_GT(H5DSis_attached(exchange.id, territories.id, 1), 0);
    EXPECT_GT(H5DSis_attached(exchange.id, territories.id, 2), 0);
}

// /donors/disbursed_usd uses the territory axis, whose scale is in /territories where netCDF
// cannot see it from /donors: the dimension also gets the root dimension-only scale
// /dane_code, attached last (the one netCDF and h5netcdf use).
TEST(WriteRun, AddsNetcdfDimensionForScalesOutOfScope) {
    ScratchDir dir;
    write_run(dir / "out.h5", sample_record());
    RawFile file(dir / "out.h5");
    RawDataset proxy(file.id, "/dane_code");
    char name[128] = {};
    H5DSget_scale_name(proxy.id, name, sizeof name);
    EXPECT_TRUE(
        std::string(name).starts_with("This is a netCDF dimension but not a netCDF variable."));
    RawDataset disbursed(file.id, "/donors/disbursed_usd");
    EXPECT_EQ(H5DSget_num_scales(disbursed.id, 2), 2);
    EXPECT_GT(H5DSis_attached(disbursed.id, proxy.id, 2), 0);
    RawDataset population(file.id, "/territories/population");  // in scope: no proxy
    EXPECT_EQ(H5DSget_num_scales(population.id, 1), 1);
}

// Large datasets are chunked (at most 16 years per chunk) and compressed with shuffle +
// deflate; tiny ones stay contiguous; zero-length ones are chunked and extendible.
TEST(WriteRun, ChunksAndCompressesLargeDatasets) {
    ScratchDir dir;
    write_run(dir / "out.h5", sample_record());
    RawFile file(dir / "out.h5");
    auto layout_of = [&](const char* path, hsize_t* chunk, int* filters) {
        RawDataset dataset(file.id, path);
        hid_t dcpl = H5Dget_create_plist(dataset.id);
        H5D_layout_t layout = H5Pget_layout(dcpl);
        if (layout == H5D_CHUNKED) H5Pget_chunk(dcpl, 2, chunk);
        *filters = H5Pget_nfilters(dcpl);
        H5Pclose(dcpl);
        return layout;
    };
    hsize_t chunk[2] = {};
    int filters = 0;
    EXPECT_EQ(layout_of("/actors/capacity", chunk, &filters), H5D_CHUNKED);
    EXPECT_EQ(chunk[0], 5u);
    EXPECT_EQ(chunk[1], 600u);
    EXPECT_EQ(filters, 2);  // shuffle, deflate
    EXPECT_EQ(layout_of("/territories/population", chunk, &filters), H5D_CONTIGUOUS);
    EXPECT_EQ(layout_of("/projects/active", chunk, &filters), H5D_CHUNKED);
}

// Without force an existing file is refused before any work, and left untouched.
TEST(WriteRun, RefusesToOverwriteWithoutForce) {
    ScratchDir dir;
    std::ofstream(dir / "out.h5") << "previous result";
    EXPECT_EQ(write_error(dir / "out.h5", sample_record()),
              (dir / "out.h5").string() + ": exists; use --force to replace it");
    std::ifstream in(dir / "out.h5");
    EXPECT_EQ(std::string(std::istreambuf_iterator<char>(in), {}), "previous result");
    EXPECT_EQ(dir.entries(), std::vector<std::string>{"out.h5"});
}

// With force the file is replaced by the new run.
TEST(WriteRun, ForceReplacesExistingFile) {
    ScratchDir dir;
    std::ofstream(dir / "out.h5") << "previous result";
    RunRecord record = sample_record();
    record.identity.scenario_name = "second";
    write_run(dir / "out.h5", record, {.force = true});
    EXPECT_EQ(read_identity(dir / "out.h5").scenario_name, "second");
    EXPECT_EQ(dir.entries(), std::vector<std::string>{"out.h5"});
}

// A record bug (a column of the wrong size) fails naming the column, and leaves neither the
// destination nor a temporary file.
TEST(WriteRun, WrongSizeColumnLeavesNothing) {
    ScratchDir dir;
    RunRecord record = sample_record();
    std::get<std::vector<std::int64_t>>(record.columns[3].values).push_back(1);
    std::string message = write_error(dir / "out.h5", record);
    EXPECT_NE(message.find("/territories/population: has 16 values, expected 15"),
              std::string::npos)
        << message;
    EXPECT_TRUE(dir.entries().empty());
}

// A failure inside HDF5 half-way through the file (a column below a dataset) reports HDF5's
// reason, removes the temporary file and keeps the previous result when forcing.
TEST(WriteRun, HdfFailureMidWriteLeavesPreviousFile) {
    ScratchDir dir;
    write_run(dir / "out.h5", sample_record());
    RunRecord record = sample_record();
    record.identity.scenario_name = "broken";
    record.columns.push_back({"/years/inside", {}, "", "", std::vector<double>{1.0}});
    std::string message = write_error(dir / "out.h5", record, {.force = true});
    EXPECT_TRUE(message.starts_with((dir / "out.h5").string() + ": /years: cannot open group"))
        << message;
    EXPECT_NE(message.find("(HDF5: "), std::string::npos) << message;
    EXPECT_EQ(dir.entries(), std::vector<std::string>{"out.h5"});
    EXPECT_EQ(read_identity(dir / "out.h5").scenario_name, "unit-test");
}

// A folder that does not exist is named in the message.
TEST(WriteRun, MissingFolderIsNamed) {
    ScratchDir dir;
    std::string message = write_error(dir / "no" / "out.h5", sample_record());
    EXPECT_NE(message.find("folder '" + (dir / "no").string() + "' does not exist"),
              std::string::npos)
        << message;
}

// A folder we may not create files in fails with the folder and the system's reason. Root
// may write anywhere, so as root the test falls back to /sys (where even root cannot create
// files) or is skipped.
TEST(WriteRun, UnwritableFolderIsNamed) {
    ScratchDir dir;
    fs::path folder = dir / "locked";
    fs::create_directory(folder);
    fs::permissions(folder, fs::perms::owner_read | fs::perms::owner_exec);
    if (std::ofstream(folder / "probe")) {
        fs::remove(folder / "probe");
        folder = "/sys";
        if (std::ofstream(folder / "coopsim-probe")) GTEST_SKIP() << "no unwritable folder";
    }
    std::string message = write_error(folder / "out.h5", sample_record());
    EXPECT_NE(message.find("cannot create a file in folder '" + folder.string() + "'"),
              std::string::npos)
        << message;
}

}  // namespace
}  // namespace coopsim::output
