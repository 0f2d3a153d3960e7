"""``coopsim report``: one self-contained HTML page comparing scenarios (docs/ANALYSIS.md,
"The report").

The page embeds everything it shows: its style, a short script (sortable tables, a print
button) and every chart as inline SVG drawn by figures.py, so it opens offline and can be sent
by e-mail. It holds the key measures of each scenario over a period (ensembles.METRICS), the
differences of each compared scenario from the first one with 95 % bootstrap intervals
(compare.py) when the inputs are sweeps, the figures, and a plain-language reading, in English
or Spanish.
"""
import datetime
import html
import math
import os
import re

import numpy as np

from . import compare, ensembles, figures, __version__
from .errors import InputError
from .numbers import millions, number, percent, signed
from .report_text import say
from .runs import Run
from .staging import staged_file

SHARES = {"category_5_6_share", "gini_territories", "south_south_share"}
AMOUNTS = {"territories_cop", "territories_usd", "national_usd"}
RESAMPLES = 10000


def write_report(scenarios, out, lang="en", years=None, title=None, force=False):
    """Writes the page for ``scenarios``, a list of (label, Run or Sweep), the first being the
    base every other is compared with; ``years`` (first, last) limits the key measures."""
    page = build_page(scenarios, lang, years, title)
    with staged_file(out, force) as handle:
        handle.write(page)


def build_page(scenarios, lang, years=None, title=None):
    """The page as a string."""
    base_label, base = scenarios[0]
    first, last = common_period(scenarios, years)
    metrics = [(label, ensembles.period_metrics(source, (first, last)))
               for label, source in scenarios]
    differences = [(label, compare_metrics(metrics[0][1], frame))
                   for label, frame in metrics[1:]]
    single = all(isinstance(source, Run) for _, source in scenarios)
    title = title or say("title", lang) + ": " + " · ".join(label for label, _ in scenarios)
    sections = [
        ("reading", say("reading", lang), reading(metrics, differences, lang, first, last)),
        ("scenarios", say("scenarios", lang), scenario_table(scenarios, lang)),
        ("measures", say("key_measures", lang, first=first, last=last),
         measures_table(metrics, lang)),
    ]
    for label, frame in differences:
        sections.append((f"difference-{len(sections)}", say("differences", lang, base=base_label)
                         + f": {label}", difference_table(frame, lang, single)))
    sections.append(("figures", say("figures", lang), figure_section(scenarios, lang)))
    method = say("method_text", lang).split("\n\n")
    sections.append(("method", say("method", lang),
                     "".join(f"<p>{html.escape(p)}</p>" for p in method)))
    return page(title, sections, lang)


# ---------------------------------------------------------------- comparisons
def common_period(scenarios, years=None):
    """(first, last): ``years`` clipped to the base's years (default: all of them), which every
    compared scenario must cover: measures summed over different years do not compare."""
    first, last = ensembles.period(scenarios[0][1], years)
    for _, source in scenarios[1:]:
        if source.years[0] > first or source.years[-1] < last:
            raise InputError(source.path, f"covers {source.years[0]}-{source.years[-1]} only, "
                                          f"not the report's period {first}-{last}; give --years "
                                          "within the years of every file", "--years")
    return first, last


def compare_metrics(base, other):
    """One dict per measure: ``measure``, the Difference of its means (other - base), Cohen's d
    and Hedges' g (compare.compare_ensembles)."""
    table = compare.compare_ensembles(base, other, list(ensembles.METRICS), resamples=RESAMPLES,
                                      seed=0)
    return table.rename_axis("measure").reset_index().to_dict("records")


def clear(row):
    """Whether the difference's interval excludes zero."""
    return math.isfinite(row["low"]) and (row["low"] > 0 or row["high"] < 0)


# ---------------------------------------------------------------- formatting of one value
def unit_of(name, lang):
    if name in AMOUNTS:
        return say("u_COP" if name.endswith("_cop") else "u_USD", lang)
    if name == "gini_territories":
        return say("u_index", lang)
    return say("u_share" if name in SHARES else "u_count", lang)


def value_text(name, value, lang, decimals=1):
    """A measure's value as the tables show it; ``decimals`` for counts (0 for a single run)."""
    if name in AMOUNTS:
        return millions(value, lang)
    if name in SHARES:
        return percent(value, lang) if name != "gini_territories" else number(value, lang, 3)
    return number(value, lang, decimals)


def difference_text(name, value, lang):
    if name == "gini_territories":
        return signed(number(value, lang, 3), value)
    if name in SHARES:   # percentage points; small differences with one more decimal
        decimals = 2 if math.isfinite(value) and abs(100 * value) < 0.1 else 1
        points = number(100 * value, lang, decimals) if math.isfinite(value) else "—"
        return signed(points, value) + " pp"
    return signed(value_text(name, value, lang), value)


def amount_text(value, lang, unit="COP"):
    return f"{unit} {millions(value, lang)} " + ("million" if lang == "en" else "millones")


# ---------------------------------------------------------------- sections
def scenario_table(scenarios, lang):
    head = [say(k, lang) for k in ("scenario", "file", "kind", "runs", "seed", "years", "program")]
    rows = []
    for label, source in scenarios:
        is_run = isinstance(source, Run)
        version = source.coopsim_version
        kind = say("kind_run", lang) if is_run else sweep_kind(source, lang)
        rows.append([label, os.path.basename(source.path), kind,
                     str(ensembles.size(source)), str(source.seed),
                     f"{source.years[0]}–{source.years[-1]}", version])
    return table(head, rows)


def sweep_kind(sweep, lang):
    """'sweep', with its points and replications when it has several points (they are pooled)."""
    design = sweep.design()
    points = design["point"].nunique()
    if points == 1:
        return say("kind_sweep", lang)
    replications = design.groupby("point").size().max()
    return say("kind_sweep_points", lang, points=points, replications=replications)


def measures_table(metrics, lang):
    head = [say("measure", lang), say("unit", lang)] + [label for label, _ in metrics]
    rows = []
    for name in ensembles.METRICS:
        row = [say("m_" + name, lang), unit_of(name, lang)]
        for _, frame in metrics:
            values = frame[name].to_numpy(float)
            values = values[np.isfinite(values)]
            decimals = 1 if len(frame) > 1 else 0
            cell = value_text(name, values.mean() if values.size else math.nan, lang, decimals)
            if values.size > 1:
                low, high = np.percentile(values, [5, 95])
                cell += (f' <span class="band">[{value_text(name, low, lang)} – '
                         f'{value_text(name, high, lang)}]</span>')
            row.append(cell)
        rows.append(row)
    ensembles_shown = any(len(frame) > 1 for _, frame in metrics)
    note = f'<p class="note">{html.escape(say("band_note", lang))}</p>' if ensembles_shown else ""
    return table(head, rows, raw=True) + note


def difference_table(rows, lang, single):
    head = [say(k, lang) for k in ("measure", "unit", "difference", "interval", "relative",
                                   "effect")]
    body = []
    for row in rows:
        name = row["measure"]
        interval = (f"{difference_text(name, row['low'], lang)} … "
                    f"{difference_text(name, row['high'], lang)}"
                    if math.isfinite(row["low"]) else say("no_interval", lang))
        mark = ' class="clear"' if clear(row) else ""
        body.append([say("m_" + name, lang), unit_of(name, lang),
                     f"<span{mark}>{html.escape(difference_text(name, row['difference'], lang))}"
                     "</span>", html.escape(interval),
                     html.escape(percent(row["relative"], lang, signed=True)),
                     html.escape(number(row["hedges_g"], lang, 2))])
    note = (f'<p class="note">{html.escape(say("single_run_note", lang))}</p>' if single else "")
    return table(head, body, raw=True) + note


def reading(metrics, differences, lang, first, last):
    base_label, base = metrics[0]
    mean = {name: float(np.nanmean(base[name])) if base[name].notna().any() else math.nan
            for name in ensembles.METRICS}
    gini = mean["gini_territories"]
    decimals = 1 if len(base) > 1 else 0
    level = "level_high" if gini >= 0.8 else "level_mid" if gini >= 0.6 else "level_low"
    received = mean["territories_cop"] > 0
    amount = amount_text(mean["territories_cop"], lang)
    points = [
        say("r_amount", lang, scenario=base_label, amount=amount, first=first, last=last,
            small=percent(mean["category_5_6_share"], lang)) if received
        else say("r_amount_none", lang, scenario=base_label, first=first, last=last),
        say("r_strategies", lang, last=last, strategies=number(mean["strategies"], lang, decimals),
            formal=number(mean["formal_strategies"], lang, decimals),
            committees=number(mean["committees"], lang, decimals))
        + (say("r_mean_of_runs", lang, runs=len(base)) if len(base) > 1 else ""),
    ]
    if math.isfinite(gini):   # no Gini when no cooperation reached any territory
        points.insert(1, say("r_concentration", lang, level=say(level, lang),
                             gini=number(gini, lang, 2)))
    for label, rows in differences:
        points += comparison_sentences(base_label, label, rows, lang)
    return "<ul>" + "".join(f"<li>{html.escape(p)}</li>" for p in points) + "</ul>"


def comparison_sentences(base, other, rows, lang):
    by_name = {row["measure"]: row for row in rows}
    main = by_name["territories_cop"]
    relative = percent(main["relative"], lang, signed=True)
    if not math.isfinite(main["low"]):
        word = "more_word" if main["difference"] >= 0 else "less_word"
        rel = (percent(abs(main["relative"]), lang) if math.isfinite(main["relative"])
               else amount_text(abs(main["difference"]), lang))   # the base received nothing
        return [say("r_compare_single", lang, other=other, base=base, relative=rel,
                    change_word=say(word, lang))]
    bounds = dict(low=percent(main["relative_low"], lang, signed=True),
                  high=percent(main["relative_high"], lang, signed=True))
    if clear(main):
        change = say("more" if main["difference"] > 0 else "less", lang)
        sentences = [say("r_compare_clear", lang, other=other, base=base, change=change,
                         relative=relative, **bounds)]
    else:
        sentences = [say("r_compare_unclear", lang, other=other, base=base, relative=relative,
                         **bounds)]
    others = [clear_difference_text(r, lang) for r in rows
              if r["measure"] not in ("territories_cop", "territories_usd") and clear(r)]
    sentences.append(say("r_other_clear", lang, other=other, items="; ".join(others)) if others
                     else say("r_other_none", lang, other=other, base=base))
    return sentences


def clear_difference_text(row, lang):
    """'Measure +1.2 unit' for the list of other clear differences (units for amounts only)."""
    name = row["measure"]
    unit = f" {unit_of(name, lang)}" if name in AMOUNTS else ""
    return f"{say('m_' + name, lang)} {difference_text(name, row['difference'], lang)}{unit}"


def figure_section(scenarios, lang):
    parts = []
    for name, draw in figures.FIGURES:
        figure = draw(scenarios, lang=lang)
        if figure is None:
            continue
        svg = inline_svg(figure, prefix=f"f-{name}")
        caption = figures.caption(name, lang)
        parts.append(f'<figure data-chart="{html.escape(name)}">{svg}'
                     f'<figcaption>{html.escape(caption)}</figcaption></figure>')
    return "".join(parts)


def inline_svg(figure, prefix):
    """The figure as an <svg> element to put inside HTML: without the XML prolog, doctype and
    RDF metadata, its ids prefixed so that several figures on one page never share one, scaled
    to the page's width."""
    text = figures.svg_text(figure)
    text = text[text.index("<svg"):]
    text = re.sub(r"<metadata>.*?</metadata>\s*", "", text, flags=re.S)   # RDF with URLs
    text = re.sub(r'id="([^"]+)"', rf'id="{prefix}-\1"', text)
    text = re.sub(r'(xlink:href|href)="#([^"]+)"', rf'\1="#{prefix}-\2"', text)
    text = re.sub(r'url\(#([^)]+)\)', rf'url(#{prefix}-\1)', text)
    text = re.sub(r'<svg([^>]*?) width="[^"]*" height="[^"]*"', r'<svg\1', text, count=1)
    return text.replace("<svg", '<svg role="img" preserveAspectRatio="xMidYMid meet"', 1)


# ---------------------------------------------------------------- HTML
def table(head, rows, raw=False):
    cell = (lambda v: v) if raw else html.escape
    header = "".join(f"<th>{html.escape(h)}</th>" for h in head)
    body = "".join("<tr>" + "".join(f"<td>{cell(str(v))}</td>" for v in row) + "</tr>"
                   for row in rows)
    return f'<table class="sortable"><thead><tr>{header}</tr></thead><tbody>{body}</tbody></table>'


STYLE = """
body{font-family:"DejaVu Sans",Helvetica,Arial,sans-serif;max-width:60rem;margin:2rem auto;
padding:0 1rem;color:#1b1b1b;line-height:1.45}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.25rem;border-bottom:1px solid #ccc;
padding-bottom:.2rem;margin-top:2rem}
.meta,.note{color:#555;font-size:.9rem}
table{border-collapse:collapse;width:100%;font-size:.92rem;margin:.6rem 0}
th,td{border-bottom:1px solid #e2e2e2;padding:.35rem .5rem;text-align:right;vertical-align:top}
th:first-child,td:first-child{text-align:left}
th{background:#f3f3f3;cursor:pointer;user-select:none}
th.sorted-asc::after{content:" ▲"}th.sorted-desc::after{content:" ▼"}
.band{color:#666;font-size:.85em;white-space:nowrap}.clear{font-weight:bold}
figure{margin:1.5rem 0}figure svg{width:100%;height:auto}
figcaption{font-size:.9rem;color:#444}
nav ol{columns:2}button{float:right}
@media print{button,nav{display:none}body{max-width:none}}
"""

SCRIPT = """
(function () {
  "use strict";
  function key(cell) {
    var text = cell.textContent.trim().split(" ")[0].replace(/[.\\u2009]/g, "");
    var value = parseFloat(text.replace(",", ".").replace("\\u2212", "-").replace("+", ""));
    return isNaN(value) ? cell.textContent.trim().toLowerCase() : value;
  }
  document.querySelectorAll("table.sortable").forEach(function (table) {
    table.querySelectorAll("th").forEach(function (th, column) {
      th.addEventListener("click", function () {
        var ascending = !th.classList.contains("sorted-asc");
        table.querySelectorAll("th").forEach(function (h) {
          h.classList.remove("sorted-asc", "sorted-desc");
        });
        th.classList.add(ascending ? "sorted-asc" : "sorted-desc");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = key(a.cells[column]), y = key(b.cells[column]);
          var order = (typeof x === typeof y) ? (x < y ? -1 : x > y ? 1 : 0)
                                              : (typeof x === "number" ? -1 : 1);
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  });
  var print = document.getElementById("print");
  if (print) print.addEventListener("click", function () { window.print(); });
})();
"""


def page(title, sections, lang):
    when = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    contents = "".join(f'<li><a href="#{key}">{html.escape(heading)}</a></li>'
                       for key, heading, _ in sections)
    body = "".join(f'<section id="{key}"><h2>{html.escape(heading)}</h2>{content}</section>'
                   for key, heading, content in sections)
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<meta name="generator" content="coopsim_analysis {__version__}">\n'
            f"<title>{html.escape(title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
            f'<header><button id="print" type="button">{html.escape(say("print", lang))}</button>'
            f"<h1>{html.escape(title)}</h1>"
            f'<p class="meta">{html.escape(say("generated", lang, when=when, version=__version__))}'
            f"</p></header>\n<nav><h2>{html.escape(say('contents', lang))}</h2><ol>{contents}"
            f"</ol></nav>\n<main>{body}</main>\n<script>{SCRIPT}</script>\n</body>\n</html>\n")
