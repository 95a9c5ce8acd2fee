#!/usr/bin/env bash
# Run every fuzz target for RUNS inputs (default 10^6) or SECONDS each, whichever ends first, LANES at a
# time, at low priority; inputs up to MAX_LEN bytes.
#   RUNS=1000000 SECONDS_EACH=600 LANES=2 WORK=/tmp/fuzz bash fuzz/campaign.sh [target ...]
# Each target's log is WORK/<target>.log; its last "Done N runs" line is the count. Undocumented
# exceptions are kept under fuzz/crashes/<target>/ (--keep-going) and the run goes on. The corpus
# grows in WORK/corpus/<target>; fold it back with:
#   python fuzz/harness.py TARGET -merge=1 fuzz/corpus/TARGET WORK/corpus/TARGET
set -uo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-1000000}
LANES=${LANES:-1}
SECONDS_EACH=${SECONDS_EACH:-0}
MAX_LEN=${MAX_LEN:-1024}
WORK=${WORK:-/tmp/diplomacy-fuzz}
PY=${PYTHON:-python}
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    read -r -a targets <<< "$($PY fuzz/harness.py --list | tail -1 | sed 's/^targets: //')"
fi
mkdir -p "$WORK/corpus"
run_one() {
    local t=$1
    mkdir -p "$WORK/corpus/$t"
    local seeds=fuzz/seeds
    [ -d "fuzz/corpus/$t" ] && seeds="fuzz/corpus/$t fuzz/seeds"
    # shellcheck disable=SC2086
    nice -n 19 "$PY" fuzz/harness.py "$t" --keep-going "$WORK/corpus/$t" $seeds -dict=fuzz/wire.dict \
        -runs="$RUNS" -max_total_time="$SECONDS_EACH" -max_len="$MAX_LEN" -timeout=60 -rss_limit_mb=2048 -print_final_stats=1 > "$WORK/$t.log" 2>&1
    echo "$t: $(grep -E '^Done [0-9]+ runs' "$WORK/$t.log" | tail -1) crashes: $(ls fuzz/crashes/$t 2>/dev/null | wc -l)"
}
export -f run_one
export RUNS WORK PY SECONDS_EACH MAX_LEN
printf '%s\n' "${targets[@]}" | xargs -P "$LANES" -I{} bash -c 'run_one {}'
