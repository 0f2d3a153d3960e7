#!/usr/bin/python3
"""Analyse a sweep file of one of the hypothesis experiments of this folder (README.md).

    build/sim/cli/coopsim sweep scenarios/experiments/h1-articulation.json --out /tmp/h1.h5
    /usr/bin/python3 scenarios/experiments/analyse.py /tmp/h1.h5

Use /usr/bin/python3, which has h5py, numpy and pandas; plain python3 may not. The experiment is
recognised by its name (the file's stem, stored in the sweep file); the helpers (load, morris,
sobol, src, noise_floor) work for any sweep and are described in docs/EXPERIMENTS.md.
Amounts: COP or USD million as labelled.
"""
import json
import os
import sys

import h5py
import numpy as np
import pandas as pd

pd.set_option("display.width", 200)
pd.set_option("display.max_columns", 30)


# ---------------------------------------------------------------- reading a sweep file
def load(path):
    """(design, summaries, facts, factors): the design table as a DataFrame indexed by run id;
    each /summaries/<name> as a DataFrame [run x year]; the /facts/<id> as one DataFrame;
    the factor names in the experiment's order."""
    with h5py.File(path, "r") as f:
        experiment = json.loads(f.attrs["scenario_json"])
        factors = [x["name"] for x in experiment["factors"]]
        columns = {c: f["design/" + c][:] for c in
                   ("point", "replication", "seed", "block", "changed_factor", "status")}
        columns["status"] = columns["status"].astype(str)
        for name in factors:
            values = f["design/factors/" + name][:]
            columns[name] = values.astype(str) if values.dtype.kind in "OS" else values
        if "design/trajectory_file" in f:
            columns["trajectory_file"] = f["design/trajectory_file"][:].astype(str)
        design = pd.DataFrame(columns, index=f["runs"][:])
        years = f["years"][:]
        summaries = {k: pd.DataFrame(v[:], index=design.index, columns=years)
                     for k, v in f["summaries"].items()}
        facts = pd.DataFrame({k: v[:] for k, v in f["facts"].items()}, index=design.index)
    failed = (design["status"] != "ok").sum()
    if failed:
        print(f"warning: {failed} runs failed (see /design/error)")
    return design, summaries, facts, factors, experiment


def period_share_5_6(summaries, first, last):
    """Share of the territories' cooperation (COP) of years first..last going to categories 5-6,
    weighted by the amounts (the yearly share is NaN in years with no cooperation)."""
    total = summaries["territories_cop"].loc[:, first:last]
    share = summaries["category_5_6_share"].loc[:, first:last].fillna(0)
    return (total * share).sum(axis=1) / total.sum(axis=1)


# ---------------------------------------------------------------- sensitivity measures
def point_means(design, y):
    """The output averaged over the replications of each design point."""
    return y.groupby(design["point"]).mean()


def noise_floor(design, y):
    """Share of the variance of the point means that is seed noise: (mean within-point variance
    / replications) / variance of the point means. Needs replications >= 2."""
    g = y.groupby(design["point"])
    return (g.var(ddof=1).mean() / g.size().iloc[0]) / g.mean().var(ddof=1)


def morris(design, y, factors, levels):
    """Elementary effects per factor (Morris 1991; mu* of Campolongo et al. 2007), in units of
    the output per whole range of the factor (unit-coordinate step Delta = p / (2 (p - 1))).
    The sign comes from the factor's change (numeric factors); NaN outputs are skipped."""
    delta = levels / (2 * (levels - 1))
    ym = point_means(design, y)
    points = design.groupby("point").first()
    effects = {f: [] for f in factors}
    for p in points.index:
        changed = points.loc[p, "changed_factor"]
        if changed < 0:
            continue  # the first point of a trajectory
        f = factors[changed]
        step = points.loc[p, f] - points.loc[p - 1, f] if points[f].dtype.kind in "fi" else 1.0
        value = np.sign(step) * (ym[p] - ym[p - 1]) / delta
        if np.isfinite(value):
            effects[f].append(value)
    table = pd.DataFrame({f: {"mu": np.mean(v), "mu_star": np.mean(np.abs(v)),
                              "sigma": np.std(v, ddof=1), "n": len(v)}
                          for f, v in effects.items()}).T
    return table.sort_values("mu_star", ascending=False)


def sobol(design, y, factors, bootstrap=1000, seed=0):
    """First-order (Saltelli et al. 2010, on centred outputs) and total (Jansen 1999) Sobol
    indices from a saltelli design, on the point means, with 95 % bootstrap intervals."""
    ym = point_means(design, y)
    block = design.groupby("point")["block"].first()
    a, b = ym[block == 0].values, ym[block == 1].values
    ab = [ym[block == 2 + i].values for i in range(len(factors))]

    def estimate(rows):
        ar, br = a[rows], b[rows]
        both = np.concatenate([ar, br])
        var, mean = np.var(both, ddof=1), np.mean(both)
        return np.array([[np.mean((br - mean) * (abi[rows] - ar)) / var,
                          0.5 * np.mean((ar - abi[rows]) ** 2) / var] for abi in ab])

    n = len(a)
    full = estimate(np.arange(n))
    rng = np.random.default_rng(seed)
    boot = np.array([estimate(rng.integers(0, n, n)) for _ in range(bootstrap)])
    low, high = np.percentile(boot, [2.5, 97.5], axis=0)
    return pd.DataFrame({"S1": full[:, 0], "S1 low": low[:, 0], "S1 high": high[:, 0],
                         "ST": full[:, 1], "ST low": low[:, 1], "ST high": high[:, 1]},
                        index=factors)


def src(design, y, columns):
    """Standardised regression coefficients of the point means on the given design columns,
    and the R^2 of that linear fit."""
    ym = point_means(design, y)
    x = design.groupby("point")[columns].first().astype(float)
    xs, ys = (x - x.mean()) / x.std(), (ym - ym.mean()) / ym.std()
    m = np.column_stack([np.ones(len(xs)), xs.values])
    beta, *_ = np.linalg.lstsq(m, ys.values, rcond=None)
    r2 = 1 - np.sum((ys.values - m @ beta) ** 2) / np.sum(ys.values ** 2)
    return pd.Series(beta[1:], index=columns), r2


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
        table = sobol(design, y, factors)
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
        print(morris(design, y, factors, levels).round(2).to_string())


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
    with h5py.File(sys.argv[1], "r") as f:
        name = f.attrs["scenario_name"]
        name = name.decode() if isinstance(name, bytes) else name
    if name not in ANALYSES:
        sys.exit(f"{sys.argv[1]}: experiment {name!r} is not one of {', '.join(ANALYSES)}")
    print(f"{name}: {sys.argv[1]}")
    ANALYSES[name](sys.argv[1])
