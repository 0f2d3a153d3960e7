"""docs/ANALYSIS.md lists every column of every table; this test regenerates that list from real
files and fails when the page and the package differ. COOPSIM_UPDATE_GOLDEN=1 rewrites the page
instead (then review the diff)."""
import os

import coopsim_analysis as ca
from coopsim_analysis import reference

from conftest import REPO

PAGE = REPO / "docs" / "ANALYSIS.md"


def test_analysis_page_lists_every_column(caldono_run, smoke_sweep):
    generated = reference.markdown(ca.open_run(caldono_run), ca.open_sweep(smoke_sweep))
    text = PAGE.read_text(encoding="utf-8")
    if os.environ.get("COOPSIM_UPDATE_GOLDEN") == "1":
        PAGE.write_text(reference.replace_block(text, generated), encoding="utf-8")
    assert reference.current_block(PAGE.read_text(encoding="utf-8")) == generated.strip("\n"), (
        "docs/ANALYSIS.md's table reference is out of date; run the analysis tests with "
        "COOPSIM_UPDATE_GOLDEN=1 and review the diff")
