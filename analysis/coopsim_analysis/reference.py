"""The column reference of docs/ANALYSIS.md, generated from real files so that the page cannot
drift from the tables (tests/analysis/test_reference.py regenerates and compares it)."""
from . import runs, sweeps

BEGIN = "<!-- BEGIN GENERATED: tables (tests/analysis/test_reference.py) -->"
END = "<!-- END GENERATED: tables -->"


def table_markdown(name, frame):
    lines = [f"#### `{name}()`", "", "| column | type | unit | meaning |", "|---|---|---|---|"]
    units, meanings = frame.attrs.get("units", {}), frame.attrs.get("descriptions", {})
    for column in frame.columns:
        kind = frame[column].dtype
        kind = "text" if kind == object else str(kind)
        unit = units.get(column) or "—"
        lines.append(f"| `{column}` | {kind} | {unit} | {meanings.get(column, '')} |")
    return "\n".join(lines) + "\n"


def markdown(run, sweep):
    """The generated part: every table of a Run, then of a Sweep, column by column."""
    parts = ["### Tables of a run (`open_run(path)`)\n"]
    parts += [table_markdown(name, run.table(name)) for name in runs.TABLES]
    parts.append("### Tables of a sweep (`open_sweep(path)`)\n")
    parts += [table_markdown(name, sweep.table(name)) for name in sweeps.TABLES]
    return "\n".join(parts)


def replace_block(text, generated):
    """``text`` with what lies between BEGIN and END replaced by ``generated``."""
    start, stop = text.index(BEGIN) + len(BEGIN), text.index(END)
    return text[:start] + "\n\n" + generated + "\n" + text[stop:]


def current_block(text):
    return text[text.index(BEGIN) + len(BEGIN):text.index(END)].strip("\n")
