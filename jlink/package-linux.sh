#!/usr/bin/env bash
# Linux distributables of a built runtime image, into DIST (default target/dist):
#   mfa-inspector-VERSION-linux-ARCH.tar.gz and .zip   the image as it is (unpack, run bin/mfa-inspector)
#   jpackage/mfa-inspector/                            a jpackage app-image around the same runtime
#   mfa-inspector_VERSION-1_ARCH.deb                   that app-image as a Debian package (/opt/mfa-inspector)
# Normally run by `./mvnw -Ppackage-linux -DskipTests package`. The .deb needs
# fakeroot and dpkg-deb (Debian packages fakeroot, dpkg).
# Usage: jlink/package-linux.sh VERSION [IMAGE_DIR] [DIST_DIR]
set -euo pipefail

version=${1:?usage: $0 VERSION [IMAGE_DIR] [DIST_DIR]}
root=$(cd "$(dirname "$0")/.." && pwd)
image=$(cd "${2:-$root/target/image}" && pwd)
dist=${3:-$root/target/dist}
jdk_bin=${JAVA_HOME:+$JAVA_HOME/bin/}

case $(uname -m) in
    x86_64) arch=x64 ;;
    aarch64) arch=aarch64 ;;
    *) arch=$(uname -m) ;;
esac
name=mfa-inspector-$version
rm -rf "$dist"
mkdir -p "$dist/stage"

echo "Archives of $image"
# The top folder of each archive carries the version; -h and zip follow the link.
ln -s "$image" "$dist/stage/$name"
tar -C "$dist/stage" -h -czf "$dist/$name-linux-$arch.tar.gz" "$name"
(cd "$dist/stage" && zip -qr "$dist/$name-linux-$arch.zip" "$name")
rm -rf "$dist/stage"

# Same JVM options as bin/mfa-inspector; $APPDIR is expanded by jpackage's launcher.
java_options=(--java-options -XX:+UseSerialGC --java-options -Xms48m --java-options -Xmn20m --java-options -Xmx256m --java-options -XX:TieredStopAtLevel=1)
if [[ -f $image/lib/server/app.jsa ]]; then
    java_options+=(--java-options '-XX:SharedArchiveFile=$APPDIR/../runtime/lib/server/app.jsa')
fi

echo "jpackage app-image"
"${jdk_bin}jpackage" --type app-image --dest "$dist/jpackage" \
    --name mfa-inspector --app-version "$version" --vendor "MFA Inspector" \
    --description "See which MFA factors a user has enrolled" \
    --runtime-image "$image" --module mfainspector/mfainspector.Main \
    --icon "$root/assets/icons/mfa-inspector-256.png" "${java_options[@]}"

echo "jpackage .deb"
"${jdk_bin}jpackage" --type deb --dest "$dist" \
    --app-image "$dist/jpackage/mfa-inspector" \
    --name mfa-inspector --app-version "$version" --vendor "MFA Inspector" \
    --description "See which MFA factors a user has enrolled" \
    --resource-dir "$root/jlink/jpackage" \
    --linux-package-name mfa-inspector --linux-app-category utils \
    --linux-shortcut --linux-deb-maintainer "maintainers@mfa-inspector.invalid"

ls -l "$dist"
