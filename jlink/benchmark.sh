#!/usr/bin/env bash
# Start-up benchmark: MFA Inspector's runtime image against a baseline, the
# smallest JavaFX app that shows a window (jlink/baseline), linked by the same JDK
# with the same jlink options (jlink/jlink.args) and without a CDS archive.
#
#   jlink/benchmark.sh [--runs N] [--no-build]     (default 8 runs of each)
#   BASELINE_JAVA_OPTS='-Dprism.order=sw' jlink/benchmark.sh ...   (baseline variant)
#
# Needs a display: without DISPLAY it restarts itself under `xvfb-run -a`.
# It builds the app's image (./mvnw -DskipTests package; --no-build reuses
# target/image) and the baseline's, warms both up once (JavaFX unpacks the
# baseline's native libraries into ~/.openjfx/cache; the OS caches the files),
# then runs them alternately and prints the median and range of each figure,
# the ratios against the baseline and the start-up targets. A copy of the
# report goes to target/benchmark/report.txt.
#
# Figures: first frame = process start to the main window shown (both apps
# print first-frame-ms=N; the app's window shows its outline first); window
# ready = process start to the app's controls laid out in the window (the app's
# ready-ms=N), put beside the baseline's first frame, whose one label is ready
# when it shows; window settled = launch of the app as a person starts it (no
# self-test) until its pixels stop changing, measured from outside the process
# by jlink/SettleProbe.java (screen grabs every 25 ms for 4 s after the window
# maps), on a first run (a new settings folder) and on a later run; memory = VmHWM (peak resident set) and the last
# VmRSS of the process, sampled from /proc every 20 ms until it exits; image
# size = the image folder without CDS archives (*.jsa); fetch figures as the
# app's --self-test prints them.
set -euo pipefail

runs=8
build=true
while (($#)); do
    case $1 in
        --runs) runs=$2; shift 2 ;;
        --no-build) build=false; shift ;;
        *) echo "usage: $0 [--runs N] [--no-build]" >&2; exit 2 ;;
    esac
done

if [[ -z ${DISPLAY:-} ]]; then
    # A screen as large as a laptop's, so that the whole window (1180x800) is drawn and grabbed.
    exec xvfb-run -a -s "-screen 0 1280x1024x24" "$0" --runs "$runs" $([[ $build == true ]] || echo --no-build)
fi

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
out=target/benchmark
app_image=target/image
base_image=$out/baseline-image
mkdir -p "$out"

say() { printf '%s\n' "$*" >&2; }

if [[ $build == true ]]; then
    say "Building the app's image: ./mvnw -q -B -DskipTests package"
    ./mvnw -q -B -DskipTests package
fi
[[ -x $app_image/bin/mfa-inspector ]] || { say "No app image: run without --no-build"; exit 1; }

# The baseline, from the same JavaFX jars as the app and with the same JDK
# (the one on PATH or JAVA_HOME; checked against the app image's release file).
jdk_bin=${JAVA_HOME:+$JAVA_HOME/bin/}
say "Building the baseline image: $base_image"
rm -rf "$out/baseline-classes" "$base_image"
"${jdk_bin}javac" --module-path target/modules -d "$out/baseline-classes" $(find jlink/baseline/src -name '*.java')
"${jdk_bin}jar" --create --file "$out/baseline.jar" --main-class baseline.BaselineApp -C "$out/baseline-classes" .
"${jdk_bin}jlink" @jlink/jlink.args \
    --module-path "target/modules:$out/baseline.jar" --add-modules baseline --output "$base_image"
jdk_of() { grep '^JAVA_VERSION=' "$1/release"; }
[[ $(jdk_of "$app_image") == "$(jdk_of "$base_image")" ]] || {
    say "The images come from different JDKs: app $(jdk_of "$app_image"), baseline $(jdk_of "$base_image")."
    say "Run it with JAVA_HOME set to the JDK that built the app's image (.ci/run uses a JDK 25 when there is one)."
    exit 1
}

# Sleeps without forking a process per sample: read with a timeout on a FIFO.
mkfifo "$out/tick"
exec {tick}<>"$out/tick"
rm -f "$out/tick"

# Both apps compute first-frame-ms from ProcessHandle's start instant, which on
# Linux is /proc/stat's btime (whole seconds) plus the process's start in clock
# ticks: it is off by the fraction of a second btime drops, the same for every
# process. The correction is how far that start instant lies after the moment
# this script started the process; adding it gives the true figure.
btime_ms=$(($(awk '/^btime/ { print $2 }' /proc/stat) * 1000))
ticks_per_s=$(getconf CLK_TCK)
start_error_ms() {
    local pid=$1 launched_us=$2 stat ticks
    stat=$(</proc/"$pid"/stat)
    stat=${stat##*) }
    read -r -a fields <<<"$stat"
    ticks=${fields[19]}
    echo $((btime_ms + ticks * 1000 / ticks_per_s - launched_us / 1000))
}

# run NAME COMMAND...: runs it, samples its memory, appends "NAME key value"
# lines to $out/samples (every key=N its stdout prints, first-frame-ms corrected
# as above, plus hwm-kb and rss-kb).
run() {
    local name=$1 pid hwm=0 rss=0 key value rest status launched error
    shift
    launched=${EPOCHREALTIME/./}
    "$@" >"$out/stdout" 2>"$out/stderr" &
    pid=$!
    error=$(start_error_ms "$pid" "$launched")
    while [[ -r /proc/$pid/status ]]; do
        while read -r key value rest; do
            case $key in
                VmHWM:) hwm=$value ;;
                VmRSS:) rss=$value ;;
            esac
        done <"/proc/$pid/status" 2>/dev/null || true
        read -r -t 0.02 -u "$tick" _ || true
    done
    status=0
    wait "$pid" || status=$?
    if ((status != 0)) || ! grep -q 'first-frame-ms=' "$out/stdout"; then
        say "$name failed (exit $status):"
        cat "$out/stdout" "$out/stderr" >&2
        exit 1
    fi
    if [[ $name == slow ]]; then
        # Slow-server runs count only for the longest FX stall (their fetches take seconds by design).
        grep -o 'max-fx-stall-ms=[0-9]*' "$out/stdout" | tr '=' ' ' | sed 's/^/app /' >>"$out/samples"
        return
    fi
    grep -o '[a-z-]*=[0-9]*' "$out/stdout" | tr '=' ' ' | grep -v '^max-fx-stall-ms ' \
        | awk -v who="$name" -v error="$error" '$1 == "first-frame-ms" || $1 == "ready-ms" { $2 += error } { print who, $1, $2 }' >>"$out/samples"
    printf '%s hwm-kb %s\n%s rss-kb %s\n' "$name" "$hwm" "$name" "$rss" >>"$out/samples"
}

# --benchmark: a second sign-in (the warm fetch) after the first; the slow runs time
# the longest gap between JavaFX pulses while the demo tenant takes 2 s per answer.
app=("$app_image/bin/mfa-inspector" --self-test --benchmark)
slow=("$app_image/bin/mfa-inspector" --self-test --benchmark --slow-server-ms 2000)
# BASELINE_JAVA_OPTS: extra JVM options for the baseline only, to compare against a variant of
# it (for example -Dprism.order=sw, the renderer the app picks on a machine without a GPU device).
# shellcheck disable=SC2206
base=("$base_image/bin/java" ${BASELINE_JAVA_OPTS:-} -m baseline)

say "Warm-up run of each"
: >"$out/samples"
run baseline "${base[@]}"
run app "${app[@]}"
: >"$out/samples"

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for i in $(seq 1 "$runs"); do
    say "Run $i of $runs"
    # Alternate the order too, so that neither always runs right after the other.
    if ((i % 2)); then
        run baseline "${base[@]}"; run app "${app[@]}"
    else
        run app "${app[@]}"; run baseline "${base[@]}"
    fi
done
for i in 1 2 3; do
    say "Slow-server run $i of 3"
    run slow "${slow[@]}"
done

# settle KEY HOME: starts the app as a person does on the settings folder HOME and appends
# "app KEY N" with the milliseconds until its window's pixels settled (jlink/SettleProbe.java).
settle() {
    local key=$1 home=$2 line
    line=$(MFA_INSPECTOR_HOME=$home "${jdk_bin}java" jlink/SettleProbe.java 4 "$app_image/bin/mfa-inspector") || {
        say "settle probe failed: $line"
        exit 1
    }
    echo "app $key ${line#*settled-ms=}" | cut -d' ' -f1-3 >>"$out/samples"
}
rm -rf "$out/settle-homes"
mkdir -p "$out/settle-homes"
settle settled-later-ms "$out/settle-homes/later" # its first run writes the settings the later runs start from
sed -i '/ settled-later-ms /d' "$out/samples"
for i in $(seq 1 "$runs"); do
    say "Window-settled runs $i of $runs (a first run, a later run)"
    settle settled-first-ms "$out/settle-homes/first-$i"
    settle settled-later-ms "$out/settle-homes/later"
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

size_kb() { du -sk --exclude='*.jsa' "$1" | cut -f1; }
cds_kb() { find "$1" -name '*.jsa' -print0 | du -ck --files0-from=- 2>/dev/null | tail -1 | cut -f1; }
printf 'app image-kb %s\nbaseline image-kb %s\n' "$(size_kb "$app_image")" "$(size_kb "$base_image")" >>"$out/samples"

{
    echo "MFA Inspector start-up benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo) RAM"
    echo "JDK: $("$app_image/bin/java" -version 2>&1 | sed -n 2p)"
    echo "Load average (1, 5, 15 min): $load_before before, $load_after after"
    echo "Runs: $runs of each, alternating, after one warm-up run of each; 3 slow-server runs of the app;"
    echo "      $runs window-settled runs of the app on a new settings folder and $runs on a used one"
    echo "Screen: $(xdpyinfo 2>/dev/null | awk '/dimensions:/ { print $2 }')${DISPLAY:+ on $DISPLAY}"
    echo "App CDS archives: $(cds_kb "$app_image") KB (not counted in the image size)"
    echo "Baseline JVM options: ${BASELINE_JAVA_OPTS:-(none)}; GPU device: $(ls /dev/dri 2>/dev/null | tr '\n' ' ' || true)$( [[ -d /dev/dri ]] || echo 'none (no /dev/dri)')"
    echo
    awk -f jlink/benchmark-report.awk "$out/samples"
} | tee "$out/report.txt"
