#!/usr/bin/env bash
# Speed reference: quantulum3 on the BBC articles that `cargo bench --bench extract` reads.
# Usage: bash bench/quantulum3.sh [CORPUS_DIR] [--limit N] [--runs R]   (needs python3 >= 3.11, PyPI)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
venv="$(dirname "$here")/target/bench-venv"   # target/ is gitignored and outside the crate's sources

core=(quantulum3==0.10.0 inflect==7.6.0 num2words==0.5.14)
# Optional unit disambiguator. quantulum3 0.10.0 ships clf.joblib pickled with scikit-learn
# 1.8.0 and other versions fail to unpickle it, so that pin is exact. The group is installed
# in one pip call because sklearn without `stemming` makes parse() raise, not degrade.
# (The [classifier] extra also pulls `wikipedia`, used only for retraining: left out.)
clf=(scikit-learn==1.8.0 numpy==2.4.6 scipy==1.17.1 joblib==1.6.0 stemming==1.0.1)

[[ -x "$venv/bin/python" ]] || python3 -m venv "$venv"
stamp="$venv/.pins"
if [[ "$(cat "$stamp" 2>/dev/null)" != "${core[*]} ${clf[*]}" ]]; then
    "$venv/bin/pip" install -q "${core[@]}"
    if "$venv/bin/pip" install -q "${clf[@]}"; then
        echo "${core[*]} ${clf[*]}" >"$stamp"
    else
        # Still a valid run: quantulum3 falls back to heuristics; the output says "classifier OFF".
        echo "warning: classifier deps failed to install; measuring quantulum3 without them" >&2
    fi
fi

# The Rust bench is single-threaded; keep numpy/scipy from using the second core.
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1
exec "$venv/bin/python" "$here/quantulum3_bench.py" "$@"
