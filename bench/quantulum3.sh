#!/usr/bin/env bash
# Speed reference: quantulum3 on the BBC articles that `cargo bench --bench extract` reads.
# Usage: bash bench/quantulum3.sh [CORPUS_DIR] [--limit N] [--runs R]   (needs python3 >= 3.11, PyPI)
# (bench/peers.sh runs it beside Duckling and crosscheck, whole process, on >= 1 MB.)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
venv="$(dirname "$here")/target/bench-venv"   # target/ is gitignored and outside the crate's sources
# shellcheck source=bench/peer_envs.sh
source "$here/peer_envs.sh"                   # the pins, and why each

quantulum3_env "$venv"

# The Rust bench is single-threaded; keep numpy/scipy from using the second core.
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1
exec "$venv/bin/python" "$here/quantulum3_bench.py" "$@"
