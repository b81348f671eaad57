#!/usr/bin/env bash
# Coverage scan stall benchmark: the longest JavaFX stall while the window scans a demo tenant of
# N synthetic users in its coverage tab, measured as the start-up benchmark measures it (an
# animation timer keeps the pulses coming; the figure is the longest gap between two pulses).
#
#   jlink/scan-stall-benchmark.sh [--users N] [--rate R] [--runs K] [--no-build]
#   (defaults: --users 3000 --rate 200 --runs 3)
#
# Each run is `mfa-inspector --self-test --coverage-scan N --rate R` of the runtime image on a new
# settings folder, under `xvfb-run -a` when there is no display. It prints each run's
# scan-users=N scan-ms=T longest-stall-ms=S, then the median and the largest stall against the
# target of 50 ms. A copy of the report goes to target/scan-stall-benchmark/report.txt.
#
# Uses target/image/bin/mfa-inspector when it exists (--no-build insists on it); otherwise builds
# it first with ./mvnw -o -q package -DskipTests.
set -euo pipefail

users=3000
rate=200
runs=3
build=auto
target_ms=50
while (($#)); do
    case $1 in
        --users) users=$2; shift 2 ;;
        --rate) rate=$2; shift 2 ;;
        --runs) runs=$2; shift 2 ;;
        --no-build) build=false; shift ;;
        *) echo "usage: $0 [--users N] [--rate R] [--runs K] [--no-build]" >&2; exit 2 ;;
    esac
done

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
out=target/scan-stall-benchmark
bin=target/image/bin/mfa-inspector
rm -rf "$out"
mkdir -p "$out"

say() { printf '%s\n' "$*" >&2; }

if [[ ! -x $bin ]]; then
    [[ $build == false ]] && { say "No image at $bin: run without --no-build"; exit 1; }
    say "Building the image: ./mvnw -o -q package -DskipTests"
    ./mvnw -o -q package -DskipTests
fi

display=()
if [[ -z ${DISPLAY:-} ]]; then
    command -v xvfb-run >/dev/null || { say "No display and no xvfb-run: apt-get install xvfb"; exit 1; }
    display=(xvfb-run -a -s "-screen 0 1280x1024x24")
fi

lines=()
line() { lines+=("$*"); say "$*"; }

line "MFA coverage scan stall benchmark: $users users at --rate $rate, $runs runs, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%FT%TZ)"
stalls=()
for i in $(seq 1 "$runs"); do
    home=$out/home-$i
    mkdir -p "$home"
    if ! MFA_INSPECTOR_HOME=$home "${display[@]}" "$bin" --self-test --coverage-scan "$users" --rate "$rate" \
        >"$out/run-$i.out" 2>"$out/run-$i.err"; then
        say "run $i failed:"; cat "$out/run-$i.out" "$out/run-$i.err" >&2; exit 1
    fi
    figures=$(grep -o 'scan-users=[0-9]* scan-ms=[0-9]* longest-stall-ms=[0-9]*' "$out/run-$i.out") || {
        say "run $i printed no figures:"; cat "$out/run-$i.out" "$out/run-$i.err" >&2; exit 1; }
    line "run $i: $figures"
    stalls+=("${figures##*longest-stall-ms=}")
done

mapfile -t sorted < <(printf '%s\n' "${stalls[@]}" | sort -n)
n=${#sorted[@]}
if ((n % 2)); then
    median=${sorted[n / 2]}
else
    median=$(((sorted[n / 2 - 1] + sorted[n / 2]) / 2))
fi
max=${sorted[n - 1]}
verdict() { if (($1 < target_ms)); then echo "under"; else echo "OVER"; fi; }
line "longest JavaFX stall during a scan of $users users: median $median ms ($(verdict "$median") the $target_ms ms target), max $max ms ($(verdict "$max") the target)"

printf '%s\n' "${lines[@]}" >"$out/report.txt"
say "Report: $out/report.txt"
