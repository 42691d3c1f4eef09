#!/usr/bin/env bash
# Start-up of Loopwise against an empty Qt Quick window, both to their first
# frame in a real X window (one Xvfb server, Mesa), several runs each.
# Prints the median wall time and the median peak memory (max RSS) of each, then
# Loopwise's time as a multiple of each empty window's.
# Loopwise picks Qt Quick's software renderer where OpenGL has no GPU (Xvfb has
# none), so it is also measured with --renderer gpu, and the empty window with
# the software renderer, for like-for-like figures.
#   tests/rendered/measure_startup.sh [build-dir] [runs]
set -euo pipefail
build=${1:-build}
runs=${2:-7}
work=$(mktemp -d)
display=:$((90 + RANDOM % 100))
Xvfb "$display" -screen 0 1280x800x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null; rm -rf "$work"' EXIT
sleep 1
export DISPLAY=$display QT_QPA_PLATFORM=xcb

median() { sort -n | sed -n "$(( (runs + 1) / 2 ))p"; }

measure() { # label, command...
  local label=$1; shift
  "$@" >/dev/null 2>&1 || true # warm the file cache once
  : > "$work/times"; : > "$work/rss"
  for _ in $(seq "$runs"); do
    /usr/bin/time -o "$work/one" -f '%e %M' "$@" >/dev/null 2>&1
    read -r seconds kib < "$work/one"
    echo "$seconds" >> "$work/times"
    echo "$kib" >> "$work/rss"
  done
  local seconds
  seconds=$(median < "$work/times")
  printf '%-26s median %5.2f s   peak memory %6.1f MiB   (%d runs)\n' "$label" \
    "$seconds" "$(awk '{ print $1 / 1024 }' <<< "$(median < "$work/rss")")" "$runs"
  medians[$label]=$seconds
}

declare -A medians
ratio() { # numerator label, denominator label
  printf '%-50s %4.2f×\n' "$1 / $2" "$(awk -v a="${medians[$1]}" -v b="${medians[$2]}" 'BEGIN { print a / b }')"
}

loopwise=("$build/app/loopwise" --data-dir "$work/data" --size 1280x800 --exit-after-first-frame)
measure "empty Qt Quick window" "$build/tests/rendered/loopwise_empty_window"
measure "loopwise (course home)" "${loopwise[@]}"
measure "empty, software renderer" env QT_QUICK_BACKEND=software "$build/tests/rendered/loopwise_empty_window"
measure "loopwise --renderer gpu" "${loopwise[@]}" --renderer gpu
ratio "loopwise (course home)" "empty Qt Quick window"
ratio "loopwise (course home)" "empty, software renderer"
ratio "loopwise --renderer gpu" "empty Qt Quick window"
