#!/usr/bin/env bash
# installer/manual.sh SRC OUT SCREENSHOTS: renders the user manual (docs/manual/*.md)
# into OUT/*.html with cmark, and takes its pictures with veil-screenshots
# under Xvfb into OUT/images, so that they show the Veil just built. Fails
# when a page names a picture that was not taken.
set -euo pipefail
src=$1 out=$2 shots=$3
rm -rf "$out.tmp"
mkdir -p "$out.tmp/images"
LANG=C.UTF-8 LC_ALL=C.UTF-8 OMP_THREAD_LIMIT=1 ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0" \
  xvfb-run -a -s "-screen 0 1280x800x24" "$shots" "$out.tmp/images" >"$out.tmp/screenshots.log" 2>&1 ||
  { cat "$out.tmp/screenshots.log" >&2; exit 1; }
rm "$out.tmp/screenshots.log"
for page in "$src"/*.md; do
  name=$(basename "$page" .md)
  title=$(sed -n '1s/^# //p' "$page")
  for img in $(grep -o 'images/[A-Za-z0-9_.-]*\.png' "$page" || true); do
    [ -f "$out.tmp/$img" ] || { echo "$page shows $img, which veil-screenshots did not take" >&2; exit 1; }
  done
  {
    printf '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>%s — Veil</title>\n' "$title"
    printf '<link rel="stylesheet" href="manual.css"></head><body>\n'
    [ "$name" = index ] || printf '<nav><a href="index.html">Veil user manual</a></nav>\n'
    cmark --to html "$page"
    printf '</body></html>\n'
  } >"$out.tmp/$name.html"
done
cp "$src/manual.css" "$out.tmp/"
rm -rf "$out"
mv "$out.tmp" "$out"
