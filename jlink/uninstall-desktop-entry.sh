#!/bin/sh
# Removes what install-desktop-entry.sh added for the current user: the menu entry
# and the icons. The image itself stays where it is.
set -eu

data_home=${XDG_DATA_HOME:-${HOME:?HOME is not set}/.local/share}
apps_dir=$data_home/applications

rm -f "$apps_dir/mfa-inspector.desktop"
# An unmatched pattern stays literal, and rm -f ignores a missing file.
rm -f "$data_home"/icons/hicolor/*/apps/mfa-inspector.png "$data_home"/icons/hicolor/*/apps/mfa-inspector.svg
if command -v update-desktop-database >/dev/null 2>&1 && [ -d "$apps_dir" ]; then
    update-desktop-database -q "$apps_dir" 2>/dev/null || true
fi
echo "Removed MFA Inspector from the application menu of $(id -un)."
