#include "output/dimensions.hpp"

#include <map>
#include <string>

#include "output/hdf5/dimension_scales.hpp"
#include "output/hdf5/io.hpp"
#include "output/hdf5/properties.hpp"

namespace coopsim::output {

namespace {

namespace h5 = hdf5;

bool is_scale_column(const Column& column) {
    return column.axes.size() == 1 && column.path == axis_scale_path(column.axes.front());
}

std::string group_of(std::string_view path) {
    std::size_t slash = path.rfind('/');
    return slash == 0 ? "/" : std::string(path.substr(0, slash));
}

// Whether netCDF sees the scale at `scale_path` from a variable at `column_path`: the scale's
// group is the variable's group or one of its ancestors.
bool netcdf_sees(std::string_view scale_path, std::string_view column_path) {
    std::string scale_group = group_of(scale_path);
    std::string column_group = group_of(column_path);
    if (scale_group == "/" || scale_group == column_group) return true;
    return column_group.starts_with(scale_group + "/");
}

// The root-level dimension-only scale standing in for `axis`, created on first use.
class Proxies {
  public:
    Proxies(const h5::File& file, const RunRecord& record) : file_(file), record_(record) {}

    const h5::Dataset& of(Axis axis) {
        auto found = proxies_.find(axis);
        if (found != proxies_.end()) return found->second;
        return proxies_.emplace(axis, create(axis)).first->second;
    }

  private:
    h5::Dataset create(Axis axis) {
        std::string_view scale_path = axis_scale_path(axis);
        std::string path = "/" + std::string(scale_path.substr(scale_path.rfind('/') + 1));
        while (h5::has_link(file_, path))
            path += "_dim";  // a root column of that name
        const h5::Where where = file_.where().at(path);
        h5::Shape shape{record_.axis_length(axis)};
        h5::Creation creation = h5::dataset_creation(shape, sizeof(float), false, where);
        h5::Datatype type = h5::copy_type(H5T_IEEE_F32LE, where);
        h5::Dataspace space = h5::make_space(shape, creation.max_shape, where);
        // No data is written: netCDF-C makes its dimension-only datasets the same way.
        h5::Dataset proxy(h5::check(H5Dcreate2(file_.id(), path.c_str(), type.id(), space.id(),
                                               H5P_DEFAULT, creation.dcpl.id(), H5P_DEFAULT),
                                    where, "cannot create dataset"),
                          where);
        h5::make_netcdf_dimension(proxy, shape.front());
        return proxy;
    }

    const h5::File& file_;
    const RunRecord& record_;
    std::map<Axis, h5::Dataset> proxies_;
};

}  // namespace

void label_dimensions(const h5::File& file, const RunRecord& record) {
    std::map<Axis, h5::Dataset> scales;
    for (Axis axis : kAllAxes) {
        if (!record.find(axis_scale_path(axis))) continue;
        h5::Dataset scale = h5::open_dataset(file, axis_scale_path(axis));
        h5::make_scale(scale, axis_name(axis));
        scales.emplace(axis, std::move(scale));
    }
    Proxies proxies(file, record);
    for (const Column& column : record.columns) {
        if (is_scale_column(column)) continue;  // HDF5 refuses to attach a scale to itself
        h5::Dataset dataset = h5::open_dataset(file, column.path);
        for (std::size_t dim = 0; dim < column.axes.size(); ++dim) {
            Axis axis = column.axes[dim];
            auto index = static_cast<unsigned>(dim);
            h5::attach_scale(dataset, scales.at(axis), index);
            if (!netcdf_sees(axis_scale_path(axis), column.path))
                h5::attach_scale(dataset, proxies.of(axis), index);
        }
    }
}

}  // namespace coopsim::output
