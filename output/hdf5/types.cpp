#include "output/hdf5/types.hpp"

namespace coopsim::output::hdf5 {

Datatype copy_type(hid_t predefined, const Where& where) {
    return Datatype(check(H5Tcopy(predefined), where, "cannot copy datatype"));
}

Datatype utf8_string_type(const Where& where) {
    Datatype type = copy_type(H5T_C_S1, where);
    check(H5Tset_size(type.id(), H5T_VARIABLE), where, "cannot make string type variable");
    check(H5Tset_cset(type.id(), H5T_CSET_UTF8), where, "cannot set UTF-8 on string type");
    return type;
}

}  // namespace coopsim::output::hdf5
