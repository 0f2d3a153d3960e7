#!/usr/bin/python3
"""Speed and memory of the analysis package on a run file (docs/ANALYSIS.md).

    build/sim/cli/coopsim run scenarios/colombia-baseline.json --out /tmp/base.h5 --quiet
    /usr/bin/python3 bench/analysis_bench.py /tmp/base.h5 [--repeat 5]

For each table of the run, the best of --repeat wall times of reading it from a freshly opened
file (a Run keeps a table once read: later calls copy it) and the cost per row; then the figures
(all of them, SVG in memory) and the whole report page with the run compared with itself, each
from freshly opened files; and the process's peak resident memory. Costs per row, not absolute times, are what
compare across machines.
"""
import argparse
import os
import resource
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "analysis"))

import coopsim_analysis as ca  # noqa: E402
from coopsim_analysis import figures, report  # noqa: E402


def best_of(repeat, work):
    """(best wall time in seconds, the last result)."""
    best, result = float("inf"), None
    for _ in range(repeat):
        started = time.perf_counter()
        result = work()
        best = min(best, time.perf_counter() - started)
    return best, result


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("run", help="a run file of coopsim run")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    run = ca.open_run(args.run)
    print(f"{run}: {len(run.territories())} territories, {len(run.actors())} actors, "
          f"{len(run.years)} years")
    print(f"{'table':<18}{'rows':>10}{'best s':>10}{'µs/row':>10}")
    for name in ca.runs.TABLES:
        seconds, frame = best_of(args.repeat, lambda: ca.open_run(args.run).table(name))
        print(f"{name:<18}{len(frame):>10,}{seconds:>10.3f}{1e6 * seconds / max(len(frame), 1):>10.2f}")
    def draw():
        scenarios = [("run", ca.open_run(args.run))]
        drawn = [f(scenarios, lang="en") for _, f in figures.FIGURES]
        return [figures.svg_text(fig) for fig in drawn if fig is not None]

    seconds, svgs = best_of(max(1, args.repeat // 2), draw)
    print(f"{'figures':<18}{len(svgs):>10}{seconds:>10.3f}   (all figures, SVG in memory)")
    seconds, page = best_of(max(1, args.repeat // 2),
                            lambda: report.build_page([("a", ca.open_run(args.run)),
                                                       ("b", ca.open_run(args.run))], "en"))
    print(f"{'report page':<18}{len(page):>10,}{seconds:>10.3f}   (bytes; two scenarios)")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak resident memory: {peak:.0f} MB")


if __name__ == "__main__":
    main()
