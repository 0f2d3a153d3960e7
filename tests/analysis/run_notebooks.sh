#!/usr/bin/env bash
# Executes every notebook in a folder, top to bottom, as a reader would. A notebook fails at
# its first cell that raises; the script runs them all, then fails if any failed, or when the
# folder holds no notebook at all.
#
#   run_notebooks.sh PYTHON NOTEBOOK_DIR OUTPUT_DIR
#
# The executed copies (with their outputs) are written to OUTPUT_DIR; the sources are not
# touched. Each notebook runs in its own folder (nbconvert's working directory).
# Environment: COOPSIM_BIN (the coopsim the notebooks run) and PYTHONPATH (the analysis/
# folder) are passed on to the notebooks' kernel.
set -euo pipefail

if (($# != 3)); then
    sed -n '2,12s/^# \{0,1\}//p' "${BASH_SOURCE[0]}" >&2
    exit 2
fi
readonly python=$1 notebook_dir=$2 output_dir=$3

shopt -s nullglob
notebooks=("${notebook_dir}"/*.ipynb)
if ((${#notebooks[@]} == 0)); then
    echo "run_notebooks.sh: no notebook (*.ipynb) in ${notebook_dir}" >&2
    exit 1
fi

mkdir -p "${output_dir}"
# Quiets the kernel's debugger warning about frozen modules, printed for every notebook.
export PYDEVD_DISABLE_FILE_VALIDATION=1
failed=0
for notebook in "${notebooks[@]}"; do
    echo "==> ${notebook}"
    started=${SECONDS}
    if "${python}" -m nbconvert --to notebook --execute --output-dir "${output_dir}" \
        --ExecutePreprocessor.timeout=600 "${notebook}"; then
        echo "    ran in $((SECONDS - started)) s"
    else
        echo "run_notebooks.sh: ${notebook} failed" >&2
        failed=1
    fi
done
exit "${failed}"
