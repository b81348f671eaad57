#!/usr/bin/env bash
# Builds the app's class data sharing archives into a runtime image. With JDK 17 to 24
# each is a dynamic archive on top of the JDK's base archive that jlink made with
# --generate-cds-archive. With JDK 25 and later each is an AOT cache (-XX:AOTCacheOutput,
# JEP 483/514): the classes not only loaded but linked, and the lambdas and other
# invokedynamic call sites of the training run already resolved. The launchers pass
# either kind the same way (-XX:SharedArchiveFile) under the same names; an image built
# with JDK 25 settles its window about a quarter sooner (README.md, "Start-up").
#
# - lib/server/cli.jsa: every class the headless `factors` command loads, from a run
#   against the image's own demo-server on loopback (no display needed). The launcher
#   uses it for the headless commands: it maps only what a command needs (peak memory
#   of `factors` about 56 MB instead of 78 MB with the window's archive; README.md).
# - lib/server/app.jsa: every class the self-test loads, from opening the window to
#   showing a user's factors. The launcher uses it for the window; it saves a third
#   of the start-up on this kind of machine (see README.md).
#
# The self-test needs a display. It runs under xvfb-run when installed (no window
# flashes on a desktop), else on $DISPLAY, else it is skipped and the window keeps
# only the base archive: a build never needs a display. A failed training run never
# fails the build either: the app works without the archive.
# Usage: jlink/train-cds.sh IMAGE_DIR [true|false]
set -euo pipefail

image=$1
enabled=${2:-true}
launcher=$image/bin/mfa-inspector
archive=$image/lib/server/app.jsa
cli_archive=$image/lib/server/cli.jsa

note() { printf '[cds] %s\n' "$*"; }

# The image's JDK: 25 and later make an AOT cache in one training run.
feature=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$image/release")
if ((${feature:-0} >= 25)); then
    archive_option=-XX:AOTCacheOutput=
    note "JDK $feature: AOT caches"
else
    archive_option=-XX:ArchiveClassesAtExit=
fi

# Neither archive may exist while training: the launcher would map it, and a dynamic
# archive cannot be made on top of another.
rm -f "$archive" "$cli_archive"
if [[ $enabled != true ]]; then
    note "training skipped (cds.training=$enabled): the image has the JDK's base archive only"
    exit 0
fi

# shellcheck source=jlink/demo-server.sh
. "$(dirname "$0")/demo-server.sh"
log=$(mktemp)
demo_out=$(mktemp)
cleanup() {
    demo_stop
    rm -f "$log" "$demo_out"
}
trap cleanup EXIT

# The headless commands' archive: `factors` as alice against the image's demo-server.
train_cli() {
    demo_start "$launcher" "$demo_out" || return 1
    local url app_id password secret
    url=$(demo_value URL)
    app_id=$(demo_value 'App ID (client_secret_post)')
    password=$(demo_value 'Demo password')
    secret=$(demo_value 'App secret (client_secret_post)')
    [[ -n $url && -n $app_id && -n $password && -n $secret ]] || return 1
    note "training run: $launcher factors --host $url --account alice"
    printf '%s\n' "$password" | MFA_INSPECTOR_APP_SECRET=$secret \
        MFA_INSPECTOR_JAVA_OPTS="$archive_option$cli_archive" \
        timeout 120 "$launcher" factors --host "$url" --app-id "$app_id" --account alice --password-stdin >"$log" 2>&1 \
        && grep -q 'factors enrolled' "$log" && [[ -s $cli_archive ]]
}
if train_cli; then
    note "wrote $cli_archive ($(du -h "$cli_archive" | cut -f1))"
else
    note "headless training run failed; the commands use the window's archive or the base one. Its output:"
    sed 's/^/[cds]   /' "$log" "$demo_out"
    rm -f "$cli_archive"
fi
demo_stop
if ! "$launcher" --help 2>&1 | grep -q -- '--self-test'; then
    note "this build has no --self-test: the window has the JDK's base archive only"
    exit 0
fi
if command -v xvfb-run >/dev/null 2>&1; then
    display=(xvfb-run -a)
elif [[ -n ${DISPLAY:-} ]]; then
    display=()
else
    note "no xvfb-run and no DISPLAY: the window has the JDK's base archive only"
    exit 0
fi

note "training run: ${display[*]} $launcher --self-test"
if MFA_INSPECTOR_JAVA_OPTS="$archive_option$archive" \
        timeout 180 "${display[@]}" "$launcher" --self-test >"$log" 2>&1 \
        && grep -q 'first-frame-ms=' "$log" && [[ -s $archive ]]; then
    note "$(grep -m1 'first-frame-ms=' "$log" || true)"
    note "wrote $archive ($(du -h "$archive" | cut -f1))"
else
    # A failed training run must not fail the build: the app works without the archive.
    note "training run failed; the window has the JDK's base archive only. Its output:"
    sed 's/^/[cds]   /' "$log"
    rm -f "$archive"
fi
