#pragma once
// Reading trajectory files written by output/writer.hpp (format: docs/OUTPUT.md).
#include <cstddef>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "output/run_record.hpp"

namespace coopsim::output {

// A column without its values: enough to list a file or plan a read.
struct ColumnInfo {
    std::string path;
    std::vector<Axis> axes;          // from the attached dimension scales
    std::vector<std::size_t> shape;  // one length per axis; empty for a scalar
    std::string unit;
    std::string description;
};

// An open trajectory file, for reading a few columns without loading the whole run.
// Opening checks that the file is a coopsim run of a format this build reads; every failure,
// then or later, is an OutputError naming the file (and the object, when there is one).
class RunFile {
  public:
    explicit RunFile(const std::filesystem::path& path);
    ~RunFile();
    RunFile(RunFile&&) noexcept;
    RunFile& operator=(RunFile&&) noexcept;

    const RunIdentity& identity() const;
    RunProvenance provenance() const;
    // Path of every column: groups depth first, each in creation (= writing) order.
    std::vector<std::string> column_paths() const;
    bool has_column(std::string_view path) const;
    ColumnInfo column_info(std::string_view path) const;
    Column column(std::string_view path) const;

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// The whole run: identity, provenance and every column, in column_paths() order. Columns are
// equal to those written, except that their order is that of column_paths().
RunRecord read_run(const std::filesystem::path& path);

// Only the root attributes: cheap, for listing or comparing runs.
RunIdentity read_identity(const std::filesystem::path& path);

}  // namespace coopsim::output
