"""Shared set-up of the analysis tests: the package is imported from the source tree.

The fixtures below make real coopsim files, once per test session, with the coopsim program
named by the environment variable COOPSIM_BIN (ctest sets it to the one it built), by default
``build/sim/cli/coopsim``. Without that program the tests that need its files are skipped;
under ctest (--fail-on-skip) any skip not in ALLOWED_SKIPS fails the run.
"""
import os
import pathlib
import subprocess
import sys

import pytest

REPO = pathlib.Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "analysis"))

SCENARIOS = REPO / "scenarios"
HERE = pathlib.Path(__file__).resolve().parent

# Skips. ctest runs this whole suite as one test, so a skipped test (no browser, no coopsim
# program) would pass unseen; ctest runs it with --fail-on-skip, and then every skip fails the
# run unless the test is listed here, keyed by its id ("test_file.py::test_name", without
# parameters), with why it may be skipped where ctest runs. Keep the list short: a test that
# needs a package setup.sh installs, or the program ctest builds, must not be listed.
ALLOWED_SKIPS = {}


def pytest_addoption(parser):
    parser.addoption("--fail-on-skip", action="store_true",
                     help="fail the run when a test not in conftest.ALLOWED_SKIPS is skipped")


_skipped = []  # (test id, reason) of every skip of this session


def pytest_runtest_logreport(report):
    if report.skipped and not hasattr(report, "wasxfail"):
        _skipped.append((report.nodeid, _skip_reason(report)))


def pytest_collectreport(report):
    if report.skipped:
        _skipped.append((report.nodeid, _skip_reason(report)))


def _skip_reason(report):
    longrepr = report.longrepr
    return longrepr[2] if isinstance(longrepr, tuple) else str(longrepr)


def _allowed(test):
    """Whether ALLOWED_SKIPS lists the test id, whatever folder pytest names it from."""
    file, _, name = test.split("[")[0].partition("::")
    return f"{pathlib.PurePath(file).name}::{name}" in ALLOWED_SKIPS


def _unlisted_skips():
    return [(test, reason) for test, reason in _skipped if not _allowed(test)]


def pytest_terminal_summary(terminalreporter, config):
    if not config.getoption("--fail-on-skip"):
        return
    unlisted = _unlisted_skips()
    if unlisted:
        terminalreporter.section("skipped tests that are not allowed to skip (--fail-on-skip)")
        for test, reason in unlisted:
            terminalreporter.line(f"{test}: {reason}")


def pytest_sessionfinish(session, exitstatus):
    if session.config.getoption("--fail-on-skip") and _unlisted_skips() and exitstatus == 0:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


@pytest.fixture(scope="session")
def coopsim_bin():
    """The coopsim program (pathlib.Path); skips the test when it is not built."""
    named = os.environ.get("COOPSIM_BIN")
    program = pathlib.Path(named) if named else REPO / "build" / "sim" / "cli" / "coopsim"
    if not (program.is_file() and os.access(program, os.X_OK)):
        how = "COOPSIM_BIN" if named else "default path; set COOPSIM_BIN or build it first"
        pytest.skip(f"no coopsim program at {program} ({how})")
    return program


def _coopsim(program, *args, cwd, allowed=(0,)):
    """Runs `coopsim ARGS...` in cwd; an exit status not in ``allowed`` stops the fixture with
    coopsim's own message."""
    command = [str(program), *map(str, args)]
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True,
                          stdin=subprocess.DEVNULL, timeout=600)
    if done.returncode not in allowed:
        raise RuntimeError(f"{' '.join(command)} exited with {done.returncode}:\n"
                           f"{done.stdout}{done.stderr}")


def _output(tmp_path_factory, program, command, source, name, allowed=(0,)):
    """`coopsim run|sweep SOURCE` into a fresh folder; the path of the file it wrote."""
    folder = tmp_path_factory.mktemp(name)
    out = folder / f"{name}.h5"
    _coopsim(program, command, source, "--out", out, "--quiet", cwd=folder, allowed=allowed)
    return out


def _run(tmp_path_factory, program, scenario, name):
    return _output(tmp_path_factory, program, "run", scenario, name)


def _sweep(tmp_path_factory, program, experiment, name, allowed=(0,)):
    return _output(tmp_path_factory, program, "sweep", experiment, name, allowed)


@pytest.fixture(scope="session")
def caldono_run(tmp_path_factory, coopsim_bin):
    """A run file of scenarios/caldono.json."""
    return _run(tmp_path_factory, coopsim_bin, SCENARIOS / "caldono.json", "caldono")


@pytest.fixture(scope="session")
def classroom_run(tmp_path_factory, coopsim_bin):
    """A run file of scenarios/classroom/base.json (six fictional municipalities)."""
    return _run(tmp_path_factory, coopsim_bin, SCENARIOS / "classroom" / "base.json",
                "classroom-base")


@pytest.fixture(scope="session")
def classroom_committee_run(tmp_path_factory, coopsim_bin):
    """A run file of scenarios/classroom/committee.json, the what-if of classroom_run."""
    return _run(tmp_path_factory, coopsim_bin, SCENARIOS / "classroom" / "committee.json",
                "classroom-committee")


@pytest.fixture(scope="session")
def smoke_sweep(tmp_path_factory, coopsim_bin):
    """A sweep file of scenarios/experiments/smoke.json (18 classroom runs, summaries only)."""
    return _sweep(tmp_path_factory, coopsim_bin, SCENARIOS / "experiments" / "smoke.json",
                  "smoke")


@pytest.fixture(scope="session")
def kept_sweep(tmp_path_factory, coopsim_bin):
    """A sweep file of tests/analysis/kept-trajectories.json (4 classroom runs) with
    keep: trajectories, so each run's file is in kept-trajectories.runs/ beside it."""
    return _sweep(tmp_path_factory, coopsim_bin, HERE / "kept-trajectories.json",
                  "kept-trajectories")


@pytest.fixture(scope="session")
def failed_sweep(tmp_path_factory, coopsim_bin):
    """A sweep file of tests/analysis/failed-runs.json (8 classroom runs, trajectories kept)
    whose runs 6 and 7 (design point 3) failed: coopsim sweep exits with 1 and writes it."""
    return _sweep(tmp_path_factory, coopsim_bin, HERE / "failed-runs.json", "failed-runs",
                  allowed=(1,))


def edited_copy(source, target, edit):
    """Copies the HDF5 file ``source`` to ``target``, applies ``edit(h5py.File)`` to the copy
    (delete a dataset, change an attribute) and returns ``target``: a damaged or foreign file."""
    import h5py
    target.write_bytes(source.read_bytes())
    with h5py.File(target, "r+") as handle:
        edit(handle)
    return target
