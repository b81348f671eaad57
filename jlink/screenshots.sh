#!/usr/bin/env bash
# Makes the README's screenshots of the main window (factors shown, empty state, a wrong password;
# light and dark) from the real app on the demo tenant. Needs xvfb-run (Debian: xvfb xauth) when
# there is no display. Usage: jlink/screenshots.sh [DIR]   (default: assets/screenshots)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-assets/screenshots}"
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/screenshots.classpath
cp="target/classes:target/test-classes:$(cat target/screenshots.classpath)"
run=(java -cp "$cp" mfainspector.ui.Screenshots "$out")
if [[ -z "${DISPLAY:-}" ]]; then run=(xvfb-run -a "${run[@]}"); fi
"${run[@]}"
