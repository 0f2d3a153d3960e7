#!/usr/bin/env bash
# A sweep run by `mpirun -n 2` gives a file equal in content to the same sweep in one process
# (issue 4 §4). Usage: across_processes.sh COOPSIM EXPERIMENT
set -euo pipefail
coopsim=$1
experiment=$2
work=$(mktemp -d)
trap 'rm -rf "${work}"' EXIT

"${coopsim}" sweep "${experiment}" --out "${work}/one.h5" --quiet
mpirun --oversubscribe -n 2 "${coopsim}" sweep "${experiment}" --out "${work}/two.h5" --quiet \
    --threads 1
h5diff --exclude-path /provenance "${work}/one.h5" "${work}/two.h5"
echo "mpirun -n 2 and one process give the same sweep file"
