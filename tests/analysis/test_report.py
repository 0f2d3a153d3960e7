"""coopsim report: one self-contained page, in Spanish or English, that renders its charts in
headless Chromium without console errors and reaches for nothing on the network."""
import re
import subprocess

import pytest

import coopsim_analysis as ca
from coopsim_analysis import ensembles, report

import browser
from conftest import HERE, edited_copy


@pytest.fixture(scope="module")
def replications(tmp_path_factory, coopsim_bin):
    """Sweeps of 12 seeds of the classroom base and of its committee what-if."""
    folder = tmp_path_factory.mktemp("replications")
    out = {}
    for name in ("base", "committee"):
        path = folder / f"{name}.h5"
        subprocess.run([str(coopsim_bin), "sweep", str(HERE / f"replications-{name}.json"),
                        "--out", str(path), "--quiet"], check=True, timeout=600)
        out[name] = path
    return out


def _report(coopsim_bin, *args):
    return subprocess.run([str(coopsim_bin), "report", *map(str, args)], capture_output=True,
                          text=True, timeout=600)


def _text(page):
    """The page's visible text, tags removed."""
    body = re.sub(r"<(script|style|svg)\b.*?</\1>", " ", page, flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", body))


@pytest.mark.parametrize("lang", ["es", "en"])
def test_done_when_page_renders_offline_without_errors(tmp_path, coopsim_bin, classroom_run,
                                                       classroom_committee_run, lang):
    """The issue's check: `coopsim report a.h5 --compare b.h5 --lang es|en --out r.html`."""
    out = tmp_path / f"r-{lang}.html"
    done = _report(coopsim_bin, classroom_run, "--compare", classroom_committee_run, "--lang",
                   lang, "--out", out)
    assert done.returncode == 0, done.stderr
    page = out.read_text(encoding="utf-8")
    assert browser.network_references(page) == []
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)=", page)   # all inline
    reason = browser.skip_reason()
    if reason:
        pytest.skip(reason)
    seen = browser.render(out, settle=2.0)
    assert seen.errors == []
    assert seen.remote_urls == []
    assert seen.lang == lang
    assert len(seen.charts) >= 6
    for chart in seen.charts:
        assert chart.width > 300 and chart.height > 150, chart
        assert chart.elements > 20, chart
    words = {"es": ("Lectura", "Cooperación a los territorios", "Medidas clave"),
             "en": ("Reading", "Cooperation to territories", "Key measures")}[lang]
    text = _text(page)
    for word in words:
        assert word in text
    assert seen.title.startswith({"es": "Informe de coopsim", "en": "coopsim report"}[lang])


def test_single_runs_differences_have_no_interval(classroom_run, classroom_committee_run):
    base, other = ca.open_run(classroom_run), ca.open_run(classroom_committee_run)
    page = report.build_page([("base", base), ("committee", other)], "en")
    text = _text(page)
    a = ensembles.period_metrics(base)["territories_cop"].item()
    b = ensembles.period_metrics(other)["territories_cop"].item()
    assert f"{100 * (b - a) / a:.1f} % {'more' if b > a else 'less'} cooperation" in text
    assert "no interval" in text and "Both inputs are single runs" in text
    assert f"COP {a / 1e6:,.1f} million" in text


def test_sweeps_get_bootstrap_intervals(replications):
    base, other = ca.open_sweep(replications["base"]), ca.open_sweep(replications["committee"])
    rows = report.compare_metrics(ensembles.period_metrics(base), ensembles.period_metrics(other))
    main = next(r for r in rows if r["measure"] == "territories_cop")
    assert main["n_a"] == 12 and main["n_b"] == 12
    assert main["low"] < main["difference"] < main["high"]
    page = report.build_page([("base", base), ("committee", other)], "es")
    text = _text(page)
    assert "intervalo del 95 %" in text and "(Medias de 12 corridas.)" in text
    verdict = "una diferencia clara" if report.clear(main) else "incluye la ausencia"
    assert verdict in text
    assert "Ambas entradas son corridas únicas" not in text
    # the band of the runs is shown in the key measures: [p5 – p95]
    assert re.search(r"\[[0-9.,]+ – [0-9.,]+\]", text)


def test_numbers_follow_the_language(classroom_run):
    run = ca.open_run(classroom_run)
    total = ensembles.period_metrics(run)["territories_cop"].item() / 1e6
    es = _text(report.build_page([("a", run)], "es"))
    en = _text(report.build_page([("a", run)], "en"))
    assert f"{total:,.1f}".replace(",", "_").replace(".", ",").replace("_", ".") in es
    assert f"{total:,.1f}" in en


def test_years_limit_the_key_measures(classroom_run):
    run = ca.open_run(classroom_run)
    page = report.build_page([("a", run)], "en", years=(2012, 2015))
    assert "Key measures, 2012–2015" in _text(page)
    iy = run.indicator_years()
    total = iy[iy["year"].between(2012, 2015)]["territories_cop"].sum() / 1e6
    assert f"COP {total:,.1f} million" in _text(page)


def test_bad_inputs_exit_2_and_write_nothing(tmp_path, coopsim_bin, classroom_run):
    out = tmp_path / "r.html"
    missing = _report(coopsim_bin, tmp_path / "nope.h5", "--out", out)
    assert missing.returncode == 2 and "nope.h5: no such file" in missing.stderr
    corrupt = tmp_path / "corrupt.h5"
    corrupt.write_bytes(classroom_run.read_bytes()[:5000])
    broken = _report(coopsim_bin, classroom_run, "--compare", corrupt, "--out", out)
    assert broken.returncode == 2 and "corrupt.h5" in broken.stderr
    language = _report(coopsim_bin, classroom_run, "--lang", "fr", "--out", out)
    assert language.returncode == 2 and "--lang" in language.stderr
    assert list(tmp_path.iterdir()) == [corrupt]   # no page, no temporary file
    out.write_text("mine")
    exists = _report(coopsim_bin, classroom_run, "--out", out)
    assert exists.returncode == 2 and "exists; use --force" in exists.stderr
    assert out.read_text() == "mine"
    assert _report(coopsim_bin, classroom_run, "--out", out, "--force").returncode == 0
    assert out.read_text().startswith("<!DOCTYPE html>")


def test_a_sweep_of_several_points_is_said_to_be_pooled(smoke_sweep, classroom_run):
    page = report.build_page([("smoke", ca.open_sweep(smoke_sweep)),
                              ("run", ca.open_run(classroom_run))], "en")
    assert "sweep of 6 design points × 3 replications, pooled" in _text(page)
    assert "single run" in _text(page)


def test_years_outside_the_file_or_reversed_are_refused(tmp_path, coopsim_bin, classroom_run):
    out = tmp_path / "r.html"
    outside = _report(coopsim_bin, classroom_run, "--years", "2050-2060", "--out", out)
    assert outside.returncode == 2
    assert "--years: 2050-2060 is outside the file's years 2010-2025" in outside.stderr
    reversed_ = _report(coopsim_bin, classroom_run, "--years", "2020-2012", "--out", out)
    assert reversed_.returncode == 2 and "the first year is after the last" in reversed_.stderr
    assert not out.exists()


def test_a_file_without_a_needed_column_exits_2(tmp_path, coopsim_bin, classroom_run):
    damaged = edited_copy(classroom_run, tmp_path / "nostage.h5",
                          lambda f: f.__delitem__("territories/stage"))
    done = _report(coopsim_bin, damaged, "--out", tmp_path / "r.html")
    assert done.returncode == 2
    assert "nostage.h5: /territories/stage: missing" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_run_where_no_cooperation_arrives(tmp_path, coopsim_bin, classroom_run):
    """Donors without budgets: no flows, no projects, no Gini; the page still says what happened
    and compares, without a sentence about concentration."""
    zero = tmp_path / "zero.h5"
    subprocess.run([str(coopsim_bin), "run", str(HERE.parents[1] / "scenarios" / "classroom" /
                    "base.json"), "--set", "donors/*/budget_usd=0", "--out", str(zero), "-q"],
                   check=True, timeout=120)
    page = report.build_page([("none", ca.open_run(zero)), ("base", ca.open_run(classroom_run))],
                             "en")
    text = _text(page)
    assert "In none, no international cooperation reached the territories in 2010–2025." in text
    assert "Gini coefficient" not in text.split("Scenarios compared")[0]
    assert "more cooperation than none" in text and "— more" not in text


def test_compared_files_must_cover_the_period(tmp_path, coopsim_bin, caldono_run,
                                              classroom_run):
    """caldono runs 2008-2027, the classroom 2010-2025: summed over different years, the
    measures would not compare, so the report refuses unless --years fits both."""
    out = tmp_path / "r.html"
    done = _report(coopsim_bin, caldono_run, "--compare", classroom_run, "--out", out)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "--years: covers 2010-2025 only, not the report's period 2008-2027" in done.stderr
    assert not out.exists()
    done = _report(coopsim_bin, caldono_run, "--compare", classroom_run, "--years", "2010-2025",
                   "--out", out)
    assert done.returncode == 0, done.stderr
    assert "Key measures, 2010–2025" in _text(out.read_text(encoding="utf-8"))


def test_a_sweep_with_failed_runs_is_its_ok_runs(failed_sweep, classroom_run):
    page = report.build_page([("failing", ca.open_sweep(failed_sweep)),
                              ("run", ca.open_run(classroom_run))], "en")
    assert "(Means of 6 runs.)" in _text(page)


def test_a_sweep_whose_runs_all_failed_exits_2(tmp_path, coopsim_bin, failed_sweep,
                                               classroom_run):
    def fail_all(f):
        f["design/status"][...] = ["failed"] * len(f["runs"])
    failed = edited_copy(failed_sweep, tmp_path / "allfailed.h5", fail_all)
    out = tmp_path / "r.html"
    for args in ([failed], [classroom_run, "--compare", failed]):
        done = _report(coopsim_bin, *args, "--out", out)
        assert done.returncode == 2 and "Traceback" not in done.stderr
        assert "allfailed.h5: /design/status: no run succeeded (8 failed" in done.stderr
    assert not out.exists()


def test_out_that_is_a_folder_exits_2(tmp_path, coopsim_bin, classroom_run):
    folder = tmp_path / "folder"
    folder.mkdir()
    done = _report(coopsim_bin, classroom_run, "--out", folder, "--force")
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "folder: is a folder; expected the path of a file" in done.stderr
    assert folder.is_dir() and list(tmp_path.iterdir()) == [folder]
