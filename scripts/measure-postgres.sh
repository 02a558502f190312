#!/usr/bin/env bash
# Measures the PostgreSQL store against the SQLite store on the same generated city, with a release
# build, and several processes writing one PostgreSQL database at once.
# Usage: scripts/measure-postgres.sh [WORKDIR] [SCALE]
# Needs a server: run it under scripts/with-postgres.sh, or set SHEQU_TEST_POSTGRES_URL yourself.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
work="${1:-$(mktemp -d /tmp/shequ-measure-pg.XXXXXX)}"
scale="${2:-0.1}"
server="${SHEQU_TEST_POSTGRES_URL:?run under scripts/with-postgres.sh or set SHEQU_TEST_POSTGRES_URL}"
mkdir -p "$work"
swift build -c release --product shequ --package-path "$root" >/dev/null
shequ="$(swift build -c release --show-bin-path --package-path "$root")/shequ"
divisions="$root/Samples/data/xinyang-divisions.csv"
run="$(date +%s)"

# seconds COMMAND...: runs COMMAND, prints its wall-clock seconds on stdout, its output on stderr.
seconds() {
    local start end
    start=$(date +%s.%N)
    "$@" >&2
    end=$(date +%s.%N)
    awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f\n", b - a }'
}
rate() { awk -v n="$1" -v t="$2" 'BEGIN { printf "%d\n", n / t }'; }
pg() { case "$server" in *\?*) echo "$server&schema=m${run}_$1" ;; *) echo "$server?schema=m${run}_$1" ;; esac; }
json() { python3 -c "import json,sys; print(\"%.2f\" % json.load(sys.stdin)[\"$1\"])"; }

echo "workdir: $work (scale $scale)" >&2
rm -rf "$work"/*.sqlite* "$work/csv"

# 1. The CSV files both imports read.
"$shequ" init --store "$work/csv.sqlite" >&2
"$shequ" import divisions "$divisions" --store "$work/csv.sqlite" >&2
"$shequ" generate --seed 1 --scale "$scale" --csv-dir "$work/csv" --store "$work/csv.sqlite" >&2
households=$(( $(wc -l < "$work/csv/households.csv") - 1 ))
residents=$(( $(wc -l < "$work/csv/residents.csv") - 1 ))
rows=$(( households + residents ))

declare -A t
for store in sqlite postgres; do
    if [ "$store" = sqlite ]; then generated="$work/generated.sqlite"; imported="$work/imported.sqlite"; else generated="$(pg generated)"; imported="$(pg imported)"; fi
    "$shequ" init --store "$generated" >&2
    t[$store-divisions]=$(seconds "$shequ" import divisions "$divisions" --store "$generated")
    t[$store-generate]=$(seconds "$shequ" generate --seed 1 --scale "$scale" --store "$generated")
    "$shequ" init --store "$imported" >&2
    "$shequ" import divisions "$divisions" --store "$imported" >&2
    t[$store-households]=$("$shequ" import households "$work/csv/households.csv" --format json --store "$imported" | json seconds)
    t[$store-residents]=$("$shequ" import residents "$work/csv/residents.csv" --format json --store "$imported" | json seconds)
    "$shequ" divisions summary --format json --store "$generated" > "$work/$store-generated.json"
    "$shequ" divisions summary --format json --store "$imported" > "$work/$store-imported.json"
done
for file in sqlite-imported postgres-generated postgres-imported; do
    cmp -s "$work/sqlite-generated.json" "$work/$file.json" || { echo "summary of $file differs from sqlite-generated" >&2; exit 1; }
done

# 2. Concurrent writers into one database: two counties at once, then each county by two processes at once.
concurrent="$(pg concurrent)"
"$shequ" init --store "$concurrent" >&2
"$shequ" import divisions "$divisions" --store "$concurrent" >&2
counties=(浉河区 平桥区)
writers() {
    local pids=() county
    for county in "$@"; do
        "$shequ" generate --seed 1 --scale "$scale" --under "$county" --store "$concurrent" >&2 & pids+=($!)
    done
    for pid in "${pids[@]}"; do wait "$pid"; done
}
t[two-counties]=$(seconds writers "${counties[@]}")
two_rows=$("$shequ" divisions summary --format json --store "$concurrent" | python3 -c 'import json,sys; s=json.load(sys.stdin); print(s["households"] + s["residents"])')
t[same-county]=$(seconds writers "${counties[@]}" "${counties[@]}")
after_rows=$("$shequ" divisions summary --format json --store "$concurrent" | python3 -c 'import json,sys; s=json.load(sys.stdin); print(s["households"] + s["residents"])')
[ "$after_rows" = "$two_rows" ] || { echo "rerunning the same counties changed the row count: $two_rows -> $after_rows" >&2; exit 1; }
sequential="$(pg sequential)"
"$shequ" init --store "$sequential" >&2
"$shequ" import divisions "$divisions" --store "$sequential" >&2
t[sequential]=$(seconds sh -c "for c in ${counties[*]}; do '$shequ' generate --seed 1 --scale $scale --under \$c --store '$sequential' >&2; done")

cat <<TABLE
scale $scale: $households households, $residents residents ($rows rows)

| step | SQLite | PostgreSQL |
| --- | ---: | ---: |
| import divisions (3,358 lines, 3,577 rows) | ${t[sqlite-divisions]} s | ${t[postgres-divisions]} s |
| generate into the store | ${t[sqlite-generate]} s ($(rate $rows ${t[sqlite-generate]}) rows/s) | ${t[postgres-generate]} s ($(rate $rows ${t[postgres-generate]}) rows/s) |
| import households | ${t[sqlite-households]} s ($(rate $households ${t[sqlite-households]}) rows/s) | ${t[postgres-households]} s ($(rate $households ${t[postgres-households]}) rows/s) |
| import residents | ${t[sqlite-residents]} s ($(rate $residents ${t[sqlite-residents]}) rows/s) | ${t[postgres-residents]} s ($(rate $residents ${t[postgres-residents]}) rows/s) |

PostgreSQL, ${counties[*]} ($two_rows households + residents):

| writers | time | rows/s |
| --- | ---: | ---: |
| one process, the two counties one after the other | ${t[sequential]} s | $(rate $two_rows ${t[sequential]}) |
| two processes at once, one per county | ${t[two-counties]} s | $(rate $two_rows ${t[two-counties]}) |
| four processes at once, two per county, over the same data (all rows unchanged) | ${t[same-county]} s | $(rate $((two_rows * 2)) ${t[same-county]}) rows checked |
TABLE
