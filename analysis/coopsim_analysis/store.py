"""Opening coopsim's HDF5 files and reading labelled columns from them (docs/OUTPUT.md).

A run file and a sweep file share the conventions of docs/OUTPUT.md: root attribute ``filetype``
``coopsim-run``, ``format_version`` ``MAJOR.MINOR``, one dataset per column with ``units`` and
``long_name`` attributes. A sweep file is told apart by its ``/runs`` axis and ``/design`` group.
"""
import contextlib
import json

import h5py

from .errors import InputError

FILETYPE = "coopsim-run"
FORMAT_MAJOR = 1


@contextlib.contextmanager
def open_h5(path):
    """The file opened read-only, with every failure of h5py turned into an InputError that names
    the file; checks that it is a coopsim file of a format this package reads."""
    try:
        handle = h5py.File(path, "r")
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except IsADirectoryError:
        raise InputError(path, "is a folder, not an HDF5 file") from None
    except OSError as error:
        raise InputError(path, f"cannot be read as HDF5 ({_reason(error)}); "
                               "expected a file written by coopsim run or coopsim sweep") from None
    with handle:
        _check_identity(path, handle)
        try:
            yield handle
        except (KeyError, OSError, ValueError, TypeError) as error:
            if isinstance(error, InputError):
                raise
            raise InputError(path, f"damaged or incomplete file ({_reason(error)})") from None


def _reason(error):
    text = str(error).strip() or type(error).__name__
    return text.split("\n")[0]


def _check_identity(path, handle):
    filetype = text_attribute(handle, "filetype")
    if filetype != FILETYPE:
        raise InputError(path, f"is not a coopsim file (root attribute filetype is {filetype!r}, "
                               f"expected {FILETYPE!r})")
    version = text_attribute(handle, "format_version") or "?"
    major = version.split(".")[0]
    if not major.isdigit():
        raise InputError(path, f"format_version {version!r} is not MAJOR.MINOR", "/")
    if int(major) > FORMAT_MAJOR:
        raise InputError(path, f"format version {version} is newer than this package reads "
                               f"({FORMAT_MAJOR}.x); use a newer coopsim")


def text_attribute(obj, name, default=None):
    """A string attribute as str (h5py gives bytes or str depending on how it was stored)."""
    if name not in obj.attrs:
        return default
    value = obj.attrs[name]
    return value.decode("utf-8") if isinstance(value, bytes) else str(value)


def is_sweep(handle):
    return "runs" in handle and "design" in handle


def scenario_of(path, handle):
    """The resolved scenario (or experiment) stored in the root attribute scenario_json."""
    text = text_attribute(handle, "scenario_json")
    if text is None:
        raise InputError(path, "missing root attribute scenario_json", "/")
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(path, f"root attribute scenario_json is not JSON ({error})", "/") from None


def dataset(path, handle, name):
    """The dataset at ``name`` or an InputError naming it."""
    obj = handle.get(name)
    if not isinstance(obj, h5py.Dataset):
        raise InputError(path, "missing (expected a dataset; is the file complete?)", "/" + name)
    return obj


def values(path, handle, name):
    """A dataset's values as a numpy array; strings as str objects."""
    data = dataset(path, handle, name)
    if h5py.check_string_dtype(data.dtype) is not None:
        return data.asstr()[...].astype(object)
    return data[...]


def units(handle, name):
    obj = handle.get(name)
    return text_attribute(obj, "units", "") if obj is not None else ""


def description(handle, name):
    obj = handle.get(name)
    return text_attribute(obj, "long_name", "") if obj is not None else ""


def axis_names(dataset_obj):
    """The axis of every dimension of a dataset (the NAME of the scale named after an axis)."""
    names = []
    for dim in dataset_obj.dims:
        labels = [k for k in dim.keys() if k and not k.startswith("This is a netCDF")]
        names.append(labels[0] if labels else None)
    return names


def check_shape(path, data, name, shape):
    if tuple(data.shape) != tuple(shape):
        raise InputError(path, f"has shape {tuple(data.shape)}, expected {tuple(shape)}",
                         "/" + name)
    return data
