#!/usr/bin/env bash
# Writes a synthetic instrument of about SIZE_MB megabytes to OUT by
# repeating the body of the corpus convention, each copy in a PART of its own
# and with its articles (and the references to them) renumbered, so that the
# result is a valid instrument with no diagnostics.
# usage: bench/make_instrument.sh SIZE_MB OUT
set -euo pipefail
size_mb=$1
out=$2
src="$(dirname "$0")/../corpus/cyber-convention/final.pacta"
target=$((size_mb * 1024 * 1024))
{
  printf '@instrument convention\n@id bench-convention\n@title Synthetic benchmark convention\n@lang en\n\n'
  awk -v target="$target" '
    /^PREAMBLE/ { in_body = 0 }
    /^CHAPTER/ && !seen_final { in_body = 1 }
    /^FINAL/ { in_body = 0; seen_final = 1 }
    in_body { body[n++] = $0; bytes += length($0) + 1 }
    END {
      for (k = 1; written < target; ++k) {
        line = "PART " k; print line; written += length(line) + 1
        for (i = 0; i < n; ++i) {
          line = body[i]
          if (match(line, /^ARTICLE [0-9]+/)) {
            num = substr(line, 9, RLENGTH - 8) + k * 100
            line = "ARTICLE " num substr(line, RLENGTH + 1)
          }
          out = ""
          while (match(line, /\{ref art_[0-9]+/)) {
            num = substr(line, RSTART + 9, RLENGTH - 9) + k * 100
            out = out substr(line, 1, RSTART - 1) "{ref art_" num
            line = substr(line, RSTART + RLENGTH)
          }
          line = out line
          print line; written += length(line) + 1
        }
      }
    }' "$src"
} > "$out"
