"""Tests of coopsim_analysis.sensitivity: estimators against analytical indices and hand
computations, on the same design layouts as coopsim's sweeps."""
import math

import numpy as np
import pandas as pd
import pytest

from coopsim_analysis import sensitivity as sa

ISHIGAMI_FACTORS = ["x0", "x1", "x2"]


def unit(design, k):
    """The unit coordinates of a unit design as an array [points, k]."""
    return design[[f"x{i}" for i in range(k)]].values


def with_replications(design, y, noise):
    """The design with every point run twice, at y + noise and y - noise (the same means)."""
    doubled = pd.concat([design, design], ignore_index=True)
    return doubled, np.concatenate([y + noise, y - noise])


# ---------------------------------------------------------------- Ishigami
def test_ishigami_indices_are_the_published_values():
    # Saltelli et al. (2008), Global Sensitivity Analysis: The Primer, table 4.6 (a=7, b=0.1).
    table = sa.ishigami_indices()
    assert table["S1"].values == pytest.approx([0.3139, 0.4424, 0.0], abs=1e-4)
    assert table["ST"].values == pytest.approx([0.5576, 0.4424, 0.2437], abs=1e-4)


def test_ishigami_function_values():
    x = np.array([[0.0, 0.0, 0.0], [np.pi / 2, np.pi / 2, 1.0], [np.pi / 2, 0.0, 2.0]])
    assert sa.ishigami(x) == pytest.approx([0.0, 1 + 0.1 + 7, 1 + 0.1 * 16])


@pytest.mark.parametrize("seed", [None, 11])
def test_sobol_recovers_ishigami_indices_within_0_02(seed):
    design = sa.saltelli_design(3, 2 ** 13, seed=seed)
    y = sa.ishigami(-np.pi + 2 * np.pi * unit(design, 3))
    table = sa.sobol(design, y, ISHIGAMI_FACTORS)
    truth = sa.ishigami_indices()
    for index in ("S1", "ST"):
        assert np.abs(table[index] - truth[index]).max() < 0.02
        assert (table[f"{index}_low"] <= truth[index]).all()
        assert (truth[index] <= table[f"{index}_high"]).all()
        # the intervals are informative: narrower than 0.1 for N = 8192
        assert (table[f"{index}_high"] - table[f"{index}_low"]).max() < 0.1


# ---------------------------------------------------------------- Sobol estimators
def test_sobol_indices_by_hand():
    # both = [1 2 3 2 4 6]: mean 3, V = 16 / 5; S1 = mean([0, 2, 0]) / V; ST = mean([0, 4, 0]) / 2V
    first, total = sa.sobol_indices([1, 2, 3], [2, 4, 6], [[1, 4, 3]])
    assert first == pytest.approx([5 / 24])
    assert total == pytest.approx([5 / 24])


def test_sobol_on_an_additive_linear_function_gives_the_variance_shares():
    coefficients = np.array([3.0, 2.0, 1.0, 0.0])
    design = sa.saltelli_design(4, 2 ** 12, seed=3)
    y = unit(design, 4) @ coefficients
    table = sa.sobol(design, y, ["a", "b", "c", "d"], resamples=200)
    shares = coefficients ** 2 / np.sum(coefficients ** 2)  # uniform inputs: V_i = c_i^2 / 12
    assert table["S1"].values == pytest.approx(shares, abs=0.01)
    assert table["ST"].values == pytest.approx(shares, abs=0.01)
    assert list(table.index) == ["a", "b", "c", "d"]


def test_sobol_averages_replications_and_is_deterministic():
    design = sa.saltelli_design(3, 256, seed=5)
    y = sa.ishigami(-np.pi + 2 * np.pi * unit(design, 3))
    single = sa.sobol(design, y, ISHIGAMI_FACTORS, resamples=300, seed=4)
    doubled, y2 = with_replications(design, y, noise=np.linspace(-1, 1, len(y)))
    replicated = sa.sobol(doubled, y2, ISHIGAMI_FACTORS, resamples=300, seed=4)
    pd.testing.assert_frame_equal(single, replicated, rtol=1e-12, atol=1e-12)
    other_seed = sa.sobol(design, y, ISHIGAMI_FACTORS, resamples=300, seed=5)
    assert (single[["S1", "ST"]] == other_seed[["S1", "ST"]]).all().all()
    assert not np.allclose(single["ST_low"], other_seed["ST_low"])


def test_sobol_drops_base_samples_with_a_missing_output():
    design = sa.saltelli_design(3, 64, seed=2)
    y = sa.ishigami(-np.pi + 2 * np.pi * unit(design, 3))
    broken = y.copy()
    broken[2 * 64 + 5] = np.nan  # AB_0 of base sample 5
    table = sa.sobol(design, broken, ISHIGAMI_FACTORS, resamples=10)
    kept = np.arange(64) != 5
    blocks = y.reshape(5, 64)[:, kept]
    first, total = sa.sobol_indices(blocks[0], blocks[1], blocks[2:])
    assert table["S1"].values == pytest.approx(first)
    assert table["ST"].values == pytest.approx(total)


def test_sobol_rejects_unequal_blocks():
    design = sa.saltelli_design(2, 8).iloc[:-1]
    with pytest.raises(ValueError, match="same number of points"):
        sa.sobol(design, np.zeros(len(design)), ["a", "b"], resamples=0)


# ---------------------------------------------------------------- Saltelli design
def test_saltelli_design_layout():
    k, n = 3, 16
    design = sa.saltelli_design(k, n, second_order=True)
    assert len(design) == n * (2 * k + 2)
    assert list(design["point"]) == list(range(len(design)))
    assert list(design["block"]) == list(np.repeat(np.arange(2 * k + 2), n))
    assert list(design["changed_factor"]) == [-1] * 2 * n + list(np.repeat(
        np.concatenate([np.arange(k), np.arange(k)]), n))
    x = unit(design, k).reshape(2 * k + 2, n, k)
    a, b = x[0], x[1]
    assert a[0] == pytest.approx([0.5, 0.5, 0.5])  # plain sequence: the origin is skipped
    for i in range(k):
        others = [j for j in range(k) if j != i]
        assert np.array_equal(x[2 + i][:, i], b[:, i])
        assert np.array_equal(x[2 + i][:, others], a[:, others])
        assert np.array_equal(x[2 + k + i][:, i], a[:, i])
        assert np.array_equal(x[2 + k + i][:, others], b[:, others])


def test_saltelli_design_scrambled_with_a_seed():
    first, again = sa.saltelli_design(2, 32, seed=9), sa.saltelli_design(2, 32, seed=9)
    pd.testing.assert_frame_equal(first, again)
    assert not np.allclose(unit(first, 2), unit(sa.saltelli_design(2, 32, seed=10), 2))
    a = unit(first, 2)[:32]
    # a scrambled net: each half of each axis holds half of the points
    assert ((a < 0.5).sum(axis=0) == 16).all()


# ---------------------------------------------------------------- Morris
def test_morris_design_layout():
    k, r, levels = 4, 6, 4
    design = sa.morris_design(k, r, levels, seed=3)
    assert len(design) == r * (k + 1)
    assert list(design["block"]) == list(np.repeat(np.arange(r), k + 1))
    x = unit(design, k)
    grid = x * (levels - 1)
    assert np.allclose(grid, np.round(grid))
    for p in range(len(design)):
        changed = design["changed_factor"].iat[p]
        if p % (k + 1) == 0:
            assert changed == -1
            continue
        step = x[p] - x[p - 1]
        assert abs(step[changed]) == pytest.approx(2 / 3)
        assert np.count_nonzero(step) == 1
    for t in range(r):
        changed = design["changed_factor"].values[t * (k + 1) + 1:(t + 1) * (k + 1)]
        assert sorted(changed) == list(range(k))


def test_morris_effects_and_measures_by_hand():
    # Delta = 2/3 for 4 levels
    effects = sa.morris_effects(y=[0, 1, 3, 10, 8, 9], trajectory=[0, 0, 0, 1, 1, 1],
                                changed_factor=[-1, 1, 0, -1, 0, 1],
                                direction=[1, 1, -1, 1, 1, -1], factors=2, levels=4)
    # trajectory 0: x1 up by 1, then x0 down (direction -1) by 2; trajectory 1: x0 by -2, x1 by 1
    assert effects == pytest.approx(np.array([[-3.0, 1.5], [-3.0, -1.5]]))
    measures = sa.morris_measures(effects, resamples=200)
    assert measures["mu"] == pytest.approx([-3.0, 0.0])
    assert measures["mu_star"] == pytest.approx([3.0, 1.5])
    assert measures["sigma"] == pytest.approx([0.0, math.sqrt(4.5)])
    assert list(measures["n"]) == [2, 2]
    assert measures["mu_star_low"] == pytest.approx([3.0, 1.5])  # |effects| are constant
    assert measures["mu_star_high"] == pytest.approx([3.0, 1.5])


def test_morris_effects_rejects_a_broken_layout():
    with pytest.raises(ValueError, match="twice"):
        sa.morris_effects([0, 1, 2], [0, 0, 0], [-1, 0, 0], [1, 1, 1], factors=2, levels=4)
    with pytest.raises(ValueError, match="starts trajectory"):
        sa.morris_effects([0, 1, 2], [0, 0, 1], [-1, 0, 1], [1, 1, 1], factors=2, levels=4)


def morris_case(trajectories=20, seed=1):
    """A Morris design on factor values over their own ranges, and y = 5 range-units of a,
    1 of b, 0 of c, -3 of d, plus a quadratic term in e (unit coordinate u_e: 2 u_e^2)."""
    lows = np.array([10.0, 0.0, -1.0, 0.2, 0.0])
    highs = np.array([20.0, 0.5, 1.0, 1.0, 1.0])
    design = sa.morris_design(5, trajectories, levels=4, seed=seed)
    u = unit(design, 5)
    values = lows + u * (highs - lows)
    for name, column in zip("abcde", values.T):
        design[name] = column
    slope = np.array([5.0, 1.0, 0.0, -3.0]) / (highs - lows)[:4]  # per unit of the value
    y = (values[:, :4] - lows[:4]) @ slope + 2 * u[:, 4] ** 2
    return design, y


def test_morris_recovers_linear_effects_per_whole_range():
    design, y = morris_case()
    table = sa.morris(design, y, list("abcde"), levels=4)
    assert list(table.index) == list("abcde")
    assert table.loc[list("abcd"), "mu"].values == pytest.approx([5, 1, 0, -3], abs=1e-12)
    assert table.loc[list("abcd"), "mu_star"].values == pytest.approx([5, 1, 0, 3], abs=1e-12)
    assert table.loc[list("abcd"), "sigma"].values == pytest.approx([0, 0, 0, 0], abs=1e-12)
    assert table.loc[list("abcd"), "mu_star_low"].values == pytest.approx([5, 1, 0, 3])
    assert list(table["n"]) == [20] * 5


def test_morris_nonlinear_factor_has_spread():
    design, y = morris_case()
    row = sa.morris(design, y, list("abcde"), levels=4).loc["e"]
    # 2 u^2 between 0 and 2/3 gives 4/3, between 1/3 and 1 gives 8/3, up or down alike
    assert 4 / 3 < row["mu_star"] < 8 / 3
    assert row["mu"] == pytest.approx(row["mu_star"])
    assert row["sigma"] > 0.3
    assert row["mu_star_low"] < row["mu_star"] < row["mu_star_high"]
    assert row["mu_star_low"] >= 4 / 3 and row["mu_star_high"] <= 8 / 3


def test_morris_averages_replications_and_skips_missing_outputs():
    design, y = morris_case(trajectories=8)
    table = sa.morris(design, y, list("abcde"), levels=4)
    doubled, y2 = with_replications(design, y, noise=np.linspace(-5, 5, len(y)))
    pd.testing.assert_frame_equal(table, sa.morris(doubled, y2, list("abcde"), levels=4))
    broken = y.copy()
    broken[2] = np.nan  # point 2 of trajectory 0: the effects at points 2 and 3 are lost
    lost = design["changed_factor"].values[[2, 3]]
    counts = sa.morris(design, broken, list("abcde"), levels=4)["n"]
    assert sorted(counts[counts == 7].index) == sorted(np.array(list("abcde"))[lost])
    assert (counts >= 7).all()


def test_morris_direction_of_text_factors_is_positive():
    design = sa.morris_design(2, 3, seed=4)
    on = design["x0"].values > 0.5  # every step of x0 (0 <-> 2/3, 1/3 <-> 1) crosses 0.5
    design["x0"] = np.where(on, '"on"', '"off"')
    table = sa.morris(design, on * 1.0, ["x0", "x1"], levels=4)
    assert table.loc["x0", "mu_star"] == pytest.approx(1.5)  # 1 / Delta
    switched_on = on[design["changed_factor"].values == 0]
    assert table.loc["x0", "mu"] == pytest.approx(1.5 * np.mean(np.where(switched_on, 1, -1)))
    assert table.loc["x1", "mu_star"] == 0


# ---------------------------------------------------------------- noise floor and SRC
def test_noise_floor_by_hand():
    design = pd.DataFrame({"point": [0, 0, 1, 1]})
    # within-point variances 2 and 8 (mean 5, / R = 2.5); point means 2 and 12 (variance 50)
    assert sa.noise_floor(design, [1.0, 3.0, 10.0, 14.0]) == pytest.approx(0.05)


def test_src_of_an_exact_linear_function():
    design = sa.saltelli_design(3, 64, seed=1)
    x = unit(design, 3)
    y = 2 * x[:, 0] - x[:, 1]
    beta, r2 = sa.src(design, y, ["x0", "x1", "x2"])
    assert r2 == pytest.approx(1.0)
    expected = np.array([2, -1, 0]) * x.std(axis=0, ddof=1) / y.std(ddof=1)
    assert beta.values == pytest.approx(expected, abs=1e-12)


def test_percentile_interval_and_bootstrap_are_deterministic():
    values = np.arange(10.0)
    first = sa.bootstrap(lambda rows: values[rows].mean(), 10, 500, seed=3)
    again = sa.bootstrap(lambda rows: values[rows].mean(), 10, 500, seed=3)
    assert np.array_equal(first, again)
    low, high = sa.percentile_interval(first, 0.9)
    assert low == pytest.approx(np.percentile(first, 5))
    assert high == pytest.approx(np.percentile(first, 95))
    assert low < 4.5 < high


def test_src_skips_points_with_a_missing_output():
    """A failed run of a sweep is NaN: its point is left out of the regression, as sobol and
    morris leave it out, instead of making every coefficient NaN."""
    design = sa.saltelli_design(3, 64, seed=1)
    x = unit(design, 3)
    y = 2 * x[:, 0] - x[:, 1]
    y[[3, 40]] = np.nan
    beta, r2 = sa.src(design, y, ["x0", "x1", "x2"])
    keep = np.isfinite(y)
    expected = np.array([2, -1, 0]) * x[keep].std(axis=0, ddof=1) / y[keep].std(ddof=1)
    assert r2 == pytest.approx(1.0)
    assert beta.values == pytest.approx(expected, abs=1e-12)
