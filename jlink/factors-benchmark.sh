#!/usr/bin/env bash
# Headless `factors` benchmark: the runtime image's `mfa-inspector factors` against the official
# GenAuth (Authing) Java SDK, cn.authing:authing-java-sdk 3.1.9, doing the same work in a plain
# JVM (jlink/SdkFactorsProbe.java): sign in with account and password, then list the user's
# enrolled MFA factors and, as the app's command does, the factors the user may still enroll.
#
#   jlink/factors-benchmark.sh [--runs N] [--no-build]     (default 8 runs of each)
#   SDK_JAVA_OPTS='-XX:+UseSerialGC' jlink/factors-benchmark.sh ...   (SDK variant)
#
# It builds the app's image (./mvnw -o -q -B -DskipTests package; --no-build reuses
# target/image), resolves the SDK with the dependencies its own pom declares (a project with
# that one dependency, offline from ~/.m2), and compiles the probe against them with the JDK
# (the one on PATH or JAVA_HOME). The SDK runs with the JVM's default options, as a developer
# runs a plain program; the app with its image's launcher. One demo-server of the image, on a
# free loopback port, answers every run; both sign in as alice with the demo password, the app
# secret in MFA_INSPECTOR_APP_SECRET and the password on standard input. After one warm-up run
# of each (the OS caches the files), they run alternately. Every run must exit 0 and find the
# same factors as the other side, else the script stops.
#
# Figures, the median and range over the runs and the app/SDK ratio of the medians:
# peak memory = VmHWM (peak resident set) of the process, sampled from /proc every 10 ms until it
# exits, as jlink/benchmark.sh samples it; wall time = from just before the process starts until
# the shell has reaped it (launch to exit). A copy of the report goes to
# target/factors-benchmark/report.txt.
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

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
out=target/factors-benchmark
app_image=target/image
account=alice
mkdir -p "$out"

say() { printf '%s\n' "$*" >&2; }

if [[ $build == true ]]; then
    say "Building the app's image: ./mvnw -o -q -B -DskipTests package"
    ./mvnw -o -q -B -DskipTests package
fi
[[ -x $app_image/bin/mfa-inspector ]] || { say "No app image: run without --no-build"; exit 1; }

# The SDK with its dependencies as its pom declares them: what a project that depends on it alone
# gets (in the app's own test class path, Maven lifts Jackson to the app's version).
jdk_bin=${JAVA_HOME:+$JAVA_HOME/bin/}
say "Resolving the SDK and compiling jlink/SdkFactorsProbe.java"
mkdir -p "$out/sdk"
cat >"$out/sdk/pom.xml" <<'EOF'
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.benchmark</groupId>
  <artifactId>sdk-factors-probe</artifactId>
  <version>1</version>
  <dependencies>
    <dependency>
      <groupId>cn.authing</groupId>
      <artifactId>authing-java-sdk</artifactId>
      <version>3.1.9</version>
    </dependency>
  </dependencies>
</project>
EOF
# The dependency plugin's version pom.xml uses, named in full: this pom names no plugins.
./mvnw -o -q -B -f "$out/sdk/pom.xml" org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
    -Dmdep.includeScope=runtime -Dmdep.outputFile="$root/$out/sdk/classpath.txt"
rm -rf "$out/probe-classes"
"${jdk_bin}javac" -nowarn -cp "$(<"$out/sdk/classpath.txt")" -d "$out/probe-classes" jlink/SdkFactorsProbe.java

# One demo tenant for every run. Its app with client_secret_post (the SDK's default) and the
# demo password, as demo-server prints them.
# shellcheck source=jlink/demo-server.sh
. jlink/demo-server.sh
trap demo_stop EXIT
demo_start "$app_image/bin/mfa-inspector" "$out/demo-server.log" || {
    say "The demo tenant did not start:"; cat "$out/demo-server.log" >&2; exit 1; }
url=$(demo_value URL)
app_id=$(demo_value 'App ID (client_secret_post)')
password=$(demo_value 'Demo password')
MFA_INSPECTOR_APP_SECRET=$(demo_value 'App secret (client_secret_post)')
export MFA_INSPECTOR_APP_SECRET
[[ -n $url && -n $app_id && -n $password && -n $MFA_INSPECTOR_APP_SECRET ]] || {
    say "The demo tenant printed no URL, app or password:"; cat "$out/demo-server.log" >&2; exit 1; }
printf '%s\n' "$password" >"$out/password" # sample data; both read it on standard input

app=("$app_image/bin/mfa-inspector" factors --host "$url" --app-id "$app_id" --account "$account" --password-stdin)
# SDK_JAVA_OPTS: JVM options for the SDK's side only, to compare against a variant of the plain JVM.
# shellcheck disable=SC2206
sdk=("${jdk_bin}java" ${SDK_JAVA_OPTS:-} -cp "$out/probe-classes:$(<"$out/sdk/classpath.txt")" SdkFactorsProbe "$url" "$app_id" "$account")

# Sleeps without forking a process per sample: read with a timeout on a FIFO.
rm -f "$out/tick"
mkfifo "$out/tick"
exec {tick}<>"$out/tick"
rm -f "$out/tick"

# peak_kb PID: VmHWM of the process, sampled every 10 ms while it lives; prints the last value.
peak_kb() {
    local pid=$1 hwm=0 key value rest
    while [[ -r /proc/$pid/status ]]; do
        while read -r key value rest; do
            [[ $key == VmHWM: ]] && hwm=$value
        done <"/proc/$pid/status" 2>/dev/null || true
        read -r -t 0.01 -u "$tick" _ || true
    done
    echo "$hwm"
}

# found FILE: what a run found, in the probe's words: "factor TYPE ID" per enrolled factor (for
# the app, from the rows under its table's header), the count line and "Available to enroll".
found() {
    awk '/^TYPE +FACTOR ID/ { table = 1; next }
         table && NF == 0 { table = 0 }
         table { print "factor", $1, $2 }
         /^factor / || / enrolled for / || /^Available to enroll:/ { print }' "$1"
}

# run WHO COMMAND...: runs it with the password on standard input while a subshell samples its
# memory, and appends "WHO hwm-kb N" and "WHO wall-ms N" to $out/samples. It stops the script if
# the command fails or finds other factors than the first run did ($out/expected).
run() {
    local who=$1 pid sampler status launched ended peak
    shift
    launched=${EPOCHREALTIME/./}
    "$@" <"$out/password" >"$out/$who.out" 2>"$out/$who.err" &
    pid=$!
    peak_kb "$pid" >"$out/peak" &
    sampler=$!
    status=0
    wait "$pid" || status=$?
    ended=${EPOCHREALTIME/./}
    wait "$sampler"
    if ((status != 0)); then
        say "$who failed (exit $status):"
        cat "$out/$who.out" "$out/$who.err" >&2
        exit 1
    fi
    found "$out/$who.out" >"$out/$who.found"
    if [[ ! -s $out/expected ]]; then
        grep -q '^factor ' "$out/$who.found" || { say "$who found no factors:"; cat "$out/$who.out" >&2; exit 1; }
        cp "$out/$who.found" "$out/expected"
    elif ! cmp -s "$out/expected" "$out/$who.found"; then
        say "$who found other factors than the first run (< first run, > $who):"
        diff "$out/expected" "$out/$who.found" >&2 || true
        exit 1
    fi
    peak=$(<"$out/peak")
    ((peak > 0)) || { say "$who: no memory sample (it ended within the first sample)"; exit 1; }
    printf '%s hwm-kb %s\n%s wall-ms %s\n' "$who" "$peak" "$who" $(((ended - launched) / 1000)) >>"$out/samples"
}

say "Warm-up run of each"
rm -f "$out/expected"
: >"$out/samples"
run app "${app[@]}"
run sdk "${sdk[@]}"
: >"$out/samples"

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for i in $(seq 1 "$runs"); do
    say "Run $i of $runs"
    # Alternate the order too, so that neither always runs right after the other.
    if ((i % 2)); then
        run sdk "${sdk[@]}"; run app "${app[@]}"
    else
        run app "${app[@]}"; run sdk "${sdk[@]}"
    fi
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
demo_stop

# What the SDK's JVM ran with on this machine: its garbage collector and heap sizes.
# shellcheck disable=SC2086
sdk_jvm=$("${jdk_bin}java" ${SDK_JAVA_OPTS:-} -XX:+PrintFlagsFinal -version 2>/dev/null | awk '
    $2 ~ /^Use(Serial|Parallel|G1|Z|Shenandoah)GC$/ && $4 == "true" { gc = $2 }
    $2 == "InitialHeapSize" { init = $4 } $2 == "MaxHeapSize" { max = $4 }
    END { printf "%s, initial heap %d MB, max heap %d MB", gc, init / 1048576, max / 1048576 }')

# The archive the launcher gives a command: the commands' own when the build made it.
cds=lib/server/app.jsa
[[ -f $app_image/lib/server/cli.jsa ]] && cds=lib/server/cli.jsa
{
    echo "MFA Inspector headless factors vs the official Java SDK, $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo) RAM"
    echo "Load average (1, 5, 15 min): $load_before before, $load_after after"
    echo "App: $app_image/bin/mfa-inspector factors; JDK $("$app_image/bin/java" -version 2>&1 | sed -n 2p)"
    echo "     JVM options (its launcher): $(grep -o -- '-X[^ ]*' "$app_image/bin/mfa-inspector" | tr -d '"' |
        sed "s|\$archive|$cds|" | tr '\n' ' ')${MFA_INSPECTOR_JAVA_OPTS:+plus MFA_INSPECTOR_JAVA_OPTS: $MFA_INSPECTOR_JAVA_OPTS}"
    echo "SDK: cn.authing:authing-java-sdk 3.1.9 (jlink/SdkFactorsProbe.java), $(wc -w <<<"$(tr ':' ' ' <"$out/sdk/classpath.txt")") jars"
    echo "     JDK $("${jdk_bin}java" -version 2>&1 | sed -n 2p); JVM options: ${SDK_JAVA_OPTS:-none} (so: $sdk_jvm)"
    echo "Work: sign in as $account (account + password), list enrolled factors, list factors to enroll;"
    echo "      both found: $(grep '^factor ' "$out/expected" | cut -d' ' -f2 | tr '\n' ' ')($(grep '^Available' "$out/expected"))"
    echo "Demo tenant $url answered: $(demo_value Served)"
    echo "Runs: $runs of each, alternating, after one warm-up run of each; memory sampled every 10 ms"
    echo
    awk '
        function stats(who, key,    n, i, j, t, v) {
            n = count[who, key]
            for (i = 1; i <= n; i++) v[i] = value[who, key, i]
            for (i = 2; i <= n; i++) { t = v[i]; for (j = i - 1; j >= 1 && v[j] > t; j--) v[j + 1] = v[j]; v[j + 1] = t }
            med[who, key] = (n % 2) ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
            return sprintf("%.10g (%.10g-%.10g)", med[who, key], v[1], v[n])
        }
        function row(label, key, limit,    a, s, ratio) {
            a = stats("app", key); s = stats("sdk", key)
            # Three places, compared unrounded: a ratio of 0.751 does not meet 0.75.
            ratio = med["app", key] / med["sdk", key]
            printf "%-32s %-24s %-24s %-6.3f %s (<= %sx)\n", label, a, s, ratio, ratio <= limit ? "met" : "MISSED", limit
        }
        { n = ++count[$1, $2]; value[$1, $2, n] = $3 }
        END {
            printf "%-32s %-24s %-24s %-6s %s\n", "figure: median (min-max)", "app", "SDK", "ratio", "target"
            row("peak resident memory, KB", "hwm-kb", 0.75)
            row("wall time, launch to exit, ms", "wall-ms", 0.4)
        }' "$out/samples"
} | tee "$out/report.txt"
