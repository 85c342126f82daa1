#!/bin/sh
# One entry point for a fresh Debian/Ubuntu machine (and for CI):
#   sh packaging/bootstrap.sh app    installs what is missing, starts the app on a demo vault
#   sh packaging/bootstrap.sh test   installs what is missing, runs the whole test suite
#   sh packaging/bootstrap.sh deps   only installs (used by .ci/run before linting)
#   sh packaging/bootstrap.sh bundle builds the app bundle and smoke-tests it (CI, after tests)
# System packages are installed only when missing (with sudo unless already root); Python
# packages go into .venv in the checkout, never into the system Python.
set -eu
cd "$(dirname "$0")/.."
mode="${1:-app}"
[ "$#" -gt 0 ] && shift

# Qt 6 on Linux: libraries for offscreen tests and for a real window (xcb platform plugin).
QT_RUNTIME="libgl1 libegl1 libfontconfig1 libglib2.0-0 libdbus-1-3 libxkbcommon0 \
libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 \
libxcb-render-util0 libxcb-shape0"
# Tests: PDF checks (pdftotext/pdffonts/pdftoppm), a virtual screen, a real OS keyring, the
# validators of the Linux desktop file and AppStream metainfo. The team-store tests start a
# throw-away PostgreSQL cluster of their own (tests/team); Debian's postgresql package provides
# initdb and the `postgres` user to run it as.
TEST_EXTRA="poppler-utils xvfb xauth gnome-keyring dbus-x11 desktop-file-utils appstream \
postgresql"
# The bundle: PyInstaller reads binaries with objdump (binutils).
BUNDLE_EXTRA="binutils"

apt_install() {
    command -v dpkg-query >/dev/null 2>&1 || return 0  # not Debian/Ubuntu: bring your own Qt libs
    missing=""
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" \
            || missing="$missing $pkg"
    done
    [ -z "$missing" ] && return 0
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "Installing system packages:$missing"
    $sudo apt-get update -qq
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing
}

venv_ok() { python3 -c 'import ensurepip, venv' >/dev/null 2>&1; }

packages="$QT_RUNTIME"
[ "$mode" = "app" ] || packages="$packages $TEST_EXTRA"
[ "$mode" = "bundle" ] && packages="$packages $BUNDLE_EXTRA"
venv_ok || packages="$packages python3-venv"
# shellcheck disable=SC2086
apt_install $packages

[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
case "$mode" in
    app) extras="" ;;
    bundle) extras="[test,bundle]" ;;
    *) extras="[test]" ;;
esac
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".$extras"

case "$mode" in
    app) exec .venv/bin/kansencirkel --demo "$@" ;;
    test) exec .venv/bin/python -m pytest "$@" ;;
    bundle) exec .venv/bin/python packaging/build.py --archive --smoke "$@" ;;
    deps) ;;
    *) echo "usage: sh packaging/bootstrap.sh app|test|deps|bundle" >&2; exit 2 ;;
esac
