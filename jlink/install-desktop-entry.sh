#!/bin/sh
# Adds MFA Inspector to the desktop's application menu for the current user:
# writes $XDG_DATA_HOME/applications/mfa-inspector.desktop (default
# ~/.local/share/applications) that starts this image's launcher, and copies the
# icon into the hicolor theme there. Nothing needs root. Run it again after moving
# the image; remove the entry with uninstall-desktop-entry.sh.
set -eu

self=$0
while [ -h "$self" ]; do
    target=$(readlink -- "$self")
    case $target in
        /*) self=$target ;;
        *) self=$(dirname -- "$self")/$target ;;
    esac
done
image_dir=$(CDPATH='' cd -P -- "$(dirname -- "$self")/.." && pwd)
launcher=$image_dir/bin/mfa-inspector
[ -x "$launcher" ] || { echo "No launcher at $launcher: run this script from the image's bin folder." >&2; exit 1; }

data_home=${XDG_DATA_HOME:-${HOME:?HOME is not set}/.local/share}
apps_dir=$data_home/applications
icons_dir=$data_home/icons/hicolor

# Exec= quoting (Desktop Entry Specification): a path with a space or another
# reserved character goes in double quotes with " ` $ \ escaped; then every
# backslash is doubled once more for the string value, and % becomes %%.
case $launcher in
    *[!A-Za-z0-9/._+-]*)
        quoted=$(printf '%s' "$launcher" | sed -e 's/[\\"`$]/\\&/g')
        exec_value=$(printf '"%s"' "$quoted" | sed -e 's/\\/\\\\/g' -e 's/%/%%/g') ;;
    *) exec_value=$launcher ;;
esac
tryexec_value=$(printf '%s' "$launcher" | sed -e 's/\\/\\\\/g')

# sed replacement text: escape its own special characters (\ & and the delimiter |).
sed_escape() { printf '%s' "$1" | sed -e 's/[\\&|]/\\&/g'; }

mkdir -p "$apps_dir"
entry=$apps_dir/mfa-inspector.desktop
sed -e "s|@EXEC@|$(sed_escape "$exec_value")|" -e "s|@LAUNCHER@|$(sed_escape "$tryexec_value")|" \
    "$image_dir/share/mfa-inspector.desktop" >"$entry.tmp"
chmod 644 "$entry.tmp"
mv "$entry.tmp" "$entry"

for png in "$image_dir"/share/icons/mfa-inspector-*.png; do
    size=${png##*-}
    size=${size%.png}
    mkdir -p "$icons_dir/${size}x$size/apps"
    cp "$png" "$icons_dir/${size}x$size/apps/mfa-inspector.png"
done
mkdir -p "$icons_dir/scalable/apps"
cp "$image_dir/share/icons/mfa-inspector.svg" "$icons_dir/scalable/apps/mfa-inspector.svg"

# Menus pick the entry up by themselves; these caches only make it quicker.
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$apps_dir" 2>/dev/null || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$icons_dir/index.theme" ]; then
    gtk-update-icon-cache -q -t "$icons_dir" 2>/dev/null || true
fi

echo "Installed $entry"
echo "MFA Inspector is in the application menu; it starts $launcher"
