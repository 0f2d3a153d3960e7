#include "output/hdf5/dimension_scales.hpp"

#include <hdf5_hl.h>

#include <exception>
#include <vector>

namespace coopsim::output::hdf5 {

namespace {

std::string name_of_scale(hid_t scale, const Where& where) {
    ssize_t length = check(H5DSget_scale_name(scale, nullptr, 0), where, "cannot get scale name");
    if (length == 0) return {};
    std::vector<char> buffer(static_cast<std::size_t>(length) + 1, '\0');
    check(H5DSget_scale_name(scale, buffer.data(), buffer.size()), where, "cannot get scale name");
    return buffer.data();
}

std::string path_of(hid_t object, const Where& where) {
    ssize_t length = check(H5Iget_name(object, nullptr, 0), where, "cannot get object path");
    std::vector<char> buffer(static_cast<std::size_t>(length) + 1, '\0');
    check(H5Iget_name(object, buffer.data(), buffer.size()), where, "cannot get object path");
    return buffer.data();
}

struct VisitState {
    const Where* where;
    std::vector<ScaleInfo> found;
    std::exception_ptr error;
};

herr_t collect_scale(hid_t /*dataset*/, unsigned /*dim*/, hid_t scale, void* data) {
    auto& state = *static_cast<VisitState*>(data);
    // An exception must not cross HDF5's C frames: carry it out and rethrow it there.
    try {
        state.found.push_back({name_of_scale(scale, *state.where), path_of(scale, *state.where)});
    } catch (...) {
        state.error = std::current_exception();
        return -1;
    }
    return 0;
}

}  // namespace

void make_scale(const Dataset& dataset, std::string_view name) {
    std::string label(name);
    check(H5DSset_scale(dataset.id(), label.c_str()), dataset.where(),
          "cannot make dimension scale '" + label + "'");
}

void attach_scale(const Dataset& dataset, const Dataset& scale, unsigned dim) {
    check(H5DSattach_scale(dataset.id(), scale.id(), dim), dataset.where(),
          "cannot attach dimension scale " + scale.where().object + " to dimension " +
              std::to_string(dim));
}

void make_netcdf_dimension(const Dataset& dataset, hsize_t length) {
    // netCDF-C writes the length after the prefix as "%10d"; readers only test the prefix.
    std::string digits = std::to_string(length);
    std::string name = std::string(kNetcdfDimensionOnly) +
                       std::string(digits.size() < 10 ? 10 - digits.size() : 0, ' ') + digits;
    make_scale(dataset, name);
}

bool is_netcdf_dimension(const Dataset& dataset) {
    return is_scale(dataset) && scale_name(dataset).starts_with(kNetcdfDimensionOnly);
}

bool is_scale(const Dataset& dataset) {
    return check(H5DSis_scale(dataset.id()), dataset.where(), "cannot test dimension scale") > 0;
}

bool is_attached(const Dataset& dataset, const Dataset& scale, unsigned dim) {
    return check(H5DSis_attached(dataset.id(), scale.id(), dim), dataset.where(),
                 "cannot test attached scale") > 0;
}

std::vector<ScaleInfo> attached_scales(const Dataset& dataset, unsigned dim) {
    const Where& where = dataset.where();
    int count = check(H5DSget_num_scales(dataset.id(), dim), where, "cannot count scales");
    if (count == 0) return {};
    VisitState state{&where, {}, {}};
    herr_t status = H5DSiterate_scales(dataset.id(), dim, nullptr, collect_scale, &state);
    if (state.error) {
        H5Eclear2(H5E_DEFAULT);
        std::rethrow_exception(state.error);
    }
    check(status, where, "cannot read dimension scales");
    return state.found;
}

std::string scale_name(const Dataset& scale) {
    return name_of_scale(scale.id(), scale.where());
}

}  // namespace coopsim::output::hdf5
