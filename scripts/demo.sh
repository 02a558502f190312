#!/usr/bin/env bash
# The main job: builds Shequ in release mode, creates a workspace from Xinyang's real
# divisions, generates households and residents for it, and prints the summary.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh
swift build -c release --product shequ
shequ="$(swift build -c release --show-bin-path)/shequ"
export SHEQU_STORE="${SHEQU_STORE:-$PWD/out/xinyang.sqlite}"
mkdir -p "$(dirname "$SHEQU_STORE")"

echo "== the sample points plugin"
"$shequ" plugin check Plugins/guangshan-points
"$shequ" plugin test Plugins/guangshan-points
