#include "output/reader.hpp"

#include <charconv>
#include <cstdint>
#include <optional>

#include "output/format.hpp"
#include "output/hdf5/dimension_scales.hpp"
#include "output/hdf5/error.hpp"
#include "output/hdf5/handles.hpp"
#include "output/hdf5/io.hpp"
#include "output/output_error.hpp"
#include "output/record_check.hpp"

namespace coopsim::output {

namespace fs = std::filesystem;
namespace h5 = hdf5;

namespace {

h5::File open_hdf5(const fs::path& path) {
    const std::string name = path.string();
    std::error_code ec;
    fs::file_status status = fs::status(path, ec);
    if (!fs::exists(status)) throw OutputError(name, "", "no such file");
    if (!fs::is_regular_file(status)) throw OutputError(name, "", "is not a regular file");
    h5::Where where{name, ""};
    if (h5::check(H5Fis_hdf5(path.c_str()), where, "cannot read file") == 0)
        throw OutputError(name, "", "is not an HDF5 file (expected a coopsim run file)");
    return h5::open_file(path, where);
}

// "MAJOR.MINOR" -> MAJOR, or nothing when malformed.
std::optional<int> major_of(std::string_view version) {
    int major = 0;
    auto [end, error] = std::from_chars(version.data(), version.data() + version.size(), major);
    if (error != std::errc() || end == version.data() + version.size() || *end != '.')
        return std::nullopt;
    return major;
}

std::string required_string(const h5::File& file, const char* attribute) {
    if (!h5::has_attribute(file.id(), file.where(), attribute))
        throw OutputError(file.where().file, "",
                          std::string("has no root attribute '") + attribute + "'");
    return h5::read_attribute<std::string>(file, attribute);
}

RunIdentity checked_identity(const h5::File& file) {
    const std::string& name = file.where().file;
    if (!h5::has_attribute(file.id(), file.where(), "filetype"))
        throw OutputError(name, "",
                          std::string("is not a coopsim run file (no 'filetype' attribute; "
                                      "expected '") +
                              kFileType + "')");
    std::string type = h5::read_attribute<std::string>(file, "filetype");
    if (type != kFileType)
        throw OutputError(name, "", "filetype is '" + type + "', expected '" + kFileType + "'");

    RunIdentity identity;
    identity.format_version = required_string(file, "format_version");
    std::optional<int> major = major_of(identity.format_version);
    if (!major)
        throw OutputError(name, "",
                          "format_version '" + identity.format_version + "' is not MAJOR.MINOR");
    if (*major > kFormatMajor)
        throw OutputError(name, "",
                          "format version " + identity.format_version +
                              " is newer than this coopsim reads (" + std::to_string(kFormatMajor) +
                              ".x); use a newer coopsim");
    if (*major < kFormatMajor)
        throw OutputError(name, "",
                          "format version " + identity.format_version +
                              " is older than this coopsim reads (" + std::to_string(kFormatMajor) +
                              ".x)");

    identity.coopsim_version = required_string(file, "coopsim_version");
    identity.git_commit = required_string(file, "git_commit");
    identity.scenario_name = required_string(file, "scenario_name");
    identity.scenario_json = required_string(file, "scenario_json");
    if (!h5::has_attribute(file.id(), file.where(), "seed"))
        throw OutputError(name, "", "has no root attribute 'seed'");
    identity.seed = h5::read_attribute<std::uint64_t>(file, "seed");
    return identity;
}

// ---- listing -------------------------------------------------------------------------------

herr_t collect_hard_link(hid_t /*group*/, const char* name, const H5L_info_t* info, void* data) {
    if (info->type == H5L_TYPE_HARD)
        static_cast<std::vector<std::string>*>(data)->emplace_back(name);
    return 0;
}

// Names of the links of a group, in creation order when the group tracks it (coopsim files
// do), else in name order.
std::vector<std::string> links_of(const h5::Group& group) {
    const h5::Where& where = group.where();
    h5::PropertyList gcpl(
        h5::check(H5Gget_create_plist(group.id()), where, "cannot get group properties"));
    unsigned order_flags = 0;
    h5::check(H5Pget_link_creation_order(gcpl.id(), &order_flags), where, "cannot get link order");
    H5_index_t index = (order_flags & H5P_CRT_ORDER_INDEXED) ? H5_INDEX_CRT_ORDER : H5_INDEX_NAME;
    std::vector<std::string> names;
    h5::check(H5Literate(group.id(), index, H5_ITER_INC, nullptr, collect_hard_link, &names), where,
              "cannot list group");
    return names;
}

void list_datasets(const h5::File& file, const std::string& group_path,
                   std::vector<std::string>& paths) {
    std::string prefix = group_path == "/" ? "/" : group_path + "/";
    for (const std::string& name : links_of(h5::open_group(file, group_path))) {
        std::string path = prefix + name;
        switch (h5::kind_at(file, path)) {
            case h5::Kind::dataset:
                // Dimension-only scales exist for netCDF's sake (dimensions.hpp), not columns.
                if (!h5::is_netcdf_dimension(h5::open_dataset(file, path))) paths.push_back(path);
                break;
            case h5::Kind::group:
                list_datasets(file, path, paths);
                break;
            case h5::Kind::other:
                break;  // named datatypes: not coopsim's, ignored
        }
    }
}

// ---- columns -------------------------------------------------------------------------------

std::optional<Axis> axis_of_scale(const h5::ScaleInfo& scale) {
    if (auto axis = axis_from_name(scale.name)) return axis;
    for (Axis axis : kAllAxes)
        if (axis_scale_path(axis) == scale.path) return axis;
    return std::nullopt;
}

// The axis of a dimension: that of the first attached scale that is one (others are netCDF
// dimension-only proxies, see dimensions.hpp).
std::optional<Axis> axis_of_dimension(const std::vector<h5::ScaleInfo>& scales) {
    for (const h5::ScaleInfo& scale : scales)
        if (auto axis = axis_of_scale(scale)) return axis;
    return std::nullopt;
}

std::vector<Axis> axes_of(const h5::Dataset& dataset, std::size_t rank) {
    const h5::Where& where = dataset.where();
    if (h5::is_scale(dataset)) {
        h5::ScaleInfo self{h5::scale_name(dataset), where.object};
        std::optional<Axis> axis = axis_of_scale(self);
        if (!axis || rank != 1)
            throw OutputError(where.file, where.object,
                              "is a dimension scale '" + self.name + "' of no known axis");
        return {*axis};
    }
    std::vector<Axis> axes;
    for (std::size_t dim = 0; dim < rank; ++dim) {
        auto scales = h5::attached_scales(dataset, static_cast<unsigned>(dim));
        if (scales.empty())
            throw OutputError(where.file, where.object,
                              "dimension " + std::to_string(dim) + " has no dimension scale");
        std::optional<Axis> axis = axis_of_dimension(scales);
        if (!axis)
            throw OutputError(where.file, where.object,
                              "dimension " + std::to_string(dim) + " has scale '" +
                                  scales.front().name + "' (" + scales.front().path +
                                  "), which is no known axis");
        axes.push_back(*axis);
    }
    return axes;
}

std::string optional_string(const h5::Dataset& dataset, const char* attribute) {
    if (!h5::has_attribute(dataset.id(), dataset.where(), attribute)) return {};
    return h5::read_attribute<std::string>(dataset, attribute);
}

ColumnInfo describe(const h5::Dataset& dataset) {
    ColumnInfo info;
    info.path = dataset.where().object;
    h5::Shape shape = h5::shape_of(h5::space_of(dataset), dataset.where());
    info.shape.assign(shape.begin(), shape.end());
    info.axes = axes_of(dataset, shape.size());
    info.unit = optional_string(dataset, "units");
    info.description = optional_string(dataset, "long_name");
    return info;
}

// The values, as the variant alternative that the stored type maps to (docs/OUTPUT.md).
ColumnValues values_of(const h5::Dataset& dataset) {
    const h5::Where& where = dataset.where();
    h5::Datatype type = h5::type_of(dataset);
    switch (H5Tget_class(type.id())) {
        case H5T_FLOAT:
            return h5::read_values<double>(dataset);
        case H5T_STRING:
            return h5::read_values<std::string>(dataset);
        case H5T_INTEGER: {
            std::size_t size = H5Tget_size(type.id());
            bool is_signed = H5Tget_sign(type.id()) == H5T_SGN_2;
            if ((is_signed && size <= 4) || (!is_signed && size <= 2))
                return h5::read_values<std::int32_t>(dataset);
            if ((is_signed && size <= 8) || (!is_signed && size <= 4))
                return h5::read_values<std::int64_t>(dataset);
            break;
        }
        default:
            break;
    }
    h5::fail(where, "has a datatype that is not float64, int32, int64 or a string");
}

}  // namespace

// ---- RunFile -------------------------------------------------------------------------------

struct RunFile::Impl {
    h5::File file;
    RunIdentity identity;
};

RunFile::RunFile(const fs::path& path) {
    h5::QuietErrors quiet;
    h5::File file = open_hdf5(path);
    RunIdentity identity = checked_identity(file);
    impl_ = std::make_unique<Impl>(Impl{std::move(file), std::move(identity)});
}

RunFile::~RunFile() = default;
RunFile::RunFile(RunFile&&) noexcept = default;
RunFile& RunFile::operator=(RunFile&&) noexcept = default;

const RunIdentity& RunFile::identity() const {
    return impl_->identity;
}

RunProvenance RunFile::provenance() const {
    h5::QuietErrors quiet;
    const h5::File& file = impl_->file;
    if (!h5::has_link(file, kProvenanceGroup))
        throw OutputError(file.where().file, kProvenanceGroup, "group is missing");
    h5::Group group = h5::open_group(file, kProvenanceGroup);
    RunProvenance provenance;
    provenance.created_utc = h5::read_attribute<std::string>(group, "created_utc");
    provenance.host = h5::read_attribute<std::string>(group, "host");
    provenance.wall_seconds = h5::read_attribute<double>(group, "wall_seconds");
    provenance.threads = h5::read_attribute<std::int32_t>(group, "threads");
    provenance.command_line = h5::read_attribute<std::string>(group, "command_line");
    return provenance;
}

std::vector<std::string> RunFile::column_paths() const {
    h5::QuietErrors quiet;
    std::vector<std::string> paths;
    list_datasets(impl_->file, "/", paths);
    return paths;
}

bool RunFile::has_column(std::string_view path) const {
    h5::QuietErrors quiet;
    const h5::File& file = impl_->file;
    if (path.empty() || path.front() != '/' || !h5::has_link(file, path)) return false;
    return h5::kind_at(file, path) == h5::Kind::dataset &&
           !h5::is_netcdf_dimension(h5::open_dataset(file, path));
}

ColumnInfo RunFile::column_info(std::string_view path) const {
    h5::QuietErrors quiet;
    return describe(h5::open_dataset(impl_->file, path));
}

Column RunFile::column(std::string_view path) const {
    h5::QuietErrors quiet;
    h5::Dataset dataset = h5::open_dataset(impl_->file, path);
    ColumnInfo info = describe(dataset);
    return Column{std::move(info.path), std::move(info.axes), std::move(info.unit),
                  std::move(info.description), values_of(dataset)};
}

// ---- whole files ---------------------------------------------------------------------------

RunRecord read_run(const fs::path& path) {
    RunFile file(path);
    RunRecord record;
    record.identity = file.identity();
    record.provenance = file.provenance();
    for (const std::string& column_path : file.column_paths())
        record.columns.push_back(file.column(column_path));
    return record;
}

RunIdentity read_identity(const fs::path& path) {
    return RunFile(path).identity();
}

}  // namespace coopsim::output
