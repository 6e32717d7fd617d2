#!/usr/bin/env bash
# pacta diff against the word diffs people use today, on the same pair of
# real consecutive drafts (EU AI Act v01 -> v02, plain text), then the pair
# scaled x10 and x100 by repetition. Prints, per scale, one run's wall
# seconds, peak memory and ratios (pacta's CPU seconds too, since it works
# on two threads; git and wdiff: one process each, wdiff plus its diff),
# then the medians of interleaved runs, which are the figures to quote.
#
# The scaled drafts are the real ones repeated: one text whose numbering
# restarts at every copy, so pacta sees ten or a hundred clauses with each
# text and id (disambiguated, then aligned by content), a harder alignment
# than one long draft. With DISTINCT=1 every non-blank line of copy i other
# than a TITLE, CHAPTER, SECTION, ANNEX, PART or Article heading gets
# " [copy i]" appended, in both drafts alike: the same changes, no clause
# text repeated, and the same inputs for every tool.
# usage: [DISTINCT=1] bench/diff_vs_tools.sh [build-dir] [scales...]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
shift || true
scales=${*:-1 10 100}
texts=${PACTA_TEXTS:-../shared/texts}
old_src=$(ls "$texts"/eu-ai-act-v01-*.txt)
new_src=$(ls "$texts"/eu-ai-act-v02-*.txt)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

measure() {  # measure COMMAND...: prints "wall_seconds cpu_seconds peak_MB"
  /usr/bin/time -v "$@" > /dev/null 2> "$work/time" || true
  awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; ++i) s = s * 60 + t[i] }
              /User time|System time/ { c += $2 }
              /Maximum resident set size/ { m = $2 / 1024 }
              END { printf "%.2f %.2f %.1f\n", s, c, m }' "$work/time"
}

run_ms() {  # run_ms COMMAND...: one run's wall milliseconds (finer than /usr/bin/time's 0.01 s)
  local start end
  start=$(date +%s%N)
  "$@" > /dev/null 2>&1 || true
  end=$(date +%s%N)
  echo $(( (end - start) / 1000 ))
}

median_ms() {  # median_ms FILE: the median of the microsecond readings in FILE, in ms
  sort -n "$1" | awk '{ v[NR] = $1 } END { m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.1f", m / 1000 }'
}

copies() {  # copies SOURCE N: the source N times, each copy tagged if DISTINCT=1
  for i in $(seq "$2"); do
    if [ "${DISTINCT:-0}" = 1 ]; then
      sed -E "/^[[:space:]]*(TITLE|CHAPTER|SECTION|ANNEX|PART|Article)( |\$)/! s/([^[:space:]])[[:space:]]*\$/\1 [copy $i]/" "$1"
    else cat "$1"; fi
  done
}

[ "${DISTINCT:-0}" = 1 ] && echo "copies made distinct ([copy i] on every line)"
printf '%6s %10s | %14s %6s | %14s | %14s | %9s %11s\n' scale bytes "pacta s (MB)" "cpu s" "git s (MB)" "wdiff s (MB)" pacta/git pacta/wdiff
for scale in $scales; do
  old="$work/eu-ai-act-v01-x$scale.txt"
  new="$work/eu-ai-act-v02-x$scale.txt"
  copies "$old_src" "$scale" > "$old"
  copies "$new_src" "$scale" > "$new"
  read -r p_s p_c p_m < <(measure "$build/compiler/pacta" diff --max-diagnostics 1 "$old" "$new")
  read -r g_s g_c g_m < <(measure git diff --no-index --word-diff=porcelain "$old" "$new")
  read -r w_s w_c w_m < <(measure wdiff "$old" "$new")
  awk -v sc="$scale" -v b="$(stat -c %s "$old")" -v ps="$p_s" -v pc="$p_c" -v pm="$p_m" -v gs="$g_s" -v gm="$g_m" -v ws="$w_s" -v wm="$w_m" 'BEGIN {
    printf "%6s %10d | %6.2f (%5.0f) %6.2f | %6.2f (%5.0f) | %6.2f (%5.0f) | %9.2f %11.2f\n", "x" sc, b, ps, pm, pc, gs, gm, ws, wm,
           ps / (gs > 0 ? gs : 0.01), ps / (ws > 0 ? ws : 0.01) }'
done
# One run says little on a shared machine, which drifts from one second to
# the next: the tools then take turns, run after run, at every scale, and
# the median of each is given (RUNS at x1, default 30; RUNS_X10, default 5;
# RUNS_X100, default 3).
for scale in $scales; do
  old="$work/eu-ai-act-v01-x$scale.txt" new="$work/eu-ai-act-v02-x$scale.txt"
  case $scale in 1) runs=${RUNS:-30} ;; 10) runs=${RUNS_X10:-5} ;; *) runs=${RUNS_X100:-3} ;; esac
  rm -f "$work/pacta.ms" "$work/git.ms" "$work/wdiff.ms"
  for _ in $(seq "$runs"); do
    run_ms "$build/compiler/pacta" diff --max-diagnostics 1 "$old" "$new" >> "$work/pacta.ms"
    run_ms git diff --no-index --word-diff=porcelain "$old" "$new" >> "$work/git.ms"
    run_ms wdiff "$old" "$new" >> "$work/wdiff.ms"
  done
  awk -v sc="x$scale" -v n="$runs" -v p="$(median_ms "$work/pacta.ms")" -v g="$(median_ms "$work/git.ms")" -v w="$(median_ms "$work/wdiff.ms")" 'BEGIN {
    printf "%6s median of %d interleaved runs: pacta %.1f ms, git %.1f ms, wdiff %.1f ms | pacta/git %.2f pacta/wdiff %.2f\n", sc, n, p, g, w, p / g, p / w }'
done
