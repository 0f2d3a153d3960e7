#!/usr/bin/python3
"""Run the what-if scenarios and the baseline, and print a comparison table (Markdown).

usage: /usr/bin/python3 scenarios/what-if/compare.py [COOPSIM] [--seeds N]

COOPSIM defaults to build/sim/cli/coopsim. Every scenario runs with the same N seeds
(2010, 2011, ...; 2010 is the baseline's own) and the table shows the mean over seeds.
Needs h5py and numpy (/usr/bin/python3 has them).
"""
import argparse
import json
import pathlib
import subprocess
import tempfile

import h5py
import numpy as np

HERE = pathlib.Path(__file__).resolve().parent
BASELINE = HERE.parent / "colombia-baseline.json"
WHAT_IFS = ["donor-cuts", "agency-training", "departmental-systems", "associations",
            "south-south-push", "no-committee", "conflict-surge", "institutionalised"]
MILLIONS, SHARE, COUNT = "{:,.0f}", "{:.3f}", "{:,.0f}"


def usd(f):
    return f["territories/cooperation_received_usd"][...]


def stage(f, year):
    return f["territories/stage"][list(f["years"][...]).index(year)]


def small(f):
    return np.isin(f["territories/category"][...], [5, 6])


def added_ally_members(f, what_if):
    """Territories in the regional allies that the what-if adds to the baseline's."""
    base = {a["name"] for a in json.loads(BASELINE.read_text())["regional_allies"]}
    codes, departments = f["territories/dane_code"][...], f["territories/department"].asstr()[...]
    mask = np.zeros(codes.shape, bool)
    for ally in json.loads((HERE / f"{what_if}.json").read_text())["regional_allies"]:
        if ally["name"] not in base:
            mask |= (np.isin(codes, ally["members"]) if ally.get("members")
                     else departments == ally["department"])
    return mask


def cut_donors_from_2012(f):
    names = list(json.loads((HERE / "donor-cuts.json").read_text())["donor_overrides"])
    cut = np.isin(f["donors/name"].asstr()[...], names)
    paid = f["donors/territorial_cop"][...] / f["cop_per_usd"][...][:, None]
    return paid[f["years"][...] >= 2012][:, cut].sum() / 1e6


def south_south_route(f):
    route = list(f["routes/name"].asstr()[...]).index("south_south")
    return (f["routes/received_cop"][:, route] / f["cop_per_usd"][...]).sum() / 1e6


def success_ending_2012_2016(f):
    last = f["projects/start_year"][...] + f["projects/duration_years"][...] - 1
    ending = (last >= 2012) & (last <= 2016)
    return (f["projects/outcome"].asstr()[...][ending] == "success").mean()


def lost_at_elections(f):
    st, changed = f["territories/stage"][...], f["territories/government_changed"][...]
    return ((st[1:] < st[:-1]) & (changed[1:] == 1)).sum()


# (label, measure of an open run file, format)
HEADLINE = [
    ("to territories 2008-40, US$ M", lambda f: usd(f).sum() / 1e6, MILLIONS),
    ("2008-15, US$ M", lambda f: usd(f)[f["years"][...] <= 2015].sum() / 1e6, MILLIONS),
    ("share to cat. 5-6", lambda f: usd(f)[:, small(f)].sum() / usd(f).sum(), SHARE),
    ("formal 2020", lambda f: (stage(f, 2020) == 2).sum(), COUNT),
    ("formal 2040", lambda f: (stage(f, 2040) == 2).sum(), COUNT),
]
# What each what-if claims to move.
SPECIFIC = {
    "donor-cuts": ("cut donors to territories 2012-40, US$ M", cut_donors_from_2012, MILLIONS),
    "agency-training": ("cat. 5-6 units exploring or formal in 2015",
                        lambda f: (stage(f, 2015)[small(f)] >= 1).sum(), COUNT),
    "departmental-systems": ("to the 4 departments 2008-40, US$ M",
                             lambda f: usd(f)[:, added_ally_members(f, "departmental-systems")].sum() / 1e6,
                             MILLIONS),
    "associations": ("to the 32 members 2008-40, US$ M",
                     lambda f: usd(f)[:, added_ally_members(f, "associations")].sum() / 1e6, MILLIONS),
    "south-south-push": ("south_south route 2008-40, US$ M", south_south_route, "{:.1f}"),
    "no-committee": ("committees in 2020",
                     lambda f: f["territories/committee"][list(f["years"][...]).index(2020)].sum(), COUNT),
    "conflict-surge": ("success of projects ending 2012-16", success_ending_2012_2016, SHARE),
    "institutionalised": ("strategy stages lost at elections", lost_at_elections, COUNT),
}
COLUMNS = HEADLINE + list(SPECIFIC.values())


def measure(coopsim, scenario, seeds, out):
    """Every column's value for one scenario: mean and standard deviation over seeds."""
    rows = []
    for seed in seeds:
        subprocess.run([coopsim, "run", str(scenario), "--out", str(out), "--seed", str(seed),
                        "--force", "--quiet"], check=True)
        with h5py.File(out, "r") as f:
            rows.append([fn(f) for _, fn, _ in COLUMNS])
    rows = np.array(rows, float)
    return rows.mean(0), rows.std(0)


def cell(values, col, ref=None):
    text = COLUMNS[col][2].format(values[col])
    if ref is None or ref[col] == 0:
        return text
    return f"{text} ({100 * (values[col] - ref[col]) / abs(ref[col]):+.0f} %)"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("coopsim", nargs="?",
                        default=str(HERE.parent.parent / "build/sim/cli/coopsim"))
    parser.add_argument("--seeds", type=int, default=5)
    args = parser.parse_args()
    seeds = range(2010, 2010 + args.seeds)
    heads = range(len(HEADLINE))

    with tempfile.TemporaryDirectory() as tmp:
        out = pathlib.Path(tmp) / "run.h5"
        base, base_sd = measure(args.coopsim, BASELINE, seeds, out)
        results = {w: measure(args.coopsim, HERE / f"{w}.json", seeds, out)[0] for w in WHAT_IFS}

    print(f"Mean over {len(seeds)} seeds ({seeds[0]}-{seeds[-1]}); in brackets: change vs the baseline.\n")
    print("| scenario | " + " | ".join(h[0] for h in HEADLINE) + " | what it moves: baseline -> what-if |")
    print("|---" * (len(HEADLINE) + 2) + "|")
    print("| colombia-baseline | " + " | ".join(cell(base, j) for j in heads) + " | |")
    for i, w in enumerate(WHAT_IFS):
        k, r = len(HEADLINE) + i, results[w]
        print(f"| {w} | " + " | ".join(cell(r, j, base) for j in heads)
              + f" | {COLUMNS[k][0]}: {cell(base, k)} -> {cell(r, k, base)} |")
    print("\nBaseline seed-to-seed standard deviation: "
          + ", ".join(f"{HEADLINE[j][0]} {cell(base_sd, j)}" for j in heads) + ".")


if __name__ == "__main__":
    main()
