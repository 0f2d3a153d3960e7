"""Publication figures of runs and sweeps, in English or Spanish (matplotlib, no pyplot).

    from coopsim_analysis import open_run, open_sweep, figures
    base, sweep = open_run("base.h5"), open_sweep("h5.h5")
    fig = figures.trajectories([("Base", base), ("Training", sweep)], lang="es")
    figures.save(fig, "trajectories.svg")
    figures.draw_all([("Base", base)], "figures/", lang="en")   # every figure that applies

**Scenarios.** Every figure function takes a list of scenarios, each a pair ``(label, source)``
where source is a Run, a Sweep or the path of either; a triple ``(label, sweep, run_ids)``
restricts a sweep to those runs (one design point, say). Scenarios are drawn in the order given,
in the colours of ``SCENARIO_COLOURS``; figures with one panel per scenario draw the first
``MAX_PANELS`` (4) that have what the figure needs.

**Sweeps.** Indicators of /summaries (``trajectories``, ``key_trajectories``,
``flows_by_route``) come from every run of the sweep whose status is ``ok``. Figures that need
territories, donors or government changes read the sweep's kept trajectory files (experiments
with ``"keep": "trajectories"``), at most the first ``max_runs`` (``MAX_KEPT_RUNS``, 10) ok
runs in run order; a sweep without kept trajectories is left out of those figures, and a
figure that is left with no scenario returns None. Each docstring says which.

**Files.** ``save`` and ``draw_all`` write PNG at 200 dpi and SVG with the text as paths (so
an SVG renders the same without the fonts) and without dates, with a fixed ``svg.hashsalt``:
the same inputs give byte-identical files. All figures are built from ``matplotlib.figure.Figure``
without pyplot, so nothing is left open and no global figure state is touched; the style is
applied with ``matplotlib.rc_context(STYLE)`` while a figure is built and while it is saved.
"""
import io
import math
import os
import re
import textwrap
import warnings

import numpy as np
import pandas as pd
from cycler import cycler
from matplotlib import rc_context, ticker
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from .numbers import number
from . import ensembles, indicators, labels, tables
from .runs import Run
from .sweeps import Sweep, known_indicator

# Okabe & Ito (2008), the colour-blind-safe palette.
OKABE_ITO = {"black": "#000000", "orange": "#E69F00", "sky_blue": "#56B4E9",
             "bluish_green": "#009E73", "yellow": "#F0E442", "blue": "#0072B2",
             "vermillion": "#D55E00", "reddish_purple": "#CC79A7"}
SCENARIO_COLOURS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000")
# Seven areas (routes, donor types) in a stack: every Okabe-Ito colour but black.
STACK_COLOURS = ("#0072B2", "#E69F00", "#56B4E9", "#009E73", "#F0E442", "#D55E00", "#CC79A7")
# Fiscal categories 0 (special) … 6, from cool to warm in Okabe-Ito colours: the many small
# municipalities of category 6 in vermillion, which stays visible on white.
CATEGORY_COLOURS = ("#000000", "#0072B2", "#56B4E9", "#009E73", "#F0E442", "#E69F00", "#D55E00")
BAND_GREY = "#7f7f7f"

FIGSIZE = (7.0, 4.2)
DPI = 200
MAX_PANELS = 4
MAX_KEPT_RUNS = 10
SVG_SALT = "coopsim-analysis"

STYLE = {
    "figure.figsize": FIGSIZE,
    "figure.dpi": 100,
    "savefig.dpi": DPI,
    "font.family": "DejaVu Sans",
    "font.size": 9,
    "axes.titlesize": 10,
    "axes.titlelocation": "left",
    "axes.labelsize": 9,
    "xtick.labelsize": 8,
    "ytick.labelsize": 8,
    "legend.fontsize": 8,
    "legend.title_fontsize": 8,
    "legend.frameon": False,
    "figure.titlesize": 11,
    "figure.titleweight": "bold",
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "axes.grid.axis": "y",
    "axes.axisbelow": True,
    "grid.color": "#dddddd",
    "grid.linewidth": 0.6,
    "axes.prop_cycle": cycler(color=SCENARIO_COLOURS),
    "lines.linewidth": 1.6,
    "svg.fonttype": "path",
    "svg.hashsalt": SVG_SALT,
    "pdf.fonttype": 42,
}
# Metadata that keeps the files the same from one day to the next.
SAVE_METADATA = {"svg": {"Date": None}, "png": {"Software": None}, "pdf": {"CreationDate": None}}

# Unit shown on the axis of each count-like indicator (amounts are scaled; see _amount_unit).
_INDICATOR_UNITS = {"gini_territories": "unit.index", "category_5_6_share": "unit.share",
                    "strategies": "unit.territories", "formal_strategies": "unit.territories",
                    "committees": "unit.territories", "proposals": "unit.proposals",
                    "active_projects": "unit.projects"}
_COUNT_UNITS = {"unit.territories", "unit.proposals", "unit.projects"}
KEY_INDICATORS = ("territories_cop", "gini_territories", "strategies", "committees")
SURVIVAL_GROUPS = ("all", "exploring", "formal", "no_committee", "committee")


def style():
    """The figures' style as a context manager: ``with figures.style(): ...``."""
    return rc_context(STYLE)


# ================================================================ scenarios and their data
class _Scenario:
    """One (label, source[, run ids]) of the caller, with the data access the figures share."""

    def __init__(self, entry, index):
        if not isinstance(entry, (tuple, list)) or len(entry) not in (2, 3):
            raise ValueError(f"scenario {index}: expected (label, run or sweep[, run ids]), "
                             f"got {entry!r}")
        self.label = str(entry[0])
        source = entry[1]
        if isinstance(source, (str, os.PathLike)):
            from . import open_any
            source = open_any(source)
        if not isinstance(source, (Run, Sweep)):
            raise ValueError(f"scenario {self.label!r}: expected a Run, a Sweep or a path, got "
                             f"{type(source).__name__}")
        self.source = source
        self.selected = None if len(entry) == 2 else {int(r) for r in entry[2]}
        self.colour = SCENARIO_COLOURS[index % len(SCENARIO_COLOURS)]

    @property
    def is_sweep(self):
        return isinstance(self.source, Sweep)

    def ok_runs(self):
        """Run ids of a sweep whose status is ok (and, if given, that were selected)."""
        return [int(r) for r in self.source.ok_runs()
                if self.selected is None or r in self.selected]

    def indicator_years(self):
        """One row per (run, year) with the indicators (ensembles.indicator_years: a Run is run
        0, a sweep its ok runs), of a sweep's selected runs if given."""
        frame = ensembles.indicator_years(self.source)
        if self.selected is None or not self.is_sweep:
            return frame
        return frame[frame["run"].isin(self.selected)]

    def kept_runs(self, max_runs=MAX_KEPT_RUNS):
        """[(run id or None, Run)]: the Run itself, or a sweep's kept trajectories of its first
        ``max_runs`` ok runs; [] for a sweep without kept trajectories."""
        if not self.is_sweep:
            return [(None, self.source)]
        if not self.source.keeps_trajectories:
            return []
        return [(r, self.source.trajectory(r)) for r in self.ok_runs()[:max_runs]]

    def one_run_label(self, run_id, lang):
        if run_id is None:
            return self.label
        return labels.text("legend.run_of", lang, label=self.label, run=run_id)

    def mean_label(self, n, lang):
        if not self.is_sweep:
            return self.label
        return labels.text("legend.mean_of_runs", lang, label=self.label, n=n)


def _scenarios(scenarios):
    if isinstance(scenarios, tuple) and len(scenarios) in (2, 3) and isinstance(scenarios[0], str):
        scenarios = [scenarios]  # one scenario given without its list
    return [_Scenario(entry, i) for i, entry in enumerate(scenarios)]


# ================================================================ pure tables behind the figures
def per_inhabitant_table(territory_years, year_range=None):
    """Cooperation per inhabitant by fiscal category: one row per category present (index
    ``category``), with ``territories``, ``population`` (inhabitants), ``years``,
    ``received_cop`` (total over the years) and ``cop_per_inhabitant_year`` = received_cop /
    (population × years), COP per inhabitant per year averaged over the years. Population is a
    fixed attribute of a territory, so this is the sum over the rows of
    cooperation_received_cop divided by the sum over the rows of population."""
    ty = _in_years(territory_years, year_range)
    years = ty["year"].nunique()
    by = ty.groupby("category", sort=True)
    table = pd.DataFrame({
        "territories": by["dane_code"].nunique(),
        "population": by["population"].sum() / max(years, 1),
        "years": years,
        "received_cop": by["cooperation_received_cop"].sum(),
    })
    table["cop_per_inhabitant_year"] = (table["received_cop"]
                                        / by["population"].sum().where(lambda p: p > 0))
    table.index = table.index.astype(int)
    table.attrs["units"] = {"territories": "1", "population": "inhabitants", "years": "years",
                            "received_cop": "COP", "cop_per_inhabitant_year":
                                "COP/(inhabitant·year)"}
    return table


def territory_table(territory_years, year_range=None):
    """One row per territory (index ``dane_code``): category, population, ``articulation``
    (its mean over the years), ``received_cop`` (total) and ``cop_per_inhabitant_year`` =
    received_cop / (population × years)."""
    ty = _in_years(territory_years, year_range)
    by = ty.groupby("dane_code", sort=True)
    table = pd.DataFrame({
        "category": by["category"].first().astype(int),
        "population": by["population"].first(),
        "years": by["year"].nunique(),
        "articulation": by["articulation"].mean(),
        "received_cop": by["cooperation_received_cop"].sum(),
    })
    people_years = (table["population"] * table["years"]).where(lambda p: p > 0)
    table["cop_per_inhabitant_year"] = table["received_cop"] / people_years
    return table


def strategy_survival_table(territory_years):
    """Survival of strategies across changes of government.

    A *change* is a row with ``government_changed`` == 1 whose territory had a strategy
    (``stage`` ≥ 1) at the end of the year before (the row of year − 1 of the same territory,
    and of the same ``run`` when the frame has a run column; a change in a territory's first
    year, with no year before, is not counted). The strategy *survived* when the territory
    still has one (``stage`` ≥ 1) at the end of the year of the change; it *kept its stage*
    when the stage did not fall. In the model a strategy can lapse only at a change of
    government, by one level (formal → exploring, exploring → none; docs/MODEL.md §7.7), so a
    formal strategy always survives in this sense and may only fall to exploring.

    Returns one row per group, in this order: ``all`` changes; by the stage the year before,
    ``exploring`` (1) and ``formal`` (2); by the committee the year before, ``no_committee``
    (0) and ``committee`` (1). Columns: group, changes, survived, share (survived / changes,
    NaN for no change), low and high (its 95 % Wilson interval), kept_stage and
    kept_stage_share."""
    needed = ["year", "dane_code", "stage", "committee", "government_changed"]
    missing = [c for c in needed if c not in territory_years.columns]
    if missing:
        raise ValueError(f"territory_years lacks the columns {', '.join(missing)}")
    keys = ["run", "dane_code"] if "run" in territory_years.columns else ["dane_code"]
    now = territory_years[keys + ["year", "stage", "committee", "government_changed"]]
    before = now[keys + ["year", "stage", "committee"]].copy()
    before["year"] = before["year"] + 1
    pairs = now.merge(before, on=keys + ["year"], suffixes=("", "_before"), how="inner")
    changes = pairs[(pairs["government_changed"] == 1) & (pairs["stage_before"] >= 1)]
    survived = changes["stage"] >= 1
    kept = changes["stage"] >= changes["stage_before"]
    masks = {"all": np.ones(len(changes), dtype=bool),
             "exploring": (changes["stage_before"] == 1).to_numpy(),
             "formal": (changes["stage_before"] >= 2).to_numpy(),
             "no_committee": (changes["committee_before"] == 0).to_numpy(),
             "committee": (changes["committee_before"] != 0).to_numpy()}
    rows = []
    for group in SURVIVAL_GROUPS:
        mask = masks[group]
        n, k, s = int(mask.sum()), int(survived.to_numpy()[mask].sum()), int(
            kept.to_numpy()[mask].sum())
        low, high = _wilson(k, n)
        rows.append({"group": group, "changes": n, "survived": k,
                     "share": k / n if n else float("nan"), "low": low, "high": high,
                     "kept_stage": s, "kept_stage_share": s / n if n else float("nan")})
    return pd.DataFrame(rows)


def _wilson(k, n, z=1.959963984540054):
    """95 % Wilson score interval of k successes in n trials; (NaN, NaN) for n = 0."""
    if n == 0:
        return float("nan"), float("nan")
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    # The interval always holds p; rounding may put a bound a hair inside it when p is 0 or 1.
    return min(p, max(0.0, centre - half)), max(p, min(1.0, centre + half))


def _territory_years(run, columns):
    """``run.territory_years()``, or an InputError naming the first of ``columns`` it lacks."""
    return tables.require_columns(run.path, run.territory_years(), "territories", columns)


def _in_years(frame, year_range):
    if year_range is None:
        return frame
    first, last = year_range
    return frame[(frame["year"] >= first) & (frame["year"] <= last)]


# ================================================================ axes helpers
class NumberFormatter(ticker.Formatter):
    """Tick labels ``value / scale`` with the language's separators (1,500.5 / 1.500,5), with
    as few decimals as the ticks need; ``percent``: shares as 0–100 %."""

    def __init__(self, lang="en", scale=1.0, percent=False):
        self.lang, self.scale, self.percent = lang, scale, percent
        self.decimals = 0

    def _values(self, values):
        factor = 100.0 if self.percent else 1.0
        return np.asarray(values, dtype=float) * factor / self.scale

    def format_ticks(self, values):
        scaled = self._values(values)
        finite = scaled[np.isfinite(scaled)]
        self.decimals = 0
        for decimals in range(7):
            if np.all(np.abs(np.round(finite, decimals) - finite)
                      <= 1e-9 * np.maximum(1.0, np.abs(finite))):
                self.decimals = decimals
                break
        else:
            self.decimals = 6
        return [self(v) for v in values]

    def __call__(self, x, pos=None):
        written = number(float(self._values([x])[0]), self.lang, self.decimals)
        if self.percent:
            written += " %" if self.lang == "es" else "%"
        return written


def _year_axis(ax, lang):
    ax.xaxis.set_major_locator(ticker.MaxNLocator(nbins="auto", integer=True,
                                                  steps=[1, 2, 5, 10]))
    ax.xaxis.set_major_formatter(ticker.FuncFormatter(lambda v, pos: f"{int(round(v))}"))
    ax.set_xlabel(labels.text("axis.year", lang))


def _amount_unit(maximum, currency, lang):
    """(scale, unit text): millions, or billions (thousands of millions) from 10 billion."""
    currency = currency.lower()
    if np.isfinite(maximum) and maximum >= 1e10:
        return 1e9, labels.text(f"unit.{currency}_billions", lang)
    return 1e6, labels.text(f"unit.{currency}_millions", lang)


def _figure(panels=1, figsize=None, sharey=False, sharex=False):
    """A constrained-layout Figure with ``panels`` axes (1, 1×2 or 2×2), as a flat list; with
    three panels the fourth slot stays hidden for the legend (``_panel_legend``)."""
    if panels <= 1:
        fig = Figure(figsize=figsize or FIGSIZE, layout="constrained")
        return fig, [fig.add_subplot()]
    rows, cols = (1, 2) if panels == 2 else (2, 2)
    height = FIGSIZE[1] if rows == 1 else 6.0
    fig = Figure(figsize=figsize or (FIGSIZE[0], height), layout="constrained")
    axes = fig.subplots(rows, cols, sharey=sharey, sharex=sharex, squeeze=False).ravel().tolist()
    for ax in axes[panels:]:
        ax.set_visible(False)
    return fig, axes[:panels]


def _legend_right(ax, handles, title=None):
    """Legend outside the axes, on its right (constrained layout makes room for it)."""
    return ax.legend(handles=handles, title=title, loc="upper left", bbox_to_anchor=(1.02, 1.0),
                     borderaxespad=0.0, alignment="left")


def _panel_legend(fig, axes, handles, title=None):
    """The one legend of a figure of panels: right of a single panel; in the empty fourth slot
    of three panels; below two or four panels (the layout leaves room for it)."""
    if len(axes) == 1:
        return _legend_right(axes[0], handles, title)
    if len(axes) == 3:
        spare = [ax for ax in fig.axes if not ax.get_visible()][0]
        spare.set_visible(True)
        spare.set_axis_off()
        return spare.legend(handles=handles, title=title, loc="center left", alignment="left")
    columns = min(len(handles), 4)
    rows = math.ceil(len(handles) / columns) + (1 if title else 0)
    legend = fig.legend(handles=handles, title=title, loc="lower center", ncol=columns,
                        bbox_to_anchor=(0.5, 0.0))
    bottom = (0.15 + 0.17 * rows) / fig.get_figheight()
    fig.get_layout_engine().set(rect=(0, bottom, 1, 1 - bottom))
    return legend


def _label_outer(axes):
    """Keeps the y label on the first column and the x label on the last row only."""
    for ax in axes:
        spec = ax.get_subplotspec()
        if not spec.is_first_col():
            ax.set_ylabel("")
        if not spec.is_last_row() and len(axes) == 4:
            ax.set_xlabel("")


def _frozen(fig):
    """Lays the figure out once (constrained layout) and keeps that layout: every later draw,
    PNG or SVG, first or second, then places everything at the same positions, so that a file
    does not depend on what was saved before it."""
    fig.draw_without_rendering()
    fig.set_layout_engine("none")
    return fig


# ================================================================ 1. trajectories
def _indicator_axis_label(indicator, lang, unit_text=None):
    name = labels.indicator_name(indicator, lang)
    if unit_text is None:
        key = _INDICATOR_UNITS.get(indicator)
        if key is None:
            return name
        unit_text = labels.text(key, lang)
    return labels.text("axis.with_unit", lang, name=name, unit=unit_text)


def _indicator_unit(indicator):
    if indicator.endswith("_cop"):
        return "COP"
    if indicator.endswith("_usd"):
        return "USD"
    return None


def _trajectory_data(scenario, indicator):
    """(years, rows): rows is a dict of the lines/bands to draw, or None without the
    indicator."""
    iy = scenario.indicator_years()
    if indicator not in iy.columns or iy.empty:
        return None
    table = iy.pivot(index="year", columns="run", values=indicator).sort_index()
    years = table.index.to_numpy()
    values = table.to_numpy(dtype=float)
    if not scenario.is_sweep:
        return years, {"line": values[:, 0], "n": 1}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # a year where every run is NaN
        q = np.nanpercentile(values, [5, 25, 50, 75, 95], axis=1)
    return years, {"line": q[2], "q05": q[0], "q25": q[1], "q75": q[3], "q95": q[4],
                   "n": values.shape[1]}


def _draw_trajectories(ax, items, indicator, lang, legend=True):
    """Draws the items [(scenario, years, data)] on ax; returns the legend handles."""
    currency = _indicator_unit(indicator)
    scale, unit_text = 1.0, None
    if currency:
        top = max((np.nanmax(d.get("q95", d["line"])) for _, _, d in items
                   if np.isfinite(d.get("q95", d["line"])).any()), default=float("nan"))
        scale, unit_text = _amount_unit(top, currency, lang)
    handles, any_band = [], False
    for scenario, years, data in items:
        if scenario.is_sweep:
            any_band = True
            ax.fill_between(years, data["q05"] / scale, data["q95"] / scale,
                            color=scenario.colour, alpha=0.15, linewidth=0)
            ax.fill_between(years, data["q25"] / scale, data["q75"] / scale,
                            color=scenario.colour, alpha=0.30, linewidth=0)
            label = labels.text("legend.median", lang, label=scenario.label, n=data["n"])
        else:
            label = scenario.label
        (line,) = ax.plot(years, data["line"] / scale, color=scenario.colour, label=label)
        handles.append(line)
    if any_band:
        handles.append(Patch(facecolor=BAND_GREY, alpha=0.30,
                             label=labels.text("legend.band_50", lang)))
        handles.append(Patch(facecolor=BAND_GREY, alpha=0.15,
                             label=labels.text("legend.band_90", lang)))
    ax.yaxis.set_major_formatter(NumberFormatter(lang))
    if indicator in ("gini_territories", "category_5_6_share"):
        ax.set_ylim(0, 1.02)
    else:
        ax.set_ylim(bottom=0)
    if _INDICATOR_UNITS.get(indicator) in _COUNT_UNITS:
        ax.yaxis.set_major_locator(ticker.MaxNLocator(integer=True))
    _year_axis(ax, lang)
    ax.set_ylabel(_indicator_axis_label(indicator, lang, unit_text))
    return handles


def trajectories(scenarios, indicator="territories_cop", lang="en"):
    """One yearly indicator of /summaries (docs/EXPERIMENTS.md; route_<route>_cop included) for
    each scenario. A Run is one line (its indicators computed from its tables, as a sweep
    stores them). A Sweep is the median over its ok runs, with the 25–75 % (darker) and 5–95 %
    bands of the runs in each year; all ok runs are pooled whatever their design point (give a
    triple (label, sweep, run_ids) to draw one point). Amounts are shown in COP (or USD)
    millions, or billions (10⁹) when the largest value reaches 10 billion. None when no
    scenario has the indicator."""
    lang = labels.language(lang)
    if not known_indicator(indicator):
        raise ValueError(f"unknown indicator {indicator!r}; indicators are "
                         f"{', '.join(indicators.DEFINITIONS)} and route_<route>_cop")
    with style():
        items = []
        for scenario in _scenarios(scenarios):
            data = _trajectory_data(scenario, indicator)
            if data is not None:
                items.append((scenario, *data))
        if not items:
            return None
        fig, (ax,) = _figure()
        handles = _draw_trajectories(ax, items, indicator, lang)
        ax.legend(handles=handles, loc="best")
        ax.set_title(labels.indicator_name(indicator, lang))
        return _frozen(fig)


def key_trajectories(scenarios, lang="en", indicators_shown=KEY_INDICATORS):
    """Small multiples (2 × 2) of four indicators as in ``trajectories``: cooperation to
    territories, the Gini over territories, territories with a strategy and with a committee.
    One legend for all panels. None when no scenario has any of them."""
    lang = labels.language(lang)
    with style():
        scenarios = _scenarios(scenarios)
        panels = []
        for indicator in indicators_shown:
            items = []
            for scenario in scenarios:
                data = _trajectory_data(scenario, indicator)
                if data is not None:
                    items.append((scenario, *data))
            if items:
                panels.append((indicator, items))
        if not panels:
            return None
        fig, axes = _figure(len(panels), figsize=(FIGSIZE[0], 5.6) if len(panels) > 2 else None,
                            sharex=True)
        handles = []
        for ax, (indicator, items) in zip(axes, panels):
            handles = _draw_trajectories(ax, items, indicator, lang) or handles
            ax.set_title(labels.indicator_name(indicator, lang), fontsize=9)
            ax.set_ylabel(_short_unit_label(indicator, items, lang))
            ax.xaxis.set_tick_params(labelbottom=True)
        fig.suptitle(labels.text("title.key_trajectories", lang))
        columns = min(len(handles), 2)
        fig.legend(handles=handles, loc="lower center", ncol=columns, bbox_to_anchor=(0.5, 0.0))
        bottom = 0.02 + 0.035 * math.ceil(len(handles) / columns)
        fig.get_layout_engine().set(rect=(0, bottom, 1, 1 - bottom))
        return _frozen(fig)


def _short_unit_label(indicator, items, lang):
    """The unit alone, for small multiples whose title names the indicator."""
    currency = _indicator_unit(indicator)
    if currency:
        top = max((np.nanmax(d.get("q95", d["line"])) for _, _, d in items), default=np.nan)
        return _amount_unit(top, currency, lang)[1]
    key = _INDICATOR_UNITS.get(indicator)
    return labels.text(key, lang) if key else ""


# ================================================================ 2. Lorenz curve
def lorenz(scenarios, year_range=None, lang="en"):
    """Lorenz curve of cooperation received over territories: each territory's total of
    /territories/cooperation_received_cop over the run's years (or the years first..last of
    ``year_range``), territories sorted from the least to the most receiving, with the
    diagonal of perfect equality; the legend gives each curve's Gini (indicators.gini of the
    same totals). A sweep is drawn from its first kept trajectory of an ok run (labelled with
    its run id); a sweep without kept trajectories is left out. None when no scenario is left."""
    lang = labels.language(lang)
    with style():
        curves = []
        for scenario in _scenarios(scenarios):
            kept = scenario.kept_runs(max_runs=1)
            if not kept:
                continue
            run_id, run = kept[0]
            ty = _in_years(run.territory_years(), year_range)
            if ty.empty:
                continue
            totals = ty.groupby("dane_code")["cooperation_received_cop"].sum()
            curves.append((scenario, run_id, totals, ty["year"].min(), ty["year"].max()))
        if not curves:
            return None
        fig, (ax,) = _figure(figsize=(5.4, 4.8))  # square axes
        ax.plot([0, 1], [0, 1], color="#999999", linestyle="--", linewidth=1.0,
                label=labels.text("legend.equality", lang))
        for scenario, run_id, totals, _, _ in curves:
            people, cumulative = indicators.lorenz(totals.to_numpy())
            g = indicators.gini(totals.to_numpy())
            ax.plot(people, cumulative, color=scenario.colour,
                    label=labels.text("legend.gini", lang,
                                      label=scenario.one_run_label(run_id, lang),
                                      gini=number(g, lang, 3)))
        first = int(min(c[3] for c in curves)) if year_range is None else year_range[0]
        last = int(max(c[4] for c in curves)) if year_range is None else year_range[1]
        ax.set_xlim(0, 1)
        ax.set_ylim(0, 1)
        ax.set_aspect("equal")
        ax.grid(True, axis="both")
        for axis in (ax.xaxis, ax.yaxis):
            axis.set_major_locator(ticker.MultipleLocator(0.25))
            axis.set_major_formatter(NumberFormatter(lang, percent=True))
        ax.set_xlabel(labels.text("axis.territory_share", lang))
        ax.set_ylabel(labels.text("axis.cooperation_share", lang))
        ax.set_title(labels.text("title.lorenz", lang, first=first, last=last))
        ax.legend(loc="upper left")  # above the diagonal, where no Lorenz curve goes
        return _frozen(fig)


# ================================================================ 3. per inhabitant by category
def per_inhabitant_by_category(scenarios, lang="en", max_runs=MAX_KEPT_RUNS):
    """Cooperation per inhabitant by fiscal category (Law 617: 0 special, 1 … 6): for each
    category, the cooperation its territories received over the run's years divided by their
    population times the number of years, in COP per inhabitant per year
    (``per_inhabitant_table``). Grouped bars, one per scenario. A sweep is the mean of this
    value over its kept trajectories (at most ``max_runs`` ok runs); a sweep without kept
    trajectories is left out. None when no scenario is left."""
    lang = labels.language(lang)
    with style():
        bars = []
        for scenario in _scenarios(scenarios):
            kept = scenario.kept_runs(max_runs)
            if not kept:
                continue
            tables = [per_inhabitant_table(run.territory_years())["cop_per_inhabitant_year"]
                      for _, run in kept]
            values = pd.concat(tables, axis=1).mean(axis=1)
            bars.append((scenario, len(kept), values))
        if not bars:
            return None
        categories = sorted(set().union(*(set(v.index) for _, _, v in bars)))
        fig, (ax,) = _figure()
        width = 0.8 / len(bars)
        x = np.arange(len(categories))
        for i, (scenario, n, values) in enumerate(bars):
            heights = values.reindex(categories).to_numpy(dtype=float)
            container = ax.bar(x - 0.4 + width * (i + 0.5), np.nan_to_num(heights), width,
                               color=scenario.colour, label=scenario.mean_label(n, lang))
            if len(bars) <= 2:
                ax.bar_label(container, labels=[number(h, lang) for h in heights],
                             padding=2, fontsize=7)
        ax.set_xticks(x, [labels.category_name(c, lang, short=True) for c in categories])
        ax.yaxis.set_major_formatter(NumberFormatter(lang))
        ax.set_xlabel(labels.text("axis.fiscal_category", lang))
        ax.set_ylabel(labels.text("unit.cop_per_inhabitant_year", lang))
        ax.set_title(labels.text("title.per_inhabitant", lang))
        ax.margins(y=0.12)
        ax.legend(loc="best")
        return _frozen(fig)


# ================================================================ 4. and 5. stacked flows
def _route_frame(scenario):
    """Year × route (in the order of the file) of cooperation to territories, COP; for a sweep
    the mean over its ok runs."""
    iy = scenario.indicator_years()
    columns = [c for c in iy.columns if c.startswith("route_") and c.endswith("_cop")]
    if not columns or iy.empty:
        return None, 0
    frame = iy.groupby("year", sort=True)[columns].mean()
    frame.columns = [c[len("route_"):-len("_cop")] for c in columns]
    return frame, iy["run"].nunique()


def _donor_type_frame(scenario, max_runs):
    """Year × donor type of /donors/disbursed_cop; for a sweep the mean over kept runs."""
    kept = scenario.kept_runs(max_runs)
    if not kept:
        return None, 0
    frames = []
    for _, run in kept:
        dy = tables.require_columns(run.path, run.donor_years(), "donors", ("disbursed_cop",))
        dy = tables.require_columns(run.path, dy, "donors", ("type",), tables.FIXED)
        frames.append(dy.pivot_table(index="year", columns="type", values="disbursed_cop",
                                     aggfunc="sum", fill_value=0.0))
    frame = pd.concat(frames).fillna(0.0).groupby(level=0).mean()
    order = [t for t in labels.DONOR_TYPES if t in frame.columns]
    order += sorted(c for c in frame.columns if c not in order)
    return frame[order], len(kept)


def _stacked(frames, order, colour_of, name_of, title, ylabel_key, legend_title, lang):
    """One stacked-area panel per (scenario, frame, n) of frames (at most MAX_PANELS)."""
    frames = frames[:MAX_PANELS]
    fig, axes = _figure(len(frames), sharey=True)
    top = max(float(f.sum(axis=1).max()) for _, f, _ in frames)
    scale, unit = _amount_unit(top, "COP", lang)
    for ax, (scenario, frame, n) in zip(axes, frames):
        present = [k for k in order if k in frame.columns]
        ax.stackplot(frame.index.to_numpy(), *(frame[k].to_numpy() / scale for k in present),
                     colors=[colour_of[k] for k in present],
                     labels=[name_of(k, lang) for k in present], edgecolor="white",
                     linewidth=0.4)
        ax.set_ylim(0, top / scale * 1.05 if top > 0 else 1)
        ax.yaxis.set_major_formatter(NumberFormatter(lang))
        _year_axis(ax, lang)
        ax.set_ylabel(labels.text(ylabel_key, lang, unit=unit) if len(frames) == 1 else unit)
        ax.set_xlim(frame.index.min(), frame.index.max())
        if len(frames) > 1:
            ax.set_title(scenario.mean_label(n, lang), fontsize=9)
        else:
            ax.set_title(f"{title} — {scenario.mean_label(n, lang)}")
    _label_outer(axes)
    if len(frames) > 1:
        fig.suptitle(title)
    handles = [Patch(facecolor=colour_of[k], label=name_of(k, lang))
               for k in order if any(k in f.columns for _, f, _ in frames)]
    _panel_legend(fig, axes, handles, legend_title)
    return _frozen(fig)


def flows_by_route(scenarios, lang="en"):
    """Cooperation to territories by access route over the years, as stacked areas (COP
    millions or billions); one panel per scenario, the first MAX_PANELS (4). A Run is its
    /routes/received_cop; a Sweep is the mean over its ok runs of /summaries/route_<route>_cop
    (no trajectories needed). None when no scenario has route amounts."""
    lang = labels.language(lang)
    with style():
        frames = []
        for scenario in _scenarios(scenarios):
            frame, n = _route_frame(scenario)
            if frame is not None:
                frames.append((scenario, frame, n))
        if not frames:
            return None
        names = [r for f in frames for r in f[1].columns]
        order = [r for r in labels.ROUTES if r in names]
        order += sorted(set(names) - set(order))
        colours = {r: STACK_COLOURS[i % len(STACK_COLOURS)] for i, r in enumerate(order)}
        return _stacked(frames, order, colours, labels.route_name,
                        labels.text("title.flows_by_route", lang),
                        "axis.cooperation_to_territories", labels.text("legend.route", lang),
                        lang)


def flows_by_donor_type(scenarios, lang="en", max_runs=MAX_KEPT_RUNS):
    """What donors disbursed (/donors/disbursed_cop: to territories and to national-level
    recipients) by donor type over the years, as stacked areas (COP millions or billions);
    one panel per scenario, the first MAX_PANELS (4). A sweep is the mean over its kept
    trajectories (at most ``max_runs`` ok runs); a sweep without kept trajectories is left out.
    None when no scenario is left."""
    lang = labels.language(lang)
    with style():
        frames = []
        for scenario in _scenarios(scenarios):
            frame, n = _donor_type_frame(scenario, max_runs)
            if frame is not None:
                frames.append((scenario, frame, n))
        if not frames:
            return None
        names = [t for f in frames for t in f[1].columns]
        order = [t for t in labels.DONOR_TYPES if t in names] + sorted(
            set(names) - set(labels.DONOR_TYPES))
        colours = {t: STACK_COLOURS[labels.DONOR_TYPES.index(t) % len(STACK_COLOURS)]
                   if t in labels.DONOR_TYPES else "#999999" for t in order}
        return _stacked(frames, order, colours, labels.donor_type_name,
                        labels.text("title.flows_by_donor_type", lang), "axis.disbursed",
                        labels.text("legend.donor_type", lang), lang)


# ================================================================ 6. articulation scatter
def binned_medians(x, y, max_bins=8, min_per_bin=5):
    """(x medians, y medians) of the points in bins of x holding about equal numbers of points
    (quantile bins, at most ``max_bins``, about ``min_per_bin`` points or more each); empty
    arrays when there are too few points for two bins."""
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    keep = np.isfinite(x) & np.isfinite(y)
    x, y = x[keep], y[keep]
    bins = min(max_bins, x.size // min_per_bin)
    if bins < 2:
        return np.array([]), np.array([])
    order = np.argsort(x, kind="stable")
    groups = np.array_split(order, bins)
    return (np.array([np.median(x[g]) for g in groups]),
            np.array([np.median(y[g]) for g in groups]))


def articulation_vs_cooperation(scenarios, lang="en"):
    """Each territory's mean articulation over the years (/territories/articulation: capacity
    share of local actors working through the committee) against the cooperation it received
    per inhabitant per year (total / (population × years)), coloured by fiscal category, on a
    symmetric-log y axis (linear below the smallest power of ten under the least positive
    value, so territories that received nothing sit on the zero line). The black line joins
    the medians of x and y in quantile bins of articulation (``binned_medians``; drawn with at
    least ten territories). One panel per scenario, the first MAX_PANELS (4), sharing the y
    axis. A sweep is drawn from its first kept trajectory of an ok run; a sweep without kept
    trajectories is left out. None when no scenario is left."""
    lang = labels.language(lang)
    with style():
        panels = []
        for scenario in _scenarios(scenarios):
            kept = scenario.kept_runs(max_runs=1)
            if kept:
                run_id, run = kept[0]
                ty = _territory_years(run, ("articulation",))
                panels.append((scenario, run_id, territory_table(ty)))
            if len(panels) == MAX_PANELS:
                break
        if not panels:
            return None
        fig, axes = _figure(len(panels), sharey=True, sharex=True)
        y_all = np.concatenate([t["cop_per_inhabitant_year"].to_numpy() for _, _, t in panels])
        positive = y_all[np.isfinite(y_all) & (y_all > 0)]
        linthresh = 10.0 ** math.floor(math.log10(positive.min())) if positive.size else 1.0
        categories = sorted(set().union(*(set(t["category"]) for _, _, t in panels)))
        trend_drawn = False
        for ax, (scenario, run_id, table) in zip(axes, panels):
            # The most numerous category first, so that the rarer ones are drawn on top.
            counts = table["category"].value_counts()
            for category in sorted(counts.index, key=lambda c: (-counts[c], c)):
                rows = table[table["category"] == category]
                ax.scatter(rows["articulation"], rows["cop_per_inhabitant_year"].fillna(0.0),
                           s=14 if len(table) > 200 else 28, alpha=0.75, linewidths=0,
                           color=CATEGORY_COLOURS[int(category) % len(CATEGORY_COLOURS)],
                           label=labels.category_name(category, lang))
            bx, by = binned_medians(table["articulation"],
                                    table["cop_per_inhabitant_year"].fillna(0.0))
            if bx.size:
                ax.plot(bx, by, color="black", marker="o", markersize=3.5, linewidth=1.4,
                        label=labels.text("legend.binned_median", lang))
                trend_drawn = True
            ax.set_yscale("symlog", linthresh=linthresh, linscale=0.4)
            decades = math.log10(positive.max() / positive.min()) if positive.size else 9.0
            if decades < 3:  # few decades: more ticks than the powers of ten
                subs = [1.0, 2.0, 5.0] if decades >= 1.5 else [float(k) for k in range(1, 10)]
                ax.yaxis.set_major_locator(ticker.SymmetricalLogLocator(
                    linthresh=linthresh, base=10, subs=subs))
            ax.yaxis.set_major_formatter(NumberFormatter(lang))
            ax.xaxis.set_major_formatter(NumberFormatter(lang))
            ax.set_xlim(-0.03, 1.03)
            ax.grid(True, axis="both")
            ax.set_xlabel(labels.text("axis.mean_articulation", lang))
            ax.set_title(scenario.one_run_label(run_id, lang), fontsize=9)
        axes[0].set_ylabel(labels.text("axis.cooperation_per_inhabitant", lang))
        if len(panels) == 1:
            axes[0].set_title(f"{labels.text('title.articulation', lang)} — "
                              f"{panels[0][0].one_run_label(panels[0][1], lang)}")
        else:
            fig.suptitle(labels.text("title.articulation", lang))
            _label_outer(axes)
        handles = [Line2D([], [], linestyle="", marker="o", markersize=5,
                          color=CATEGORY_COLOURS[int(c) % len(CATEGORY_COLOURS)],
                          label=labels.category_name(c, lang)) for c in categories]
        if trend_drawn:
            handles.append(Line2D([], [], color="black", marker="o", markersize=3.5,
                                  label=labels.text("legend.binned_median", lang)))
        _panel_legend(fig, axes, handles, labels.text("legend.fiscal_category", lang))
        return _frozen(fig)


# ================================================================ 7. strategy survival
def strategy_survival(scenarios, lang="en", max_runs=MAX_KEPT_RUNS):
    """Strategies across changes of government, by group (``strategy_survival_table``): of the
    changes of government in a territory with a strategy (exploring or formal) at the end of
    the year before, the share still with a strategy at the end of the year of the change (the
    full, light bar, with its 95 % Wilson interval and the number of changes above it) and the
    share that also kept its stage (the dark lower part; a formal strategy can survive only as
    exploring). Groups: all changes; by the stage the year before (exploring, formal); by
    whether a municipal cooperation committee existed the year before. One bar per scenario in
    each group. A sweep pools the changes of its kept trajectories (at most ``max_runs`` ok
    runs); a sweep without kept trajectories is left out. None when no scenario is left or none
    has a change of government in a territory with a strategy."""
    lang = labels.language(lang)
    with style():
        tables = []
        for scenario in _scenarios(scenarios):
            kept = scenario.kept_runs(max_runs)
            if not kept:
                continue
            frames = []
            for i, (_, run) in enumerate(kept):
                columns = ["stage", "committee", "government_changed"]
                ty = _territory_years(run, columns)[["year", "dane_code"] + columns]
                frames.append(ty.assign(run=i))
            table = strategy_survival_table(pd.concat(frames, ignore_index=True))
            tables.append((scenario, len(kept), table))
        if not tables or all(t.loc[0, "changes"] == 0 for _, _, t in tables):
            return None
        fig, (ax,) = _figure()
        x = np.array([0.0, 1.3, 2.3, 3.6, 4.6])  # gaps between the three families of bars
        width = 0.8 / len(tables)
        handles = []
        for i, (scenario, n, table) in enumerate(tables):
            share = np.nan_to_num(table["share"].to_numpy(dtype=float) * 100)
            stage_kept = np.nan_to_num(table["kept_stage_share"].to_numpy(dtype=float) * 100)
            low = np.nan_to_num(table["low"].to_numpy(dtype=float) * 100)
            high = np.nan_to_num(table["high"].to_numpy(dtype=float) * 100)
            position = x - 0.4 + width * (i + 0.5)
            ax.bar(position, share, width, color=scenario.colour, alpha=0.45, linewidth=0)
            ax.bar(position, stage_kept, width, color=scenario.colour, linewidth=0)
            whiskers = np.clip(np.vstack([share - low, high - share]), 0, None)
            ax.errorbar(position, share, yerr=whiskers, fmt="none",
                        ecolor="#333333", elinewidth=0.8, capsize=2)
            for px, top, count in zip(position, high, table["changes"]):
                ax.annotate(number(count, lang), (px, top), xytext=(0, 2),
                            textcoords="offset points", ha="center", va="bottom", fontsize=6.5,
                            color="#333333", rotation=90 if len(tables) > 2 else 0)
            handles.append(Patch(facecolor=scenario.colour,
                                 label=_pooled_label(scenario, n, lang)))
        handles += [Patch(facecolor=BAND_GREY, alpha=0.45,
                          label=labels.text("legend.survived", lang)),
                    Patch(facecolor=BAND_GREY, label=labels.text("legend.kept_stage", lang))]
        ax.set_xticks(x, [textwrap.fill(labels.text(f"survival.{g}", lang), 12)
                          for g in SURVIVAL_GROUPS])
        ax.set_ylim(0, 112)
        ax.yaxis.set_major_locator(ticker.FixedLocator([0, 25, 50, 75, 100]))
        ax.yaxis.set_major_formatter(NumberFormatter(lang))
        ax.set_ylabel(labels.text("axis.share_surviving", lang))
        ax.set_xlabel(labels.text("axis.strategy_before", lang))
        ax.set_title(labels.text("title.survival", lang))
        legend = _legend_right(ax, handles)
        legend.set_title(labels.text("legend.interval", lang).replace("; ", "\n"))
        return _frozen(fig)


def _pooled_label(scenario, n, lang):
    if not scenario.is_sweep:
        return scenario.label
    return labels.text("legend.pooled_runs", lang, label=scenario.label, n=n)


# ================================================================ writing
FIGURES = [
    ("trajectories", trajectories),
    ("key_trajectories", key_trajectories),
    ("lorenz", lorenz),
    ("per_inhabitant_by_category", per_inhabitant_by_category),
    ("flows_by_route", flows_by_route),
    ("flows_by_donor_type", flows_by_donor_type),
    ("articulation_vs_cooperation", articulation_vs_cooperation),
    ("strategy_survival", strategy_survival),
]


def caption(name, lang="en"):
    """A caption for the figure ``name`` of FIGURES, in ``lang`` (labels ``caption.<name>``)."""
    return labels.text(f"caption.{name}", lang)


def svg_text(fig):
    """The figure as SVG text, as ``save`` writes it (text as paths, no date, stable ids)."""
    buffer = io.StringIO()
    with style():
        fig.savefig(buffer, format="svg", metadata=SAVE_METADATA["svg"])
    return stable_clip_ids(buffer.getvalue())


def stable_clip_ids(svg):
    """``svg`` with its clip-path ids renumbered in order of appearance (``clip0``, ``clip1``…).
    matplotlib derives them from the clip rectangle's exact floats, or from the memory address of
    a clip path, so two drawings of the same figure could differ in these ids alone."""
    ids = {}
    for found in re.finditer(r'<clipPath id="([^"]+)"', svg):
        ids.setdefault(found.group(1), f"clip{len(ids)}")
    if not ids:
        return svg
    pattern = re.compile(r'(?<=id=")(%s)(?=")|(?<=url\(#)(%s)(?=\))' % (
        "|".join(map(re.escape, ids)), "|".join(map(re.escape, ids))))
    return pattern.sub(lambda m: ids[m.group(0)], svg)


def save(fig, path, dpi=DPI):
    """Writes ``fig`` to ``path`` in the format of its extension (png, svg, pdf), in the
    figures' style and without dates, so that the same figure gives the same bytes."""
    fmt = os.path.splitext(str(path))[1].lstrip(".").lower()
    if fmt == "svg":
        with open(path, "w", encoding="utf-8") as out:
            out.write(svg_text(fig))
        return str(path)
    with style():
        fig.savefig(path, format=fmt, dpi=dpi, metadata=SAVE_METADATA.get(fmt))
    return str(path)


def draw_all(scenarios, out_dir, lang="en", formats=("png", "svg")):
    """Draws every figure of FIGURES that applies to ``scenarios`` and writes it as
    ``<out_dir>/<name>.<format>`` for each format (out_dir is made when missing); returns the
    paths written, in the order of FIGURES and formats. Figures that return None are skipped."""
    lang = labels.language(lang)
    scenarios = list(scenarios)
    os.makedirs(out_dir, exist_ok=True)
    written = []
    for name, function in FIGURES:
        fig = function(scenarios, lang=lang)
        if fig is None:
            continue
        try:
            for fmt in formats:
                written.append(save(fig, os.path.join(out_dir, f"{name}.{fmt}")))
        finally:
            fig.clear()
    return written
