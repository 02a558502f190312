#!/usr/bin/env bash
# A month of village life under the Guangshan sample points scheme (条例第三十条):
# files 方楼村's village rules, generates April 2025's behaviour events for the
# village's generated households, judges them with Plugins/guangshan-points, and
# prints the top balances, the month's totals and one household's explanation.
#
# Usage: Samples/points/month.sh PATH-TO-SHEQU [DEMO-WORKSPACE]
# It writes sample events, which can never be removed from a workspace, so it never uses
# $SHEQU_STORE: without DEMO-WORKSPACE it makes a workspace of its own in a new temporary
# folder (Xinyang's divisions, Guangshan's households at a twentieth of their number) and
# says where; DEMO-WORKSPACE must be one that scripts/demo.sh made (its folder is marked).
set -euo pipefail
cd "$(dirname "$0")/../.."
shequ="${1:?usage: Samples/points/month.sh PATH-TO-SHEQU [DEMO-WORKSPACE]}"
village="411522001/方楼村委会"
plugin="Plugins/guangshan-points"
if [ -n "${2:-}" ]; then
  workspace="$2"
  if [ ! -e "$(dirname "$workspace")/.shequ-demo" ]; then
    echo "month.sh: $workspace was not made by scripts/demo.sh; sample events are written only into a sample workspace (run without it to get one)" >&2
    exit 2
  fi
else
  folder="$(mktemp -d "${TMPDIR:-/tmp}/shequ-points.XXXXXX")"
  workspace="$folder/guangshan.sqlite"
  echo "== 示例工作区 (sample workspace): $workspace"
  "$shequ" init --store "$workspace" >/dev/null
  "$shequ" import divisions Samples/data/xinyang-divisions.csv --store "$workspace" >/dev/null
  "$shequ" generate --seed 1 --scale 0.05 --under 411522 --store "$workspace" >/dev/null
fi
export SHEQU_STORE="$workspace"
out="$(dirname "$workspace")/points"
mkdir -p "$out"

if ! "$shequ" conventions show fanglou-cgmy >/dev/null 2>&1; then
  "$shequ" conventions create --id fanglou-cgmy --community "$village" --kind village_rules \
    --title "方楼村村规民约" --articles Samples/conventions/guangshan-village-rules.txt --on 2025-01-06 --by 方楼村民委员会
  "$shequ" conventions opinions fanglou-cgmy --from 2025-01-08 --through 2025-01-22 --received 46 \
    --summary "建议宴席上限为10桌，志愿服务积分设上限"
  "$shequ" conventions review fanglou-cgmy --office 光山县弦山街道办事处 --on 2025-02-10 \
    --opinion "未发现与法律法规相抵触的内容，同意提交村民会议表决"
  "$shequ" conventions adopt fanglou-cgmy --body villagers_meeting --held 2025-02-20 --eligible 1260 --present 811 \
    --for 752 --against 31 --abstained 28 --women-present 362
  "$shequ" conventions file fanglou-cgmy --office 光山县弦山街道办事处 --filed 2025-03-01 --published 2025-03-03 \
    --effective 2025-03-15 --plugin "$plugin"
fi

"$shequ" events generate --month 2025-04 --seed 1 --under "$village" --output "$out/fanglou-2025-04.jsonl"
"$shequ" events import "$out/fanglou-2025-04.jsonl" --plugin "$plugin" --today 2025-05-01
echo "== 积分排行（前10）"
"$shequ" points balance --community "$village" --top 10
top="$("$shequ" points balance --community "$village" --top 1 --format json | sed -n 's/.*"subject" : "\(.*\)".*/\1/p')"
echo "== 积分明细 $top"
"$shequ" points explain "$top"
