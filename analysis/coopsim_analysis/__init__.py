"""coopsim_analysis: tidy tables, figures, reports and sensitivity indices from coopsim's HDF5
files (docs/ANALYSIS.md).

    import coopsim_analysis as ca
    run = ca.open_run("caldono.h5")
    run.territory_years()            # pandas DataFrame, one row per (year, territory)
    sweep = ca.open_sweep("h5.h5")
    sweep.runs()                     # the design joined to per-run indicators and facts

Runs under Debian's /usr/bin/python3 with its packages (h5py, numpy, pandas, scipy, matplotlib).
"""
from .errors import InputError
from .runs import Run, open_run
from .sweeps import Sweep, open_sweep


def open_any(path):
    """A Run or a Sweep, whichever the file is."""
    from . import store
    with store.open_h5(path) as f:
        sweep = store.is_sweep(f)
    return open_sweep(path) if sweep else open_run(path)


__all__ = ["InputError", "Run", "Sweep", "open_any", "open_run", "open_sweep"]
__version__ = "1.0"
