#!/usr/bin/python3
"""Recompute every figure docs/CLASSROOM.md quotes: seed 7, and seeds 1-30 paired with the base.

Run from the top of the repository (about 20 s):
    /usr/bin/python3 scenarios/classroom/measure_exercises.py [path/to/coopsim]
Amounts are COP million. "30 seeds": each what-if and its base run with the same seeds 1-30;
"up"/"down" count the seeds where the what-if is above/below its base.
"""
import functools, os, subprocess, sys, tempfile
import h5py, numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "analysis"))
from coopsim_analysis import indicators  # noqa: E402  (the Gini of the package and the sweeps)

COOPSIM = sys.argv[1] if len(sys.argv) > 1 else "build/sim/cli/coopsim"
DIR = "scenarios/classroom/"
SEEDS = range(1, 31)
OUT = os.path.join(tempfile.mkdtemp(), "run.h5")
NAMES = ["Villa Capital", "San Pedro", "Resguardo Alto", "El Remanso", "Puerto Lejano", "Santa Rosa"]
VC, SP, RA, ER, PL, SR = range(6)  # territory index = position in base.json
ROUTES = ["official_national_agency", "official_open_call", "decentralised_open_call", "ngo", "twinning",
          "networks", "south_south"]
BASE = ("base.json", ())  # (scenario file, --set overrides)


@functools.lru_cache(maxsize=None)
def run(scenario, seed=7, sets=()):
    """Every dataset of one run, as numpy arrays keyed by path."""
    cmd = [COOPSIM, "run", DIR + scenario, "--out", OUT, "--force", "--quiet", "--seed", str(seed)]
    subprocess.run(cmd + [a for s in sets for a in ("--set", s)], check=True)
    data = {}
    with h5py.File(OUT, "r") as f:
        f.visititems(lambda path, d: data.__setitem__(path, d[...]) if isinstance(d, h5py.Dataset) else None)
    return data


# Measures: one run -> one number.
def territory(*idx): return lambda r: r["territories/cooperation_received_cop"][:, list(idx)].sum() / 1e6
total = territory(*range(6))            # territories' total
members = territory(SP, RA, ER)         # the association's members
non_members = territory(PL, SR)
category6 = territory(RA, ER, PL, SR)   # the four small ones
def route(name): return lambda r: r["routes/received_cop"][:, ROUTES.index(name)].sum() / 1e6
def south_south_to(i):
    return lambda r: r["flows/amount_cop"][(r["flows/route_id"] == ROUTES.index("south_south"))
                                           & (r["flows/dane_code"] == r["territories/dane_code"][i])].sum() / 1e6
def donors_total(r): return r["donors/disbursed_cop"].sum() / 1e6
def formal_years(r): return (r["territories/stage"][:, [VC, SP]] == 2).sum()  # capital + San Pedro, added up
def gini(r): return indicators.gini(r["territories/cooperation_received_cop"].sum(axis=0))


def seeds(measure, scenario, sets=()): return np.array([measure(run(scenario, s, sets)) for s in SEEDS])
def fmt(x): return f"{x:,.3f}" if abs(x) < 1 else f"{x:,.1f}" if abs(x) < 100 else f"{x:,.0f}"
def fmt7(x): return f"{x:,.3f}" if abs(x) < 1 else f"{x:,.1f}"
def pct(new, old): return f"{(new / old - 1) * 100:+.0f} %" if old else "n/a"


def compare(measure, what, base=BASE):
    """Seed 7 of base and what-if, and the measure over SEEDS for both."""
    return (measure(run(base[0], 7, base[1])), measure(run(what[0], 7, what[1])),
            seeds(measure, *base), seeds(measure, *what))


def paired(label, measure, what, base=BASE):
    b7, w7, b, w = compare(measure, what, base)
    print(f"  {label:<46} seed 7: {fmt7(b7)} -> {fmt7(w7)} ({pct(w7, b7)}) | {len(SEEDS)} seeds: "
          f"{fmt(b.mean())} -> {fmt(w.mean())} ({pct(w.mean(), b.mean())}), up {(w > b).sum()}, down {(w < b).sum()}")


def by_year(label, series): print(f"  {label}: {np.round(series, 2).tolist()}")


# Section 4: one row per what-if (file, measure name, measure, expected direction).
WHAT_IFS = [("committee.json", "Resguardo Alto, COP million", territory(RA), "up"),
            ("no-committees.json", "territories' total", total, "down"),
            ("donor-cut.json", "territories' total", total, "down"),
            ("south-south.json", "`south_south` route", route("south_south"), "up"),
            ("association.json", "members' total", members, "up"),
            ("training.json", "Gini over municipalities", gini, "down"),
            ("elections.json", "territories' total", total, "down")]

print("4. what-if | measure | base, seed 7 | what-if, seed 7 | base -> what-if, mean | seeds in the expected"
      " direction | seed-7 change")
for scenario, name, measure, direction in WHAT_IFS:
    b7, w7, b, w = compare(measure, (scenario, ()))
    ok = (w > b).sum() if direction == "up" else (w < b).sum()
    print(f"| `{scenario}` | {name} | {fmt7(b7)} | {fmt7(w7)} | {fmt(b.mean())} → {fmt(w.mean())} "
          f"| {ok}/{len(SEEDS)} {direction} | {pct(w7, b7)} |")

print("\n2 and exercise 8. Base, territories' total")
t = seeds(total, *BASE)
print(f"  {len(SEEDS)} seeds: mean {t.mean():,.0f}, sd {t.std(ddof=1):,.0f}, min {t.min():,.0f}, max {t.max():,.0f};"
      f" seeds 1, 2, 3: {', '.join(fmt7(x) for x in t[:3])}")

print("\nExercise 1 (committee)")
paired("Resguardo Alto: committee", territory(RA), ("committee.json", ()))
paired("Resguardo Alto: training only", territory(RA), ("committee.json", ("/territories/2/committee_allowed=false",)))
by_year("committee, seed 7, Resguardo Alto's articulation", run("committee.json")["territories/articulation"][:, RA])
by_year("committee, seed 7, Resguardo Alto's stage", run("committee.json")["territories/stage"][:, RA])

print("\nExercise 2 (no committees)")
for label, measure in [("territories' total", total), ("Villa Capital", territory(VC)), ("San Pedro", territory(SP)),
                       ("the four small ones", category6)] + [(n, route(n)) for n in ROUTES[4:]]:
    paired(label, measure, ("no-committees.json", ()))
by_year("no committees, seed 7, Villa Capital's stage", run("no-committees.json")["territories/stage"][:, VC])
by_year("base, years with a committee by territory, mean of the seeds",
        np.mean([run("base.json", s)["territories/committee"].sum(axis=0) for s in SEEDS], axis=0))
years, committee = run("base.json")["years"], run("base.json")["territories/committee"]
print("  base, seed 7, first committee year of the small ones:",
      {NAMES[i]: int(years[committee[:, i] == 1].min()) for i in (RA, ER, PL, SR) if committee[:, i].any()})

print("\nExercise 3 (donor cut)")
for label, measure in [("donors' total spending", donors_total), ("territories' total", total),
                       ("Villa Capital", territory(VC)), ("the four small ones", category6)] + \
                      [(n, route(n)) for n in ROUTES[:4]]:
    paired(label, measure, ("donor-cut.json", ()))
by_year("donor cut, seed 7, Agencia del Norte's tranche_scale", run("donor-cut.json")["donors/tranche_scale"][:, 0])
CUT = ("donor-cut.json", ())
CUT_SS = ("donor-cut.json", ("donors/4/budget_usd=400000",))
for label, measure in [("territories' total", total), ("south_south route", route("south_south")),
                       ("Villa Capital", territory(VC))]:
    paired("cut -> cut + South-South: " + label, measure, CUT_SS, base=CUT)

print("\nExercise 4 (South-South boom)")
for label, measure in [("south_south route", route("south_south")), ("territories' total", total),
                       ("Villa Capital", territory(VC))] + \
                      [("South-South to " + NAMES[i], south_south_to(i)) for i in range(6)]:
    paired(label, measure, ("south-south.json", ()))
paired("committee -> + South-South x6: to Resguardo Alto", south_south_to(RA),
       ("committee.json", ("donors/4/budget_usd=600000",)), base=("committee.json", ()))

print("\nExercise 5 (association)")
for label, measure in [("members' total", members), ("San Pedro", territory(SP)), ("Resguardo Alto", territory(RA)),
                       ("El Remanso", territory(ER)), ("non-members", non_members)]:
    paired(label, measure, ("association.json", ()))
BUNDLING = ("regional_allies/0/technical_support=0",)
SCARCE = ("donors/1/max_partners=1",)
paired("bundling only: territories' total", total, ("association.json", BUNDLING))
paired("bundling only, Fondo max_partners=1", total, ("association.json", BUNDLING + SCARCE),
       base=("base.json", SCARCE))

print("\nExercise 6 (training)")
for label, measure in [("category 6", category6), ("Gini", gini), ("Villa Capital", territory(VC)),
                       ("territories' total", total)]:
    paired(label, measure, ("training.json", ()))
LARGE = ("training.json", ("national_agency/target_categories=[1,3]",))
paired("categories 1 and 3: San Pedro", territory(SP), LARGE)
paired("categories 1 and 3: Gini", gini, LARGE)

print("\nExercise 7 (elections)")
for label, measure in [("territories' total", total), ("San Pedro", territory(SP)),
                       ("formal-stage years, capital + San Pedro", formal_years)]:
    paired(label, measure, ("elections.json", ()))
by_year("elections, seed 7, San Pedro's stage", run("elections.json")["territories/stage"][:, SP])
ELECT = ("parameters/lapse_rate=1", "parameters/formal_protection=0")
paired("committee -> + elections: Resguardo Alto", territory(RA), ("committee.json", ELECT),
       base=("committee.json", ()))
for name in ["stage", "empowered_share"]:
    by_year(f"committee + elections, seed 7, Resguardo Alto's {name}",
            run("committee.json", 7, ELECT)["territories/" + name][:, RA])
