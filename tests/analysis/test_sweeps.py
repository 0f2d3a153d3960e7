"""The tidy tables of a sweep file (analysis/coopsim_analysis/sweeps.py) and the indicators of a
run (indicators.py), which must equal the sweep's own /summaries."""
import h5py
import numpy as np
import pytest

import coopsim_analysis as ca
from coopsim_analysis import ensembles, indicators

from conftest import edited_copy


@pytest.fixture(scope="module")
def sweep(smoke_sweep):
    return ca.open_sweep(smoke_sweep)


def test_design(sweep):
    design = sweep.design()
    assert len(design) == 18
    assert list(design.columns[:6]) == ["run", "point", "replication", "seed", "block",
                                        "changed_factor"]
    assert sweep.factors == ["lapse_rate", "training_budget_cop"]
    assert sorted(set(design["lapse_rate"])) == [0.3, 0.6, 0.9]
    assert (design["status"] == "ok").all()
    assert design.groupby("point").size().eq(3).all()
    assert design["rerun_command"].str.startswith("coopsim run").all()


def test_indicator_years_are_the_summaries(sweep, smoke_sweep):
    iy = sweep.indicator_years()
    assert len(iy) == 18 * len(sweep.years)
    with h5py.File(smoke_sweep, "r") as f:
        gini = f["summaries/gini_territories"][...]
    run, y = 7, 4
    row = iy[(iy["run"] == run) & (iy["year"] == sweep.years[y])]
    assert row["gini_territories"].item() == gini[run, y]
    assert iy.attrs["units"]["territories_cop"] == "COP"


def test_runs_joins_design_facts_and_period_indicators(sweep):
    runs = sweep.runs(2012, 2015)
    assert len(runs) == 18
    assert {"lapse_rate", "SF1a", "territories_cop_total", "gini_territories_mean"} <= set(
        runs.columns)
    iy = sweep.indicator_years()
    window = iy[(iy["run"] == 5) & iy["year"].between(2012, 2015)]
    row = runs[runs["run"] == 5].iloc[0]
    assert row["territories_cop_total"] == pytest.approx(window["territories_cop"].sum())
    assert row["gini_territories_mean"] == pytest.approx(window["gini_territories"].mean())
    assert "2012-2015" in runs.attrs["descriptions"]["territories_cop_total"]
    facts = sweep.facts()
    assert row["SF1a"] == facts.loc[facts["run"] == 5, "SF1a"].item()


def test_run_indicators_equal_the_sweeps(kept_sweep):
    """The indicators computed in Python from each kept run file equal what coopsim sweep
    computed in C++ for that run (sim/experiment/run_summary.cpp)."""
    sweep = ca.open_sweep(kept_sweep)
    iy = sweep.indicator_years()
    assert sweep.keeps_trajectories
    for run_id in sweep.run_ids:
        mine = sweep.trajectory(run_id).indicator_years()
        theirs = iy[iy["run"] == run_id].drop(columns="run").reset_index(drop=True)
        assert list(mine.columns) == list(theirs.columns)
        for column in mine.columns:
            np.testing.assert_allclose(mine[column].to_numpy(float),
                                       theirs[column].to_numpy(float), rtol=1e-12, atol=1e-6,
                                       equal_nan=True, err_msg=column)
            assert mine.attrs["units"][column] == theirs.attrs["units"][column], column


def test_gini_and_lorenz():
    assert indicators.gini([1, 1, 1, 1]) == 0.0
    assert indicators.gini([0, 0, 0, 4]) == pytest.approx(0.75)   # (n - 1) / n
    assert np.isnan(indicators.gini([0, 0]))
    people, amounts = indicators.lorenz([3, 1])
    np.testing.assert_allclose(people, [0, 0.5, 1])
    np.testing.assert_allclose(amounts, [0, 0.25, 1])


def test_trajectory_errors(sweep, kept_sweep):
    with pytest.raises(ca.InputError, match="keeps no trajectories"):
        sweep.trajectory(0)
    with pytest.raises(ca.InputError, match="has no run 99"):
        ca.open_sweep(kept_sweep).trajectory(99)


def test_run_is_not_a_sweep(caldono_run):
    with pytest.raises(ca.InputError, match="is a run file, not a sweep file"):
        ca.open_sweep(caldono_run)


# ------------------------------------------------------------------ failed runs
def test_failed_runs_stay_in_the_design_and_out_of_the_ensemble(failed_sweep):
    sweep = ca.open_sweep(failed_sweep)
    design = sweep.design()
    assert list(design.loc[design["status"] == "failed", "run"]) == [6, 7]
    assert design.loc[design["run"] == 6, "error"].item() != ""
    assert list(sweep.ok_runs()) == [0, 1, 2, 3, 4, 5]
    assert sweep.runs().loc[design["status"] == "failed", "territories_cop_total"].isna().all()
    metrics = ensembles.period_metrics(sweep)
    assert list(metrics["run"]) == [0, 1, 2, 3, 4, 5]
    assert metrics["territories_cop"].notna().all()


def test_trajectory_of_a_failed_run_says_it_failed(failed_sweep):
    sweep = ca.open_sweep(failed_sweep)
    assert sweep.trajectory(5).years[0] == 2010
    with pytest.raises(ca.InputError, match=r"/design/status: run 6 failed \(.*grant_max_usd"):
        sweep.trajectory(6)


def test_runs_period_is_clipped_to_the_years_and_checked(sweep):
    runs = sweep.runs(2000, 2015)
    assert "2010-2015" in runs.attrs["descriptions"]["territories_cop_total"]
    assert runs.equals(sweep.runs(2010, 2015))
    with pytest.raises(ca.InputError, match="2050-2060 is outside the file's years 2010-2025"):
        sweep.runs(2050, 2060)


def test_a_sweep_without_status_is_named(tmp_path, smoke_sweep):
    damaged = edited_copy(smoke_sweep, tmp_path / "nostatus.h5",
                          lambda f: f.__delitem__("design/status"))
    with pytest.raises(ca.InputError, match=r"nostatus\.h5: /design/status: missing"):
        ca.open_sweep(damaged).ok_runs()
