// The HDF5 side of output/write_gate.hpp: asking the library whether it is thread-safe.
#include "output/hdf5/error.hpp"
#include "output/write_gate.hpp"

namespace coopsim::output {

bool hdf5_thread_safe() {
    hbool_t thread_safe = false;
    hdf5::check(H5is_library_threadsafe(&thread_safe), {"HDF5 library", ""},
                "cannot tell whether HDF5 is thread-safe");
    return thread_safe;
}

}  // namespace coopsim::output
