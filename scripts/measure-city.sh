#!/usr/bin/env bash
# Measures generating and importing a whole city (Xinyang: ~2M households, ~6M residents) with a release
# build, and compares the import with the sqlite3 tool's `.import` of the same CSV files into equivalent
# tables on the same disk. Usage: scripts/measure-city.sh [WORKDIR] [SCALE]
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
work="${1:-$(mktemp -d /tmp/shequ-measure.XXXXXX)}"
scale="${2:-1}"
mkdir -p "$work"
swift build -c release --product shequ --package-path "$root" >/dev/null
shequ="$(swift build -c release --show-bin-path --package-path "$root")/shequ"
divisions="$root/Samples/data/xinyang-divisions.csv"

# seconds COMMAND...: runs COMMAND, prints its wall-clock seconds on stdout, its output on stderr.
seconds() {
    local start end
    start=$(date +%s.%N)
    "$@" >&2
    end=$(date +%s.%N)
    awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f\n", b - a }'
}
rate() { awk -v n="$1" -v t="$2" 'BEGIN { printf "%d\n", n / t }'; }
lines() { echo $(( $(wc -l < "$1") - 1 )); }

echo "workdir: $work (scale $scale)" >&2
rm -rf "$work"/*.sqlite* "$work/csv" "$work/sqlite3-import.db"

# 1. Generate straight into a workspace.
export SHEQU_STORE="$work/generated.sqlite"
"$shequ" init >&2
"$shequ" import divisions "$divisions" >&2
t_generate=$(seconds "$shequ" generate --seed 1 --scale "$scale")
"$shequ" divisions summary --format json > "$work/generated-summary.json"

# 2. Generate the same data as CSV files.
t_csv=$(seconds "$shequ" generate --seed 1 --scale "$scale" --csv-dir "$work/csv")
households=$(lines "$work/csv/households.csv")
residents=$(lines "$work/csv/residents.csv")

# 3. Import those CSV files into a fresh workspace.
export SHEQU_STORE="$work/imported.sqlite"
"$shequ" init >&2
"$shequ" import divisions "$divisions" >&2
t_households=$("$shequ" import households "$work/csv/households.csv" --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)["seconds"])')
t_residents=$("$shequ" import residents "$work/csv/residents.csv" --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)["seconds"])')
"$shequ" divisions summary --format json > "$work/imported-summary.json"
cmp -s "$work/generated-summary.json" "$work/imported-summary.json" || { echo "summaries differ" >&2; exit 1; }

# 4. The practical ceiling: sqlite3's .import of the same files into equivalent tables and indexes.
sqlite3 "$work/sqlite3-import.db" <<'SQL' >&2
PRAGMA journal_mode = WAL;
PRAGMA synchronous = NORMAL;
PRAGMA cache_size = -262144;
CREATE TABLE households (id TEXT PRIMARY KEY NOT NULL, community_id TEXT NOT NULL, dwelling_kind TEXT, dwelling_name TEXT, address TEXT NOT NULL) WITHOUT ROWID;
CREATE INDEX households_community ON households(community_id, id);
CREATE TABLE residents (id TEXT PRIMARY KEY NOT NULL, household_id TEXT NOT NULL, name TEXT NOT NULL, sex TEXT NOT NULL, birth_date TEXT NOT NULL, id_number TEXT, phone TEXT, role TEXT NOT NULL, care TEXT) WITHOUT ROWID;
CREATE INDEX residents_household ON residents(household_id);
SQL
s3_households=$(seconds sqlite3 "$work/sqlite3-import.db" -cmd "PRAGMA synchronous = NORMAL" -cmd "PRAGMA cache_size = -262144" ".import --csv --skip 1 $work/csv/households.csv households")
s3_residents=$(seconds sqlite3 "$work/sqlite3-import.db" -cmd "PRAGMA synchronous = NORMAL" -cmd "PRAGMA cache_size = -262144" ".import --csv --skip 1 $work/csv/residents.csv residents")

cat <<REPORT
households: $households, residents: $residents
generate into the store:  ${t_generate} s  ($(rate $((households + residents)) $t_generate) rows/s)
generate CSV files:       ${t_csv} s  ($(rate $((households + residents)) $t_csv) rows/s)
shequ import households:   ${t_households} s  ($(rate $households $t_households) rows/s)
shequ import residents:    ${t_residents} s  ($(rate $residents $t_residents) rows/s)
sqlite3 .import households: ${s3_households} s  ($(rate $households $s3_households) rows/s)
sqlite3 .import residents:  ${s3_residents} s  ($(rate $residents $s3_residents) rows/s)
ratio shequ/sqlite3 (households+residents): $(awk -v a="$t_households" -v b="$t_residents" -v c="$s3_households" -v d="$s3_residents" 'BEGIN { printf "%.2f\n", (a + b) / (c + d) }')
REPORT
