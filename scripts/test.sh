#!/usr/bin/env bash
# Runs every check Shequ has, from a fresh clone on Debian with Swift 6:
# installs missing system packages, builds with zero warnings, runs the shipped
# plugins' own tests, builds and runs the sample integrator package, runs the pool
# tests under the thread sanitizer, then the whole Swift test suite, with a throw-away PostgreSQL
# server (scripts/with-postgres.sh) so the store tests run against both stores.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh

echo "== build (warnings are errors for Shequ's own code)"
mkdir -p .build
swift build --build-tests 2>&1 | tee .build/build.log
if grep -E "^/.*/(Sources|Tests|Samples)/.*warning:" .build/build.log; then
    echo "test: the build has warnings in Shequ's own code (above)" >&2
    exit 1
fi
shequ="$(swift build --show-bin-path)/shequ"

echo "== plugins shipped under Plugins/"
for plugin in Plugins/*/; do
    [ -f "$plugin/plugin.lua" ] || continue
    "$shequ" plugin check "$plugin"
    "$shequ" plugin test "$plugin"
done

echo "== sample integrator package"
(cd Samples/IntegratorApp && swift run --quiet integrator-sample ../../Plugins/guangshan-points)

echo "== state pool under the thread sanitizer"
swift test --sanitize=thread --scratch-path .build-tsan --filter "PluginPool"

echo "== Swift test suite (SQLite and PostgreSQL stores)"
bash scripts/with-postgres.sh swift test
