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

# Docks match a running window to its menu entry by the window's class: start the app
# and compare the class of its main window with the entry's StartupWMClass.
wm_class=$(sed -n 's/^StartupWMClass=//p' "$entry")
[[ -n $wm_class ]] || fail "no StartupWMClass in the entry"
for tool in xvfb-run xprop xdotool; do
    command -v "$tool" >/dev/null || fail "$tool missing (Debian packages xvfb, x11-utils, xdotool)"
done
cat > "$work/wm-class.sh" <<'PROBE'
"$@" &
pid=$!
for _ in $(seq 1 100); do
    for w in $(xdotool search --name '^MFA Inspector$' 2>/dev/null); do
        xprop -id "$w" WM_CLASS && kill "$pid" && exit 0
    done
    sleep 0.2
done
kill "$pid"
exit 1
PROBE
seen=$(MFA_INSPECTOR_HOME="$work/home/settings" xvfb-run -a bash "$work/wm-class.sh" "${exec_argv[@]}") \
    || fail "the main window did not appear within 20 s"
[[ $seen == *"\"$wm_class\""* ]] || fail "the window's class is $seen, the entry says StartupWMClass=$wm_class"
echo "OK: the main window's class is the entry's StartupWMClass ($wm_class)"

"$work/My Apps/mfa-inspector/bin/uninstall-desktop-entry.sh"
left=$(find "$XDG_DATA_HOME" -name 'mfa-inspector*')
[[ -z $left ]] || fail "uninstall left: $left"
echo "OK: uninstall removed the entry and the icons"
