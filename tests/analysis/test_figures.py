"""Tests of coopsim_analysis.figures and coopsim_analysis.labels, on real coopsim files (the
session fixtures of conftest.py) and on hand-made tables with worked answers."""
import math
import pathlib
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

import numpy as np
import pandas as pd
import pytest
from matplotlib.collections import PathCollection, PolyCollection
from matplotlib.figure import Figure

from coopsim_analysis import figures, indicators, labels, open_run, open_sweep
from coopsim_analysis.numbers import number

REPO = pathlib.Path(__file__).resolve().parents[2]
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def caldono(caldono_run):
    return open_run(caldono_run)


@pytest.fixture(scope="module")
def classroom(classroom_run):
    return open_run(classroom_run)


@pytest.fixture(scope="module")
def smoke(smoke_sweep):
    return open_sweep(smoke_sweep)


@pytest.fixture(scope="module")
def kept(kept_sweep):
    sweep = open_sweep(kept_sweep)
    assert sweep.keeps_trajectories
    return sweep


def visible_axes(fig):
    return [ax for ax in fig.axes if ax.get_visible() and ax.axison]


def legend_texts(fig):
    legends = list(fig.legends) + [ax.get_legend() for ax in fig.axes if ax.get_legend()]
    return [t.get_text() for legend in legends for t in legend.get_texts()]


# ==================================================================== labels
def test_text_in_both_languages_and_fields():
    assert labels.text("indicator.territories_cop", "en") == "Cooperation to territories"
    assert labels.text("indicator.territories_cop", "es") == "Cooperación a los territorios"
    assert labels.text("legend.gini", "es", label="Base", gini="0,5") == "Base (Gini 0,5)"
    assert labels.check() == []


def test_unknown_key_and_language():
    with pytest.raises(KeyError, match="no.such.key"):
        labels.text("no.such.key", "en")
    with pytest.raises(ValueError, match="fr"):
        labels.text("axis.year", "fr")


def test_named_families():
    assert labels.route_name("official_national_agency", "es") == "Oficial vía APC"
    assert labels.route_name("south_south", "es") == "Sur-Sur"
    assert labels.donor_type_name("international_ngo", "es") == "ONG internacional"
    assert labels.category_name(0, "es") == "Especial"
    assert labels.category_name(3, "es") == "Categoría 3"
    assert labels.stage_name(1, "es") == "Exploratoria"
    assert labels.stage_name("none", "es") == "Ninguna"
    assert labels.indicator_name("route_twinning_cop", "es") == \
        "Cooperación por la ruta Hermanamiento"
    assert labels.route_name("a_new_route", "en") == "a new route"  # unknown: the raw name


def test_numbers_with_the_language_separators():
    assert number(1234567.5, "en", 1) == "1,234,567.5"
    assert number(1234567.5, "es", 1) == "1.234.567,5"
    assert number(-0.0001, "en") == "0"
    assert number(-1234.5, "es", 1) == "−1.234,5"
    assert number(float("nan"), "es") == "—"


def test_catalogue_knows_every_name_of_the_model():
    """The routes, donor types and stages of sim/scenario/enum_names.hpp, in the same order."""
    header = (REPO / "sim" / "scenario" / "enum_names.hpp").read_text()

    def names(enum):
        block = re.search(r"EnumNames<" + enum + r">\s*\{(.*?)\};", header, re.S).group(1)
        return tuple(re.findall(r'"([a-z_]+)"', block))

    assert names("Route") == labels.ROUTES
    assert names("DonorType") == labels.DONOR_TYPES
    assert names("StrategyStage") == labels.STAGES
    for family, values in (("route", labels.ROUTES), ("donor_type", labels.DONOR_TYPES),
                           ("stage", labels.STAGES), ("category", labels.CATEGORIES)):
        for value in values:
            assert labels.has(f"{family}.{value}")


def test_catalogue_knows_the_names_in_a_run_file(caldono):
    for route in caldono.routes()["name"]:
        assert labels.has(f"route.{route}")
    for donor_type in caldono.donors()["type"]:
        assert labels.has(f"donor_type.{donor_type}")


# ==================================================================== pure tables
def hand_territory_years():
    """Six territories over 2011-2013; changes of government in 2012 (and one in 2011, the
    first year, which has no year before)."""
    rows = [  # dane_code, year, stage, committee, government_changed
        (1, 2011, 1, 0, 0), (1, 2012, 0, 0, 1), (1, 2013, 0, 0, 0),  # exploring, lapses
        (2, 2011, 2, 1, 0), (2, 2012, 1, 1, 1), (2, 2013, 1, 1, 0),  # formal -> exploring
        (3, 2011, 1, 1, 0), (3, 2012, 1, 1, 1), (3, 2013, 1, 1, 0),  # exploring, kept
        (4, 2011, 0, 0, 0), (4, 2012, 1, 0, 1), (4, 2013, 1, 0, 0),  # no strategy before
        (5, 2011, 1, 0, 1), (5, 2012, 2, 0, 0), (5, 2013, 2, 0, 0),  # change in first year
        (6, 2011, 1, 0, 0), (6, 2012, 2, 0, 1), (6, 2013, 2, 0, 0),  # exploring -> formal
    ]
    return pd.DataFrame(rows, columns=["dane_code", "year", "stage", "committee",
                                       "government_changed"])


def test_strategy_survival_table_worked_example():
    table = figures.strategy_survival_table(hand_territory_years()).set_index("group")
    assert list(table.index) == ["all", "exploring", "formal", "no_committee", "committee"]
    # Counted changes: territories 1, 2, 3, 6. Survived: 2, 3, 6. Kept the stage: 3, 6.
    expected = {"all": (4, 3, 2), "exploring": (3, 2, 2), "formal": (1, 1, 0),
                "no_committee": (2, 1, 1), "committee": (2, 2, 1)}
    for group, (changes, survived, stage_kept) in expected.items():
        assert table.at[group, "changes"] == changes
        assert table.at[group, "survived"] == survived
        assert table.at[group, "share"] == pytest.approx(survived / changes)
        assert table.at[group, "kept_stage"] == stage_kept
    # Wilson 95 % interval of 3 of 4: [0.3006, 0.9544].
    assert table.at["all", "low"] == pytest.approx(0.3006, abs=1e-4)
    assert table.at["all", "high"] == pytest.approx(0.9544, abs=1e-4)


def test_strategy_survival_table_keeps_runs_apart():
    frame = pd.DataFrame({"run": [0, 0, 1, 1], "dane_code": [7, 7, 7, 7],
                          "year": [2011, 2012, 2011, 2012], "stage": [1, 0, 0, 1],
                          "committee": [0, 0, 0, 0], "government_changed": [0, 1, 0, 1]})
    table = figures.strategy_survival_table(frame).set_index("group")
    assert table.at["all", "changes"] == 1 and table.at["all", "survived"] == 0
    empty = figures.strategy_survival_table(frame.assign(stage=0)).set_index("group")
    assert empty.at["all", "changes"] == 0 and math.isnan(empty.at["all", "share"])


def test_per_inhabitant_table_by_hand(caldono):
    ty = caldono.territory_years()
    territories = caldono.territories().set_index("dane_code")
    years = len(caldono.years)
    table = figures.per_inhabitant_table(ty)
    for category in sorted(territories["category"].unique()):
        codes = territories.index[territories["category"] == category]
        total = ty.loc[ty["dane_code"].isin(codes), "cooperation_received_cop"].sum()
        population = territories.loc[codes, "population"].sum()
        assert table.at[category, "cop_per_inhabitant_year"] == pytest.approx(
            total / (population * years))
        assert table.at[category, "territories"] == len(codes)


# ==================================================================== figures
def test_trajectories_run_line_and_sweep_band(classroom, smoke):
    fig = figures.trajectories([("Run", classroom), ("Sweep", smoke)])
    assert isinstance(fig, Figure)
    (ax,) = fig.axes
    assert len(ax.lines) == 2
    assert sum(isinstance(c, PolyCollection) for c in ax.collections) == 2  # 5-95 and 25-75
    scale = 1e6  # classroom amounts are below 10 billion: COP millions
    assert "COP millions" in ax.get_ylabel()
    run_values = classroom.indicator_years()["territories_cop"].to_numpy()
    np.testing.assert_allclose(ax.lines[0].get_ydata(), run_values / scale)
    iy = smoke.indicator_years()
    median = iy.groupby("year")["territories_cop"].median().to_numpy()
    np.testing.assert_allclose(ax.lines[1].get_ydata(), median / scale)
    assert "Sweep: median of 18 runs" in legend_texts(fig)


def test_trajectories_of_selected_runs_and_bad_arguments(smoke):
    fig = figures.trajectories([("Point 0", smoke, [0, 1, 2])], indicator="strategies")
    assert "Point 0: median of 3 runs" in legend_texts(fig)
    with pytest.raises(ValueError, match="indicator"):
        figures.trajectories([("S", smoke)], indicator="no_such_indicator")
    with pytest.raises(ValueError, match="language"):
        figures.trajectories([("S", smoke)], lang="fr")


def test_key_trajectories_has_four_panels(caldono, smoke):
    fig = figures.key_trajectories([("Caldono", caldono), ("Smoke", smoke)], lang="es")
    axes = visible_axes(fig)
    assert len(axes) == 4
    assert [ax.get_title(loc="left") for ax in axes] == [
        labels.indicator_name(i, "es") for i in figures.KEY_INDICATORS]
    assert all(ax.get_xlabel() == "Año" for ax in axes)


def test_lorenz_curve_and_gini_in_the_legend(caldono, classroom, kept, smoke):
    fig = figures.lorenz([("Caldono", caldono), ("Classroom", classroom), ("Kept", kept),
                          ("Smoke", smoke)])
    (ax,) = fig.axes
    assert len(ax.lines) == 1 + 3  # the diagonal, then one curve per scenario with territories
    texts = legend_texts(fig)
    runs = [caldono, classroom, kept.trajectory(int(kept.ok_runs()[0]))]
    for text, run, line in zip(texts[1:], runs, ax.lines[1:]):
        totals = run.territory_years().groupby("dane_code")["cooperation_received_cop"].sum()
        gini = float(re.search(r"Gini ([0-9.]+)", text).group(1))
        assert gini == pytest.approx(indicators.gini(totals), abs=5e-4)
        assert line.get_ydata()[-1] == pytest.approx(1.0)
    assert texts[3].startswith("Kept, run 0")
    assert figures.lorenz([("Smoke", smoke)]) is None


def test_lorenz_year_range(caldono):
    fig = figures.lorenz([("Caldono", caldono)], year_range=(2008, 2011), lang="es")
    ty = caldono.territory_years()
    totals = ty[ty["year"] <= 2011].groupby("dane_code")["cooperation_received_cop"].sum()
    text = legend_texts(fig)[1]
    assert text == f"Caldono (Gini {number(indicators.gini(totals), 'es', 3)})"
    assert "2008–2011" in fig.axes[0].get_title(loc="left")
    assert fig.axes[0].get_title(loc="left").startswith("Concentración")


def test_per_inhabitant_by_category_bars(caldono, kept, smoke):
    fig = figures.per_inhabitant_by_category([("Caldono", caldono), ("Smoke", smoke),
                                              ("Kept", kept)], lang="es")
    (ax,) = fig.axes
    categories = sorted(set(caldono.territories()["category"]) | {
        c for r in kept.ok_runs() for c in kept.trajectory(int(r)).territories()["category"]})
    assert len(ax.patches) == 2 * len(categories)  # two scenarios; the smoke sweep is left out
    caldono_bars = [p.get_height() for p in ax.patches[:len(categories)]]
    expected = figures.per_inhabitant_table(caldono.territory_years())[
        "cop_per_inhabitant_year"].reindex(categories).fillna(0.0)
    np.testing.assert_allclose(caldono_bars, expected.to_numpy())
    kept_bars = [p.get_height() for p in ax.patches[len(categories):]]
    per_run = [figures.per_inhabitant_table(kept.trajectory(int(r)).territory_years())
               ["cop_per_inhabitant_year"] for r in kept.ok_runs()]
    np.testing.assert_allclose(
        kept_bars, pd.concat(per_run, axis=1).mean(axis=1).reindex(categories).fillna(0.0))
    assert ax.get_xlabel() == "Categoría fiscal (Ley 617 de 2000)"
    assert "Kept, media de 4 simulaciones" in legend_texts(fig)
    assert figures.per_inhabitant_by_category([("Smoke", smoke)]) is None


def test_flows_by_route_panels_and_totals(classroom, smoke):
    fig = figures.flows_by_route([("Run", classroom), ("Sweep", smoke)], lang="es")
    axes = visible_axes(fig)
    assert len(axes) == 2
    n_routes = classroom.routes().shape[0]
    for ax in axes:
        assert sum(isinstance(c, PolyCollection) for c in ax.collections) == n_routes
    texts = legend_texts(fig)
    assert "Oficial vía APC" in texts and "Convocatoria descentralizada" in texts
    run_top = classroom.route_years().groupby("year")["received_cop"].sum().max()
    iy = smoke.indicator_years()
    routes = [c for c in iy.columns if c.startswith("route_")]
    sweep_top = iy.groupby("year")[routes].mean().sum(axis=1).max()
    assert axes[0].get_ylim()[1] == pytest.approx(max(run_top, sweep_top) / 1e6 * 1.05)


def test_flows_by_donor_type(classroom, kept, smoke):
    fig = figures.flows_by_donor_type([("Run", classroom), ("Smoke", smoke), ("Kept", kept)])
    axes = visible_axes(fig)
    assert len(axes) == 2  # the smoke sweep keeps no trajectories
    dy = classroom.donor_years()
    assert sum(isinstance(c, PolyCollection) for c in axes[0].collections) == \
        dy["type"].nunique()
    run_top = dy.groupby("year")["disbursed_cop"].sum().max()
    kept_top = pd.concat([kept.trajectory(int(r)).donor_years() for r in kept.ok_runs()]) \
        .groupby("year")["disbursed_cop"].sum().max() / len(kept.ok_runs())
    assert axes[0].get_ylim()[1] == pytest.approx(max(run_top, kept_top) / 1e6 * 1.05)
    assert {labels.donor_type_name(t) for t in dy["type"]} <= set(legend_texts(fig))
    assert figures.flows_by_donor_type([("Smoke", smoke)]) is None


def test_articulation_vs_cooperation_points(caldono, smoke):
    fig = figures.articulation_vs_cooperation([("Caldono", caldono), ("Smoke", smoke)])
    (ax,) = visible_axes(fig)
    points = np.vstack([c.get_offsets() for c in ax.collections
                        if isinstance(c, PathCollection)])
    ty = caldono.territory_years()
    by = ty.groupby("dane_code")
    x = by["articulation"].mean()
    y = by["cooperation_received_cop"].sum() / (by["population"].first() * len(caldono.years))
    expected = np.column_stack([x.to_numpy(), y.to_numpy()])
    order = lambda a: a[np.lexsort((a[:, 1], a[:, 0]))]  # noqa: E731
    np.testing.assert_allclose(order(points), order(expected))
    n_categories = caldono.territories()["category"].nunique()
    assert sum(isinstance(c, PathCollection) for c in ax.collections) == n_categories
    assert ax.get_yscale() == "symlog"
    assert figures.articulation_vs_cooperation([("Smoke", smoke)]) is None


def test_strategy_survival_figure(caldono, kept, smoke):
    fig = figures.strategy_survival([("Caldono", caldono), ("Smoke", smoke), ("Kept", kept)],
                                    lang="es")
    (ax,) = fig.axes
    assert len(ax.patches) == 2 * 5 * 2  # two scenarios, five groups, light and dark bars
    table = figures.strategy_survival_table(caldono.territory_years())
    light, dark = ax.patches[0:5], ax.patches[5:10]
    np.testing.assert_allclose([p.get_height() for p in light],
                               np.nan_to_num(table["share"].to_numpy() * 100))
    np.testing.assert_allclose([p.get_height() for p in dark],
                               np.nan_to_num(table["kept_stage_share"].to_numpy() * 100))
    ticks = [t.get_text().replace("\n", " ") for t in ax.get_xticklabels()]
    assert ticks == ["Todas", "Exploratoria", "Formal", "Sin comité", "Con comité"]
    assert "Kept, 4 simulaciones agregadas" in legend_texts(fig)
    assert figures.strategy_survival([("Smoke", smoke)]) is None


# ==================================================================== files
def test_draw_all_writes_valid_reproducible_files(tmp_path, caldono, kept):
    scenarios = [("Caldono", caldono), ("Kept", kept)]
    first = figures.draw_all(scenarios, tmp_path / "a", lang="es")
    names = [name for name, _ in figures.FIGURES]
    assert [pathlib.Path(p).name for p in first] == [
        f"{name}.{fmt}" for name in names for fmt in ("png", "svg")]
    for path in map(pathlib.Path, first):
        if path.suffix == ".png":
            assert path.read_bytes()[:8] == PNG_SIGNATURE
        else:
            root = ET.parse(path).getroot()
            assert root.tag == "{http://www.w3.org/2000/svg}svg"
            assert b"<text" not in path.read_bytes()  # text drawn as paths: no fonts needed
    again = figures.draw_all(scenarios, tmp_path / "b", lang="es", formats=("svg",))
    for path in again:
        twin = tmp_path / "a" / pathlib.Path(path).name
        assert pathlib.Path(path).read_bytes() == twin.read_bytes()


def test_draw_all_skips_what_a_summary_sweep_cannot_draw(tmp_path, smoke):
    written = figures.draw_all([("Smoke", smoke)], tmp_path, formats=("svg",))
    assert [pathlib.Path(p).stem for p in written] == [
        "trajectories", "key_trajectories", "flows_by_route"]


def test_figures_leave_pyplot_alone():
    code = ("import sys; sys.path.insert(0, %r)\n"
            "from coopsim_analysis import figures\n"
            "assert 'matplotlib.pyplot' not in sys.modules\n") % str(REPO / "analysis")
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def test_every_figure_has_a_caption_and_svg_text_is_stable(caldono):
    for name, _ in figures.FIGURES:
        assert figures.caption(name, "en") and figures.caption(name, "es")
    assert "Lorenz" in figures.caption("lorenz", "es")
    fig = figures.lorenz([("Caldono", caldono)])
    first, second = figures.svg_text(fig), figures.svg_text(fig)
    assert first == second and first.startswith("<?xml")
    assert ET.fromstring(first.encode()).tag == "{http://www.w3.org/2000/svg}svg"


def test_figures_command(tmp_path, coopsim_bin, classroom_run, smoke_sweep):
    """coopsim figures: every figure of a run, only the indicator figures of a sweep without
    trajectories; bad options exit 2 and write nothing."""
    def figures_command(*args):
        return subprocess.run([str(coopsim_bin), "figures", *map(str, args)],
                              capture_output=True, text=True, timeout=300)
    done = figures_command(classroom_run, "--out", tmp_path / "run", "--format", "svg")
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in (tmp_path / "run").iterdir()) == sorted(
        f"{name}.svg" for name, _ in figures.FIGURES)
    sweep = figures_command(smoke_sweep, "--out", tmp_path / "sweep", "--lang", "es")
    assert sweep.returncode == 0, sweep.stderr
    assert sorted(p.name for p in (tmp_path / "sweep").iterdir()) == sorted(
        f"{name}.{fmt}" for name in ("trajectories", "key_trajectories", "flows_by_route")
        for fmt in ("png", "svg"))
    bad = figures_command(classroom_run, "--out", tmp_path / "bad", "--format", "png,gif")
    assert bad.returncode == 2 and "--format: got 'png,gif'" in bad.stderr
    labels_ = figures_command(classroom_run, "--out", tmp_path / "bad", "--label", "a",
                              "--label", "b")
    assert labels_.returncode == 2 and "--label: 2 names for 1 files" in labels_.stderr
    exists = figures_command(classroom_run, "--out", tmp_path / "run")
    assert exists.returncode == 2 and "exists; use --force" in exists.stderr
    assert not (tmp_path / "bad").exists()


def test_wilson_interval_holds_the_share():
    """All-survived groups (formal strategies always survive) give share 1: the interval must
    end at 1, not a rounding hair below it (which made matplotlib refuse negative error bars)."""
    for n in range(1, 60):
        low, high = figures._wilson(n, n)
        assert high == 1.0 and 0 < low < 1
        low, high = figures._wilson(0, n)
        assert low == 0.0 and 0 < high < 1
    low, high = figures._wilson(5, 10)
    assert low == pytest.approx(0.2366, abs=1e-4) and high == pytest.approx(0.7634, abs=1e-4)


@pytest.mark.parametrize("dataset, figure", [
    ("territories/government_changed", figures.strategy_survival),
    ("territories/committee", figures.strategy_survival),
    ("territories/articulation", figures.articulation_vs_cooperation),
    ("donors/disbursed_cop", figures.flows_by_donor_type)])
def test_a_column_a_figure_needs_is_named(tmp_path, classroom_run, dataset, figure):
    """A yearly column missing from a file (another minor version) is left out of its table; a
    figure that draws it says which is missing, as an InputError (exit 2 in coopsim figures)."""
    from coopsim_analysis import InputError
    from conftest import edited_copy
    path = edited_copy(classroom_run, tmp_path / "damaged.h5", lambda f: f.__delitem__(dataset))
    with pytest.raises(InputError, match=rf"damaged\.h5: /{dataset}: missing"):
        figure([("damaged", open_run(path))])
