#!/usr/bin/env bash
# Beat against taskwarrior on the same tasks: the komenda store's tasks are exported
# (`beat task list --json`), imported into taskwarrior in a temporary HOME, and both tools
# are timed on the same commands, alternating runs. Prints medians and ratios.
#
#   bench/vs-taskwarrior.sh [--keep-status] STORE [RUNS]   (RUNS defaults to 10)
#
# Every task goes into taskwarrior's working set (pending), as every task is in Beat's:
# both tools then carry the same 10,000+ tasks, the workload of the issue. With
# --keep-status, done tasks are imported completed and cancelled ones deleted instead:
# taskwarrior then keeps them out of its working set, and its commands have less to read.
#
# Needs a release build of beat (built here if missing: swift build -c release), and
# installs taskwarrior and jq with apt-get when they are missing. STORE is only read:
# the commands that write run on a scratch copy.
set -euo pipefail

KEEP_STATUS=false
if [ "${1:-}" = "--keep-status" ]; then KEEP_STATUS=true; shift; fi
STORE=${1:?usage: bench/vs-taskwarrior.sh [--keep-status] STORE [RUNS]}
RUNS=${2:-10}
STORE=$(cd "$STORE" && pwd)
HERE=$(cd "$(dirname "$0")/.." && pwd)
BEAT=${BEAT:-$HERE/.build/release/beat}

need() {
    command -v "$1" >/dev/null && return
    echo "vs-taskwarrior: installing $2 with apt-get" >&2
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo=sudo
    $sudo apt-get update -qq >&2
    $sudo apt-get install -y -qq "$2" >&2
}
need task taskwarrior
need jq jq
if [ ! -x "$BEAT" ]; then
    echo "vs-taskwarrior: building beat (release)" >&2
    (cd "$HERE" && swift build -c release --product beat >&2)
fi

TMP=$(mktemp -d "${TMPDIR:-/tmp}/beat-vs-task.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
export HOME="$TMP/home" TASKRC="$TMP/taskrc" TASKDATA="$TMP/task" XDG_CONFIG_HOME="$TMP/config" BEAT_LANG=en LANG=C.UTF-8
mkdir -p "$HOME" "$TASKDATA"
cat > "$TASKRC" <<EOF
data.location=$TASKDATA
confirmation=off
hooks=off
news.version=2.6.2
EOF

# A scratch copy of the store for the commands that write (snapshots are never changed in
# place, so they are hard-linked when the file system allows it).
SCRATCH="$TMP/store"
cp -al "$STORE" "$SCRATCH" 2>/dev/null || { rm -rf "$SCRATCH"; cp -a "$STORE" "$SCRATCH"; }
rm -f "$SCRATCH/journal.jsonl" "$SCRATCH/store.json"
cp "$STORE/journal.jsonl" "$STORE/store.json" "$SCRATCH/"

OFFICER=$("$BEAT" officer list --json --data "$STORE" | jq -r '[.[] | select(.beat != null and .active)][0].id')

# Beat's tasks as taskwarrior's import format: the same titles, districts as projects,
# assignees as tags, notes as annotations. With --keep-status: open and in progress are
# pending, done is completed, not done and cancelled are deleted.
echo "vs-taskwarrior: exporting the tasks of $STORE" >&2
"$BEAT" task list --json --data "$STORE" | jq --argjson keep "$KEEP_STATUS" '[.[] | (if $keep then . else .status = "open" end) | {
    description: .title,
    status: (if .status == "open" or .status == "in-progress" then "pending"
             elif .status == "done" then "completed" else "deleted" end),
    entry: .created,
    project: .district,
    priority: ({"high": "H", "normal": "M", "low": "L"}[.priority]),
    tags: [.assignee],
    annotations: [.notes[] | {entry: .at, description: .text}]
  }
  + (if .due then {due: .due} else {} end)
  + (if .status == "in-progress" then {start: .created} else {} end)
  + (if .status == "open" or .status == "in-progress" then {} else {end: .created} end)]' > "$TMP/tasks.json"
TOTAL=$(jq length "$TMP/tasks.json")
PENDING=$(jq '[.[] | select(.status == "pending")] | length' "$TMP/tasks.json")
echo "vs-taskwarrior: importing $TOTAL tasks ($PENDING pending) into taskwarrior" >&2
task import "$TMP/tasks.json" >/dev/null 2>&1

# Pending tasks to close, one per run: taskwarrior's by uuid, Beat's by number (same tasks, same order).
mapfile -t TW_PENDING < <(task status:pending export 2>/dev/null | jq -r 'sort_by(.entry) | .[].uuid')
mapfile -t BEAT_OPEN < <("$BEAT" task list --json --status open --status in-progress --data "$STORE" | jq -r 'sort_by(.created) | .[].id')

# stamp VAR: the time now, in nanoseconds, into VAR; bash 5's clock when there is one, so
# that taking the time costs no process.
stamp() {
    if [ -n "${EPOCHREALTIME:-}" ]; then
        local t=${EPOCHREALTIME/[.,]/}
        printf -v "$1" '%d' $((10#$t * 1000))
    else
        printf -v "$1" '%d' "$(date +%s%N)"
    fi
}
median() { sort -n | awk '{a[NR]=$1} END {m = (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2; printf "%.1f", m / 1e6}'; }

row() { awk -v n="$1" -v b="$2" -v t="$3" 'BEGIN { printf "| %-44s | %9.1f ms | %9.1f ms | %6.3f× |", n, b, t, b / t }'; }

# compare NAME BEAT-COMMAND -- TASK-COMMAND: RUNS alternating runs of each, after one warm-up.
declare -a ROWS
compare() {
    local name=$1; shift
    local beat_cmd=() task_cmd=()
    while [ "$1" != "--" ]; do beat_cmd+=("$1"); shift; done
    shift
    task_cmd=("$@")
    "${beat_cmd[@]}" >/dev/null 2>&1 || true
    "${task_cmd[@]}" >/dev/null 2>&1 || true
    : > "$TMP/b" ; : > "$TMP/t"
    for ((i = 0; i < RUNS; i++)); do
        local t0 t1 t2
        stamp t0; "${beat_cmd[@]}" >/dev/null 2>&1; stamp t1
        "${task_cmd[@]}" >/dev/null 2>&1; stamp t2
        echo $((t1 - t0)) >> "$TMP/b"; echo $((t2 - t1)) >> "$TMP/t"
    done
    local b t
    b=$(median < "$TMP/b"); t=$(median < "$TMP/t")
    ROWS+=("$(row "$name" "$b" "$t")")
}

B="$BEAT"
echo "vs-taskwarrior: timing ($RUNS runs each, alternating)" >&2
if $KEEP_STATUS; then
    compare "list every task ($TOTAL; task all)" "$B" task list --data "$STORE" -- task all
    compare "list open tasks ($PENDING; task list)" "$B" task list --status open --status in-progress --data "$STORE" -- task list
else
    compare "list every task ($TOTAL; task list)" "$B" task list --data "$STORE" -- task list
fi
compare "add a task" "$B" task add --title "Pomiar czasu" --assignee "$OFFICER" --as "$OFFICER" --data "$SCRATCH" -- task add "Pomiar czasu"

# Closing: each run closes another task, so the commands are built per run.
: > "$TMP/b" ; : > "$TMP/t"
for ((i = 0; i < RUNS + 1; i++)); do
    stamp t0; "$B" task status "${BEAT_OPEN[$i]}" done --as "$OFFICER" --data "$SCRATCH" >/dev/null 2>&1; stamp t1
    task "${TW_PENDING[$i]}" done >/dev/null 2>&1; stamp t2
    [ "$i" -eq 0 ] && continue  # warm-up
    echo $((t1 - t0)) >> "$TMP/b"; echo $((t2 - t1)) >> "$TMP/t"
done
b=$(median < "$TMP/b"); t=$(median < "$TMP/t")
ROWS+=("$(row "close a task (task status N done / N done)" "$b" "$t")")

echo
echo "beat $(basename "$STORE") vs taskwarrior $(task --version): $TOTAL tasks, $PENDING pending in taskwarrior, medians of $RUNS alternating runs"
echo
printf '| %-44s | %12s | %12s | %7s |\n' "command" "beat" "taskwarrior" "ratio"
printf '| %-44s | %12s | %12s | %7s |\n' "--------------------------------------------" "------------" "------------" "-------"
printf '%s\n' "${ROWS[@]}"
echo
echo "targets: list ≤ 0.1×, add and close ≤ 0.25× taskwarrior"
