#!/usr/bin/env bash
# Smoke test of the runtime image: the image's own demo tenant serves a real
# sign-in and factor listing to the image's `factors` command over loopback;
# then, once the app has a self-test, the GUI starts on a virtual display.
# Usage: .ci/smoke-image.sh [path/to/bin/mfa-inspector] [--no-gui]
# --no-gui leaves out the GUI step (systems without xvfb-run: the Windows and macOS CI jobs,
# which pass bin/mfa-inspector.bat or bin/mfa-inspector).
set -euo pipefail

launcher=${1:-target/image/bin/mfa-inspector}
gui=true
if [[ ${2:-} == --no-gui ]]; then gui=false; fi
demo_password='demo-pass-2026'

step() { printf '\n--- %s\n' "$*"; }
fail() { printf 'SMOKE TEST FAILED: %s\n' "$*" >&2; exit 1; }
# macOS has no timeout command: there the step runs without a limit (the CI job has one).
limit() { if command -v timeout >/dev/null 2>&1; then timeout "$@"; else shift; "$@"; fi; }

[[ -x $launcher ]] || fail "no executable launcher at $launcher (build it with ./mvnw -DskipTests package)"

work=$(mktemp -d)
server_pid=''
cleanup() {
    if [[ -n $server_pid ]] && kill -0 "$server_pid" 2>/dev/null; then
        kill "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
# Settings and secrets of these runs stay out of the machine's home directory.
export MFA_INSPECTOR_HOME="$work/home"

step "Launcher answers"
"$launcher" --version

step "Start the demo tenant"
"$launcher" demo-server >"$work/server.out" 2>"$work/server.err" &
server_pid=$!

# Reads "Label: value" from the server's output; labels are fixed strings.
field() { awk -v label="$1: " 'index($0, label) == 1 { print substr($0, length(label) + 1); exit }' "$work/server.out"; }

url=''
for _ in $(seq 1 60); do
    url=$(field 'URL')
    [[ -n $url ]] && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.out" "$work/server.err" >&2; fail "demo-server exited before printing its URL"; }
    sleep 1
done
[[ -n $url ]] || fail "demo-server printed no 'URL:' line within 60 s"
sleep 1  # let the remaining lines arrive
app_id=$(field 'App ID (client_secret_post)')
app_secret=$(field 'App secret (client_secret_post)')
[[ -n $app_id && -n $app_secret ]] || fail "demo-server printed no app id or app secret"
echo "Demo tenant at $url, app id $app_id"

step "factors --format json for alice"
set +e
MFA_INSPECTOR_APP_SECRET=$app_secret limit 120 "$launcher" factors \
    --host "$url" --app-id "$app_id" --account alice --password-stdin --format json \
    <<<"$demo_password" >"$work/factors.out" 2>"$work/factors.err"
status=$?
set -e
cat "$work/factors.out"
cat "$work/factors.err" >&2
((status == 0)) || fail "factors exited with $status, expected 0"
for type in SMS OTP; do
    grep -q "\"$type\"" "$work/factors.out" || fail "factors output does not name $type"
done
for secret in "$app_secret" "$demo_password"; do
    if grep -qF -- "$secret" "$work/factors.out" "$work/factors.err"; then
        fail "factors output contains a secret"
    fi
done
echo "OK: alice has SMS and OTP; no secret in the output"

if [[ $gui == false ]]; then
    echo "OK (GUI step left out: --no-gui)"
    exit 0
fi

step "GUI self-test under Xvfb"
# The self-test opens the real window, signs in to the demo tenant as carol (four factors)
# and prints one line of figures; anything else is a failure.
selftest=$(timeout 300 xvfb-run -a "$launcher" --self-test)
echo "$selftest"
if ! grep -Eq '^first-frame-ms=[0-9]+ fetch-ms=[0-9]+ rows=4$' <<<"$selftest"; then
    fail "the self-test did not print 'first-frame-ms=N fetch-ms=N rows=4'"
fi
echo "OK: self-test passed"
