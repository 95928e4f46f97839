#!/bin/sh
# Install (or remove) the LinkDesk bundle with its menu entry, icon and AppStream metainfo.
#
#   ./install.sh                 for this user, under ~/.local (no root needed)
#   sudo ./install.sh --system   for everyone, under /usr/local
#   ./install.sh --prefix DIR    under DIR (bin/, lib/linkdesk/, share/...)
#   ./install.sh --uninstall [--system | --prefix DIR]
#
# Run it from the built bundle (dist/linkdesk/install.sh) or from packaging/linux/ after
# `python packaging/build.py`. Workspaces and logs live in the user's own folders and are
# never touched by installing or uninstalling.
set -eu
APP_ID=org.linkdesk.LinkDesk
prefix="${HOME:-}/.local"
action=install

while [ $# -gt 0 ]; do
  case "$1" in
    --system) prefix=/usr/local ;;
    --prefix) [ $# -ge 2 ] || { echo "install.sh: --prefix needs a folder" >&2; exit 2; }
              prefix="$2"; shift ;;
    --prefix=*) prefix="${1#--prefix=}" ;;
    --uninstall) action=uninstall ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "install.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done
case "$prefix" in
  /*) ;;
  *) prefix="$(pwd)/$prefix" ;;
esac
case "$prefix" in
  *'"'*|*'`'*|*'$'*|*'\'*) echo "install.sh: the prefix may not contain \" \` \$ or \\" >&2; exit 2 ;;
esac

here="$(cd "$(dirname "$0")" && pwd)"
if [ -x "$here/linkdesk" ] && [ -d "$here/share" ]; then
  bundle="$here"
elif [ -x "$here/../../dist/linkdesk/linkdesk" ]; then
  bundle="$(cd "$here/../../dist/linkdesk" && pwd)"
else
  echo "install.sh: no bundle found; build it first with: python packaging/build.py" >&2
  exit 1
fi

lib="$prefix/lib/linkdesk"
bin="$prefix/bin"
share="$prefix/share"

refresh_caches() {
  # Menus pick the entry up without these on most desktops; they only speed things up.
  command -v update-desktop-database >/dev/null && update-desktop-database -q "$share/applications" 2>/dev/null || true
  command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$share/icons/hicolor" 2>/dev/null || true
}

if [ "$action" = uninstall ]; then
  rm -rf "$lib"
  [ -L "$bin/linkdesk" ] && rm -f "$bin/linkdesk"
  rm -f "$share/applications/$APP_ID.desktop" "$share/metainfo/$APP_ID.metainfo.xml"
  find "$share/icons/hicolor" -name "$APP_ID.*" -delete 2>/dev/null || true
  refresh_caches
  echo "LinkDesk removed from $prefix (workspaces and logs are kept)."
  exit 0
fi

mkdir -p "$prefix/lib" "$bin" "$share/applications" "$share/metainfo"
# Copy beside, then swap: a failed copy leaves the installed version as it was.
rm -rf "$lib.new"
cp -R "$bundle" "$lib.new"
rm -rf "$lib.new/share" "$lib.new/install.sh"
rm -rf "$lib.old"
[ -d "$lib" ] && mv "$lib" "$lib.old"
mv "$lib.new" "$lib"
rm -rf "$lib.old"
ln -sfn "$lib/linkdesk" "$bin/linkdesk"

# The menu entry runs this install's program by its full path (quoted: it may hold spaces).
sed "s|^Exec=linkdesk|Exec=\"$bin/linkdesk\"|" "$bundle/share/applications/$APP_ID.desktop" \
  > "$share/applications/$APP_ID.desktop"
cp "$bundle/share/metainfo/$APP_ID.metainfo.xml" "$share/metainfo/"
(cd "$bundle/share" && find icons -type f) | while IFS= read -r icon; do
  mkdir -p "$share/$(dirname "$icon")"
  cp "$bundle/share/$icon" "$share/$icon"
done
chmod -R u+rwX,go+rX "$lib" "$share/applications/$APP_ID.desktop" "$share/metainfo/$APP_ID.metainfo.xml"
refresh_caches
echo "LinkDesk installed in $lib; run it from the menu or as $bin/linkdesk"
