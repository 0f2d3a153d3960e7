#!/usr/bin/python3
"""Write scenarios/data/colombia-territories.csv: the 1,122 municipal units of Colombia.

Real units: the 32 departmental capitals (Bogotá D.C. is also Cundinamarca's capital) and
Caldono (19137), with their DANE DIVIPOLA codes, names and rounded public figures. Every
other unit is synthetic ("Municipio sintético N (Department)"), with a code of
department x 1000 + a running number from 900 down, and values drawn by the rules in
docs/DATA.md so that the national distributions match documented aggregate facts.

Run with Debian's Python (standard library + numpy); the output is deterministic:

    /usr/bin/python3 scenarios/data/make_colombia_territories.py
"""

import csv
import math
import os
import sys

import numpy as np

SEED = 20100101
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "colombia-territories.csv")

# DANE department code, name (as coopsim import-territories writes it), number of municipal
# units (DANE DIVIPOLA, 1,122 in all), typical road distance to the capital (km), conflict
# multiplier (1 = national baseline), mean log-population offset of its synthetic units,
# area scale (km2 of a typical unit).
DEPARTMENTS = [
    # code, name, units, dist_km, conflict, pop_offset, area_km2
    (5, "Antioquia", 125, 130, 3.0, 0.00, 500),
    (8, "Atlántico", 23, 35, 0.6, 0.60, 150),
    (11, "Bogotá D.C.", 1, 0, 0.5, 0.00, 1600),
    (13, "Bolívar", 46, 150, 1.5, 0.10, 550),
    (15, "Boyacá", 123, 80, 0.4, -0.55, 180),
    (17, "Caldas", 27, 55, 1.0, 0.05, 250),
    (18, "Caquetá", 16, 150, 3.0, 0.05, 5000),
    (19, "Cauca", 42, 90, 4.0, 0.25, 700),
    (20, "Cesar", 25, 110, 1.2, 0.20, 900),
    (23, "Córdoba", 30, 80, 1.5, 0.60, 800),
    (25, "Cundinamarca", 116, 75, 0.5, -0.30, 200),
    (27, "Chocó", 30, 140, 3.0, -0.10, 1500),
    (41, "Huila", 37, 90, 1.5, 0.10, 500),
    (44, "La Guajira", 15, 110, 1.0, 0.50, 1300),
    (47, "Magdalena", 30, 110, 1.0, 0.20, 700),
    (50, "Meta", 29, 150, 3.0, -0.10, 2900),
    (52, "Nariño", 64, 110, 3.5, -0.05, 500),
    (54, "Norte de Santander", 40, 100, 3.0, -0.15, 550),
    (63, "Quindío", 12, 20, 0.5, 0.40, 160),
    (66, "Risaralda", 14, 35, 0.8, 0.35, 260),
    (68, "Santander", 87, 90, 0.7, -0.45, 350),
    (70, "Sucre", 26, 60, 1.0, 0.15, 400),
    (73, "Tolima", 47, 90, 1.5, -0.05, 500),
    (76, "Valle del Cauca", 42, 80, 1.5, 0.45, 450),
    (81, "Arauca", 7, 150, 4.0, 0.30, 3400),
    (85, "Casanare", 19, 120, 1.5, -0.30, 2300),
    (86, "Putumayo", 13, 120, 3.5, 0.15, 2000),
    (88, "San Andrés", 2, 90, 0.2, 0.00, 20),
    (91, "Amazonas", 11, 300, 0.5, -1.20, 9000),
    (94, "Guainía", 9, 250, 0.8, -1.00, 8000),
    (95, "Guaviare", 4, 150, 4.0, 0.30, 14000),
    (97, "Vaupés", 6, 180, 1.5, -1.00, 9000),
    (99, "Vichada", 4, 300, 1.2, 0.20, 25000),
]

# Real units. DANE code, name, department code, population (rounded public figures around
# 2010, thousands), category (Law 617 of 2000; approximate for small capitals), rural share,
# indigenous share (approximate public figures), stage, committee, technical, planning,
# visibility, twinning partners, network memberships.
REAL = [
    (11001, "Bogotá, D.C.", 11, 7363000, 0, 0.01, 0.002, "formal", True, 0.75, 0.7, 0.8, 4, 6),
    (5001, "Medellín", 5, 2343000, 0, 0.02, 0.001, "formal", True, 0.75, 0.7, 0.75, 4, 6),
    (76001, "Cali", 76, 2245000, 0, 0.02, 0.005, "formal", True, 0.65, 0.6, 0.6, 3, 5),
    (8001, "Barranquilla", 8, 1186000, 0, 0.01, 0.001, "formal", True, 0.6, 0.55, 0.5, 2, 4),
    (13001, "Cartagena de Indias", 13, 945000, 0, 0.05, 0.001, "formal", True, 0.6, 0.55, 0.6, 3, 4),
    (54001, "San José de Cúcuta", 54, 618000, 1, 0.04, 0.001, "formal", True, 0.45, 0.4, 0.3, 1, 2),
    (73001, "Ibagué", 73, 527000, 1, 0.06, 0.002, "formal", True, 0.45, 0.4, 0.3, 1, 2),
    (68001, "Bucaramanga", 68, 524000, 0, 0.01, 0.001, "formal", True, 0.55, 0.5, 0.4, 2, 3),
    (66001, "Pereira", 66, 457000, 1, 0.15, 0.002, "formal", True, 0.5, 0.45, 0.35, 2, 3),
    (50001, "Villavicencio", 50, 453000, 1, 0.06, 0.003, "formal", True, 0.45, 0.4, 0.3, 1, 2),
    (47001, "Santa Marta", 47, 447000, 1, 0.06, 0.02, "formal", True, 0.45, 0.4, 0.35, 1, 2),
    (20001, "Valledupar", 20, 423000, 1, 0.15, 0.05, "formal", True, 0.4, 0.35, 0.25, 1, 2),
    (52001, "Pasto", 52, 411000, 1, 0.17, 0.01, "formal", True, 0.5, 0.45, 0.35, 1, 3),
    (23001, "Montería", 23, 410000, 1, 0.22, 0.002, "formal", True, 0.4, 0.35, 0.25, 1, 2),
    (17001, "Manizales", 17, 389000, 1, 0.07, 0.001, "formal", True, 0.55, 0.5, 0.4, 2, 3),
    (41001, "Neiva", 41, 330000, 1, 0.06, 0.002, "formal", True, 0.4, 0.35, 0.25, 1, 2),
    (63001, "Armenia", 63, 285000, 1, 0.03, 0.002, "formal", True, 0.4, 0.35, 0.25, 1, 2),
    (19001, "Popayán", 19, 265000, 1, 0.10, 0.02, "formal", True, 0.55, 0.5, 0.4, 1, 2),
    (70001, "Sincelejo", 70, 252000, 1, 0.05, 0.03, "exploring", False, 0.3, 0.3, 0.15, 0, 1),
    (44001, "Riohacha", 44, 232000, 1, 0.18, 0.18, "exploring", False, 0.3, 0.3, 0.15, 0, 1),
    (15001, "Tunja", 15, 178000, 1, 0.05, 0.001, "exploring", False, 0.35, 0.3, 0.2, 1, 1),
    (18001, "Florencia", 18, 163000, 1, 0.14, 0.01, "exploring", False, 0.3, 0.3, 0.15, 0, 1),
    (85001, "Yopal", 85, 130000, 1, 0.12, 0.005, "exploring", False, 0.3, 0.3, 0.15, 0, 1),
    (27001, "Quibdó", 27, 113000, 2, 0.12, 0.02, "exploring", False, 0.3, 0.25, 0.2, 0, 1),
    (81001, "Arauca", 81, 85000, 3, 0.15, 0.02, "exploring", False, 0.25, 0.25, 0.1, 0, 1),
    (88001, "San Andrés", 88, 73000, 2, 0.30, 0.0, "exploring", False, 0.3, 0.3, 0.2, 0, 1),
    (95001, "San José del Guaviare", 95, 61000, 6, 0.35, 0.05, "exploring", False, 0.2, 0.2, 0.1, 0, 0),
    (86001, "Mocoa", 86, 40000, 6, 0.25, 0.08, "exploring", False, 0.25, 0.2, 0.1, 0, 0),
    (91001, "Leticia", 91, 40000, 6, 0.40, 0.30, "exploring", False, 0.25, 0.2, 0.15, 0, 1),
    (97001, "Mitú", 97, 30000, 6, 0.55, 0.70, "exploring", False, 0.2, 0.2, 0.1, 0, 0),
    (94001, "Inírida", 94, 19000, 6, 0.45, 0.55, "exploring", False, 0.2, 0.2, 0.1, 0, 0),
    (99001, "Puerto Carreño", 99, 15000, 6, 0.25, 0.20, "exploring", False, 0.2, 0.2, 0.1, 0, 0),
]

CALDONO = dict(dane_code=19137, name="Caldono", department="Cauca", category=6,
               population=32000, rural_share=0.95, ethnic_share=0.75, area_km2=373.9,
               distance_to_capital_km=67, is_capital=False, budget_cop=12000000000,
               sgp_dependence=0.95, private_sector=0.0, conflict_events=10, unmet_needs=0.8,
               stage="none", committee=False, technical=0.08, planning=0.15,
               visibility=0.02, twinning_partners=0, network_memberships=0)

# Documented national population deciles of the 1,122 units (shared/data/README.md, 2018).
DECILES = [3600, 5500, 7600, 9900, 12766, 17100, 22800, 32000, 57100]
TOTAL_TARGET = 48.26e6
SYNTH_MAX = 600000          # largest non-capital (e.g. the big metropolitan suburbs)
SYNTH_MIN = 900

# Departments where a high indigenous share is known (weights for drawing the 60 units with
# more than half indigenous people and the 110 further ones with more than 10 %).
INDIG_HIGH = {19: 14, 44: 6, 97: 5, 94: 5, 91: 5, 52: 5, 99: 3, 27: 5, 86: 3, 23: 1.5,
              70: 1.5, 73: 1.5}
INDIG_MID = {19: 10, 52: 10, 44: 4, 91: 3, 97: 1, 94: 2, 99: 3, 27: 8, 86: 5, 23: 5,
             70: 5, 73: 5, 20: 3, 18: 2, 95: 2, 41: 1.5, 66: 1.5, 5: 1, 76: 1, 85: 1, 81: 1.5,
             17: 1, 47: 1.5, 50: 1}
N_HALF, N_TENTH = 60, 170

SMMLV_2010 = 515000          # monthly minimum wage 2010, COP


def law617_band(pop):
    """Category by population alone (Law 617 of 2000, art. 2)."""
    if pop > 500000:
        return 0
    if pop > 100000:
        return 1
    if pop > 50000:
        return 2
    if pop > 30000:
        return 3
    if pop > 20000:
        return 4
    if pop > 10000:
        return 5
    return 6


def law617_icld_band(icld_smmlv):
    """Category by current free-use revenue (ICLD) in monthly minimum wages."""
    if icld_smmlv > 400000:
        return 0
    if icld_smmlv > 100000:
        return 1
    if icld_smmlv > 50000:
        return 2
    if icld_smmlv > 30000:
        return 3
    if icld_smmlv > 25000:
        return 4
    if icld_smmlv > 15000:
        return 5
    return 6


def budget_per_capita(pop):
    """COP per inhabitant and year (2010 order of magnitude; see docs/DATA.md)."""
    base = 600000.0
    if pop < 12766:
        return base * (12766.0 / pop) ** 0.2       # rises for tiny units (SGP floors)
    if pop > 500000:
        return base * (500000.0 / pop) ** 0.15     # falls for large cities
    return base


def sgp_for_category(cat, u):
    lo, hi = {0: (0.40, 0.60), 1: (0.50, 0.65), 2: (0.60, 0.75), 3: (0.70, 0.80),
              4: (0.75, 0.85), 5: (0.85, 0.92), 6: (0.85, 0.95)}[cat]
    return lo + (hi - lo) * u


def quantile_grid(n):
    """n population values spread like the documented deciles (log-linear between knots)."""
    ps = [0.0] + [0.1 * (i + 1) for i in range(9)] + [1.0]
    vs = [SYNTH_MIN] + DECILES + [7.4e6]
    lv = np.log(vs)
    p = (np.arange(n) + 0.5) / n
    return np.exp(np.interp(p, ps, lv))


def main():
    rng = np.random.default_rng(SEED)
    n_total = sum(d[2] for d in DEPARTMENTS)
    assert n_total == 1122, n_total
    dept = {d[0]: d for d in DEPARTMENTS}

    real_rows = []
    for (code, name, dc, pop, cat, rural, eth, stage, com, tech, plan, vis, twin, net) in REAL:
        real_rows.append(dict(dane_code=code, name=name, department=dept[dc][1], category=cat,
                              population=pop, rural_share=rural, ethnic_share=eth,
                              distance_to_capital_km=0, is_capital=True, stage=stage,
                              committee=com, technical=tech, planning=plan, visibility=vis,
                              twinning_partners=twin, network_memberships=net, _dc=dc))
    assert len(real_rows) == 32
    real_codes = {r["dane_code"] for r in real_rows} | {CALDONO["dane_code"]}
    real_pops = [r["population"] for r in real_rows] + [CALDONO["population"]]

    # 1. Population pool for the synthetic units: the national quantile grid of 1,122 values,
    # minus the value nearest to each real unit's population; then the tail above the ninth
    # decile is stretched so that the national total is ~48.26 million.
    grid = list(quantile_grid(n_total))
    for rp in sorted(real_pops, reverse=True):
        i = int(np.argmin([abs(math.log(g) - math.log(rp)) for g in grid]))
        grid.pop(i)
    pool0 = np.array(sorted(grid))
    n_syn = len(pool0)

    def stretch(k):
        v = pool0.copy()
        top = v > DECILES[-1]
        v[top] = DECILES[-1] * (v[top] / DECILES[-1]) ** k
        return np.minimum(v, SYNTH_MAX)

    lo, hi = 0.2, 3.0
    for _ in range(60):
        k = 0.5 * (lo + hi)
        tot = stretch(k).sum() + sum(real_pops)
        lo, hi = (k, hi) if tot < TOTAL_TARGET else (lo, k)
    pool = np.round(stretch(0.5 * (lo + hi)) / 10.0) * 10.0

    # 2. Synthetic slots per department, with codes from 900 down.
    slots = []
    for (dc, dname, units, *_rest) in DEPARTMENTS:
        n_real = sum(1 for r in real_rows if r["_dc"] == dc) + (1 if dc == 19 else 0)
        for j in range(units - n_real):
            code = dc * 1000 + 900 - j
            assert code not in real_codes
            slots.append((dc, code))
    assert len(slots) == n_syn, (len(slots), n_syn)

    # 3. Populations to slots: rank-match a department-biased score to the pool, so that the
    # national distribution is exactly the pool's while departments differ.
    score = np.array([dept[dc][5] + rng.normal(0.0, 0.8) for dc, _ in slots])
    order = np.argsort(score)
    pops = np.empty(n_syn)
    pops[order] = pool

    rows = []
    counter = 0
    for k, (dc, code) in enumerate(slots):
        d = dept[dc]
        pop = float(pops[k])
        counter += 1
        rows.append(dict(dane_code=code, name="Municipio sintético %d (%s)" % (counter, d[1]),
                         department=d[1], population=int(pop), is_capital=False, _dc=dc))

    # 4. Indigenous share: 60 units > 50 %, 170 > 10 % (real units included).
    real_half = sum(1 for r in real_rows if r["ethnic_share"] > 0.5) + 1  # + Caldono
    real_tenth = sum(1 for r in real_rows if r["ethnic_share"] > 0.1) + 1
    idx = np.arange(n_syn)

    def pick(weights_by_dept, m, exclude):
        w = np.array([0.0 if i in exclude else weights_by_dept.get(rows[i]["_dc"], 0.0) /
                      dept[rows[i]["_dc"]][2] * (1.5 if rows[i]["population"] < 20000 else 1.0)
                      for i in idx])
        w = w / w.sum()
        return set(rng.choice(idx, size=m, replace=False, p=w).tolist())

    half = pick(INDIG_HIGH, N_HALF - real_half, set())
    tenth = pick(INDIG_MID, N_TENTH - real_tenth - len(half), half)
    for i, r in enumerate(rows):
        if i in half:
            r["ethnic_share"] = round(float(rng.uniform(0.52, 0.98)), 3)
        elif i in tenth:
            r["ethnic_share"] = round(float(rng.uniform(0.11, 0.49)), 3)
        else:
            r["ethnic_share"] = round(float(min(0.095, rng.exponential(0.01))), 4)

    # 5. Everything else, per synthetic unit.
    for r in rows:
        d = dept[r["_dc"]]
        pop = r["population"]
        lp = math.log(pop / 12766.0)
        r["rural_share"] = round(float(np.clip(0.62 - 0.13 * lp + 0.15 * r["ethnic_share"]
                                               + rng.normal(0, 0.08), 0.05, 0.97)), 3)
        budget = pop * budget_per_capita(pop) * math.exp(rng.normal(0, 0.15))
        # Law 617: population band, then the free-use revenue (ICLD) criterion, which decides
        # when the two disagree; ICLD per inhabitant grows with size.
        icld = pop * 25000.0 * (pop / 10000.0) ** 0.5 * math.exp(rng.normal(0, 0.4))
        cat = max(law617_band(pop), law617_icld_band(icld / SMMLV_2010))
        r["category"] = cat
        r["budget_cop"] = int(round(budget, -6))
        r["sgp_dependence"] = round(sgp_for_category(cat, float(rng.uniform())), 3)
        r["distance_to_capital_km"] = round(float(max(5.0, d[3] * rng.gamma(3.0, 1 / 3.0))), 0)
        r["area_km2"] = round(float(d[6] * math.exp(rng.normal(0, 0.6))), 0)
        r["private_sector"] = round(float(np.clip(0.12 + 0.1 * lp + rng.normal(0, 0.05),
                                                  0.0, 0.9)), 3)
        rem = r["distance_to_capital_km"] / (d[3] + 1)
        r["conflict_events"] = round(float(d[4] * (0.4 + r["rural_share"]) * rng.gamma(1.5, 1 / 1.5)
                                           * (0.7 + 0.3 * rem)), 1)
        r["unmet_needs"] = round(float(np.clip(0.55 - 0.06 * lp + 0.2 * r["ethnic_share"]
                                               + 0.1 * (d[3] >= 150) + rng.normal(0, 0.07),
                                               0.1, 0.95)), 3)
        r["stage"] = "none"
        r["technical"] = round(float(np.clip(0.05 + 0.03 * lp + rng.normal(0, 0.02), 0.02, 0.3)), 3)
        r["planning"] = round(float(np.clip(0.1 + 0.03 * lp + rng.normal(0, 0.02), 0.03, 0.3)), 3)
        r["visibility"] = round(float(np.clip(0.03 + 0.01 * lp, 0.0, 0.2)), 3)

    # Real capitals: rules for the values no public figure is given here.
    for r in real_rows:
        pop = r["population"]
        r["budget_cop"] = int(round(pop * budget_per_capita(pop), -6))
        r["sgp_dependence"] = round(sgp_for_category(r["category"], 0.5), 3)
        r["private_sector"] = round(min(0.95, 0.3 + 0.1 * math.log(pop / 50000.0)), 3)
        r["conflict_events"] = round(0.5 * dept[r["_dc"]][4], 1)
        r["unmet_needs"] = round(float(np.clip(0.45 - 0.05 * math.log(pop / 100000.0)
                                               + 0.3 * r["ethnic_share"], 0.1, 0.8)), 3)

    caldono = dict(CALDONO, _dc=19)
    allrows = real_rows + [caldono] + rows
    allrows.sort(key=lambda r: r["dane_code"])
    assert len(allrows) == 1122
    assert len({r["dane_code"] for r in allrows}) == 1122

    cols = ["dane_code", "name", "department", "category", "population", "rural_share",
            "ethnic_share", "area_km2", "distance_to_capital_km", "is_capital", "budget_cop",
            "sgp_dependence", "private_sector", "conflict_events", "unmet_needs", "stage",
            "committee", "technical", "planning", "visibility", "twinning_partners",
            "network_memberships"]
    with open(OUT, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(cols)
        for r in allrows:
            out = []
            for c in cols:
                v = r.get(c, "")
                if isinstance(v, bool):
                    v = "true" if v else "false"
                elif isinstance(v, float) and v == int(v) and c in ("area_km2", "distance_to_capital_km"):
                    v = int(v)
                out.append(v)
            w.writerow(out)

    # Summary on stderr, for checking against the documented facts.
    p = np.array(sorted(r["population"] for r in allrows))
    tot = p.sum()
    dec = [int(np.quantile(p, q / 10)) for q in range(1, 10)]
    eth = np.array([r["ethnic_share"] for r in allrows])
    cats = np.bincount([r["category"] for r in allrows], minlength=7)
    print("units %d, population %.2f M, Bogotá %.1f %%, top 10 %.1f %%, top 100 %.1f %%"
          % (len(p), tot / 1e6, 7363000 / tot * 100, p[-10:].sum() / tot * 100,
             p[-100:].sum() / tot * 100), file=sys.stderr)
    print("deciles", dec, "median", int(np.median(p)), file=sys.stderr)
    print("indigenous > 50 %%: %d, > 10 %%: %d" % ((eth > 0.5).sum(), (eth > 0.1).sum()),
          file=sys.stderr)
    print("categories 0..6:", cats.tolist(), file=sys.stderr)
    print("wrote", OUT, file=sys.stderr)


if __name__ == "__main__":
    main()
