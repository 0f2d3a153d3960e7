"""Sensitivity measures of a coopsim sweep: Morris screening, Sobol indices, standardised
regression coefficients and the seed-noise floor.

The sweep functions (`morris`, `sobol`, `src`, `noise_floor`) take the design table of a sweep
file (docs/EXPERIMENTS.md, "The sweep file"): a DataFrame with one row per run and the columns
`point`, `block` (Morris trajectory or Saltelli matrix), `changed_factor` and one column per
factor holding the factor's value in the run. The output `y` is one value per run: a pandas
Series indexed like the design, or an array in the design's row order. The replications of a
design point are averaged before any analysis (docs/EXPERIMENTS.md, "Stochastic outputs").

Each sweep function calls a pure-array estimator (`morris_effects`, `morris_measures`,
`sobol_indices`) that can be checked without a sweep file, and `morris_design` and
`saltelli_design` build the same layouts as coopsim in the unit cube, so that test functions
such as `ishigami` go through the very code path of a sweep.

Confidence intervals are percentile bootstraps drawn from a numpy Generator seeded by the
caller (default 0): the same inputs give the same intervals.

References: Morris (1991); Campolongo, Cariboni & Saltelli (2007); Saltelli (2002); Saltelli
et al. (2010); Jansen (1999); Ishigami & Homma (1990); Sobol' (1993); Efron & Tibshirani (1993)
for the percentile bootstrap. Full entries in docs/EXPERIMENTS.md, "References".
"""
import numpy as np
import pandas as pd
from scipy.stats import qmc


# ---------------------------------------------------------------- bootstrap
def bootstrap(statistic, n, resamples, seed=0):
    """Bootstrap replicates of a statistic of n units (Efron & Tibshirani 1993).

    statistic: a function of an integer array of n row indices (drawn with replacement from
        0 ... n-1) returning a number or an array.
    n: the number of units (base samples, trajectories, runs).
    resamples: the number of replicates.
    seed: seed of the numpy Generator (default_rng); the replicates are a pure function of it.

    Returns an array [resamples, *shape of the statistic]. The row indices of each replicate
    come from one `Generator.integers(0, n, n)` call, in replicate order.
    """
    rng = np.random.default_rng(seed)
    return np.array([statistic(rng.integers(0, n, n)) for _ in range(resamples)])


def percentile_interval(replicates, confidence=0.95):
    """(low, high): the equal-tailed percentile interval of bootstrap replicates.

    replicates: array [resamples, ...]; confidence: the coverage, e.g. 0.95 for the 2.5 and
    97.5 percentiles. A NaN replicate makes the interval NaN. Units: those of the replicates.
    """
    tail = 100 * (1 - confidence) / 2
    low, high = np.percentile(replicates, [tail, 100 - tail], axis=0)
    return low, high


# ---------------------------------------------------------------- design points and outputs
def run_values(design, y):
    """The output y as a Series aligned with the design's rows (y: Series or array)."""
    if isinstance(y, pd.Series):
        return y
    return pd.Series(np.asarray(y, dtype=float), index=design.index)


def point_means(design, y):
    """The output averaged over the replications of each design point.

    design: design table (column `point`); y: one value per run (Series or array).
    Returns a Series indexed by point, sorted; NaN replications are skipped, a point with no
    finite replication is NaN. Units: those of y.
    """
    return run_values(design, y).groupby(design["point"]).mean()


def point_table(design):
    """The design columns of each point (the first run of each), indexed by point, sorted."""
    return design.groupby("point").first()


def noise_floor(design, y):
    """Share of the variance of the point means that is seed noise.

    (mean within-point variance / R) / variance of the point means, with R the replications of
    the first point (every point has the same R in a sweep). Sample variances (ddof 1). This is
    about what seed noise adds to every total Sobol index (docs/EXPERIMENTS.md, "Stochastic
    outputs"). Needs R >= 2; dimensionless.
    """
    groups = run_values(design, y).groupby(design["point"])
    return (groups.var(ddof=1).mean() / groups.size().iloc[0]) / groups.mean().var(ddof=1)


# ---------------------------------------------------------------- Morris elementary effects
def morris_step(levels):
    """Delta = p / (2 (p - 1)), the unit-coordinate step of a Morris design with p levels
    (Campolongo et al. 2007; 2/3 for p = 4)."""
    return levels / (2 * (levels - 1))


def morris_effects(y, trajectory, changed_factor, direction, factors, levels):
    """Elementary effects of a Morris design as a matrix [trajectory, factor].

    y: the output of each point (replications averaged), in design order.
    trajectory: the trajectory of each point (/design/block).
    changed_factor: the factor index changed from the previous point, -1 at a trajectory's start.
    direction: +1 or -1, the sign of that change (0 counts as no change: the effect is 0).
    factors: the number of factors k; levels: the grid levels p.

    The effect of factor i at point p is direction (y(p) - y(p-1)) / Delta (Morris 1991, with
    Delta = p / (2 (p - 1)) of Campolongo et al. 2007): units of y per unit coordinate, that is
    per whole range of the factor. Returns an array [r, k] (trajectories in sorted order); an
    entry is NaN where the trajectory does not change the factor. Non-finite effects (NaN
    outputs) stay NaN. Raises ValueError when a changed point does not follow a point of its own
    trajectory or a trajectory changes a factor twice.
    """
    y, trajectory = np.asarray(y, dtype=float), np.asarray(trajectory)
    changed_factor, direction = np.asarray(changed_factor), np.asarray(direction, dtype=float)
    labels, row = np.unique(trajectory, return_inverse=True)
    effects = np.full((len(labels), factors), np.nan)
    seen = np.zeros_like(effects, dtype=bool)
    for p in np.flatnonzero(changed_factor >= 0):
        t, i = row[p], changed_factor[p]
        if p == 0 or trajectory[p - 1] != trajectory[p]:
            raise ValueError(f"morris: point {p} changes factor {i} but starts trajectory "
                             f"{trajectory[p]}")
        if seen[t, i]:
            raise ValueError(f"morris: trajectory {trajectory[p]} changes factor {i} twice")
        seen[t, i] = True
        effects[t, i] = direction[p] * (y[p] - y[p - 1]) / morris_step(levels)
    return effects


def finite_mean(values, axis=0):
    """Mean over `axis` of the finite entries (NaN where there are none), without warnings."""
    finite = np.isfinite(values)
    count = finite.sum(axis=axis)
    total = np.where(finite, values, 0.0).sum(axis=axis)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(count > 0, total / np.maximum(count, 1), np.nan)


def morris_measures(effects, confidence=0.95, resamples=1000, seed=0):
    """Morris measures of an elementary-effect matrix [trajectory, factor] (morris_effects).

    Per factor, over its finite effects: mu (mean, Morris 1991), mu_star (mean of absolute
    values, Campolongo et al. 2007), sigma (standard deviation, ddof 1; NaN with fewer than two
    effects), n (how many), and mu_star_low / mu_star_high, a percentile bootstrap interval of
    mu_star at `confidence` from `resamples` resamplings of the trajectories (rows) with a numpy
    Generator seeded by `seed`. Units: those of the effects. Returns a dict of arrays [k].
    """
    effects = np.asarray(effects, dtype=float)
    finite = np.isfinite(effects)
    n = finite.sum(axis=0)
    mu = finite_mean(effects)
    squares = np.where(finite, effects - mu, 0.0) ** 2
    with np.errstate(invalid="ignore", divide="ignore"):
        sigma = np.where(n > 1, np.sqrt(squares.sum(axis=0) / np.maximum(n - 1, 1)), np.nan)
    size = np.abs(effects)
    replicates = bootstrap(lambda rows: finite_mean(size[rows]), len(effects), resamples, seed)
    low, high = percentile_interval(replicates, confidence)
    return {"mu": mu, "mu_star": finite_mean(size), "mu_star_low": low, "mu_star_high": high,
            "sigma": sigma, "n": n}


def change_directions(points, factors):
    """+1 or -1 per point: the sign of the change of its changed factor's value from the
    previous point; +1 for a text factor (its values have no order) and at trajectory starts."""
    direction = np.ones(len(points))
    for p in np.flatnonzero(points["changed_factor"].values >= 0):
        values = points[factors[points["changed_factor"].iat[p]]]
        if values.dtype.kind in "fiu":
            direction[p] = np.sign(values.iat[p] - values.iat[p - 1])
    return direction


def morris(design, y, factors, levels, confidence=0.95, resamples=1000, seed=0):
    """Morris screening of a sweep with a `morris` design.

    design: the design table (point, block = trajectory, changed_factor, factor values);
    y: one output value per run; factors: the factor names in the experiment's order;
    levels: the design's `levels` p.

    Replications are averaged per point; the elementary effect at a point with changed_factor i
    is (y(p) - y(p-1)) / Delta with Delta = p / (2 (p - 1)), signed by the direction of the
    factor's change (numeric factors; text factors count as +1, so only their mu_star is
    meaningful): units of y per whole range of the factor. Non-finite effects are skipped.
    Returns a DataFrame indexed by factor (experiment order) with mu, mu_star, mu_star_low,
    mu_star_high (bootstrap over trajectories, see morris_measures), sigma and n.
    References: Morris (1991); Campolongo, Cariboni & Saltelli (2007).
    """
    means = point_means(design, y)
    points = point_table(design).reindex(means.index)
    effects = morris_effects(means.values, points["block"].values,
                             points["changed_factor"].values,
                             change_directions(points, factors), len(factors), levels)
    return pd.DataFrame(morris_measures(effects, confidence, resamples, seed), index=factors)


# ---------------------------------------------------------------- Sobol indices
def sobol_indices(f_a, f_b, f_ab):
    """First-order and total Sobol indices from the outputs of a Saltelli design.

    f_a, f_b: outputs of the base samples of matrices A and B, shape [N];
    f_ab: outputs of AB_i (A with column i from B), shape [k, N]; column j of every array
    belongs to base sample j.

    With V the sample variance (ddof 1) of f_A and f_B together and m their mean:
    S1_i = mean((f_B - m) (f_ABi - f_A)) / V (Saltelli et al. 2010, on the centred output,
    which has the same expectation and less variance), ST_i = mean((f_A - f_ABi)^2) / (2 V)
    (Jansen 1999). Returns (S1, ST), arrays [k], dimensionless; NaN when V is 0.
    """
    f_a, f_b, f_ab = (np.asarray(v, dtype=float) for v in (f_a, f_b, f_ab))
    both = np.concatenate([f_a, f_b])
    variance, mean = np.var(both, ddof=1), np.mean(both)
    with np.errstate(invalid="ignore", divide="ignore"):
        first = np.mean((f_b - mean) * (f_ab - f_a), axis=1) / variance
        total = 0.5 * np.mean((f_a - f_ab) ** 2, axis=1) / variance
    return first, total


def saltelli_blocks(y, block, factors):
    """(f_A, f_B, f_AB [k, N]) from the outputs y of the points of a Saltelli design, in design
    order, and their blocks (0 A, 1 B, 2 + i AB_i; BA blocks are ignored). Raises ValueError when
    the blocks do not all hold N points."""
    y, block = np.asarray(y, dtype=float), np.asarray(block)
    parts = [y[block == b] for b in range(factors + 2)]
    if len({len(part) for part in parts}) != 1 or len(parts[0]) == 0:
        raise ValueError("sobol: the blocks A, B, AB_1 ... AB_k must hold the same number of "
                         f"points, got {[len(part) for part in parts]}")
    return parts[0], parts[1], np.array(parts[2:])


def sobol(design, y, factors, confidence=0.95, resamples=1000, seed=0):
    """First-order and total Sobol indices of a sweep with a `saltelli` design.

    design: the design table (point, block: 0 A, 1 B, 2 + i AB_i, 2 + k + i BA_i, block-major,
    the j-th point of every block being base sample j); y: one output value per run;
    factors: the factor names in the experiment's order.

    Replications are averaged per point; a base sample any of whose A, B or AB_i means is not
    finite is dropped. Estimators: sobol_indices (Saltelli et al. 2010 first order, Jansen 1999
    total). Intervals: percentile bootstrap at `confidence` over the base samples, `resamples`
    resamplings from a numpy Generator seeded by `seed`. Seed noise raises every ST by about
    noise_floor(design, y). Returns a DataFrame indexed by factor with S1, S1_low, S1_high,
    ST, ST_low, ST_high (dimensionless).
    """
    means = point_means(design, y)
    block = point_table(design)["block"].reindex(means.index)
    f_a, f_b, f_ab = saltelli_blocks(means.values, block.values, len(factors))
    complete = np.isfinite(f_a) & np.isfinite(f_b) & np.isfinite(f_ab).all(axis=0)
    f_a, f_b, f_ab = f_a[complete], f_b[complete], f_ab[:, complete]
    estimate = lambda rows: np.array(sobol_indices(f_a[rows], f_b[rows], f_ab[:, rows]))
    first, total = estimate(np.arange(len(f_a)))
    low, high = percentile_interval(bootstrap(estimate, len(f_a), resamples, seed), confidence)
    return pd.DataFrame({"S1": first, "S1_low": low[0], "S1_high": high[0],
                         "ST": total, "ST_low": low[1], "ST_high": high[1]}, index=factors)


# ---------------------------------------------------------------- regression
def src(design, y, columns):
    """Standardised regression coefficients (SRC) of the point means on design columns.

    design: the design table; y: one output value per run; columns: numeric design columns
    (factors or transformations of them). The point means of y and each column are standardised
    (sample standard deviation) and fitted by least squares with an intercept; points whose
    mean is not finite (every replication failed) are left out. Returns (Series of the
    coefficients indexed by column, R^2 of the fit); both dimensionless.
    Reference: Saltelli et al. (2008), Global Sensitivity Analysis: The Primer, §1.2.
    """
    means = point_means(design, y)
    means = means[np.isfinite(means)]
    x = point_table(design).reindex(means.index)[columns].astype(float)
    xs, ys = (x - x.mean()) / x.std(), (means - means.mean()) / means.std()
    m = np.column_stack([np.ones(len(xs)), xs.values])
    beta, *_ = np.linalg.lstsq(m, ys.values, rcond=None)
    r2 = 1 - np.sum((ys.values - m @ beta) ** 2) / np.sum(ys.values ** 2)
    return pd.Series(beta[1:], index=columns), r2


# ---------------------------------------------------------------- designs in the unit cube
def unit_design(point, block, changed_factor, unit):
    """A design table: point, block, changed_factor and unit coordinates x0 ... x{k-1}."""
    table = pd.DataFrame({"point": point, "block": block, "changed_factor": changed_factor})
    for i in range(unit.shape[1]):
        table[f"x{i}"] = unit[:, i]
    return table


def saltelli_design(k, n, seed=None, second_order=False):
    """A Saltelli design of k factors and n base samples in the unit cube, laid out as coopsim's
    `saltelli` design (docs/EXPERIMENTS.md, "Designs").

    A (first k columns) and B (last k) come from the 2k-dimensional Sobol' sequence of
    scipy.stats.qmc.Sobol: points 1 ... n of the plain sequence (the origin skipped, as coopsim
    does) when seed is None, or points 0 ... n-1 of the sequence scrambled with that seed
    (randomised QMC). Blocks, block-major, each in base-sample order: 0 A, 1 B, 2 + i AB_i
    (A with column i from B), and with second_order 2 + k + i BA_i (B with column i from A).
    Choose n a power of two. Returns a DataFrame with point, block, changed_factor (i for AB_i
    and BA_i, -1 for A and B) and x0 ... x{k-1}; one row per point.
    """
    sequence = qmc.Sobol(d=2 * k, scramble=seed is not None, seed=seed)
    if seed is None:
        sequence.fast_forward(1)
    base = sequence.random(n)
    a, b = base[:, :k], base[:, k:]
    matrices, changed = [a, b], [-1, -1]
    crossings = [(a, b)] + ([(b, a)] if second_order else [])
    for into, source in crossings:
        for i in range(k):
            crossed = into.copy()
            crossed[:, i] = source[:, i]
            matrices.append(crossed)
            changed.append(i)
    unit = np.concatenate(matrices)
    blocks = np.repeat(np.arange(len(matrices)), n)
    return unit_design(np.arange(len(unit)), blocks, np.repeat(changed, n), unit)


def morris_design(k, trajectories, levels=4, seed=0):
    """A Morris design of k factors in the unit cube, laid out as coopsim's `morris` design
    (Morris 1991 with the conventions of Campolongo et al. 2007; docs/EXPERIMENTS.md).

    Grid {0, 1/(p-1), ..., 1} with p = levels (even). Each trajectory starts at a random grid
    point whose every coordinate can move by Delta = p / (2 (p - 1)) (p/2 grid steps) up or down,
    then changes the factors one at a time in a random order. Draws come from
    numpy.random.default_rng(seed) (not coopsim's streams: the points differ, the layout is the
    same). Returns a DataFrame with point, block (the trajectory), changed_factor (-1 at a
    trajectory's first point) and x0 ... x{k-1}; trajectories x (k + 1) rows.
    """
    if levels < 2 or levels % 2:
        raise ValueError(f"morris_design: levels must be even and >= 2, got {levels}")
    rng, half = np.random.default_rng(seed), levels // 2
    rows, changed = [], []
    for _ in range(trajectories):
        lower = rng.integers(0, half, k)
        level = np.where(rng.random(k) < 0.5, lower, lower + half)
        rows.append(level.copy())
        changed.append(-1)
        for i in rng.permutation(k):
            level[i] = level[i] + half if level[i] < half else level[i] - half
            rows.append(level.copy())
            changed.append(i)
    unit = np.array(rows) / (levels - 1)
    return unit_design(np.arange(len(unit)), np.repeat(np.arange(trajectories), k + 1),
                       np.array(changed), unit)


# ---------------------------------------------------------------- the Ishigami test function
def ishigami(x, a=7.0, b=0.1):
    """The Ishigami function (Ishigami & Homma 1990), a standard test of Sobol estimators.

    x: array [n, 3] with every coordinate in [-pi, pi] (uniform inputs);
    returns f = sin x1 + a sin^2 x2 + b x3^4 sin x1, array [n].
    """
    x = np.asarray(x, dtype=float)
    return np.sin(x[:, 0]) * (1 + b * x[:, 2] ** 4) + a * np.sin(x[:, 1]) ** 2


def ishigami_indices(a=7.0, b=0.1):
    """Analytical Sobol indices of `ishigami` with uniform inputs on [-pi, pi]^3.

    V = a^2/8 + b pi^4/5 + b^2 pi^8/18 + 1/2; V1 = (1 + b pi^4/5)^2 / 2; V2 = a^2/8; V3 = 0;
    V13 = b^2 pi^8 (1/18 - 1/50). S_i = V_i / V; ST1 = (V1 + V13) / V, ST2 = V2 / V,
    ST3 = V13 / V (Sobol' & Levitan 1999; Saltelli et al. 2008, §4.9).
    Returns a DataFrame indexed x0, x1, x2 (the columns of the unit designs) with S1 and ST.
    """
    pi = np.pi
    variance = a ** 2 / 8 + b * pi ** 4 / 5 + b ** 2 * pi ** 8 / 18 + 0.5
    v1, v2, v13 = 0.5 * (1 + b * pi ** 4 / 5) ** 2, a ** 2 / 8, b ** 2 * pi ** 8 * (1 / 18 - 1 / 50)
    return pd.DataFrame({"S1": [v1, v2, 0.0], "ST": [v1 + v13, v2, v13]},
                        index=["x0", "x1", "x2"]) / variance
