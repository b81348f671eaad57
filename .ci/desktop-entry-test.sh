#!/usr/bin/env bash
# Checks the image's desktop entry scripts for a new user: install into a fresh
# XDG_DATA_HOME (from an image path with a space in it), validate the entry with
# desktop-file-validate, check that Exec starts this image's launcher and that the
# icons are in place, then uninstall and check that nothing is left.
# Usage: .ci/desktop-entry-test.sh [path/to/image]
set -euo pipefail

image=$(cd "${1:-target/image}" && pwd)
fail() { printf 'DESKTOP ENTRY TEST FAILED: %s\n' "$*" >&2; exit 1; }
command -v desktop-file-validate >/dev/null || fail "desktop-file-validate missing (Debian package desktop-file-utils)"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A copy of the image under a path with a space, as a user's folder may have.
mkdir -p "$work/My Apps"
cp -a "$image" "$work/My Apps/mfa-inspector"
launcher="$work/My Apps/mfa-inspector/bin/mfa-inspector"
export HOME="$work/home" XDG_DATA_HOME="$work/home/.local/share"
mkdir -p "$HOME"

"$work/My Apps/mfa-inspector/bin/install-desktop-entry.sh"
entry=$XDG_DATA_HOME/applications/mfa-inspector.desktop
[[ -f $entry ]] || fail "no entry at $entry"
cat "$entry"
desktop-file-validate "$entry" || fail "desktop-file-validate rejects the entry"

exec_line=$(grep '^Exec=' "$entry")
# Undo the two levels of escaping of the specification, then split like a shell.
exec_value=${exec_line#Exec=}
exec_value=${exec_value//\\\\/\\}
eval "exec_argv=($exec_value)"
[[ ${exec_argv[0]} == "$launcher" ]] || fail "Exec starts '${exec_argv[0]}', expected '$launcher'"
"${exec_argv[@]}" --version >/dev/null || fail "the Exec command does not run"
grep -qx "TryExec=$launcher" "$entry" || fail "TryExec is not the launcher"
grep -qx 'Icon=mfa-inspector' "$entry" || fail "Icon is not mfa-inspector"
for size in 16 32 48 64 128 256 512; do
    [[ -f $XDG_DATA_HOME/icons/hicolor/${size}x$size/apps/mfa-inspector.png ]] || fail "no ${size}px icon"
done
[[ -f $XDG_DATA_HOME/icons/hicolor/scalable/apps/mfa-inspector.svg ]] || fail "no scalable icon"
echo "OK: entry valid, Exec runs $launcher, icons installed"

"$work/My Apps/mfa-inspector/bin/uninstall-desktop-entry.sh"
left=$(find "$XDG_DATA_HOME" -name 'mfa-inspector*')
[[ -z $left ]] || fail "uninstall left: $left"
echo "OK: uninstall removed the entry and the icons"
