"""``coopsim export FILE --csv DIR``: a run's or a sweep's tables as CSV files, for spreadsheets,
R and Stata (docs/ANALYSIS.md, "Leaving coopsim").

DIR gets one file per table (``territory_years.csv``…, the tables of runs.TABLES or
sweeps.TABLES), each with a header row; ``columns.csv``, the data dictionary (table, column, unit,
description); and ``about.csv``, what the file is (scenario, seed, program version, when the run
was written, as ISO 8601). Text is UTF-8, fields are separated by commas and quoted where needed,
decimals use a point, missing values (NaN) are empty cells, and numbers keep full precision.
"""
import csv
import datetime
import os

from . import runs, store, sweeps
from .staging import staged_folder


def export_csv(source, folder, force=False, tables=None, bom=False):
    """Writes the tables of ``source`` (a Run or a Sweep) to ``folder``; returns the file names.
    ``tables``: the table names to write (default: all); ``bom``: start each file with a UTF-8
    byte-order mark, which Excel on Windows needs to recognise UTF-8."""
    available = runs.TABLES if isinstance(source, runs.Run) else sweeps.TABLES
    chosen = list(available if not tables else tables)
    unknown = [t for t in chosen if t not in available]
    if unknown:
        raise ValueError(f"unknown table {unknown[0]!r}; this file has {', '.join(available)}")
    encoding = "utf-8-sig" if bom else "utf-8"
    written = []
    with staged_folder(folder, force) as staging:
        dictionary = []
        for name in chosen:
            frame = source.table(name)
            frame.to_csv(os.path.join(staging, f"{name}.csv"), index=False, encoding=encoding,
                         lineterminator="\n", float_format=None, na_rep="")
            units = frame.attrs.get("units", {})
            descriptions = frame.attrs.get("descriptions", {})
            dictionary += [(name, c, units.get(c, ""), descriptions.get(c, ""))
                           for c in frame.columns]
            written.append(f"{name}.csv")
        _write_rows(os.path.join(staging, "columns.csv"),
                    ("table", "column", "unit", "description"), dictionary, encoding)
        _write_rows(os.path.join(staging, "about.csv"), ("key", "value"), about(source), encoding)
        written += ["columns.csv", "about.csv"]
    return written


def about(source):
    """(key, value) rows describing the exported file."""
    with store.open_h5(source.path) as f:
        provenance = f.get("provenance")
        created = store.text_attribute(provenance, "created_utc", "") if provenance else ""
        rows = [("source_file", os.path.abspath(source.path)),
                ("kind", "sweep" if isinstance(source, sweeps.Sweep) else "run"),
                ("scenario_name", store.text_attribute(f, "scenario_name", "")),
                ("seed", str(source.seed)),
                ("format_version", store.text_attribute(f, "format_version", "")),
                ("coopsim_version", store.text_attribute(f, "coopsim_version", "")),
                ("git_commit", store.text_attribute(f, "git_commit", "")),
                ("created_utc", created),
                ("exported_utc", datetime.datetime.now(datetime.timezone.utc)
                 .replace(microsecond=0).isoformat().replace("+00:00", "Z")),
                ("first_year", str(source.years[0])),
                ("last_year", str(source.years[-1]))]
    return rows


def _write_rows(path, header, rows, encoding):
    with open(path, "w", encoding=encoding, newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)
