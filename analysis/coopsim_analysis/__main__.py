"""Command line of the analysis package; ``coopsim report|figures|export`` run it as
``/usr/bin/python3 -m coopsim_analysis SUBCOMMAND ...`` (sim/cli/analysis_command.cpp).

Exit codes, as for every coopsim command: 0 success, 2 wrong input (a missing, unreadable or
damaged file, a bad option, an output that exists without --force), 1 a bug.
"""
import argparse
import os
import sys

from .errors import InputError

EXIT_INPUT = 2
EXIT_INTERNAL = 1


def _years(text):
    try:
        first, _, last = text.partition("-")
        return int(first), int(last or first)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected FIRST-LAST, e.g. 2012-2040, got {text!r}")


def _parser():
    parser = argparse.ArgumentParser(
        prog="coopsim", description="Analysis of coopsim run and sweep files (docs/ANALYSIS.md).")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    report = commands.add_parser(
        "report", help="self-contained HTML report of runs or sweeps, compared",
        description="Write one self-contained HTML page (charts and scripts embedded; it opens "
                    "offline) with the key indicators of FILE, their differences from each "
                    "--compare file (with 95 % bootstrap intervals when the files are sweeps), "
                    "the figures and a short plain-language reading.")
    report.add_argument("file", metavar="FILE", help="run or sweep file: the base scenario")
    report.add_argument("--compare", metavar="OTHER", nargs="+", action="extend", default=[],
                        help="run or sweep files compared with FILE (repeatable)")
    report.add_argument("--out", "-o", metavar="HTML", required=True, help="the page to write")
    report.add_argument("--lang", choices=("es", "en"), default="en",
                        help="language of labels and text (default: en)")
    report.add_argument("--label", metavar="NAME", action="append", default=[],
                        help="names of FILE then each OTHER, in order (default: scenario names)")
    report.add_argument("--years", metavar="FIRST-LAST", type=_years,
                        help="period of the key indicators (default: every year of FILE)")
    report.add_argument("--title", help="title of the page")
    report.add_argument("--force", "-f", action="store_true", help="replace an existing page")

    figures = commands.add_parser(
        "figures", help="the standard figures of runs or sweeps, PNG and SVG",
        description="Draw every figure that applies to the files (overlaid when several) into "
                    "DIR, as PNG (200 dpi) and SVG.")
    figures.add_argument("files", metavar="FILE", nargs="+", help="run or sweep files")
    figures.add_argument("--out", "-o", metavar="DIR", required=True, help="folder to write")
    figures.add_argument("--lang", choices=("es", "en"), default="en")
    figures.add_argument("--label", metavar="NAME", action="append", default=[],
                         help="name of each file in legends, in order (default: scenario names)")
    figures.add_argument("--format", dest="formats", default="png,svg",
                         help="comma-separated formats among png, svg, pdf (default: png,svg)")
    figures.add_argument("--force", "-f", action="store_true", help="replace an existing folder")

    export = commands.add_parser(
        "export", help="a run's or sweep's tables as CSV files",
        description="Write the tables of FILE as CSV (UTF-8, one file per table, a header row) "
                    "into DIR, with columns.csv (units and meanings) and about.csv.")
    export.add_argument("file", metavar="FILE", help="run or sweep file")
    export.add_argument("--csv", metavar="DIR", required=True, help="folder to write")
    export.add_argument("--table", action="append", default=[],
                        help="only this table (repeatable); default: all")
    export.add_argument("--bom", action="store_true",
                        help="start each file with a UTF-8 byte-order mark (Excel on Windows)")
    export.add_argument("--force", "-f", action="store_true", help="replace an existing folder")
    export.add_argument("--quiet", "-q", action="store_true", help="print nothing but errors")
    return parser


def _scenarios(paths, labels):
    """(label, Run or Sweep) for each path; labels default to the scenario names, made unique."""
    from . import open_any
    opened = [open_any(p) for p in paths]
    if len(labels) > len(paths):
        raise InputError("--label", f"{len(labels)} names for {len(paths)} files")
    out, seen = [], set()
    for i, source in enumerate(opened):
        label = labels[i] if i < len(labels) else getattr(source, "scenario_name", None) or \
            getattr(source, "name", "") or os.path.basename(source.path)
        if label in seen:
            label = f"{label} ({os.path.basename(source.path)})"
        seen.add(label)
        out.append((label, source))
    return out


def _run_report(args):
    from . import report
    scenarios = _scenarios([args.file] + args.compare, args.label)
    report.write_report(scenarios, args.out, lang=args.lang, years=args.years, title=args.title,
                        force=args.force)
    print(f"coopsim: wrote {args.out}", file=sys.stderr)


def _run_figures(args):
    from . import figures
    from .staging import staged_folder
    formats = [f.strip() for f in args.formats.split(",") if f.strip()]
    bad = [f for f in formats if f not in ("png", "svg", "pdf")]
    if bad or not formats:
        raise InputError("--format", f"got {args.formats!r}, expected formats among png, svg, pdf")
    scenarios = _scenarios(args.files, args.label)
    with staged_folder(args.out, args.force) as staging:
        written = figures.draw_all(scenarios, staging, lang=args.lang, formats=tuple(formats))
    for name in written:
        print(os.path.join(args.out, os.path.basename(name)))


def _run_export(args):
    from . import open_any
    from .export import export_csv
    source = open_any(args.file)
    try:
        written = export_csv(source, args.csv, force=args.force, tables=args.table, bom=args.bom)
    except ValueError as error:
        raise InputError(args.file, str(error), "--table") from None
    if not args.quiet:
        for name in written:
            print(os.path.join(args.csv, name))


def main(argv=None):
    args = _parser().parse_args(argv)
    run = {"report": _run_report, "figures": _run_figures, "export": _run_export}[args.command]
    try:
        run(args)
    except InputError as error:
        print(f"coopsim: {error}", file=sys.stderr)
        return EXIT_INPUT
    except KeyboardInterrupt:
        print("coopsim: interrupted", file=sys.stderr)
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())
