#!/usr/bin/env bash
# The folders of sim/ form layers, each including only the layers below it (docs/ARCHITECTURE.md):
# the scenario at the bottom, the world below the stages, the year loop (engine) above them, the
# command line at the top; output/ knows nothing of sim/. Fails naming every include that reaches
# up or sideways into a higher layer.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

layers=(scenario random agents world columns stages engine validation experiment cli)
declare -A rank
for k in "${!layers[@]}"; do rank[${layers[$k]}]=$k; done

bad=0 checked=0
for folder in "${layers[@]}"; do
    while IFS=: read -r file _ include; do
        target=$(sed -E 's#.*"sim/([a-z_]+)/.*#\1#' <<<"${include}")
        checked=$((checked + 1))
        if [[ -z "${rank[${target}]+set}" ]]; then
            echo "include_layers: ${file} includes sim/${target}/, which is no known layer" >&2
            bad=1
        elif ((rank[${target}] > rank[${folder}])); then
            echo "include_layers: ${file} (layer ${folder}) includes sim/${target}/, a higher layer" >&2
            bad=1
        fi
    done < <(grep -rnE '#include "sim/[a-z_]+/' "sim/${folder}" || true)
done
if grep -rnE '#include "sim/' output; then
    echo "include_layers: output/ must not include sim/" >&2
    bad=1
fi
# Guard: the scan saw the includes (the stages alone include the world many times).
((checked > 100)) || { echo "include_layers: only ${checked} includes found" >&2; exit 1; }
((bad == 0)) && echo "include_layers: ${checked} includes, no cycle between the layers ${layers[*]}"
exit "${bad}"
