"""Tests of coopsim_analysis.compare: bootstrap differences of means and effect sizes."""
import math

import numpy as np
import pandas as pd
import pytest

from coopsim_analysis.compare import compare_ensembles, difference_in_means, effect_size


def normal_pair(n, seed, shift=1.0):
    """Two normal samples of n values, sd 2, means 10 and 10 + shift."""
    rng = np.random.default_rng(seed)
    return rng.normal(10, 2, n), rng.normal(10 + shift, 2, n)


def test_difference_fields():
    a, b = [1.0, 2.0, 3.0], [2.0, 4.0, 6.0, 8.0]
    result = difference_in_means(a, b, resamples=2000)
    assert result.mean_a == 2.0 and result.mean_b == 5.0
    assert result.difference == 3.0
    assert result.relative == 1.5
    assert (result.n_a, result.n_b) == (3, 4)
    assert result.low < 3.0 < result.high
    assert result.relative_low < 1.5 < result.relative_high


def test_interval_covers_the_true_difference_about_as_often_as_stated():
    covered = 0
    for seed in range(100):
        a, b = normal_pair(40, seed)
        result = difference_in_means(a, b, confidence=0.9, resamples=1000, seed=seed)
        covered += result.low <= 1.0 <= result.high
    assert 80 <= covered <= 97  # nominal 90; binomial sd 3


def test_interval_is_deterministic_with_the_seed():
    a, b = normal_pair(30, seed=1)
    first = difference_in_means(a, b, seed=4)
    assert first == difference_in_means(a, b, seed=4)
    other = difference_in_means(a, b, seed=5)
    assert other.difference == first.difference
    assert other.low != first.low


def test_interval_shrinks_with_the_ensemble_size():
    small = difference_in_means(*normal_pair(25, seed=2), resamples=3000)
    large = difference_in_means(*normal_pair(400, seed=2), resamples=3000)
    width = lambda r: r.high - r.low
    # the width goes as 1 / sqrt(n): a quarter, give or take sampling
    assert width(large) < 0.4 * width(small)
    assert width(large) == pytest.approx(2 * 1.96 * 2 * math.sqrt(2 / 400), rel=0.2)


def test_single_runs_give_the_difference_and_no_interval():
    result = difference_in_means([4.0], [5.0])
    assert result.difference == 1.0
    assert result.relative == 0.25
    assert math.isnan(result.low) and math.isnan(result.high)
    assert math.isnan(result.relative_low) and math.isnan(result.relative_high)
    one_side = difference_in_means([4.0], [5.0, 6.0, 7.0])
    assert one_side.difference == 2.0 and math.isnan(one_side.low)


def test_missing_values_are_dropped():
    a, b = normal_pair(20, seed=3)
    clean = difference_in_means(a, b, resamples=500)
    holed = difference_in_means(np.append(a, np.nan), np.insert(b, 3, [np.nan, np.inf]),
                                resamples=500)
    assert holed == clean
    assert (holed.n_a, holed.n_b) == (20, 20)
    empty = difference_in_means([np.nan], [1.0, 2.0])
    assert empty.n_a == 0 and math.isnan(empty.difference) and empty.mean_b == 1.5


def test_relative_difference_against_a_negative_or_zero_base():
    assert difference_in_means([-2.0, -2.0], [-1.0, -1.0]).relative == 0.5
    assert math.isnan(difference_in_means([0.0, 0.0], [1.0, 1.0]).relative)


def test_effect_size_by_hand():
    a, b = [1.0, 2.0, 3.0, 4.0], [3.0, 4.0, 5.0, 6.0, 7.0]
    effect = effect_size(a, b)
    # sums of squares 5 and 10 over 7 degrees of freedom; means 2.5 and 5
    pooled = math.sqrt(15 / 7)
    assert effect.pooled_sd == pytest.approx(pooled)
    assert effect.cohens_d == pytest.approx(2.5 / pooled)
    exact = math.gamma(3.5) / (math.sqrt(3.5) * math.gamma(3))
    assert effect.hedges_g == pytest.approx(2.5 / pooled * exact)
    assert effect.hedges_g == pytest.approx(2.5 / pooled * (1 - 3 / 27), rel=2e-3)


def test_effect_size_undefined_cases_are_nan():
    assert math.isnan(effect_size([1.0], [2.0]).cohens_d)
    assert math.isnan(effect_size([1.0, 1.0], [1.0, 1.0]).cohens_d)
    assert math.isnan(effect_size([], [1.0, 2.0, 3.0]).cohens_d)
    three = effect_size([1.0, 2.0], [3.0])
    assert three.cohens_d == pytest.approx(1.5 / math.sqrt(0.5))  # 1 dof, SS 0.5
    assert math.isnan(three.hedges_g)


def test_compare_ensembles_has_a_row_per_output():
    a, b = normal_pair(30, seed=6)
    frame_a = pd.DataFrame({"SF1a": a, "total": 2 * a, "only_a": a})
    frame_b = pd.DataFrame({"SF1a": b, "total": 2 * b})
    table = compare_ensembles(frame_a, frame_b, resamples=1000)
    assert list(table.index) == ["SF1a", "total"]
    row = difference_in_means(a, b, resamples=1000)
    assert table.loc["SF1a", "low"] == row.low
    assert table.loc["SF1a", "difference"] == row.difference
    assert table.loc["total", "difference"] == pytest.approx(2 * row.difference)
    assert table.loc["SF1a", "cohens_d"] == pytest.approx(table.loc["total", "cohens_d"])
    assert table.loc["SF1a", "hedges_g"] == effect_size(a, b).hedges_g
    assert list(table.columns) == ["mean_a", "mean_b", "difference", "low", "high", "relative",
                                   "relative_low", "relative_high", "n_a", "n_b", "cohens_d",
                                   "hedges_g"]
