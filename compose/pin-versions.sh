#!/bin/sh
# Pins every dependency of PACKAGE_SWIFT to the exact version compose/versions.txt gives it
# (`from: "x"` becomes `exact: "VERSION"`), in place. Fails when a dependency has no pin, or a
# pin matches no dependency, so that the image never builds with an unpinned package.
# Usage: compose/pin-versions.sh VERSIONS_TXT PACKAGE_SWIFT
set -eu
versions="$1"
manifest="$2"
grep -v '^#' "$versions" | while read -r url version; do
  [ -n "$url" ] || continue
  grep -q "url: \"$url\"" "$manifest" || { echo "pin-versions: $url is not a dependency of $manifest" >&2; exit 1; }
  sed -i -E "s#(\.package\(url: \"$url\", )(from|exact): \"[^\"]*\"#\1exact: \"$version\"#" "$manifest"
done
if grep -E '\.package\(url:' "$manifest" | grep -qv 'exact: "'; then
  echo "pin-versions: dependencies without a pin in $versions:" >&2
  grep -E '\.package\(url:' "$manifest" | grep -v 'exact: "' >&2
  exit 1
fi
