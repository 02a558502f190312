#!/bin/sh
# Walks the committee workload gate, the violations register, a deliberation and dispute
# escalation on a fresh workspace of its own, in a new temporary folder (never $SHEQU_STORE,
# which may be someone's real workspace). Usage: Samples/governance/run.sh [shequ binary]
set -e
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
shequ=${1:-"$root/.build/debug/shequ"}
[ -x "$shequ" ] || { echo "run.sh: no shequ binary at $shequ; build it first (swift build)" >&2; exit 2; }
folder=$(mktemp -d "${TMPDIR:-/tmp}/shequ-governance.XXXXXX")
export SHEQU_STORE="$folder/governance.sqlite"
echo "== 示例工作区 (sample workspace): $SHEQU_STORE"
"$shequ" init > /dev/null

echo "== 工作事务指导目录"
"$shequ" affairs catalogue import "$here/catalogue.csv"
"$shequ" affairs catalogue show --county 411521 --on 2025-08-01

echo "== 准入审查"
"$shequ" affairs assign --file "$here/tasks.csv"
"$shequ" affairs assign --file "$here/tasks-free-text.jsonl" --plugin "$root/Plugins/luoshan-governance"

echo "== 违规登记与纠正"
"$shequ" violations correct LS-2025-004-violation --order "撤回拆违任务，由城管部门依法执法" --by 罗山县人民政府 --deadline 2025-06-01 --at 2025-05-10
"$shequ" violations correct LS-2025-004-violation --status corrected --by 罗山县城市管理局 --note 已撤回任务 --at 2025-05-20
"$shequ" violations report --from 2025-01-01 --to 2026-01-01 --by quarter

echo "== 议事协商"
"$shequ" deliberation topic --id YS-2025-01 --community 411521001001 --title 小区停车位划线方案 --proposer 居民代表张某 \
  --participant p1:张一 --participant p2:王二 --participant p3:李三 --participant p4:赵四 --participant p5:钱五 \
  --participant p6:孙六:expert:observer --option A:划线收费 --option B:划线免费 --at 2025-04-01
"$shequ" deliberation meeting YS-2025-01 --id M1 --date 2025-04-10T19:00 --place 社区议事厅 \
  --attendee p1 --attendee p2 --attendee p3 --attendee p4 --attendee p6 --minutes 讨论两种方案
"$shequ" deliberation vote YS-2025-01 --meeting M1 --ballot p1:B --ballot p2:B --ballot p3:A --ballot p4:B
"$shequ" deliberation close YS-2025-01 --meeting M1 --channel 社区公示栏 --follow-up F1:施划停车线:物业公司:2025-05-01 --at 2025-04-11

echo "== 矛盾纠纷化解"
"$shequ" disputes import "$here/disputes.csv"
"$shequ" disputes assign LS-D-002 --mediator m1 --name 周某 --kind peoples_mediator --by 龙池社区人民调解委员会 --at 2025-06-04
"$shequ" disputes session LS-D-002 --id S1 --date 2025-06-05T10:00 --place 社区调解室 --mediator m1 --summary 兄弟二人同意分担
"$shequ" disputes resolve LS-D-002 --outcome mediation_agreement --agreement 兄弟二人各承担一半赡养费 --by 龙池社区人民调解委员会 --at 2025-06-05T11:00
"$shequ" disputes escalate --now 2025-06-10T12:00 --plugin "$root/Plugins/luoshan-governance"
"$shequ" disputes escalate --now 2025-06-20T12:00
"$shequ" disputes show LS-D-001 --now 2025-06-20T12:00
