#!/bin/sh
# Copy the browser files of ODK Web Forms and Vue from node_modules into
# server/static/webforms/vendor/, the only copy the server reads (so a fresh machine needs
# no npm). Run after changing the pinned versions in package.json:
#   cd webforms && npm install --save-exact --ignore-scripts && ./update.sh
# or, to reproduce the committed files from the lockfile: npm ci --ignore-scripts && ./update.sh
set -eu
cd "$(dirname "$0")"
[ -d node_modules/@getodk/web-forms/dist ] || npm ci --ignore-scripts
OUT=../server/static/webforms/vendor
rm -rf "$OUT"
mkdir -p "$OUT"
DIST=node_modules/@getodk/web-forms/dist
short() { sha256sum "$1" | cut -c1-10; }

# The entry point imports its chunks by relative name (already content-hashed by Vite), so
# all of them share one directory; the entry itself gets a content hash here.
for f in "$DIST"/*.js; do
  case "$(basename "$f")" in
    index.js) ;;
    *) cp "$f" "$OUT/" ;;
  esac
done
ENTRY="web-forms-$(short "$DIST/index.js").js"
cp "$DIST/index.js" "$OUT/$ENTRY"
# PrimeVue's Vietnamese texts and date format (dd/mm/yy) from primelocale; the server puts
# them in the page, and app.js gives them to PrimeVue's locale setting.
cp node_modules/primelocale/vi.json "$OUT/primelocale-vi.json"
VUE_SRC=node_modules/vue/dist/vue.runtime.esm-browser.prod.js
VUE="vue-$(short "$VUE_SRC").js"
cp "$VUE_SRC" "$OUT/$VUE"

WF_VERSION=$(node -p "require('./node_modules/@getodk/web-forms/package.json').version")
VUE_VERSION=$(node -p "require('./node_modules/vue/package.json').version")
PL_VERSION=$(node -p "require('./node_modules/primelocale/package.json').version")

# Licences: the engine (Apache-2.0, no LICENSE file in its npm tarball), Vue, and what the
# engine's bundle contains.
{
  echo "@getodk/web-forms $WF_VERSION: Apache-2.0, https://github.com/getodk/web-forms"
  echo "(bundles the Roboto font, Apache-2.0; Material Design Icons, Apache-2.0; OpenLayers, PrimeVue and the packages below)"
  for p in vue primelocale ol dompurify vue-draggable-plus image-blob-reduce pica @mdi/js geotiff; do
    for l in node_modules/$p/LICENSE*; do
      [ -f "$l" ] || continue
      printf '\n==== %s (%s) ====\n' "$p" "$(basename "$l")"
      cat "$l"
    done
  done
} > "$OUT/LICENSES.txt"

# What the server reads: the import map entries and the files a phone keeps offline.
node -e '
const fs = require("fs");
const [out, entry, vue, wf, vv, pl] = process.argv.slice(1);
const files = fs.readdirSync(out).filter(f => f.endsWith(".js")).sort();
fs.writeFileSync(out + "/vendor.json", JSON.stringify(
  { "web-forms": entry, vue, "web-forms-version": wf, "vue-version": vv, "primelocale-version": pl, files }, null, 1) + "\n");
' "$OUT" "$ENTRY" "$VUE" "$WF_VERSION" "$VUE_VERSION" "$PL_VERSION"
ls -l "$OUT"
