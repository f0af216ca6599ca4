#!/usr/bin/env bash
# Makes sure the e2e tests can run: Debian's Chromium, CJK and emoji fonts (never a downloaded browser).
# The emoji font is there so screenshots show what a wall shows for emoji in API text, not tofu boxes.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
need=()
[ -x "$CHROMIUM" ] || need+=(chromium)
fc-list 2>/dev/null | grep -qi 'Noto Sans CJK' || need+=(fonts-noto-cjk)
fc-list 2>/dev/null | grep -qi 'Noto Color Emoji' || need+=(fonts-noto-color-emoji)
[ ${#need[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then SUDO=""; elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then SUDO="sudo -n"; else SUDO=none; fi
if [ "$SUDO" = none ] || ! command -v apt-get >/dev/null; then
  echo "e2e needs Debian's packages: ${need[*]} (Chromium at $CHROMIUM, Noto CJK and emoji fonts)." >&2
  echo "Install them with:  sudo apt-get install -y ${need[*]}" >&2
  echo "or set CHROMIUM_PATH to a Chromium binary you have." >&2
  exit 1
fi
echo "Installing ${need[*]} from Debian's packages…"
# Another apt process (unattended upgrades) may hold the lock for a while: wait for it.
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 update -qq
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${need[@]}" >/dev/null
[ -x "$CHROMIUM" ] || { echo "Chromium is still missing at $CHROMIUM" >&2; exit 1; }
