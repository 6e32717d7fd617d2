#!/usr/bin/env bash
# Front-end throughput and peak memory: `pacta check` on synthetic
# instruments of 1, 10 and 100 MB. Prints MB/s and peak RSS for each size.
# usage: bench/front_end.sh [build-dir]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
pacta="$build/compiler/pacta"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf '%8s %12s %10s %14s %10s\n' size bytes seconds MB/s peak_MB
for mb in 1 10 100; do
  file="$work/bench-$mb.pacta"
  bench/make_instrument.sh "$mb" "$file"
  bytes=$(stat -c %s "$file")
  /usr/bin/time -v "$pacta" check "$file" > "$work/out" 2> "$work/time" || { cat "$work/out"; exit 1; }
  grep -q "no problems" "$work/out" || { echo "the synthetic instrument has diagnostics:"; head "$work/out"; exit 1; }
  seconds=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; ++i) s = s * 60 + t[i]; print s }' "$work/time")
  peak_kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/time")
  awk -v mb="$mb" -v b="$bytes" -v s="$seconds" -v k="$peak_kb" 'BEGIN {
    printf "%6d MB %12d %10.2f %14.1f %10.1f\n", mb, b, s, (b / 1048576) / (s > 0 ? s : 0.001), k / 1024 }'
done
