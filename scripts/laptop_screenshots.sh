#!/usr/bin/env bash
# Screenshots of LinkDesk on a 1366x768 laptop screen, driven by the keyboard alone, for the
# docs (docs/walkthrough.md). A real X server with a window manager: the `desktop` tool
# (../shared/tools/desktop, or DESKTOP=...) starts Xvfb and openbox, sends keys with xdotool
# and takes screenshots.
#
#   LINKDESK_DESKTOP_STATE=/tmp/desk-shots scripts/laptop_screenshots.sh [OUT] [SCALE] [SIZE]
#
# OUT defaults to docs/laptop, SCALE to 1 (try 1.25 and 1.5: QT_SCALE_FACTOR), SIZE to
# 1366x768. Everyone in the demo workspace is made up.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs/laptop}; scale=${2:-1}; size=${3:-1366x768}
desk=${DESKTOP:-$(cd .. && pwd)/shared/tools/desktop}
[ -x "$desk" ] || desk=/work/bin/desktop
export LINKDESK_DESKTOP_STATE=${LINKDESK_DESKTOP_STATE:-/tmp/desk-shots}
mkdir -p "$out"
eval "$("$desk" start "$size")" >/dev/null
home=$(mktemp -d)
HOME=$home QT_SCALE_FACTOR=$scale .venv/bin/linkdesk --demo >/dev/null 2>&1 &
app=$!
cleanup() { kill "$app" 2>/dev/null || true; "$desk" stop >/dev/null || true; rm -rf "$home"; }
trap cleanup EXIT
shot() { sleep "${2:-2}"; "$desk" shot "$out/$1.png" >/dev/null; echo "$out/$1.png"; }
keys() { "$desk" keys "$@"; }

for _ in $(seq 40); do sleep 1; "$desk" windows | grep -q "^LinkDesk " && break; done
sleep 4
shot caseload
keys ctrl+f; "$desk" type "Ama"; sleep 2; keys Return; shot person
keys ctrl+2; shot directory
keys ctrl+3; shot reports 4
keys ctrl+4; shot settings
keys F1; shot shortcuts; keys Escape
keys ctrl+1; keys ctrl+f; "$desk" type "Ama"; sleep 2; keys Return; sleep 2
keys ctrl+shift+c; shot conversation-1 4
for step in 2 3 4 5 6 7 8; do keys "alt+$step"; shot "conversation-$step"; done
keys F11; shot conversation-shown-to-the-person; keys F11
keys ctrl+l; shot unlock-after-lock 3
"$desk" type "demo passphrase"; keys Return; shot back-where-they-were 4
"$desk" windows  # each window's size and minimum against the screen
