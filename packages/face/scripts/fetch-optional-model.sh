#!/bin/sh
# Fetches the optional MobileFaceNet ONNX model (unverified provenance, off by default; see
# docs/models.md) from the npm registry into the git-ignored .cache/models/fr_feature.onnx.
# The package itself is not a dependency: it drags in webpack and jest.
set -eu
root="$(cd "$(dirname "$0")/../../.." && pwd)"
dest="$root/.cache/models"
version=0.0.1
sha256=87aacdfe57510db2af90c0251df680e8eec88f122ee94712121d09bcaaaf3581
mkdir -p "$dest"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack "faceplugin-face-recognition-js@$version" --silent >/dev/null)
tar -xzf "$tmp/faceplugin-face-recognition-js-$version.tgz" -C "$tmp" package/model/fr_feature.onnx
echo "$sha256  $tmp/package/model/fr_feature.onnx" | sha256sum -c --quiet -
mv "$tmp/package/model/fr_feature.onnx" "$dest/fr_feature.onnx"
echo "$dest/fr_feature.onnx"
