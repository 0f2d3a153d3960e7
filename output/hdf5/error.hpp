#pragma once
// Turning HDF5 failures into OutputError. HDF5 reports failure by a negative return value and
// an error stack; every call of the output layer goes through check(), so no failure is
// silently ignored, and the message names the file, the object and HDF5's own reason.
#include <hdf5.h>

#include <concepts>
#include <string>
#include <string_view>

namespace coopsim::output::hdf5 {

// Where an HDF5 call acts, for error messages: the file as the user named it (not the
// temporary name it is written under) and the object path inside it.
struct Where {
    std::string file;
    std::string object;

    Where at(std::string_view object_path) const { return {file, std::string(object_path)}; }
};

// Keeps HDF5 from printing its error stack to stderr while alive (the stack goes into the
// OutputError message instead), then restores the previous setting. HDF5's setting is per
// thread in the thread-safe build Debian ships.
class QuietErrors {
  public:
    QuietErrors();
    ~QuietErrors();
    QuietErrors(const QuietErrors&) = delete;
    QuietErrors& operator=(const QuietErrors&) = delete;

  private:
    H5E_auto2_t previous_func_ = nullptr;
    void* previous_data_ = nullptr;
    bool restore_ = false;
};

// The innermost description of HDF5's current error stack (the most specific reason, e.g.
// "file signature not found"), then clears the stack. Empty when the stack is empty.
std::string take_error_stack();

// Throws OutputError(where.file, where.object, "what (HDF5: reason)").
[[noreturn]] void fail(const Where& where, std::string_view what);

// Returns `status` when it is not negative, else fails with `what`. Works for hid_t, herr_t,
// htri_t and ssize_t alike.
template <std::signed_integral T>
T check(T status, const Where& where, std::string_view what) {
    if (status < 0) fail(where, what);
    return status;
}

}  // namespace coopsim::output::hdf5
