"""The yearly indicators of a run, as ``coopsim sweep`` stores them in /summaries.

The definitions follow ``sim/experiment/run_summary.cpp`` one for one, so that a single run and a
sweep's runs are measured alike (tests/analysis/test_sweeps.py checks the values against a
sweep's own /summaries). docs/EXPERIMENTS.md, "The sweep file", lists them.
"""
import numpy as np
import pandas as pd

from .tables import FIXED, require_columns

# name: (unit, meaning); route_<route>_cop follow, one per access route of the file.
DEFINITIONS = {
    "territories_cop": ("COP", "cooperation disbursed to territories"),
    "territories_usd": ("USD", "cooperation disbursed to territories"),
    "national_usd": ("USD", "cooperation placed with national-level recipients"),
    "disbursed_usd": ("USD", "what donors paid out (territories and national)"),
    "gini_territories": ("1", "Gini of this year's cooperation across territories"),
    "category_5_6_share": ("1", "share of territories' cooperation to categories 5 and 6"),
    "strategies": ("1", "territories with a strategy (exploring or formal)"),
    "formal_strategies": ("1", "territories with a formal strategy"),
    "committees": ("1", "territories with a municipal cooperation committee"),
    "proposals": ("1", "proposals written"),
    "active_projects": ("1", "projects disbursing"),
}
ROUTE_MEANING = "cooperation disbursed to territories through this route"


def gini(amounts):
    """Gini coefficient of non-negative amounts (0 equal, towards 1 concentrated); NaN when the
    total is not positive. Same formula as sim/validation/ensemble_statistics.cpp."""
    x = np.sort(np.asarray(amounts, dtype=float))
    total = x.sum()
    if x.size == 0 or total <= 0:
        return float("nan")
    n = x.size
    return float(2.0 * np.sum(np.arange(1, n + 1) * x) / (n * total) - (n + 1.0) / n)


def lorenz(amounts):
    """(population share, cumulative share of the amounts) of the Lorenz curve, from (0, 0)."""
    x = np.sort(np.asarray(amounts, dtype=float))
    n = x.size
    people = np.arange(0, n + 1) / n if n else np.array([0.0])
    total = x.sum()
    cumulative = np.concatenate([[0.0], np.cumsum(x) / total]) if total > 0 else people
    return people, cumulative


def from_run(run):
    """One row per year: ``year`` and each indicator, with units and meanings in attrs."""
    ty = require_columns(run.path, run.territory_years(), "territories",
                         ("cooperation_received_usd", "committee", "proposals", "active_projects"))
    by_year = ty.groupby("year", sort=True)
    small = ty["cooperation_received_cop"].where(ty["category"] >= 5, 0.0)
    to_territories = by_year["cooperation_received_cop"].sum()
    share = small.groupby(ty["year"]).sum() / to_territories.where(to_territories > 0)
    national = run.national_years().set_index("year")
    donors = require_columns(run.path, run.donor_years(), "donors", ("disbursed_usd",))
    routes = require_columns(run.path, run.route_years(), "routes", ("received_cop",))
    require_columns(run.path, routes, "routes", ("name",), FIXED)

    columns = {
        "territories_cop": to_territories,
        "territories_usd": by_year["cooperation_received_usd"].sum(),
        "national_usd": national["received_usd"],
        "disbursed_usd": donors.groupby("year")["disbursed_usd"].sum(),
        "gini_territories": by_year["cooperation_received_cop"].agg(gini),
        "category_5_6_share": share,
        "strategies": by_year["stage"].agg(lambda s: float((s >= 1).sum())),
        "formal_strategies": by_year["stage"].agg(lambda s: float((s >= 2).sum())),
        "committees": by_year["committee"].sum(),
        "proposals": by_year["proposals"].sum(),
        "active_projects": by_year["active_projects"].sum(),
    }
    units = {name: unit for name, (unit, _) in DEFINITIONS.items()}
    meanings = {name: meaning for name, (_, meaning) in DEFINITIONS.items()}
    for name, group in routes.groupby("name", sort=False):
        column = f"route_{name}_cop"
        columns[column] = group.set_index("year")["received_cop"]
        units[column], meanings[column] = "COP", ROUTE_MEANING

    frame = pd.DataFrame({k: pd.Series(v).astype(float) for k, v in columns.items()})
    frame = frame.reindex(run.years).rename_axis("year").reset_index()
    frame.attrs["units"] = {"year": "year", **units}
    frame.attrs["descriptions"] = {"year": "simulated calendar year", **meanings}
    return frame
