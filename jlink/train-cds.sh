#!/usr/bin/env bash
# Builds the app's class data sharing archive, lib/server/app.jsa, into a runtime
# image: a dynamic archive (on top of the JDK's base archive that jlink made with
# --generate-cds-archive) of every class the self-test loads, from opening the
# window to showing a user's factors. The launcher uses it when it exists; it
# saves a third of the start-up on this kind of machine (see README.md).
#
# The self-test needs a display. The training runs under xvfb-run when installed
# (no window flashes on a desktop), else on $DISPLAY, else it is skipped and the
# image keeps only the base archive: a build never needs a display.
# Usage: jlink/train-cds.sh IMAGE_DIR [true|false]
set -euo pipefail

image=$1
enabled=${2:-true}
launcher=$image/bin/mfa-inspector
archive=$image/lib/server/app.jsa

note() { printf '[cds] %s\n' "$*"; }

rm -f "$archive"
if [[ $enabled != true ]]; then
    note "training skipped (cds.training=$enabled): the image has the JDK's base archive only"
    exit 0
fi
if ! "$launcher" --help 2>&1 | grep -q -- '--self-test'; then
    note "this build has no --self-test: the image has the JDK's base archive only"
    exit 0
fi
if command -v xvfb-run >/dev/null 2>&1; then
    display=(xvfb-run -a)
elif [[ -n ${DISPLAY:-} ]]; then
    display=()
else
    note "no xvfb-run and no DISPLAY: the image has the JDK's base archive only"
    exit 0
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
note "training run: ${display[*]} $launcher --self-test"
if MFA_INSPECTOR_JAVA_OPTS="-XX:ArchiveClassesAtExit=$archive" \
        timeout 180 "${display[@]}" "$launcher" --self-test >"$log" 2>&1 \
        && grep -q 'first-frame-ms=' "$log" && [[ -s $archive ]]; then
    note "$(grep -m1 'first-frame-ms=' "$log" || true)"
    note "wrote $archive ($(du -h "$archive" | cut -f1))"
else
    # A failed training run must not fail the build: the app works without the archive.
    note "training run failed; the image has the JDK's base archive only. Its output:"
    sed 's/^/[cds]   /' "$log"
    rm -f "$archive"
fi
