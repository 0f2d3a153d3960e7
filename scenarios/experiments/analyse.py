#!/usr/bin/python3
"""Analyse a sweep file of one of the hypothesis experiments of this folder (README.md).

    build/sim/cli/coopsim sweep scenarios/experiments/h1-articulation.json --out /tmp/h1.h5
    /usr/bin/python3 scenarios/experiments/analyse.py /tmp/h1.h5

Use /usr/bin/python3, which has h5py, numpy and pandas; plain python3 may not. The experiment is
recognised by its name (the file's stem, stored in the sweep file). `load` reads any sweep; the
sensitivity helpers (morris, sobol, src, noise_floor) come from analysis/coopsim_analysis/
sensitivity.py and are described in docs/EXPERIMENTS.md.
Amounts: COP or USD million as labelled.
"""
import os
import sys

import h5py
import numpy as np
import pandas as pd

REPOSITORY = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(REPOSITORY, "analysis"))
from coopsim_analysis import open_sweep  # noqa: E402
from coopsim_analysis.sensitivity import morris, noise_floor, sobol, src  # noqa: E402

pd.set_option("display.width", 200)
pd.set_option("display.max_columns", 30)


# ---------------------------------------------------------------- reading a sweep file
def load(path):
    """(design, summaries, facts, factors, experiment), read through coopsim_analysis.open_sweep:
    the design table as a DataFrame indexed by run id; each /summaries/<name> as a DataFrame
    [run x year]; the /facts/<id> as one DataFrame; the factor names in the experiment's order;
    the resolved experiment."""
    sweep = open_sweep(path)
    columns = ["point", "replication", "seed", "block", "changed_factor", "status",
               *sweep.factors] + (["trajectory_file"] if sweep.keeps_trajectories else [])
    design = sweep.design().set_index("run").rename_axis(None)[columns]
    years = sweep.indicator_years()
    summaries = {name: years.pivot(index="run", columns="year", values=name)
                 .rename_axis(index=None, columns=None) for name in sweep.indicators}
    facts = sweep.facts().set_index("run").rename_axis(None)
    failed = (design["status"] != "ok").sum()
    if failed:
        print(f"warning: {failed} runs failed (see /design/error)")
    return design, summaries, facts, sweep.factors, sweep.experiment


def period_share_5_6(summaries, first, last):
    """Share of the territories' cooperation (COP) of years first..last going to categories 5-6,
    weighted by the amounts (the yearly share is NaN in years with no cooperation)."""
    total = summaries["territories_cop"].loc[:, first:last]
    share = summaries["category_5_6_share"].loc[:, first:last].fillna(0)
    return (total * share).sum(axis=1) / total.sum(axis=1)


# ---------------------------------------------------------------- tables
def cell_table(design, values, factors):
    """Mean and standard error of each column of `values` in each cell of a factorial."""
    return values.groupby([design[f] for f in factors]).agg(["mean", "sem"])


# ---------------------------------------------------------------- one analysis per experiment
def h1(path):
    design, s, facts, factors, _ = load(path)
    outputs = {"SF2a: Caldono's secured 2008-11, COP M": facts["SF2a"] / 1e6,
               "territories' total 2008-27, COP M": s["territories_cop"].sum(axis=1) / 1e6}
    for label, y in outputs.items():
        floor = noise_floor(design, y)
        print(f"\n{label}: mean {y.mean():,.0f}; seed-noise floor of ST {floor:.2f}")
        table = sobol(design, y, factors).rename(columns=lambda c: c.replace("_", " "))
        table["ST - floor"] = table["ST"] - floor
        table["SRC"], r2 = src(design, y, factors)
        print(table.round(2).to_string())
        print(f"R^2 of the linear fit on the point means: {r2:.2f}")


def h2(path):
    design, s, facts, factors, experiment = load(path)
    levels = experiment["design"].get("levels", 4)
    outputs = {"strategies in 2040 (exploring or formal)": s["strategies"][2040],
               "formal strategies in 2040": s["formal_strategies"][2040],
               "SF4: drop share, low minus high empowerment": facts["SF4"],
               "territories' total 2008-40, USD M": s["territories_usd"].sum(axis=1) / 1e6}
    for label, y in outputs.items():
        print(f"\n{label}: mean over the runs {y.mean():,.2f} ({y.isna().sum()} runs NaN)")
        table = morris(design, y, factors, levels).sort_values("mu_star", ascending=False)
        print(table[["mu", "mu_star", "sigma", "n"]].astype(float).round(2).to_string())


def h3(path):
    design, s, facts, factors, _ = load(path)
    total = s["territories_usd"].sum(axis=1) / 1e6
    share = period_share_5_6(s, 2008, 2040)
    values = pd.DataFrame({"to categories 5-6, USD M": share * total, "share 5-6": share,
                           "total, USD M": total, "formal 2040": s["formal_strategies"][2040],
                           "SF5": facts["SF5"]})
    print(cell_table(design, values, factors[:2]).round(3).to_string())
    print("\nby regional_bonus, systems on:")
    on = design[factors[0]] == 2008
    print(cell_table(design[on], values[on], [factors[2]]).round(3).to_string())


def h4(path):
    design, s, facts, factors, _ = load(path)
    rows = []
    for run, rel in design["trajectory_file"].items():
        with h5py.File(os.path.join(os.path.dirname(path), rel), "r") as t:
            years = t["years"][:]
            received = t["territories/cooperation_received_cop"][:]
            codes = t["territories/dane_code"][:]
            stage_2011 = t["territories/stage"][list(years).index(2011)]
            ss = (t["flows/route_id"][:] == 6) & (t["flows/year"][:] <= 2011)  # 6: south_south
            linked = np.isin(codes, np.unique(t["flows/dane_code"][:][ss]))
        before = received[(years >= 2008) & (years <= 2011)].mean(axis=0)
        after = received[(years >= 2012) & (years <= 2019)].mean(axis=0)
        groups = {"South-South link by 2011": linked,
                  "formal in 2011, no link": (stage_2011 == 2) & ~linked,
                  "the others": (stage_2011 < 2) & ~linked}
        for group, mask in groups.items():
            rows.append({"run": run, "group": group, "territories": mask.sum(),
                         "before": before[mask].sum() / 1e6, "after": after[mask].sum() / 1e6})
    table = pd.DataFrame(rows).join(design[factors[0]], on="run")
    cells = table.groupby([factors[0], "group"])[["territories", "before", "after"]].sum()
    cells["after / before"] = cells["after"] / cells["before"]
    runs = design.groupby(factors[0]).size()
    cells["territories"] = cells["territories"] / runs.reindex(cells.index.get_level_values(0)).values
    print("yearly means, COP M, added over runs; territories per run")
    print(cells.round(2).to_string())
    route = s["route_south_south_cop"].loc[:, 2012:2019].sum(axis=1) / 1e6
    total = s["territories_usd"].loc[:, 2012:2019].sum(axis=1) / 1e6
    print("\n2012-19: south_south route (COP M) and territories' total (USD M), mean per run")
    print(pd.DataFrame({"south_south": route, "total": total}).groupby(design[factors[0]]).mean()
          .round(1).to_string())


def h5(path):
    design, s, facts, factors, _ = load(path)
    values = pd.DataFrame({"Gini 2012-40": s["gini_territories"].loc[:, 2012:].mean(axis=1),
                           "share 5-6": period_share_5_6(s, 2008, 2040),
                           "total, USD M": s["territories_usd"].sum(axis=1) / 1e6,
                           "SF1a": facts["SF1a"], "formal 2040": s["formal_strategies"][2040]})
    print(values.groupby([design[f] for f in factors]).mean().round(3).to_string())
    print("\nstandard errors, by budget and targets:")
    print(values.groupby([design[f] for f in factors[:2]]).sem().round(3).to_string())


def h6(path):
    design, s, facts, factors, _ = load(path)
    d = design.copy()
    d["usaid local_ally"] = (d["usaid_presence"] == '"local_ally"').astype(float)
    d["usaid none"] = (d["usaid_presence"] == '"none"').astype(float)
    d["log ngo budget"] = np.log(d["ngo_budget_scale"])
    d["log eu budget"] = np.log(d["eu_budget_scale"])
    d["log remoteness_km"] = np.log(d["remoteness_km"])
    columns = ["log ngo budget", "log eu budget", "usaid local_ally", "usaid none",
               "open_call_odds", "log remoteness_km"]
    outputs = {"SF1b": facts["SF1b"], "SF1a": facts["SF1a"],
               "share 5-6 2008-27": period_share_5_6(s, 2008, 2027)}
    table = {}
    for label, y in outputs.items():
        beta, r2 = src(d, y, columns)
        table[f"{label} (R2 {r2:.2f}, noise {noise_floor(d, y):.2f})"] = beta
    print("standardised regression coefficients on the point means:")
    print(pd.DataFrame(table).round(3).to_string())
    print("\nmeans by USAID's presence:")
    print(pd.DataFrame(outputs).groupby(d["usaid_presence"]).agg(["mean", "sem"]).round(3)
          .to_string())


ANALYSES = {"h1-articulation": h1, "h2-empowerment": h2, "h3-departmental-systems": h3,
            "h4-south-south": h4, "h5-national-training": h5, "h6-field-presence": h6}

if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    name = open_sweep(sys.argv[1]).name
    if name not in ANALYSES:
        sys.exit(f"{sys.argv[1]}: experiment {name!r} is not one of {', '.join(ANALYSES)}")
    print(f"{name}: {sys.argv[1]}")
    ANALYSES[name](sys.argv[1])
