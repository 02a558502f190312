#!/usr/bin/env bash
# The main job: builds Shequ in release mode, creates a workspace from Xinyang's real
# divisions (10 counties, 208 townships, 3,358 communities), generates the whole city's
# households and residents for it (about 2 million and 6 million), and prints the
# summary; divides every community into grids and runs a month of behaviour events
# through the Guangshan points plugin; generates two months of 12345 hotline requests and
# analyses them. SHEQU_DEMO_SCALE=0.05 generates a twentieth of the city, for a quick look.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh
swift build -c release --product shequ
# Plugins run in a worker process by default (--isolation process); it sits next to shequ.
swift build -c release --product shequ-plugin-worker
shequ="$(swift build -c release --show-bin-path)/shequ"
workspace="${SHEQU_STORE:-$PWD/out/xinyang.sqlite}"
scale="${SHEQU_DEMO_SCALE:-1}"
mkdir -p "$(dirname "$workspace")"
rm -f "$workspace" "$workspace-wal" "$workspace-shm"
export SHEQU_STORE="$workspace"

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
SHEQU_POINTS_OUT="$(dirname "$workspace")/points" Samples/points/month.sh "$shequ"

echo "== two months of 12345 hotline requests (invented, over the real communities) and June's analysis (Art. 15)"
"$shequ" hotline generate --month 2025-05 --seed 1
"$shequ" hotline generate --month 2025-06 --seed 2
"$shequ" hotline duplicates --link | tail -n 3
"$shequ" hotline analyse --from 2025-06-01 --to 2025-06-30 --now 2025-07-01 --by category

echo "== summary"
"$shequ" divisions summary
"$shequ" divisions summary --format json
