"""Comparing two scenarios' ensembles of an output: a base `a` and an alternative `b`.

An ensemble is one value per run (for example a fact measure or an indicator summed over years,
for the seeds of a scenario). Non-finite values (failed runs are NaN) are dropped. Differences
are b - a, in the output's units; relative differences are (b - a) / |a|, dimensionless.
Intervals are percentile bootstraps (Efron & Tibshirani 1993) that resample each ensemble
independently, from a numpy Generator seeded by the caller: the same inputs and seed give the
same interval. The runs of two scenarios have different seeds, so the ensembles are treated as
independent samples (no pairing).
"""
import dataclasses

import numpy as np
import pandas as pd
from scipy.special import gammaln

from .sensitivity import bootstrap, percentile_interval


@dataclasses.dataclass(frozen=True)
class Difference:
    """The difference of the means of two ensembles, b - a, with bootstrap intervals.

    mean_a, mean_b, difference, low, high: output units; relative = difference / |mean_a| with
    relative_low and relative_high: dimensionless; n_a, n_b: finite values used; confidence:
    the intervals' coverage. An interval is NaN when an ensemble has fewer than two values.
    """
    mean_a: float
    mean_b: float
    difference: float
    low: float
    high: float
    relative: float
    relative_low: float
    relative_high: float
    n_a: int
    n_b: int
    confidence: float

    def as_dict(self):
        """The fields as a dict, in declaration order."""
        return dataclasses.asdict(self)


@dataclasses.dataclass(frozen=True)
class EffectSize:
    """Standardised difference of means, (mean_b - mean_a) / pooled SD.

    cohens_d: Cohen (1988) d with the pooled standard deviation
        sqrt(((n_a - 1) s_a^2 + (n_b - 1) s_b^2) / (n_a + n_b - 2));
    hedges_g: d times Hedges' exact small-sample correction
        J(m) = Gamma(m/2) / (sqrt(m/2) Gamma((m - 1)/2)), m = n_a + n_b - 2 (Hedges 1981;
        J ~ 1 - 3 / (4 m - 1)), an unbiased estimate of the population effect;
    pooled_sd: in the output's units. Dimensionless d and g; NaN when undefined.
    """
    cohens_d: float
    hedges_g: float
    pooled_sd: float

    def as_dict(self):
        """The fields as a dict, in declaration order."""
        return dataclasses.asdict(self)


def finite_values(values):
    """The finite entries of an array-like of numbers (NaN and infinities dropped), as floats."""
    values = np.asarray(values, dtype=float).ravel()
    return values[np.isfinite(values)]


def relative_difference(mean_a, mean_b):
    """(mean_b - mean_a) / |mean_a|, elementwise; NaN where mean_a is 0."""
    mean_a, mean_b = np.asarray(mean_a, dtype=float), np.asarray(mean_b, dtype=float)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(mean_a != 0, (mean_b - mean_a) / np.abs(mean_a), np.nan)


def difference_in_means(a, b, confidence=0.95, resamples=10000, seed=0):
    """Difference of the means of two ensembles, b - a, with percentile bootstrap intervals.

    a, b: one value per run (array-likes; non-finite values dropped). Each bootstrap replicate
    resamples a and b independently with replacement (`resamples` times, numpy Generator
    seeded by `seed`; a uses the stream of `seed`, b that of `seed + 1`) and takes the
    difference of the means and the relative difference (b - a) / |a|. The intervals are the
    replicates' equal-tailed percentiles at `confidence`.

    Returns a Difference. With fewer than two values on a side (a single run), the difference
    is still given but its intervals are NaN; with none, the means involved are NaN. The
    relative difference is NaN when mean_a is 0 (its interval too when a replicate's is).
    """
    a, b = finite_values(a), finite_values(b)
    mean_a = a.mean() if len(a) else np.nan
    mean_b = b.mean() if len(b) else np.nan
    nan_interval = (np.nan, np.nan)
    interval, relative_interval = nan_interval, nan_interval
    if min(len(a), len(b)) >= 2:
        means_a = bootstrap(lambda rows: a[rows].mean(), len(a), resamples, seed)
        means_b = bootstrap(lambda rows: b[rows].mean(), len(b), resamples, seed + 1)
        interval = percentile_interval(means_b - means_a, confidence)
        relative_interval = percentile_interval(relative_difference(means_a, means_b),
                                                confidence)
    return Difference(mean_a=float(mean_a), mean_b=float(mean_b),
                      difference=float(mean_b - mean_a),
                      low=float(interval[0]), high=float(interval[1]),
                      relative=float(relative_difference(mean_a, mean_b)),
                      relative_low=float(relative_interval[0]),
                      relative_high=float(relative_interval[1]),
                      n_a=len(a), n_b=len(b), confidence=confidence)


def hedges_correction(dof):
    """Hedges' (1981) exact small-sample factor J(m) = Gamma(m/2) / (sqrt(m/2) Gamma((m-1)/2))
    for m degrees of freedom; NaN for m < 2."""
    if dof < 2:
        return np.nan
    return float(np.exp(gammaln(dof / 2) - gammaln((dof - 1) / 2)) / np.sqrt(dof / 2))


def effect_size(a, b):
    """Standardised effect of b against a: Cohen's d and Hedges' g (see EffectSize).

    a, b: one value per run (non-finite values dropped). d = (mean_b - mean_a) / pooled SD,
    g = J(n_a + n_b - 2) d. d is NaN when a side is empty, n_a + n_b < 3 or the pooled SD is 0;
    g is NaN also when n_a + n_b < 4.
    """
    a, b = finite_values(a), finite_values(b)
    dof = len(a) + len(b) - 2
    if min(len(a), len(b)) == 0 or dof < 1:
        return EffectSize(np.nan, np.nan, np.nan)
    squares = ((a - a.mean()) ** 2).sum() + ((b - b.mean()) ** 2).sum()
    pooled_sd = float(np.sqrt(squares / dof))
    if pooled_sd == 0:
        return EffectSize(np.nan, np.nan, pooled_sd)
    d = float((b.mean() - a.mean()) / pooled_sd)
    return EffectSize(cohens_d=d, hedges_g=d * hedges_correction(dof), pooled_sd=pooled_sd)


def compare_ensembles(frame_a, frame_b, columns=None, confidence=0.95, resamples=10000, seed=0):
    """One row per output: difference_in_means and effect_size of frame_b against frame_a.

    frame_a, frame_b: DataFrames with one row per run and one column per output (for example
    the facts of two scenarios' ensembles); columns: the outputs to compare, by default the
    columns the two frames share, in frame_a's order. confidence, resamples, seed: as in
    difference_in_means (the same seed for every output).
    Returns a DataFrame indexed by output ("output") with the fields of Difference (confidence
    left out) followed by cohens_d and hedges_g.
    """
    if columns is None:
        columns = [c for c in frame_a.columns if c in frame_b.columns]
    rows = {}
    for column in columns:
        a, b = frame_a[column], frame_b[column]
        row = difference_in_means(a, b, confidence, resamples, seed).as_dict()
        del row["confidence"]
        effect = effect_size(a, b)
        rows[column] = {**row, "cohens_d": effect.cohens_d, "hedges_g": effect.hedges_g}
    table = pd.DataFrame.from_dict(rows, orient="index")
    table.index.name = "output"
    return table
