# Sourced (not run) by the scripts in jlink/ that need the runtime image's demo tenant on a
# loopback port: one way to start it, wait for it and read what it printed.
#
#   demo_start LAUNCHER LOG [demo-server options...]
#       starts `LAUNCHER demo-server OPTIONS` in the background, its output in LOG, and waits
#       (at most 30 s) until it has printed all of its lines ("Press Ctrl-C to stop." comes
#       last); sets demo_pid and demo_log. Returns 1, the server stopped, when it exits or
#       does not get there in time.
#   demo_value LABEL   the value of the "LABEL: value" line the server printed (URL, App ID
#                      (client_secret_post), Demo password, ...); empty when there is none.
#   demo_stop          stops the server (SIGTERM, so that it prints its "Served:" counts) and
#                      waits for it; does nothing when none runs. Safe in an EXIT trap.

demo_pid=
demo_log=

demo_start() {
    local launcher=$1
    demo_log=$2
    shift 2
    "$launcher" demo-server "$@" >"$demo_log" 2>&1 &
    demo_pid=$!
    local _
    for _ in $(seq 600); do
        grep -q '^Press Ctrl-C' "$demo_log" && return 0
        kill -0 "$demo_pid" 2>/dev/null || break
        sleep 0.05
    done
    demo_stop
    return 1
}

demo_value() {
    sed -n "s/^$1: //p" "$demo_log"
}

demo_stop() {
    [[ -n $demo_pid ]] || return 0
    kill -TERM "$demo_pid" 2>/dev/null || true
    wait "$demo_pid" 2>/dev/null || true
    demo_pid=
}
