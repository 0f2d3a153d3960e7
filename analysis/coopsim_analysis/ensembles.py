"""A scenario's runs measured alike, whether it is one run file or a sweep's ensemble.

A run file is an ensemble of one run (run id 0); a sweep file is the ensemble of its runs whose
status is ``ok`` (every design point together: a sweep compared in a report should hold
replications of one scenario). ``period_metrics`` gives one row per run with the key measures
of a period, the unit of every comparison in the report (docs/ANALYSIS.md, "Key measures").
"""
import numpy as np
import pandas as pd

from .errors import InputError
from .runs import Run
from .tables import require_columns

# name: (unit, how it is computed from the yearly indicators over the period FIRST-LAST)
METRICS = {
    "territories_cop": ("COP", "cooperation disbursed to territories, summed over the period"),
    "territories_usd": ("USD", "cooperation disbursed to territories, summed over the period"),
    "national_usd": ("USD", "cooperation placed with national-level recipients, summed"),
    "category_5_6_share": ("1", "share of the period's cooperation to territories that went to "
                                "categories 5 and 6"),
    "gini_territories": ("1", "Gini of cooperation across territories, mean of the yearly values"),
    "strategies": ("1", "territories with a strategy (exploring or formal) in the last year"),
    "formal_strategies": ("1", "territories with a formal strategy in the last year"),
    "committees": ("1", "territories with a cooperation committee in the last year"),
    "proposals": ("1", "proposals written, summed over the period"),
    "south_south_share": ("1", "share of the period's cooperation to territories through "
                               "South-South cooperation"),
}
# The yearly indicators the measures are computed from (route_south_south_cop may be absent).
NEEDED = ("territories_cop", "territories_usd", "national_usd", "category_5_6_share",
          "gini_territories", "strategies", "formal_strategies", "committees", "proposals")


def indicator_years(source):
    """One row per (run, year) with the yearly indicators; for a sweep only its ok runs
    (InputError when none is ok)."""
    if isinstance(source, Run):
        frame = source.indicator_years()
        frame.insert(0, "run", 0)
        frame.attrs["units"] = {"run": "", **frame.attrs["units"]}
        return frame
    ok = source.ok_runs()
    if len(ok) == 0:
        raise InputError(source.path, f"no run succeeded ({len(source.run_ids)} failed; their "
                                      "errors are in /design/error)", "/design/status")
    frame = source.indicator_years()
    return frame[frame["run"].isin(ok)].reset_index(drop=True)


def period(source, years=None):
    """(first, last) year: ``years`` clipped to the source's years, or all of them."""
    first, last = int(source.years[0]), int(source.years[-1])
    if years is None:
        return first, last
    if years[0] > years[1]:
        raise InputError(source.path, f"{years[0]}-{years[1]}: the first year is after the last",
                         "--years")
    if years[0] > last or years[1] < first:
        raise InputError(source.path, f"{years[0]}-{years[1]} is outside the file's years "
                                      f"{first}-{last}", "--years")
    return max(first, years[0]), min(last, years[1])


def period_metrics(source, years=None):
    """One row per run: ``run`` and each measure of METRICS over the period ``years``."""
    first, last = period(source, years)
    iy = require_columns(source.path, indicator_years(source), "summaries", NEEDED,
                         "an indicator of a coopsim sweep file")
    window = iy[(iy["year"] >= first) & (iy["year"] <= last)]
    by_run = window.groupby("run", sort=True)
    final = window[window["year"] == last].set_index("run")
    total = by_run["territories_cop"].sum()
    small = (window["territories_cop"] * window["category_5_6_share"].fillna(0.0)).groupby(
        window["run"]).sum()
    south = by_run["route_south_south_cop"].sum() if "route_south_south_cop" in window else np.nan
    positive = total.where(total > 0)
    out = pd.DataFrame({
        "territories_cop": total,
        "territories_usd": by_run["territories_usd"].sum(),
        "national_usd": by_run["national_usd"].sum(),
        "category_5_6_share": small / positive,
        "gini_territories": by_run["gini_territories"].mean(),
        "strategies": final["strategies"],
        "formal_strategies": final["formal_strategies"],
        "committees": final["committees"],
        "proposals": by_run["proposals"].sum(),
        "south_south_share": south / positive,
    }).rename_axis("run").reset_index()
    out.attrs["units"] = {name: unit for name, (unit, _) in METRICS.items()}
    out.attrs["descriptions"] = {name: text for name, (_, text) in METRICS.items()}
    out.attrs["period"] = (first, last)
    return out


def size(source):
    """Number of runs in the ensemble."""
    return 1 if isinstance(source, Run) else len(source.ok_runs())
