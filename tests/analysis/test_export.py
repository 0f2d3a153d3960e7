"""coopsim export FILE --csv DIR: the tables as CSV, read back equal; staged writing; errors."""
import csv
import os
import subprocess

import numpy as np
import pandas as pd
import pytest

import coopsim_analysis as ca
from coopsim_analysis.export import export_csv


def _read_back(folder, name):
    return pd.read_csv(folder / f"{name}.csv", keep_default_na=False, na_values=[""],
                       float_precision="round_trip")


def test_run_tables_round_trip(tmp_path, caldono_run):
    run = ca.open_run(caldono_run)
    folder = tmp_path / "csv"
    written = export_csv(run, folder)
    assert written == [f"{t}.csv" for t in ca.runs.TABLES] + ["columns.csv", "about.csv"]
    assert sorted(os.listdir(folder)) == sorted(written)   # nothing else, no temporary files
    for name in ca.runs.TABLES:
        original, back = run.table(name), _read_back(folder, name)
        assert list(back.columns) == list(original.columns), name
        assert len(back) == len(original), name
        for column in original.columns:
            if original[column].dtype == object:
                assert back[column].fillna("").astype(str).tolist() == \
                    original[column].fillna("").astype(str).tolist(), (name, column)
            else:   # full precision: the numbers come back bit for bit
                np.testing.assert_array_equal(back[column].to_numpy(float),
                                              original[column].to_numpy(float),
                                              err_msg=f"{name}.{column}")


def test_utf8_names_header_and_dictionary(tmp_path, caldono_run):
    folder = tmp_path / "csv"
    export_csv(ca.open_run(caldono_run), folder)
    text = (folder / "territory_years.csv").read_text(encoding="utf-8")
    assert text.startswith("year,dane_code,name,")
    assert "Popayán" in text and not text.startswith("\ufeff")
    dictionary = list(csv.DictReader(open(folder / "columns.csv", encoding="utf-8")))
    row = next(r for r in dictionary if r["table"] == "flows" and r["column"] == "amount_cop")
    assert row["unit"] == "COP" and row["description"] == "amount disbursed"
    about = dict(csv.reader(open(folder / "about.csv", encoding="utf-8")))
    assert about["scenario_name"] == "caldono" and about["kind"] == "run"
    assert about["created_utc"].endswith("Z") and about["created_utc"][4] == "-"   # ISO 8601
    assert about["first_year"] == "2008"


def test_bom_for_excel(tmp_path, classroom_run):
    folder = tmp_path / "csv"
    export_csv(ca.open_run(classroom_run), folder, tables=["flows"], bom=True)
    assert (folder / "flows.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert sorted(os.listdir(folder)) == ["about.csv", "columns.csv", "flows.csv"]


def test_sweep_tables(tmp_path, smoke_sweep):
    folder = tmp_path / "csv"
    export_csv(ca.open_sweep(smoke_sweep), folder)
    runs = _read_back(folder, "runs")
    assert len(runs) == 18 and {"lapse_rate", "SF1a", "territories_cop_total"} <= set(runs)
    assert len(_read_back(folder, "indicator_years")) == 18 * 16


def test_existing_folder_needs_force(tmp_path, classroom_run):
    run = ca.open_run(classroom_run)
    folder = tmp_path / "csv"
    folder.mkdir()
    (folder / "mine.txt").write_text("keep me")
    with pytest.raises(ca.InputError, match="exists; use --force"):
        export_csv(run, folder)
    assert os.listdir(folder) == ["mine.txt"]
    export_csv(run, folder, force=True)
    assert "mine.txt" not in os.listdir(folder)


def test_failure_leaves_nothing(tmp_path, classroom_run):
    with pytest.raises(ValueError, match="unknown table 'nonsense'"):
        export_csv(ca.open_run(classroom_run), tmp_path / "csv", tables=["flows", "nonsense"])
    assert os.listdir(tmp_path) == []


def test_through_the_coopsim_command(tmp_path, coopsim_bin, classroom_run):
    def export(*args):
        return subprocess.run([str(coopsim_bin), "export", *map(str, args)], capture_output=True,
                              text=True, timeout=120)
    done = export(classroom_run, "--csv", tmp_path / "out")
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "out" / "territory_years.csv").is_file()
    again = export(classroom_run, "--csv", tmp_path / "out")
    assert again.returncode == 2 and "exists; use --force" in again.stderr
    bad = tmp_path / "bad.h5"
    bad.write_bytes(b"\x89HDF\r\n\x1a\n" + b"\0" * 100)
    broken = export(bad, "--csv", tmp_path / "b")
    assert broken.returncode == 2 and "bad.h5" in broken.stderr
    assert not (tmp_path / "b").exists()
    unknown = export(classroom_run, "--csv", tmp_path / "c", "--table", "nope")
    assert unknown.returncode == 2 and "unknown table 'nope'" in unknown.stderr
    usage = export(classroom_run)
    assert usage.returncode == 2 and "--csv" in usage.stderr
