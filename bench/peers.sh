#!/usr/bin/env bash
# Side by side, whole process with startup included: quantulum3 and Duckling (from PyPI,
# pinned in bench/peer_envs.sh) and crosscheck over the same >= 1 MB of BBC articles.
# Usage: bash bench/peers.sh [--mb MB] [--runs R] [--peer-runs P] [--bin PATH] [--corpus DIR]
#   defaults: 1.0 MB of ../shared/corpora/bbc, crosscheck median of 3 runs, peers 1 run each.
# Needs python3 >= 3.11 and PyPI. Not part of CI or `cargo test` (it needs the network).
# A peer that fails to install or to run is reported and skipped; the exit code is non-zero
# only when crosscheck fails.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
# shellcheck source=bench/peer_envs.sh
source "$here/peer_envs.sh"

args=()
q3_venv="$root/target/bench-venv"        # the same venv as bench/quantulum3.sh
if quantulum3_env "$q3_venv"; then
    args+=(--quantulum3 "$q3_venv/bin/python")
else
    echo "warning: quantulum3 failed to install; going on without it" >&2
fi
dk_venv="$root/target/duckling-venv"
if duckling_env "$dk_venv"; then
    args+=(--duckling "$dk_venv/bin/python")
else
    echo "warning: Duckling (${DUCKLING[*]}) failed to install; going on without it" >&2
fi

# Every tool is measured on one thread: the peers' numeric libraries and crosscheck's pool.
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 RAYON_NUM_THREADS=1
exec "$PYTHON" "$here/peers.py" "${args[@]}" "$@"
