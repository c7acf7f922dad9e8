#!/usr/bin/env bash
# The Debian package, built from this build folder: its fields and files, the
# desktop entry, AppStream and MIME data validate, and the packaged binaries run
# on their own (no path into the build folder), de-identifying the demo study.
set -euo pipefail
build=$(cd "$1" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

(cd "$build" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; fail "cpack"; }
deb=$(ls "$work"/out/veil_*.deb)
echo "package: $(basename "$deb"), $(du -k "$deb" | cut -f1) kB"

[ "$(dpkg-deb -f "$deb" Package)" = veil ] || fail "Package field"
depends=$(dpkg-deb -f "$deb" Depends)
for lib in libqt6widgets6 libqt6core6 libdcmtk17 libtesseract5 libopencv-imgproc406 libsodium23 libsqlite3-0 \
  libzip4 libopenjp2-7 tesseract-ocr-eng; do
  grep -q "$lib" <<<"$depends" || fail "Depends lacks $lib: $depends"
done

dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$work/files"
for f in /usr/bin/veil /usr/bin/veil-cli /usr/share/applications/io.veil.Veil.desktop \
  /usr/share/metainfo/io.veil.Veil.metainfo.xml /usr/share/mime/packages/io.veil.Veil.xml \
  /usr/share/icons/hicolor/scalable/apps/io.veil.Veil.svg /usr/share/icons/hicolor/256x256/apps/io.veil.Veil.png \
  /usr/share/icons/hicolor/48x48/apps/io.veil.Veil.png /usr/share/doc/veil/README.md \
  /usr/share/man/man1/veil-cli.1.gz /usr/share/bash-completion/completions/veil-cli /usr/share/doc/veil/cli.md \
  /usr/share/doc/veil/cluster.md /usr/share/doc/veil/cluster/veil-project.sbatch; do
  grep -qx "$f" "$work/files" || fail "$f is not in the package"
done
if grep -vE '^/usr/(bin|share)/' "$work/files" | grep -vE '/$' | grep -q .; then
  fail "files outside /usr/bin and /usr/share: $(grep -vE '^/usr/(bin|share)/' "$work/files" | grep -vE '/$')"
fi

# The user manual: every page, and every picture a page shows (taken at build time).
manual=/usr/share/doc/veil/manual
for page in index getting-started reviewing exporting reidentification pacs face-check troubleshooting; do
  grep -qx "$manual/$page.html" "$work/files" || fail "the manual lacks $page.html"
done
dpkg-deb -x "$deb" "$work/root"
pictures=0
for page in "$work/root$manual"/*.html; do
  for img in $(grep -o 'src="images/[^"]*"' "$page" | sed 's/^src="//; s/"$//'); do
    [ -s "$work/root$manual/$img" ] || fail "$(basename "$page") shows $img, which is not in the package"
    pictures=$((pictures + 1))
  done
done
[ "$pictures" -ge 8 ] || fail "the manual shows only $pictures pictures"
grep -q 'href="reviewing.html"' "$work/root$manual/index.html" || fail "the manual's first page does not link its chapters"
desktop-file-validate "$work/root/usr/share/applications/io.veil.Veil.desktop" || fail "desktop entry"
appstreamcli validate --no-net "$work/root/usr/share/metainfo/io.veil.Veil.metainfo.xml" >/dev/null ||
  fail "AppStream metainfo"
grep -qF '<glob pattern="*.veil"/>' "$work/root/usr/share/mime/packages/io.veil.Veil.xml" || fail "MIME type"
for bin in veil veil-cli; do
  readelf -d "$work/root/usr/bin/$bin" | grep -qE 'R(UN)?PATH' && fail "$bin keeps an RPATH into the build"
  readelf -S "$work/root/usr/bin/$bin" | grep -q '\.debug_info' && fail "$bin is not stripped"
done

cli="$work/root/usr/bin/veil-cli"
"$cli" --version | grep -q . || fail "veil-cli --version"
# The man page holds every command's options; the completion offers them.
man=$(zcat "$work/root/usr/share/man/man1/veil-cli.1.gz" | sed 's/\\-/-/g')
for word in --shard-passphrase-file --key-file --allow-unreviewed VEIL_PASSPHRASE; do
  grep -qF -- "$word" <<<"$man" || fail "the man page lacks $word"
done
completion=$(PATH="$work/root/usr/bin:$PATH" bash -c '
  source "$1"
  t() { COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _veil_cli; echo "${COMPREPLY[*]}"; }
  t veil-cli pro; t veil-cli project me; t veil-cli deid --shard-c' _ "$work/root/usr/share/bash-completion/completions/veil-cli")
[ "$completion" = "$(printf 'project\nmerge\n--shard-count')" ] || fail "bash completion: $completion"
"$cli" make-demo "$work/demo" >/dev/null || fail "make-demo"
"$cli" deid "$work/demo" --out "$work/clean" >"$work/deid.log" 2>&1 || { cat "$work/deid.log"; fail "deid"; }
written=$(find "$work/clean" -type f | wc -l)
[ "$written" -eq 24 ] || fail "deid wrote $written files, not 24"
QT_QPA_PLATFORM=offscreen "$work/root/usr/bin/veil" --version | grep -q . || fail "veil --version"
echo "packaged veil-cli de-identified the demo: $written files"
echo "PASS"
