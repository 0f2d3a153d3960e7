"""A sweep file of ``coopsim sweep`` as tidy pandas tables (docs/ANALYSIS.md, "Tables of a
sweep"; the file's layout is in docs/EXPERIMENTS.md, "The sweep file").

    sweep = open_sweep("h5.h5")
    sweep.design()                      # one row per run: point, replication, seed, factors…
    sweep.indicator_years()             # one row per (run, year): the yearly indicators
    sweep.runs(2012, 2040)              # design + facts + the indicators over 2012-2040
"""
import os

import numpy as np

from . import store, tables
from .ensembles import period
from .errors import InputError
from .indicators import DEFINITIONS
from .runs import open_run

TABLES = ("design", "indicator_years", "facts", "runs")
DESIGN_COLUMNS = ("point", "replication", "seed", "block", "changed_factor")
# Indicators that are amounts (or counts of events) of a year add up over a period; the others
# (shares, the Gini, counts of territories in a state) are averaged over it.
ADDITIVE = {"territories_cop", "territories_usd", "national_usd", "disbursed_usd", "proposals"}


def open_sweep(path):
    """The sweep file at ``path``; InputError if missing, not a sweep file or damaged."""
    return Sweep(path)


class Sweep(tables.TableSource):
    """A sweep: its experiment (resolved JSON), factors, years and tables."""

    TABLES = TABLES

    def __init__(self, path):
        self.path = str(path)
        with store.open_h5(self.path) as f:
            if not store.is_sweep(f):
                raise InputError(self.path, "is a run file, not a sweep file (no /runs axis); "
                                            "open it with open_run")
            self.experiment = store.scenario_of(self.path, f)
            self.name = store.text_attribute(f, "scenario_name", "")
            self.seed = int(f.attrs["seed"]) if "seed" in f.attrs else None
            self.coopsim_version = store.text_attribute(f, "coopsim_version", "")
            self.git_commit = store.text_attribute(f, "git_commit", "")
            self.years = store.values(self.path, f, "years").astype(np.int64)
            self.run_ids = store.values(self.path, f, "runs").astype(np.int64)
            self.indicators = list(f["summaries"].keys()) if "summaries" in f else []
            self.fact_ids = list(f["facts"].keys()) if "facts" in f else []
            self.factors = [x["name"] for x in self.experiment.get("factors", [])]
            self.keeps_trajectories = "design/trajectory_file" in f

    def __repr__(self):
        return (f"Sweep({self.path!r}, experiment={self.name!r}, runs={len(self.run_ids)}, "
                f"factors={self.factors})")

    @tables.kept
    def design(self):
        """One row per run: run, point, replication, seed, block, changed_factor, one column per
        factor (its value; JSON text for factors whose values are not numbers), status, error,
        rerun_command[, trajectory_file]."""
        def build(f):
            table = tables.Table()
            table.add("run", self.run_ids, "", "run id: point x replications + replication")
            for name in DESIGN_COLUMNS:
                table.add_dataset(self.path, f, f"design/{name}")
            for name in self.factors:
                table.add_dataset(self.path, f, f"design/factors/{name}")
            for name in ("status", "error", "rerun_command", "trajectory_file"):
                if f"design/{name}" in f:
                    table.add_dataset(self.path, f, f"design/{name}")
            for column in table.columns.values():
                if len(column) != len(self.run_ids):
                    raise InputError(self.path, "design columns and /runs differ in length",
                                     "/design")
            return table.frame()
        return self._read(build)

    @tables.kept
    def indicator_years(self):
        """One row per (run, year): run, year, then every indicator of /summaries."""
        def build(f):
            n_runs, n_years = len(self.run_ids), len(self.years)
            table = tables.Table()
            table.add("run", np.repeat(self.run_ids, n_years), "", "run id")
            table.add("year", np.tile(self.years, n_runs), "year", "simulated calendar year")
            for name in self.indicators:
                data = store.check_shape(self.path, f[f"summaries/{name}"], f"summaries/{name}",
                                         (n_runs, n_years))
                table.add(name, data[...].reshape(-1), store.units(f, f"summaries/{name}"),
                          store.description(f, f"summaries/{name}"))
            return table.frame()
        return self._read(build)

    @tables.kept
    def facts(self):
        """One row per run: run, then each stylised-fact measure of /facts (docs/VALIDATION.md)."""
        def build(f):
            table = tables.Table()
            table.add("run", self.run_ids, "", "run id")
            for name in self.fact_ids:
                table.add_dataset(self.path, f, f"facts/{name}")
            return table.frame()
        return self._read(build)

    def runs(self, first_year=None, last_year=None):
        """The design joined to per-run results: the facts, and each indicator over the years
        first_year..last_year (default: all; clipped to the sweep's years, InputError when
        outside them) — amounts and proposals summed (``<name>_total``), the others averaged
        (``<name>_mean``)."""
        first, last = period(self, (self.years[0] if first_year is None else first_year,
                                    self.years[-1] if last_year is None else last_year))
        design, facts = self.design(), self.facts()
        iy = self.indicator_years()
        window = iy[(iy["year"] >= first) & (iy["year"] <= last)].groupby("run")
        out = design.merge(facts, on="run", how="left")
        units = {**design.attrs["units"], **facts.attrs["units"]}
        descriptions = {**design.attrs["descriptions"], **facts.attrs["descriptions"]}
        for name in self.indicators:
            additive = name in ADDITIVE or name.startswith("route_")
            column = f"{name}_{'total' if additive else 'mean'}"
            values = window[name].sum(min_count=1) if additive else window[name].mean()
            out[column] = out["run"].map(values)
            units[column] = iy.attrs["units"][name]
            how = "sum" if additive else "mean"
            descriptions[column] = f"{iy.attrs['descriptions'][name]}: {how} over {first}-{last}"
        out.attrs["units"], out.attrs["descriptions"] = units, descriptions
        return out

    def ok_runs(self):
        """The run ids whose status is ok."""
        design = tables.require_columns(self.path, self.design(), "design", ("status",),
                                        "a column of a coopsim sweep file")
        return design.loc[design["status"] == "ok", "run"].to_numpy()

    def trajectory(self, run):
        """The kept run file of run ``run`` (experiments with ``keep: trajectories``)."""
        if not self.keeps_trajectories:
            raise InputError(self.path, "keeps no trajectories (the experiment's keep is not "
                                        "\"trajectories\")", "/design/trajectory_file")
        design = self.design().set_index("run")
        if run not in design.index:
            raise InputError(self.path, f"has no run {run}", "/runs")
        if design.at[run, "status"] != "ok":
            raise InputError(self.path, f"run {run} failed ({design.at[run, 'error']}); it has "
                                        "no trajectory", "/design/status")
        runs = self.__dict__.setdefault("_trajectories", {})   # each kept file opened once
        if run not in runs:
            relative = design.at[run, "trajectory_file"]
            runs[run] = open_run(os.path.join(os.path.dirname(os.path.abspath(self.path)),
                                              relative))
        return runs[run]


def known_indicator(name):
    """Whether ``name`` is an indicator a sweep stores in /summaries."""
    return name in DEFINITIONS or (name.startswith("route_") and name.endswith("_cop"))
