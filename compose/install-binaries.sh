#!/bin/sh
# Copies the Crosscheck executables (by name) and their resource bundles from a SwiftPM bin
# folder into DEST. The Dockerfile runs it; Tests/IntegrationTests/ComposeTests runs it too.
# Usage: compose/install-binaries.sh BIN_DIR DEST
set -eu
bin="$1"
dest="$2"
mkdir -p "$dest"
for name in crosscheck crosscheck-coordinator crosscheck-parser crosscheck-resolver crosscheck-matcher crosscheck-writer \
    crosscheck-encoder; do
  cp "$bin/$name" "$dest/$name"
done
for bundle in "$bin"/*.resources; do
  [ -d "$bundle" ] && cp -R "$bundle" "$dest/"
done
