#!/usr/bin/env bash
# Coverage report benchmark: the `report` command of the runtime image against the
# demo tenant at scale (`demo-server --users N`), over real sockets on loopback.
#
#   jlink/report-benchmark.sh [--users N] [--small-users N] [--scan-users N] [--rate-limit R] [--latency-ms L] [--no-build]
#   (defaults: --users 100000 --small-users 1000 --scan-users 10000 --rate-limit 100 --latency-ms 0)
#
# The memory figure compares the big pool (--users) with the small one; throughput and resume
# run on --scan-users users: at 100 requests/s a pool of 100,000 takes over 16 minutes per run,
# and neither figure depends on the pool's size beyond that.
#
# Uses target/image/bin/mfa-inspector when it exists (--no-build insists on it);
# otherwise builds it first with ./mvnw -o -q package -DskipTests.
# Needs GNU time (/usr/bin/time -v) for peak resident memory.
#
# Figures (a copy goes to target/report-benchmark/report.txt):
#  1. throughput against a limit: the tenant answers 429 above R requests/s, the
#     scan runs with --rate R. Achieved = every call the tenant answered (token,
#     list-users, get-user-mfa-info) / the command's wall time; ratio = achieved / R;
#     refusals = the tenant's 429 answers.
#  2. unlimited: no limit on the tenant, --rate 200 (the most the app allows).
#  3. memory: peak resident set (VmHWM, from GNU time) of `report` on N users and on
#     the small pool, both unlimited at --rate 200; the difference in MiB.
#  4. resume: a scan killed with SIGKILL once about half the users are on disk,
#     then `report --resume`: rows in the final file, distinct user ids, and users
#     read twice = the tenant's get-user-mfa-info answers - users (a page is 50).
set -euo pipefail

users=100000
small=1000
scan_users=10000
limit=100
latency=0
build=auto
while (($#)); do
    case $1 in
        --users) users=$2; shift 2 ;;
        --small-users) small=$2; shift 2 ;;
        --scan-users) scan_users=$2; shift 2 ;;
        --rate-limit) limit=$2; shift 2 ;;
        --latency-ms) latency=$2; shift 2 ;;
        --no-build) build=false; shift ;;
        *) echo "usage: $0 [--users N] [--small-users N] [--scan-users N] [--rate-limit R] [--latency-ms L] [--no-build]" >&2; exit 2 ;;
    esac
done

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
out=target/report-benchmark
bin=target/image/bin/mfa-inspector
rm -rf "$out"
mkdir -p "$out"

say() { printf '%s\n' "$*" >&2; }

if [[ ! -x $bin ]]; then
    [[ $build == false ]] && { say "No image at $bin: run without --no-build"; exit 1; }
    say "Building the image: ./mvnw -o -q package -DskipTests"
    ./mvnw -o -q package -DskipTests
fi
[[ -x /usr/bin/time ]] || { say "GNU time (/usr/bin/time) is needed for peak memory: apt-get install time"; exit 1; }

# The demo tenant's management credentials (sample data, printed by demo-server too).
pool=6650d3f2a1b4c5d6e7f80900
export MFA_INSPECTOR_USER_POOL_SECRET=5e8b1c4f7a2d9e0b3c6f8a1d4e7b0c92
named=8   # the demo tenant's named users, listed besides the synthetic ones

# shellcheck source=jlink/demo-server.sh
. jlink/demo-server.sh
trap demo_stop EXIT
demo_url=
start_demo() { # name, demo-server options...
    local name=$1
    shift
    demo_start "$bin" "$out/$name-demo.log" --latency-ms "$latency" "$@" || {
        say "The demo tenant did not start:"; cat "$out/$name-demo.log" >&2; exit 1; }
    demo_url=$(demo_value URL)
}
served() { # key in the tenant's "Served:" line -> count (0 when absent)
    demo_value Served | tr ',' '\n' | sed 's/^ *//' | awk -v k="$1" '
        { n = $NF; $NF = ""; sub(/ $/, ""); if ($0 == k) { print n; found = 1 } } END { if (!found) print 0 }'
}
answered() { # every call answered, 429s not counted
    demo_value Served | tr ',' '\n' | sed 's/^ *//' | awk '$1 != "429" { s += $NF } END { print s + 0 }'
}
now() { date +%s.%N; }

report() { # name, report options...: runs `report` under GNU time; sets rss_kib and seconds
    local name=$1
    shift
    MFA_INSPECTOR_HOME=$out/$name-home
    export MFA_INSPECTOR_HOME
    local t0 t1
    t0=$(now)
    /usr/bin/time -v -o "$out/$name.time" "$bin" report --mgmt-host "$demo_url" --user-pool-id "$pool" \
        --out "$out/$name.csv" "$@" >"$out/$name.out" 2>"$out/$name.err" || {
        say "report ($name) failed:"; cat "$out/$name.err" >&2; exit 1; }
    t1=$(now)
    seconds=$(echo "$t1 - $t0" | bc -l)
    rss_kib=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$out/$name.time")
}
data_rows() { grep -v '^#' "$1" | tail -n +2 | wc -l; }
distinct_ids() { grep -v '^#' "$1" | tail -n +2 | cut -d, -f1 | sort -u | wc -l; }

lines=()
line() { lines+=("$*"); say "$*"; }

line "MFA coverage report benchmark: $users users (small pool $small; throughput and resume on $scan_users), latency ${latency} ms, $(nproc) cores, $(date -u +%FT%TZ)"

# 1. Against the tenant's limit.
say "1/4 throughput at --rate $limit against --rate-limit $limit on $scan_users users"
start_demo limited --users "$scan_users" --rate-limit "$limit"
report limited --rate "$limit"
demo_stop
calls=$(answered)
refused=$(served 429)
achieved=$(echo "$calls / $seconds" | bc -l)
line "$(printf 'throughput vs limit: %d calls in %.1f s = %.1f requests/s against a limit of %d: %.1f %% of the limit; 429 answers: %d' \
    "$calls" "$seconds" "$achieved" "$limit" "$(echo "100 * $achieved / $limit" | bc -l)" "$refused")"
[[ $(data_rows "$out/limited.csv") -eq $((scan_users + named)) ]] || { say "limited run: wrong number of rows"; exit 1; }

# 2. and 3. Unlimited, on the big pool and on the small one.
say "2/4 unlimited at --rate 200 on $users users"
start_demo unlimited --users "$users"
report unlimited --rate 200
demo_stop
big_rss=$rss_kib
line "$(printf 'unlimited (--rate 200, the most allowed): %d users in %.1f s = %.1f users/s, %.1f requests/s; 429 answers: %d' \
    "$((users + named))" "$seconds" "$(echo "($users + $named) / $seconds" | bc -l)" \
    "$(echo "$(answered) / $seconds" | bc -l)" "$(served 429)")"

say "3/4 unlimited at --rate 200 on $small users"
start_demo small --users "$small"
report small --rate 200
demo_stop
line "$(printf 'peak resident memory of report: %.1f MiB on %d users, %.1f MiB on %d users: %.1f MiB more' \
    "$(echo "$big_rss / 1024" | bc -l)" "$users" "$(echo "$rss_kib / 1024" | bc -l)" "$small" \
    "$(echo "($big_rss - $rss_kib) / 1024" | bc -l)")"

# 4. kill -9 at about half, then --resume.
say "4/4 kill -9 at half way, then --resume, on $scan_users users"
start_demo resume --users "$scan_users"
MFA_INSPECTOR_HOME=$out/resume-home
export MFA_INSPECTOR_HOME
"$bin" report --mgmt-host "$demo_url" --user-pool-id "$pool" --out "$out/resume.csv" --rate 200 \
    >"$out/resume-first.out" 2>"$out/resume-first.err" &
scan_pid=$!
half=$(((scan_users + named) / 2))
rows_file=
while kill -0 "$scan_pid" 2>/dev/null; do
    rows_file=$(ls "$MFA_INSPECTOR_HOME"/reports/*/rows.jsonl 2>/dev/null | head -1 || true)
    if [[ -n $rows_file ]] && (($(wc -l <"$rows_file") >= half)); then
        kill -KILL "$scan_pid"
        break
    fi
    sleep 0.05
done
wait "$scan_pid" 2>/dev/null || true
at_kill=$(wc -l <"$rows_file")
[[ ! -e $out/resume.csv ]] || { say "a report file exists after the kill"; exit 1; }
"$bin" report --mgmt-host "$demo_url" --user-pool-id "$pool" --out "$out/resume.csv" --rate 200 --resume \
    >"$out/resume.out" 2>"$out/resume.err" || { say "resume failed:"; cat "$out/resume.err" >&2; exit 1; }
demo_stop
rows=$(data_rows "$out/resume.csv")
ids=$(distinct_ids "$out/resume.csv")
twice=$(($(served 'GET /api/v3/get-user-mfa-info') - scan_users - named))
line "resume: killed with $at_kill of $((scan_users + named)) users on disk; final file $rows rows, $ids distinct users (expected $((scan_users + named)) each); users read twice: $twice (a page is 50)"

printf '%s\n' "${lines[@]}" >"$out/report.txt"
say "Report: $out/report.txt"
