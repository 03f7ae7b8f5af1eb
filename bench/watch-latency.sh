#!/usr/bin/env bash
# Edit-to-result latency of `kb watch`: starts one watcher on copies of rules/ and
# facts/batam-gimje, then edits one rule (F4.1's threshold, `$count >= parameters.number(...)`
# against `$count >= 0`, flipping F4 and the verdict each time) and measures, from just before the edit until the watcher prints "Changes since run",
# the line that follows the new result. The first WARMUP edits let the JIT warm up and are
# reported apart. Then it edits a fact file EDITS times (no recompilation needed) the same way.
# The figures depend on the machine's load, so the load average is printed with them.
#
#   bench/watch-latency.sh [EDITS] [WARMUP]      (defaults: 20 and 3)
#
# It runs the watcher through ./kb, so with the launcher's JVM options for watch; to compare,
# KB_JAVA_OPTS="" bench/watch-latency.sh runs it on the JVM's defaults.
#
# Every edit is checked to change the file, and every wait for the watcher ends after
# TIMEOUT seconds (default 30, env KB_WATCH_TIMEOUT) with an error: the script never hangs.
#
# Needs Java 17, Maven (to build target/kb.jar if missing) and GNU date (for nanoseconds).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
edits="${1:-20}"
warmup="${2:-3}"
timeout="${KB_WATCH_TIMEOUT:-30}"
[ -f target/kb.jar ] || mvn -B -q -DskipTests package

work="$(mktemp -d)"
trap 'kill "${watcher:-}" 2>/dev/null || true; rm -rf "$work"' EXIT
cp -r rules "$work/rules"
cp -r facts/batam-gimje "$work/case"
rule="$work/rules/f4-implementation.drl"
fact="$work/case/motives.json"
# Both edits must find what they change before the watcher starts: a renamed file or a reworded
# rule stops the script here with the reason, not after a run of timeouts.
[ -f "$fact" ] || { echo "no $fact to edit: choose another fact file of facts/batam-gimje" >&2; exit 1; }
grep -qF '$count >= parameters.number("min-realised-activities") )' "$rule" \
  || { echo "$rule no longer has F4.1's '\$count >= parameters.number(\"min-realised-activities\") )': update the edit" >&2; exit 1; }
grep -q '"summary": "' "$fact" || { echo "$fact has no \"summary\" to edit" >&2; exit 1; }
mkfifo "$work/out"

./kb watch "$work/case" --rules "$work/rules" --max-runs $((2 * edits + warmup + 1)) \
    >"$work/out" 2>&1 &
watcher=$!
exec 3<"$work/out"

# Reads the watcher's output until a line starts with $1 (or $2); fails if the watcher stops
# first or prints nothing of the kind within $timeout seconds.
wait_for() {
  local line deadline=$((SECONDS + timeout)) left
  while true; do
    left=$((deadline - SECONDS))
    if [ "$left" -le 0 ]; then
      echo "no '$1' from the watcher within ${timeout} s (the edit did not reach it?); its output: $work/log" >&2
      tail -5 "$work/log" >&2; exit 1
    fi
    if IFS= read -r -t "$left" line <&3; then :; else
      if [ $? -gt 128 ]; then continue; fi   # timed out: the check above reports it
      echo "watcher stopped before printing '$1'" >&2
      exit 1
    fi
    printf '%s\n' "$line" >>"$work/log"
    case "$line" in "$1"*) return 0 ;; esac
    if [ -n "${2:-}" ]; then case "$line" in "$2"*) return 0 ;; esac; fi
  done
}

# Writes $2 over $1 as most editors save (a temp file, then a rename); fails if nothing changed.
save() {
  if cmp -s "$1" "$2"; then echo "the edit of $1 changed nothing: the pattern no longer matches a line" >&2; exit 1; fi
  start=$(date +%s%N)
  mv "$2" "$1"
}

wait_for "First result"
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
ms=()
for i in $(seq 1 $((edits + warmup))); do
  sleep 0.3   # let the watcher go back to looking, as after a human's edit
  threshold='$count >= parameters.number("min-realised-activities")'
  if grep -qF "$threshold" "$rule"; then
    sed 's/\$count >= parameters\.number("min-realised-activities")/$count >= 0/' "$rule" >"$work/edit.tmp"
  else
    sed 's/\$count >= 0 )/$count >= parameters.number("min-realised-activities") )/' "$rule" >"$work/edit.tmp"
  fi
  save "$rule" "$work/edit.tmp"
  wait_for "Changes since run"
  end=$(date +%s%N)
  ms+=( $(( (end - start) / 1000000 )) )
done

# A fact edit: the summary of a finding gains or loses " (edited)"; the result stays the same.
fms=()
for i in $(seq 1 "$edits"); do
  sleep 0.3
  if grep -q ' (edited)' "$fact"; then
    sed 's/ (edited)//' "$fact" >"$work/edit.tmp"
  else
    sed '0,/"summary": "[^"]*/s//& (edited)/' "$fact" >"$work/edit.tmp"
  fi
  save "$fact" "$work/edit.tmp"
  wait_for "Changes since run" "No change since run"
  end=$(date +%s%N)
  fms+=( $(( (end - start) / 1000000 )) )
done

# The watcher stops after its last run; keep the rest of its output for the timing lines.
cat <&3 >>"$work/log"
# "(run N: T ms, of which compiling the rules C ms)": the watcher's own account of a run.
compile_ms=($(sed -n 's/^(run \([0-9]*\): .* compiling the rules \([0-9]*\) ms)$/\1 \2/p' "$work/log" \
  | awk -v w="$warmup" '$1 > w + 1 { print $2 }'))

summary() { # label, values...
  local label="$1"; shift
  local sorted=($(printf '%s\n' "$@" | sort -n)); local n=${#sorted[@]}
  echo "$label over $n edits: min ${sorted[0]} ms, median ${sorted[$((n / 2))]} ms, p90 ${sorted[$((n * 9 / 10))]} ms, max ${sorted[$((n - 1))]} ms"
}
echo "cores: $(nproc), load average before/after: $load_before / $(cut -d' ' -f1-3 /proc/loadavg)"
echo "warm-up rule edits (ms): ${ms[*]:0:$warmup}"
echo "rule edits (ms): ${ms[*]:$warmup}"
echo "fact edits (ms): ${fms[*]}"
summary "rule edit to result (recompiles the rules)" "${ms[@]:$warmup}"
summary "fact edit to result (same rules)" "${fms[@]}"
summary "of a rule edit, compiling the rules alone" "${compile_ms[@]}"
