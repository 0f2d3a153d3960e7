"""The tidy tables of a run file (analysis/coopsim_analysis/runs.py) against the file itself and
against the model's accounting."""
import h5py
import numpy as np
import pandas as pd
import pytest

import coopsim_analysis as ca

from conftest import edited_copy


@pytest.fixture(scope="module")
def run(caldono_run):
    return ca.open_run(caldono_run)


def test_run_identity(run, caldono_run):
    assert run.scenario_name == "caldono"
    assert run.scenario["name"] == "caldono"
    assert run.years[0] == 2008 and run.years[-1] == 2027
    with h5py.File(caldono_run, "r") as f:
        assert run.seed == int(f.attrs["seed"])


def test_territory_years_has_the_documented_leading_columns(run):
    ty = run.territory_years()
    for column in ("year", "dane_code", "name", "category", "population",
                   "cooperation_received_cop", "stage", "committee", "articulation",
                   "stage_name", "cooperation_per_inhabitant_cop"):
        assert column in ty.columns
    assert list(ty.columns[:3]) == ["year", "dane_code", "name"]
    assert len(ty) == len(run.years) * len(run.territories())
    assert ty.attrs["units"]["cooperation_received_cop"] == "COP"
    assert ty.attrs["units"]["population"] == "inhabitants"
    assert "disbursed" in ty.attrs["descriptions"]["cooperation_received_cop"]


def test_territory_years_values_are_the_files(run, caldono_run):
    ty = run.territory_years().set_index(["year", "dane_code"])
    with h5py.File(caldono_run, "r") as f:
        received = f["territories/cooperation_received_cop"][...]
        stage = f["territories/stage"][...]
        codes = f["territories/dane_code"][...]
        names = f["territories/name"].asstr()[...]
    y, t = 5, 3   # any cell
    year = run.years[y]
    assert ty.loc[(year, codes[t]), "cooperation_received_cop"] == received[y, t]
    assert ty.loc[(year, codes[t]), "stage"] == stage[y, t]
    assert ty.loc[(year, codes[t]), "name"] == names[t]
    caldono = ty.xs(19137, level="dane_code")
    assert (caldono["name"] == "Caldono").all()
    expected = caldono["cooperation_received_cop"] / caldono["population"]
    np.testing.assert_array_equal(caldono["cooperation_per_inhabitant_cop"], expected)
    assert set(ty["stage_name"]) <= {"none", "exploring", "formal"}


def test_flows_add_up_to_what_territories_received(run):
    """What donors disburse (flows) is what territories receive, year by year, territory by
    territory: the conservation of money seen through the tidy tables."""
    flows = run.flows().groupby(["year", "dane_code"])["amount_cop"].sum()
    received = run.territory_years().set_index(["year", "dane_code"])["cooperation_received_cop"]
    joined = pd.concat([flows, received], axis=1).fillna(0.0)
    np.testing.assert_allclose(joined["amount_cop"], joined["cooperation_received_cop"],
                               rtol=1e-9, atol=1e-3)
    assert joined["amount_cop"].sum() > 0


def test_donor_years_disbursements_are_territorial_plus_national(run):
    dy = run.donor_years()
    np.testing.assert_allclose(dy["disbursed_cop"], dy["territorial_cop"] + dy["national_cop"],
                               rtol=1e-12, atol=1e-3)
    territorial = dy.groupby("year")["territorial_cop"].sum()
    received = run.territory_years().groupby("year")["cooperation_received_cop"].sum()
    np.testing.assert_allclose(territorial.to_numpy(), received.to_numpy(), rtol=1e-9, atol=1e-3)
    national = run.national_years().set_index("year")["received_cop"]
    np.testing.assert_allclose(dy.groupby("year")["national_cop"].sum().to_numpy(),
                               national.to_numpy(), rtol=1e-9, atol=1e-3)


def test_flows_and_projects_carry_names(run):
    flows = run.flows()
    assert list(flows.columns[:5]) == ["flow_id", "year", "donor_id", "donor", "donor_type"]
    donors = run.donors().set_index("donor_id")
    row = flows.iloc[0]
    assert row["donor"] == donors.at[row["donor_id"], "name"]
    assert row["donor_type"] == donors.at[row["donor_id"], "type"]
    projects = run.projects()
    assert {"territory", "route", "carrier", "outcome"} <= set(projects.columns)
    assert set(projects["outcome"]) <= {"ongoing", "success", "failure"}
    assert set(projects["route"]) <= set(run.routes()["name"])
    assert projects.attrs["units"]["amount_usd"] == "USD"
    assert projects["territory"].notna().all() and projects["donor"].notna().all()


def test_actor_and_route_years(run):
    ay = run.actor_years()
    assert len(ay) == len(run.years) * len(run.actors())
    assert set(ay["articulates"]) <= {0, 1}
    assert {"dane_code", "type", "empowerment", "received_cop"} <= set(ay.columns)
    ry = run.route_years()
    assert len(ry) == 7 * len(run.years)
    received = run.territory_years().groupby("year")["cooperation_received_cop"].sum()
    np.testing.assert_allclose(ry.groupby("year")["received_cop"].sum().to_numpy(),
                               received.to_numpy(), rtol=1e-9, atol=1e-3)


def test_every_table_by_name(run):
    for name in ca.runs.TABLES:
        frame = run.table(name)
        assert len(frame) > 0, name
        assert set(frame.attrs["units"]) == set(frame.columns), name
    with pytest.raises(ValueError, match="unknown table"):
        run.table("nonsense")


# ------------------------------------------------------------------ errors
def test_missing_file(tmp_path):
    with pytest.raises(ca.InputError, match=r"nope\.h5: no such file"):
        ca.open_run(tmp_path / "nope.h5")


def test_not_hdf5(tmp_path):
    path = tmp_path / "text.h5"
    path.write_text("not HDF5\n")
    with pytest.raises(ca.InputError, match=r"text\.h5: cannot be read as HDF5"):
        ca.open_run(path)


def test_truncated_file(tmp_path, caldono_run):
    data = caldono_run.read_bytes()
    path = tmp_path / "truncated.h5"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(ca.InputError, match=r"truncated\.h5"):
        ca.open_run(path).territory_years()


def test_other_hdf5_file(tmp_path):
    path = tmp_path / "other.h5"
    with h5py.File(path, "w") as f:
        f["x"] = [1, 2]
    with pytest.raises(ca.InputError, match="is not a coopsim file"):
        ca.open_run(path)


def test_newer_major_version_is_refused(tmp_path, caldono_run):
    path = edited_copy(caldono_run, tmp_path / "future.h5",
                       lambda f: f.attrs.modify("format_version", "2.0"))
    with pytest.raises(ca.InputError, match="format version 2.0 is newer"):
        ca.open_run(path)


def test_missing_dataset_is_named(tmp_path, caldono_run):
    def damage(f):
        del f["routes/received_cop"]
        del f["actors/empowerment"]
    path = edited_copy(caldono_run, tmp_path / "damaged.h5", damage)
    run = ca.open_run(path)
    with pytest.raises(ca.InputError, match=r"damaged\.h5: /routes/received_cop: missing"):
        run.indicator_years()
    assert "empowerment" not in run.actor_years().columns   # a missing yearly column is absent


def test_sweep_is_not_a_run(smoke_sweep):
    with pytest.raises(ca.InputError, match="is a sweep file"):
        ca.open_run(smoke_sweep)
    assert isinstance(ca.open_any(smoke_sweep), ca.Sweep)


@pytest.mark.parametrize("dataset, table", [("donors/type", "flows"),
                                            ("territories/name", "projects"),
                                            ("routes/name", "indicator_years")])
def test_missing_fixed_attribute_is_named(tmp_path, classroom_run, dataset, table):
    path = edited_copy(classroom_run, tmp_path / "damaged.h5", lambda f: f.__delitem__(dataset))
    with pytest.raises(ca.InputError, match=rf"damaged\.h5: /{dataset}: missing"):
        ca.open_run(path).table(table)


def test_a_table_is_read_once_and_handed_out_as_copies(tmp_path, classroom_run):
    """The report and the figures ask for the same tables many times: the file is read once,
    and what a caller changes in its copy never reaches the next caller."""
    path = tmp_path / "once.h5"
    path.write_bytes(classroom_run.read_bytes())
    run = ca.open_run(path)
    first = run.territory_years()
    indicators = run.indicator_years()
    path.unlink()                                  # no second read is possible
    first.loc[:, "cooperation_received_cop"] = -1.0
    first.attrs["units"]["cooperation_received_cop"] = "changed"
    second = run.territory_years()
    assert (second["cooperation_received_cop"] >= 0).all()
    assert second.attrs["units"]["cooperation_received_cop"] == "COP"
    assert run.indicator_years().equals(indicators)
