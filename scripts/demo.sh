#!/usr/bin/env bash
# The main job: builds Shequ in release mode, creates a workspace from Xinyang's real
# divisions (10 counties, 208 townships, 3,358 communities), generates the whole city's
# households and residents for it (about 2 million and 6 million), and prints the
# summary; divides every community into grids and runs a month of behaviour events
# through the Guangshan points plugin; generates two months of 12345 hotline requests and
# analyses them. SHEQU_DEMO_SCALE=0.05 generates a twentieth of the city, for a quick look.
set -euo pipefail
cd "$(dirname "$0")/.."

# The demo works only in a workspace of its own, under out/demo/, and never in $SHEQU_STORE:
# it replaces that workspace on every run, so it marks the folder as its own and replaces
# nothing it did not make.
demo="$PWD/out/demo"
workspace="$demo/xinyang.sqlite"
marker="$demo/.shequ-demo"
scale="${SHEQU_DEMO_SCALE:-1}"
if [ -e "$workspace" ] && [ ! -e "$marker" ]; then
    echo "demo: $workspace exists and was not made by this script; move it away, then run again" >&2
    exit 2
fi
mkdir -p "$demo"
touch "$marker"
rm -f "$workspace" "$workspace-wal" "$workspace-shm"
export SHEQU_STORE="$workspace"

bash scripts/setup.sh
swift build -c release --product shequ
# Plugins run in a worker process by default (--isolation process); it sits next to shequ.
swift build -c release --product shequ-plugin-worker
shequ="$(swift build -c release --show-bin-path)/shequ"

echo "== workspace $workspace"
"$shequ" init
"$shequ" import divisions Samples/data/xinyang-divisions.csv
echo "== generating households and residents (seed 1, scale $scale)"
"$shequ" generate --seed 1 --scale "$scale"

echo "== the sample points plugin of Guangshan county"
"$shequ" plugin check Plugins/guangshan-points
"$shequ" plugin test Plugins/guangshan-points

echo "== grids: every community divided (built-in; plugins for Shihe 411502 and Xin county 411523)"
"$shequ" plugin test Plugins/shihe-grids
"$shequ" plugin test Plugins/xinxian-grids
"$shequ" grids divide --all --plugin Plugins/shihe-grids --plugin Plugins/xinxian-grids --apply --from 2025-01-01

echo "== a month of points under Guangshan's village rules (Art. 30)"
Samples/points/month.sh "$shequ" "$workspace"

echo "== two months of 12345 hotline requests (invented, over the real communities) and June's analysis (Art. 15)"
"$shequ" hotline generate --month 2025-05 --seed 1
"$shequ" hotline generate --month 2025-06 --seed 2
"$shequ" hotline duplicates --link | tail -n 3
"$shequ" hotline analyse --from 2025-06-01 --to 2025-06-30 --now 2025-07-01 --by category

echo "== summary"
"$shequ" divisions summary
"$shequ" divisions summary --format json
