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
# SHEQU_BINARY=PATH measures an already built `shequ` instead of building a release one.
shequ="${SHEQU_BINARY:-}"
if [ -z "$shequ" ]; then
    swift build -c release --product shequ --package-path "$root" >/dev/null
    # Plugins run in a worker process by default; it sits next to shequ.
    swift build -c release --product shequ-plugin-worker --package-path "$root" >/dev/null
    shequ="$(swift build -c release --show-bin-path --package-path "$root")/shequ"
fi
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
rm -rf "$work"/*.sqlite* "$work/csv" "$work"/events*.jsonl

# SHEQU_MEASURE_EVENTS_ONLY=1 skips the population figures (1, 2) and measures only event ingest (3, 4).
declare -A t
if [ -z "${SHEQU_MEASURE_EVENTS_ONLY:-}" ]; then
# 1. The CSV files both imports read.
"$shequ" init --store "$work/csv.sqlite" >&2
"$shequ" import divisions "$divisions" --store "$work/csv.sqlite" >&2
"$shequ" generate --seed 1 --scale "$scale" --csv-dir "$work/csv" --store "$work/csv.sqlite" >&2
households=$(( $(wc -l < "$work/csv/households.csv") - 1 ))
residents=$(( $(wc -l < "$work/csv/residents.csv") - 1 ))
rows=$(( households + residents ))

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

fi

# 3. Event ingest: a month of behaviour events of two townships (one in each of two counties), recorded
#    and judged with the Guangshan points plugin under village rules filed for each of their communities.
plugin="$root/Plugins/guangshan-points"
rules="$root/Samples/conventions/guangshan-village-rules.txt"
townships=(411522106 411503101)
communities() { awk -F, -v t="$1" '{ sub(/\r$/, "") } $5 == t { print $5 "/" $7 }' "$divisions"; }
file_rules() {
    local store="$1" number=0 community id
    for township in "${townships[@]}"; do
        for community in $(communities "$township"); do
            number=$((number + 1)); id="rules-$number"
            "$shequ" conventions create --id "$id" --community "$community" --kind village_rules --title 村规民约 \
                --articles "$rules" --on 2025-01-06 --store "$store" >/dev/null
            "$shequ" conventions opinions "$id" --from 2025-01-08 --through 2025-01-22 --received 12 --summary 无异议 --store "$store" >/dev/null
            "$shequ" conventions review "$id" --office 街道办事处 --on 2025-02-10 --opinion 同意 --store "$store" >/dev/null
            "$shequ" conventions adopt "$id" --body villagers_meeting --held 2025-02-20 --eligible 800 --present 500 --for 450 \
                --against 30 --abstained 20 --women-present 230 --store "$store" >/dev/null
            "$shequ" conventions file "$id" --office 街道办事处 --filed 2025-03-01 --published 2025-03-03 --effective 2025-03-15 \
                --plugin "$plugin" --store "$store" >/dev/null
        done
    done
}
entries() { python3 -c 'import json,sys; print(json.load(sys.stdin)["entries_written"])'; }
# The two townships' population, generated the same into both stores; the month's events from it.
declare -A written
for store in sqlite postgres; do
    if [ "$store" = sqlite ]; then target="$work/events.sqlite"; else target="$(pg events)"; fi
    "$shequ" init --store "$target" >&2
    "$shequ" import divisions "$divisions" --store "$target" >&2
    for township in "${townships[@]}"; do "$shequ" generate --seed 1 --scale "$scale" --under "$township" --store "$target" >&2; done
done
for township in "${townships[@]}"; do
    "$shequ" events generate --month 2025-04 --seed 1 --under "$township" --output "$work/events-$township.jsonl" --store "$work/events.sqlite"
done
cat "$work"/events-*.jsonl > "$work/events.jsonl"
events=$(wc -l < "$work/events.jsonl")
file_rules "$work/events.sqlite" & file_rules "$(pg events)" & wait
for store in sqlite postgres; do
    if [ "$store" = sqlite ]; then target="$work/events.sqlite"; else target="$(pg events)"; fi
    t[$store-events]=$(seconds "$shequ" events import "$work/events.jsonl" --store "$target")
    start=$(date +%s.%N)
    written[$store]=$("$shequ" points run --plugin "$plugin" --today 2025-05-01 --format json --store "$target" | entries)
    t[$store-points]=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2f\n", b - a }')
done
[ "${written[sqlite]}" = "${written[postgres]}" ] || { echo "ledger entries differ: ${written[sqlite]} vs ${written[postgres]}" >&2; exit 1; }

# 4. Concurrent event ingest into one database, each scenario in a fresh workspace with the same rules:
#    one process importing (and judging) the two townships' files one after the other, two processes at
#    once (one per county), and four at once (two per county, over the same files).
psql_count() { psql "${server%%\?*}" -Atc "SELECT count(*) FROM m${run}_$1.ledger_entries"; }
ingest() {
    local store="$1" pids=() file; shift
    for file in "$@"; do
        "$shequ" events import "$file" --plugin "$plugin" --today 2025-05-01 --store "$store" >/dev/null & pids+=($!)
    done
    for pid in "${pids[@]}"; do wait "$pid"; done
}
one_by_one() {
    local store="$1" file; shift
    for file in "$@"; do "$shequ" events import "$file" --plugin "$plugin" --today 2025-05-01 --store "$store" >/dev/null; done
}
files=("$work/events-${townships[0]}.jsonl" "$work/events-${townships[1]}.jsonl")
for scenario in ingest_one ingest_two ingest_four; do
    { "$shequ" init --store "$(pg $scenario)" && "$shequ" import divisions "$divisions" --store "$(pg $scenario)" \
        && file_rules "$(pg $scenario)"; } >&2 &
done
wait
t[ingest-one]=$(seconds one_by_one "$(pg ingest_one)" "${files[@]}")
t[ingest-two]=$(seconds ingest "$(pg ingest_two)" "${files[@]}")
t[ingest-four]=$(seconds ingest "$(pg ingest_four)" "${files[@]}" "${files[@]}")
declare -A counted
for scenario in ingest_one ingest_two ingest_four; do counted[$scenario]=$(psql_count $scenario); done
[ "${counted[ingest_one]}" = "${counted[ingest_two]}" ] && [ "${counted[ingest_one]}" = "${counted[ingest_four]}" ] \
    || { echo "ledger counts differ: ${counted[*]}" >&2; exit 1; }

if [ -z "${SHEQU_MEASURE_EVENTS_ONLY:-}" ]; then
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
fi
cat <<TABLE
Event ingest, April 2025 of townships ${townships[*]} ($events events; village rules filed for each community):

| step | SQLite | PostgreSQL |
| --- | ---: | ---: |
| events import | ${t[sqlite-events]} s ($(rate $events ${t[sqlite-events]}) events/s) | ${t[postgres-events]} s ($(rate $events ${t[postgres-events]}) events/s) |
| points run (judge and write the ledger) | ${t[sqlite-points]} s ($(rate $events ${t[sqlite-points]}) events/s), ${written[sqlite]} entries | ${t[postgres-points]} s ($(rate $events ${t[postgres-points]}) events/s), ${written[postgres]} entries |

PostgreSQL, events import --plugin (record and judge) of the two townships' files:

| writers | time | events/s | ledger entries |
| --- | ---: | ---: | ---: |
| one process, the two files one after the other | ${t[ingest-one]} s | $(rate $events ${t[ingest-one]}) | ${counted[ingest_one]} |
| two processes at once, one per county | ${t[ingest-two]} s | $(rate $events ${t[ingest-two]}) | ${counted[ingest_two]} |
| four processes at once, two per county over the same files | ${t[ingest-four]} s | $(rate $events ${t[ingest-four]}) distinct | ${counted[ingest_four]} |
TABLE
