#!/usr/bin/env bash
# A sweep killed with SIGKILL mid-way and resumed gives a file equal in content to an
# uninterrupted sweep, and the killed sweep never leaves a file under the final name
# (issue 4 §3). Usage: resume_after_kill.sh COOPSIM EXPERIMENT
set -euo pipefail
coopsim=$1
experiment=$2
work=$(mktemp -d)
trap 'rm -rf "${work}"' EXIT

"${coopsim}" sweep "${experiment}" --out "${work}/whole.h5" --quiet

"${coopsim}" sweep "${experiment}" --out "${work}/cut.h5" --quiet --threads 1 &
pid=$!
# Kill once a few runs are saved (or give up waiting after 60 s and kill anyway).
for _ in $(seq 600); do
    saved=$( (find "${work}/cut.h5.partial" -name 'run-*.h5' 2>/dev/null || true) | wc -l)
    ((saved >= 3)) && break
    sleep 0.1
done
kill -9 "${pid}"
wait "${pid}" 2>/dev/null || true
if [[ -e "${work}/cut.h5" ]]; then
    echo "the killed sweep left ${work}/cut.h5 behind" >&2
    exit 1
fi
saved=$(find "${work}/cut.h5.partial" -name 'run-*.h5' | wc -l)
echo "killed with ${saved} runs saved"

"${coopsim}" sweep "${experiment}" --out "${work}/cut.h5" --quiet --resume
h5diff --exclude-path /provenance "${work}/whole.h5" "${work}/cut.h5"
echo "the resumed sweep equals the uninterrupted one"
