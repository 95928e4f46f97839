#!/usr/bin/env bash
# CI: build the Linux bundle and prove it works as an IT person would use it.
#  1. `python packaging/build.py`, then `linkdesk --self-test` from the bundle;
#  2. the bundle copied to a read-only folder whose path has spaces and non-ASCII letters,
#     run by a user who cannot write there (nobody, when CI runs as root), with a log folder
#     it cannot write either: the self-test still passes and says so once; and a copy with
#     a Qt plugin and a font removed, whose self-test fails naming both;
#  3. install.sh into a temporary prefix; the installed .desktop and metainfo validated
#     (desktop-file-validate, appstreamcli); the installed program's self-test; uninstall;
#  4. the Windows/macOS workflow linted (check-jsonschema, zizmor).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
APP_ID=org.linkdesk.LinkDesk
scratch="$(mktemp -d)"
trap 'chmod -R u+w "$scratch" 2>/dev/null || true; rm -rf "$scratch"' EXIT
export QT_QPA_PLATFORM=offscreen
export LINKDESK_LOG_DIR="$scratch/logs"

start=$(date +%s)
"$PY" packaging/build.py
echo "bundle: built in $(( $(date +%s) - start )) s"
dist/linkdesk/linkdesk --self-test
dist/linkdesk/linkdesk --version
test -s "$LINKDESK_LOG_DIR/linkdesk.log"

# 2. read-only, spaces, non-ASCII; a log folder that cannot be written.
odd="$scratch/Program Files/Łącznik Desk ñ"
mkdir -p "$odd"
cp -R dist/linkdesk "$odd/"
chmod -R a-w "$odd"
chmod a+rx "$scratch" "$scratch/Program Files"
mkdir -m 0555 "$scratch/readonly-logs"
run_as=()
if [ "$(id -u)" = 0 ] && command -v runuser >/dev/null; then
  home="$(mktemp -d)"; chown nobody "$home"
  run_as=(runuser -u nobody -- env HOME="$home" TMPDIR="$home")
fi
before="$(find "$odd" -printf '%p %s %T@\n' | sort | sha256sum)"
out="$("${run_as[@]}" env LINKDESK_LOG_DIR="$scratch/readonly-logs/log" "$odd/linkdesk/linkdesk" --self-test 2>&1)"
echo "$out"
grep -q "^warn  support log: LinkDesk cannot write its support log" <<<"$out"
test "$(grep -c "cannot write its support log" <<<"$out")" -eq 1  # said once
test "$before" = "$(find "$odd" -printf '%p %s %T@\n' | sort | sha256sum)"  # wrote nothing there

# 2b. a damaged copy: a Qt platform plugin and a font gone; the self-test fails naming both.
broken="$scratch/broken"
cp -R dist/linkdesk "$broken"
rm "$broken/_internal/PySide6/Qt/plugins/platforms/libqxcb.so" "$broken/_internal/resources/fonts/Symbola.ttf"
if out="$("$broken/linkdesk" --self-test 2>&1)"; then echo "$out"; echo "a damaged bundle passed its self-test" >&2; exit 1; fi
grep -q "^FAIL  Qt plugins: missing in .*platforms/libqxcb.so" <<<"$out"
grep -q "^FAIL  resources: missing in .*fonts/Symbola.ttf" <<<"$out"
rm -rf "$broken"

# 3. install, validate, run, uninstall.
prefix="$scratch/prefix with space"
dist/linkdesk/install.sh --prefix "$prefix"
desktop-file-validate "$prefix/share/applications/$APP_ID.desktop"
appstreamcli validate --no-net "$prefix/share/metainfo/$APP_ID.metainfo.xml"
icon="$(sed -n 's/^Icon=//p' "$prefix/share/applications/$APP_ID.desktop")"
test -f "$prefix/share/icons/hicolor/scalable/apps/$icon.svg"
test -f "$prefix/share/icons/hicolor/256x256/apps/$icon.png"
grep -q "<icon type=\"stock\">$icon</icon>" "$prefix/share/metainfo/$APP_ID.metainfo.xml"
grep -q "^Exec=\"$prefix/bin/linkdesk\"$" "$prefix/share/applications/$APP_ID.desktop"
"$prefix/bin/linkdesk" --self-test >/dev/null
"$prefix/bin/linkdesk" diagnostics --json | "$PY" -c "import json,sys; d=json.load(sys.stdin); assert d['frozen'] and d['version'] and d['log_dir'] and d['data_dir']"
dist/linkdesk/install.sh --prefix "$prefix" --uninstall
test ! -e "$prefix/bin/linkdesk" && test ! -e "$prefix/lib/linkdesk"
test -z "$(find "$prefix/share" -name "$APP_ID*")"

# 4. the workflow that builds Windows and macOS bundles.
.venv/bin/check-jsonschema --builtin-schema vendor.github-workflows .github/workflows/*.yml
.venv/bin/zizmor --offline --quiet .github/workflows/
echo "bundle: all checks passed in $(( $(date +%s) - start )) s"
