#!/usr/bin/env bash
# Smoke test of a built bundle (CI, after the test suite): the bundled binary runs the README's
# command line on a temp vault and starts the GUI offscreen on a demo vault, and the numbers
# that matter for shipping are printed next to a pip-installed app built in the same run:
# bundle size, venv size, and start → unlock dialog painted for both (with their ratio).
#   bash packaging/smoke_bundle.sh [dist/kansencirkel/kansencirkel]
# Needs python3 with venv (for the pip-installed comparison) and the Qt runtime libraries
# that packaging/bootstrap.sh installs.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
bin="$(realpath "${1:-dist/kansencirkel/kansencirkel}")"
bundle="$(dirname "$bin")"
started=$(date +%s)

work="$(mktemp -d "${TMPDIR:-/tmp}/kansencirkel-smoke.XXXXXX")"
trap 'rm -rf "$work"' EXIT
# Never the user's real keyring, home folder or screen; light KDF so the run takes seconds.
export KANSENCIRKEL_HOME="$work/home"
export PYTHON_KEYRING_BACKEND=keyring.backends.fail.Keyring
export KANSENCIRKEL_TEST_KDF=1
export KANSENCIRKEL_PASSPHRASE="smoke test passphrase 4 bundle"
export QT_QPA_PLATFORM=offscreen
unset KANSENCIRKEL_LANG

fail() { echo "SMOKE FAILED: $*" >&2; exit 1; }
step() { echo "-- $*"; }

version="$(sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml | head -1)"
step "version"
got="$("$bin" --version)"
[ "$got" = "kansencirkel $version" ] || fail "--version says '$got', pyproject.toml says $version"

step "what the bundle must not contain"
bad="$(find "$bundle" \( -ipath '*keyrings*' -o -ipath '*tkinter*' -o -name 'libtk*' \
    -o -ipath '*/tests/*' -o -name '*.ts' -o -ipath '*QtQuick*' -o -ipath '*QtQml*' \) -print)"
[ -z "$bad" ] || fail "unwanted files in the bundle: $bad"
for qm in kansencirkel_en.qm kansencirkel_nl.qm; do
    [ -s "$bundle/_internal/resources/translations/$qm" ] || fail "no $qm in the bundle"
done

step "vault init / vault check"
"$bin" vault init "$work/real/team.kcv" --team "Smoke" --member "Anna" \
    --recovery-code-file "$work/recovery.txt" 2>/dev/null
[ -s "$work/recovery.txt" ] || fail "no recovery code written"
"$bin" vault check "$work/real/team.kcv" 2>/dev/null | tail -1

step "demo / vault check / report"
"$bin" demo "$work/demo/demo.kcv" --children 5 2>/dev/null | tail -1
"$bin" vault check "$work/demo/demo.kcv" 2>/dev/null | tail -1
child="$("$bin" children "$work/demo/demo.kcv" --json 2>/dev/null \
    | python3 -c 'import json, sys; print(json.load(sys.stdin)[0]["id"])')"
"$bin" report "$work/demo/demo.kcv" --child "$child" --kind kernteam --out "$work/kernteam.pdf" \
    2>/dev/null
[ "$(head -c 5 "$work/kernteam.pdf")" = "%PDF-" ] || fail "report wrote no PDF"
"$bin" --lang en report "$work/demo/demo.kcv" --child "$child" --kind ouders --pdfa \
    --out "$work/ouders.pdf" 2>/dev/null
grep -aq "pdfaid:part" "$work/ouders.pdf" || fail "report --pdfa wrote no archival copy"

step "licences (the About dialog's list, from the bundled metadata)"
"$bin" licences > "$work/licences.txt"
for name in PySide6 sqlcipher3 SQLCipher OpenSSL reportlab matplotlib "DejaVu fonts" Qt; do
    grep -qi "^$name" "$work/licences.txt" || fail "licences does not list $name"
done
grep -qi "LGPL-3.0" "$work/licences.txt" || fail "licences does not name Qt's LGPL"
"$bin" licences --texts > "$work/licence-texts.txt"
grep -q "ZETETIC LLC" "$work/licence-texts.txt" || fail "SQLCipher's licence text is missing"
grep -q "GNU LESSER GENERAL PUBLIC LICENSE" "$work/licence-texts.txt" || fail "no LGPL text"

gui_probe() {  # $1 = binary ... ; prints the probe's json
    local probe="$work/probe.json"
    rm -f "$probe"
    KANSENCIRKEL_STARTUP_PROBE="$probe" timeout 60 "$@" --vault "$work/demo/demo.kcv" \
        2>"$work/gui.err" || fail "the GUI did not start and quit: $(cat "$work/gui.err")"
    ! grep -q Traceback "$work/gui.err" || fail "the GUI printed a traceback: $(cat "$work/gui.err")"
    cat "$probe"
}
step "GUI offscreen on the demo vault: unlock dialog painted, then quits"
gui_probe "$bin" > "$work/probe-nl.json"
grep -q '"window": "UnlockDialog"' "$work/probe-nl.json" || fail "no unlock dialog"
KANSENCIRKEL_LANG=en gui_probe "$bin" > "$work/probe-en.json"
grep -q '"title": "Open vault' "$work/probe-en.json" \
    || fail "the English translation (.qm) did not load in the bundle"

archive="$(ls -t "$root"/dist/kansencirkel-"$version"-linux-*.tar.gz 2>/dev/null | head -1 || true)"
if [ -n "$archive" ]; then
    step "Linux archive: install.sh into a temp home, run, uninstall (vault kept)"
    tar -xzf "$archive" -C "$work"
    inst="$work/inst-home"
    mkdir -p "$inst/.local/share/Kansencirkel"
    HOME="$inst" XDG_DATA_HOME="" sh "$work/kansencirkel-$version/install.sh" >/dev/null
    [ "$("$inst/.local/bin/kansencirkel" --version)" = "kansencirkel $version" ] \
        || fail "the installed kansencirkel does not run"
    [ -s "$inst/.local/share/applications/nl.kansencirkel.Kansencirkel.desktop" ] \
        || fail "install.sh put no desktop file in place"
    [ -s "$inst/.local/share/icons/hicolor/256x256/apps/nl.kansencirkel.Kansencirkel.png" ] \
        || fail "install.sh put no icon in place"
    HOME="$inst" XDG_DATA_HOME="" sh "$work/kansencirkel-$version/install.sh" --uninstall \
        > "$work/uninstall.txt"
    grep -q "$inst/.local/share/Kansencirkel" "$work/uninstall.txt" \
        || fail "uninstall does not say where the vault is"
    [ ! -e "$inst/.local/bin/kansencirkel" ] || fail "uninstall left the program"
    [ -d "$inst/.local/share/Kansencirkel" ] || fail "uninstall removed the vault folder"
fi

# -- numbers: the bundle next to a pip-installed app (regular install, app dependencies only)
step "pip-installed app for comparison"
pipapp="$root/build/pip-app"
rm -rf "$pipapp"
python3 -m venv "$pipapp"
"$pipapp/bin/python" -m pip install -q --disable-pip-version-check "$root"
"$pipapp/bin/kansencirkel" licences > "$work/licences-pip.txt"
cut -f1 "$work/licences.txt" > "$work/names-bundle.txt"
cut -f1 "$work/licences-pip.txt" > "$work/names-pip.txt"
diff -u "$work/names-pip.txt" "$work/names-bundle.txt" \
    || fail "the bundle's licence list differs from the pip-installed app's"

ms() { python3 -c 'import time; print(time.monotonic_ns() // 1000000)'; }
time_start() {  # $@ = command; prints ms from process start to unlock dialog painted
    local t0 t1
    t0=$(ms)
    gui_probe "$@" >/dev/null
    t1=$(ms)
    echo $((t1 - t0))
}
# The first launch of each (after build / install) is the coldest this machine allows without
# dropping the page cache; then the median of three.
cold_bundle=$(time_start "$bin")
cold_pip=$(time_start "$pipapp/bin/kansencirkel")
warm_bundle=() warm_pip=()
for _ in 1 2 3; do
    warm_bundle+=("$(time_start "$bin")")
    warm_pip+=("$(time_start "$pipapp/bin/kansencirkel")")
done
# The newest glibc symbol any bundled binary needs: the oldest Linux the bundle runs on.
glibc="$(find "$bundle" -type f \( -name '*.so*' -o -perm -u+x \) -exec objdump -T {} + 2>/dev/null \
    | grep -o 'GLIBC_[0-9][0-9.]*' | sort -Vu | tail -1 | sed 's/GLIBC_//')"
median() { printf '%s\n' "$@" | sort -n | sed -n 2p; }
mb() { du -sm "$1" | cut -f1; }
python3 - "$(mb "$bundle")" "$(mb "$pipapp")" "$cold_bundle" "$cold_pip" \
    "$(median "${warm_bundle[@]}")" "$(median "${warm_pip[@]}")" "$(( $(date +%s) - started ))" \
    "${glibc:-?}" <<'PY'
import sys
size_b, size_v, cold_b, cold_p, warm_b, warm_p, secs = map(int, sys.argv[1:8])
glibc = sys.argv[8]
print("Bundle smoke test passed. Numbers (Linux, this machine):")
print(f"  bundle size (dist/kansencirkel):           {size_b} MB")
print(f"  pip-installed venv size (app deps only):   {size_v} MB")
print(f"  start -> unlock dialog, first launch:      bundle {cold_b} ms, pip app {cold_p} ms, "
      f"ratio {cold_b / cold_p:.2f}")
print(f"  start -> unlock dialog, median of 3:       bundle {warm_b} ms, pip app {warm_p} ms, "
      f"ratio {warm_b / warm_p:.2f}")
print(f"  newest glibc the bundle needs:             {glibc} (the build machine's floor)")
print(f"  smoke test + comparison took {secs} s")
PY
