#include "output/hdf5/error.hpp"

#include <vector>

#include "output/output_error.hpp"

namespace coopsim::output::hdf5 {

QuietErrors::QuietErrors() {
    restore_ = H5Eget_auto2(H5E_DEFAULT, &previous_func_, &previous_data_) >= 0;
    H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr);
}

QuietErrors::~QuietErrors() {
    if (restore_) H5Eset_auto2(H5E_DEFAULT, previous_func_, previous_data_);
}

namespace {

herr_t collect_description(unsigned /*n*/, const H5E_error2_t* entry, void* data) {
    auto& descriptions = *static_cast<std::vector<std::string>*>(data);
    if (entry->desc && *entry->desc) {
        descriptions.emplace_back(entry->desc);
    } else {
        // Some entries carry no description; their minor message ("Can't open object") is
        // the next best reason.
        char minor[256] = {};
        if (H5Eget_msg(entry->min_num, nullptr, minor, sizeof minor) > 0)
            descriptions.emplace_back(minor);
    }
    return 0;
}

}  // namespace

std::string take_error_stack() {
    std::vector<std::string> descriptions;
    H5Ewalk2(H5E_DEFAULT, H5E_WALK_DOWNWARD, collect_description, &descriptions);
    H5Eclear2(H5E_DEFAULT);
    // Walking downward ends at the function that detected the error: its description is the
    // specific one; the outer ones only repeat "unable to ..." for each layer.
    return descriptions.empty() ? std::string() : descriptions.back();
}

void fail(const Where& where, std::string_view what) {
    std::string message(what);
    std::string reason = take_error_stack();
    if (!reason.empty()) message += " (HDF5: " + reason + ")";
    throw OutputError(where.file, where.object, message);
}

}  // namespace coopsim::output::hdf5
