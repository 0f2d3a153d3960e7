#pragma once
// HDF5 dimension scales (the HL H5DS API): the 1-D datasets that label the dimensions of
// other datasets. netCDF-4 reads a scale as a dimension with its coordinate variable, and
// xarray (h5netcdf) as a dimension coordinate.
#include <string>
#include <string_view>
#include <vector>

#include "output/hdf5/handles.hpp"

namespace coopsim::output::hdf5 {

// The NAME prefix by which netCDF-4 marks a dimension scale that is only a dimension, not a
// variable (netCDF-C and h5netcdf both recognise it and hide the dataset).
inline constexpr std::string_view kNetcdfDimensionOnly =
    "This is a netCDF dimension but not a netCDF variable.";

// Makes `dataset` a dimension scale whose NAME attribute is `name`.
void make_scale(const Dataset& dataset, std::string_view name);
// Attaches `scale` to dimension `dim` of `dataset`.
void attach_scale(const Dataset& dataset, const Dataset& scale, unsigned dim);

// Makes `dataset` a netCDF dimension-only scale of `length` (NAME as netCDF-C writes it).
void make_netcdf_dimension(const Dataset& dataset, hsize_t length);
// Whether `dataset` is such a dimension-only scale.
bool is_netcdf_dimension(const Dataset& dataset);

bool is_scale(const Dataset& dataset);
bool is_attached(const Dataset& dataset, const Dataset& scale, unsigned dim);

// The scale attached to one dimension of a dataset: its NAME attribute and its path.
struct ScaleInfo {
    std::string name;
    std::string path;
};
// The scales attached to dimension `dim` of `dataset`, in attachment order.
std::vector<ScaleInfo> attached_scales(const Dataset& dataset, unsigned dim);
// The NAME of a dimension scale ("" when it has none).
std::string scale_name(const Dataset& scale);

}  // namespace coopsim::output::hdf5
