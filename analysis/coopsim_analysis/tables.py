"""Tidy tables from the groups of a run file: one row per observation, one column per variable.

A group of a run file (docs/OUTPUT.md) holds one kind of entity: its scale (``dane_code``,
``donor_id``…), its fixed attributes [entity] and its yearly variables [year, entity]. Here a
group becomes one long table, a row per (year, entity), or per entity for fixed attributes, whose
``attrs["units"]`` and ``attrs["descriptions"]`` map each column to the unit and the meaning the
file stores for it.
"""
import copy
import functools

import numpy as np
import pandas as pd

from . import store
from .errors import InputError


class TableSource:
    """A coopsim file read as tables: the base of Run and Sweep. A subclass sets ``path`` and
    ``TABLES`` (the table methods, by name) and marks each table method with ``@kept``."""

    TABLES = ()

    def _read(self, build):
        """``build(h5py.File)`` on the file opened for this call only."""
        with store.open_h5(self.path) as f:
            return build(f)

    def table(self, name):
        """The table called ``name`` (one of TABLES)."""
        if name not in self.TABLES:
            raise ValueError(f"unknown table {name!r}; tables are {', '.join(self.TABLES)}")
        return getattr(self, name)()


def kept(method):
    """A table method that reads the file once: the table is kept on the object and every call
    returns a copy of it (attrs included), so a caller may change what it gets. The report and
    the figures ask for the same tables many times."""
    @functools.wraps(method)
    def table(self):
        memo = self.__dict__.setdefault("_kept_tables", {})
        if method.__name__ not in memo:
            memo[method.__name__] = method(self)
        frame = memo[method.__name__]
        out = frame.copy()
        out.attrs = copy.deepcopy(frame.attrs)
        return out
    return table


class Table:
    """Columns collected in order with their units and meanings, turned into a DataFrame."""

    def __init__(self):
        self.columns = {}
        self.units = {}
        self.descriptions = {}

    def add(self, name, values, unit="", description=""):
        self.columns[name] = values
        self.units[name] = unit
        self.descriptions[name] = description

    def add_dataset(self, path, handle, dataset_name, column=None, transform=None):
        column = column or dataset_name.rsplit("/", 1)[-1]
        data = store.values(path, handle, dataset_name)
        self.add(column, transform(data) if transform else data, store.units(handle, dataset_name),
                 store.description(handle, dataset_name))

    def frame(self):
        out = pd.DataFrame(self.columns)
        out.attrs["units"] = dict(self.units)
        out.attrs["descriptions"] = dict(self.descriptions)
        return out


def group_columns(handle, group, axis):
    """The datasets of ``group`` over ``axis`` alone (fixed attributes) and over [year, axis]
    (yearly variables), in the file's order, without the scale itself."""
    fixed, yearly = [], []
    if group not in handle:
        return fixed, yearly
    for name, obj in handle[group].items():
        if not hasattr(obj, "dims"):
            continue
        axes = store.axis_names(obj)
        if axes == [axis]:
            fixed.append(f"{group}/{name}")
        elif axes == ["year", axis]:
            yearly.append(f"{group}/{name}")
    return fixed, yearly


# Each group of a run file holds one kind of entity: its axis and the scale labelling it, which
# also names the label's column in the tables (docs/OUTPUT.md, "Axes").
GROUPS = {"territories": ("territory", "dane_code"), "donors": ("donor", "donor_id"),
          "actors": ("actor", "actor_id"), "routes": ("route", "route_id"),
          "flows": ("flow", "flow_id"), "projects": ("project", "project_id")}


def entity_table(path, handle, group):
    """One row per entity of ``group`` (a key of GROUPS): its label and its fixed attributes.
    For flows and projects, whose columns are all over their own axis, that is every column."""
    axis, scale = GROUPS[group]
    table = Table()
    table.add_dataset(path, handle, f"{group}/{scale}")
    fixed, _ = group_columns(handle, group, axis)
    for name in fixed:
        if name != f"{group}/{scale}":
            table.add_dataset(path, handle, name)
    return table.frame()


def entity_year_table(path, handle, group, years):
    """One row per (year, entity of ``group``), years outer: year, the entity's label, its fixed
    attributes, then its yearly variables as the file stores them."""
    axis, scale = GROUPS[group]
    labels = store.values(path, handle, f"{group}/{scale}")
    n_years, n_items = len(years), len(labels)
    table = Table()
    table.add("year", np.repeat(years, n_items), "year", "simulated calendar year")
    table.add(scale, np.tile(labels, n_years), store.units(handle, f"{group}/{scale}"),
              store.description(handle, f"{group}/{scale}"))
    fixed, yearly = group_columns(handle, group, axis)
    for name in fixed:
        if name != f"{group}/{scale}":
            table.add_dataset(path, handle, name, transform=lambda v: np.tile(v, n_years))
    for name in yearly:
        data = store.check_shape(path, handle[name], name, (n_years, n_items))
        table.add(name.rsplit("/", 1)[-1], data[...].reshape(-1), store.units(handle, name),
                  store.description(handle, name))
    return table.frame()


YEARLY = "a yearly column of a coopsim run file"
FIXED = "a fixed attribute of a coopsim run file"


def require_columns(path, frame, group, columns, expected=YEARLY):
    """``frame``, or an InputError naming the first of ``columns`` it lacks (the dataset
    /``group``/column, which is ``expected``). A yearly variable missing from a file is left out
    of its table (files of other minor versions may lack one); the columns a computation needs
    are checked with this."""
    for column in columns:
        if column not in frame.columns:
            raise InputError(path, f"missing (expected {expected})", f"/{group}/{column}")
    return frame


def with_labels(frame, key, labels, columns, where=0):
    """``frame`` with the columns of ``labels`` (a table indexed by ``key``) inserted after column
    position ``where``, looked up by ``frame[key]``; units and descriptions carried along."""
    looked_up = labels.set_index(key).reindex(frame[key])
    out = frame.copy()
    units = dict(frame.attrs.get("units", {}))
    descriptions = dict(frame.attrs.get("descriptions", {}))
    for offset, (source, target) in enumerate(columns.items()):
        out.insert(where + offset, target, looked_up[source].to_numpy())
        units[target] = labels.attrs.get("units", {}).get(source, "")
        descriptions[target] = labels.attrs.get("descriptions", {}).get(source, "")
    out.attrs["units"] = units
    out.attrs["descriptions"] = descriptions
    return out
