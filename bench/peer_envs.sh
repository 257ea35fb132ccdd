# Pinned PyPI environments of the peers, sourced by bench/quantulum3.sh and bench/peers.sh.
# Each function makes (or reuses) a venv under target/ and returns non-zero when the peer
# itself could not be installed; the pins are exact so that a rerun measures the same code.
# shellcheck shell=bash

PYTHON="${PYTHON:-python3}"   # >= 3.11 (the Duckling wheel below is built per CPython version)

# quantulum3 0.10.0 is the newest release; inflect and num2words are its runtime deps, pinned
# at the versions this bench was first measured with.
Q3_CORE=(quantulum3==0.10.0 inflect==7.6.0 num2words==0.5.14)
# Optional unit disambiguator. quantulum3 0.10.0 ships clf.joblib pickled with scikit-learn
# 1.8.0 and other versions fail to unpickle it, so that pin is exact. The group is installed
# in one pip call because sklearn without `stemming` makes parse() raise, not degrade.
# (The [classifier] extra also pulls `wikipedia`, used only for retraining: left out.)
Q3_CLF=(scikit-learn==1.8.0 numpy==2.4.6 scipy==1.17.1 joblib==1.6.0 stemming==1.0.1)

# Duckling: pyduckling-native-phihos is the maintained fork of pyduckling-native, a PyO3
# binding that links Facebook's Haskell Duckling (v0.2.0.0, commit 7520daa) into the wheel:
# no Haskell, Java or HTTP server needed. 0.3.0 is the newest release pip is served a
# CPython 3.11 wheel of; it has no Python dependencies. (The older `duckling` package wraps
# the deprecated Clojure Duckling 0.4.23 through JPype: see BENCHMARKS.md for why it is not used.)
DUCKLING=(pyduckling-native-phihos==0.3.0)

# _pinned_env VENV NAME PKG...: install PKG... into VENV once; a stamp file remembers the pins.
_pinned_env() {
    local venv="$1" name="$2"
    shift 2
    local stamp="$venv/.pins-$name"
    [[ -x "$venv/bin/python" ]] || "$PYTHON" -m venv "$venv" || return 1
    [[ "$(cat "$stamp" 2>/dev/null)" == "$*" ]] && return 0
    "$venv/bin/pip" install -q "$@" || return 1
    echo "$*" >"$stamp"
}

# quantulum3_env VENV: fails only when quantulum3 itself fails to install; without the
# classifier group it warns and quantulum3 falls back to heuristics ("classifier OFF").
quantulum3_env() {
    local venv="$1"
    [[ "$(cat "$venv/.pins" 2>/dev/null)" == "${Q3_CORE[*]} ${Q3_CLF[*]}" ]] && return 0
    _pinned_env "$venv" quantulum3 "${Q3_CORE[@]}" || return 1
    if _pinned_env "$venv" quantulum3-classifier "${Q3_CLF[@]}"; then
        echo "${Q3_CORE[*]} ${Q3_CLF[*]}" >"$venv/.pins"
    else
        echo "warning: classifier deps failed to install; measuring quantulum3 without them" >&2
    fi
}

duckling_env() {
    _pinned_env "$1" duckling "${DUCKLING[@]}"
}
