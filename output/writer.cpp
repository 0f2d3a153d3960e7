#include "output/writer.hpp"

#include <cstdint>
#include <span>
#include <string>

#include "output/dimensions.hpp"
#include "output/format.hpp"
#include "output/hdf5/error.hpp"
#include "output/hdf5/handles.hpp"
#include "output/hdf5/io.hpp"
#include "output/hdf5/properties.hpp"
#include "output/record_check.hpp"
#include "output/staged_file.hpp"

namespace coopsim::output {

namespace {

namespace h5 = hdf5;

// Bytes one element takes inside a chunk: a variable-length string is a 16-byte reference
// to the global heap.
template <class T>
constexpr std::size_t chunk_element_bytes() {
    return std::same_as<T, std::string> ? 16 : sizeof(T);
}

std::string parent_of(const std::string& path) {
    std::size_t slash = path.rfind('/');
    return slash == 0 ? "/" : path.substr(0, slash);
}

void write_identity(const h5::File& file, const RunIdentity& identity) {
    h5::write_attribute(file, "filetype", std::string(kFileType));
    h5::write_attribute(file, "format_version", std::string(kFormatVersion));
    h5::write_attribute(file, "coopsim_version", identity.coopsim_version);
    h5::write_attribute(file, "git_commit", identity.git_commit);
    h5::write_attribute(file, "scenario_name", identity.scenario_name);
    h5::write_attribute(file, "scenario_json", identity.scenario_json);
    h5::write_attribute(file, "seed", identity.seed);
}

void write_provenance(const h5::File& file, const RunProvenance& provenance,
                      const h5::PropertyList& gcpl) {
    h5::Group group = h5::require_group(file, kProvenanceGroup, gcpl);
    h5::write_attribute(group, "created_utc", provenance.created_utc);
    h5::write_attribute(group, "host", provenance.host);
    h5::write_attribute(group, "wall_seconds", provenance.wall_seconds);
    h5::write_attribute(group, "threads", static_cast<std::int32_t>(provenance.threads));
    h5::write_attribute(group, "command_line", provenance.command_line);
}

void write_column(const h5::File& file, const RunRecord& record, const Column& column,
                  const h5::PropertyList& gcpl) {
    h5::require_group(file, parent_of(column.path), gcpl);
    h5::Shape shape;
    for (Axis axis : column.axes)
        shape.push_back(record.axis_length(axis));
    bool year_first = !column.axes.empty() && column.axes.front() == Axis::year;
    const h5::Where where = file.where().at(column.path);

    h5::Dataset dataset = std::visit(
        [&](const auto& values) {
            using T = typename std::decay_t<decltype(values)>::value_type;
            h5::Creation creation =
                h5::dataset_creation(shape, chunk_element_bytes<T>(), year_first, where);
            return h5::write_dataset(file, column.path, shape, std::span<const T>(values),
                                     creation);
        },
        column.values);
    // CF attribute names, which ncdump and xarray show as the variable's units and label.
    if (!column.unit.empty()) h5::write_attribute(dataset, "units", column.unit);
    if (!column.description.empty()) h5::write_attribute(dataset, "long_name", column.description);
}

void write_contents(const StagedFile& staged, const RunRecord& record) {
    const h5::Where where{staged.display_name(), ""};
    h5::File file = h5::create_file(staged.temporary(), where, h5::file_creation_properties(where),
                                    h5::file_access_properties(where));
    h5::PropertyList gcpl = h5::group_creation_properties(where);
    write_identity(file, record.identity);
    write_provenance(file, record.provenance, gcpl);
    for (const Column& column : record.columns)
        write_column(file, record, column, gcpl);
    // Once every dataset exists: a scale column may come after the columns it labels.
    label_dimensions(file, record);
    file.close();
}

}  // namespace

void write_run(const std::filesystem::path& path, const RunRecord& record,
               const WriteOptions& opts) {
    StagedFile staged(path, opts.force);
    check_record(record, staged.display_name());
    {
        h5::QuietErrors quiet;
        write_contents(staged, record);
    }
    staged.commit();
}

}  // namespace coopsim::output
