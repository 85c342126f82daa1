#!/bin/sh
# Install (or remove) Kansencirkel for the current user, from the unpacked Linux archive:
#   sh install.sh              installs into ~/.local (no root needed)
#   sh install.sh --uninstall  removes the program; the vault stays where it is
# The archive (packaging/build.py --archive) holds this script, the bundle folder
# kansencirkel/ and share/ with the desktop file, AppStream metainfo and icons.
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
id=nl.kansencirkel.Kansencirkel
prefix="${XDG_DATA_HOME:-$HOME/.local/share}"
opt="$HOME/.local/opt/kansencirkel"
bin="$HOME/.local/bin"
vault_dir="$prefix/Kansencirkel"

refresh() {
    command -v update-desktop-database >/dev/null 2>&1 \
        && update-desktop-database -q "$prefix/applications" 2>/dev/null || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 \
        && gtk-update-icon-cache -q -t "$prefix/icons/hicolor" 2>/dev/null || true
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$opt"
    rm -f "$bin/kansencirkel" "$prefix/applications/$id.desktop" "$prefix/metainfo/$id.metainfo.xml"
    rm -f "$prefix"/icons/hicolor/*/apps/"$id".png "$prefix/icons/hicolor/scalable/apps/$id.svg"
    refresh
    echo "Kansencirkel is verwijderd. De kluis is niet verwijderd; die staat in: $vault_dir"
    echo "Kansencirkel was removed. The vault was not removed; it is in: $vault_dir"
    exit 0
fi

mkdir -p "$opt" "$bin" "$prefix/applications" "$prefix/metainfo"
rm -rf "$opt.new"
cp -a "$here/kansencirkel" "$opt.new"
rm -rf "$opt"
mv "$opt.new" "$opt"
ln -sf "$opt/kansencirkel" "$bin/kansencirkel"
sed "s|^Exec=kansencirkel|Exec=$opt/kansencirkel|" "$here/share/$id.desktop" \
    > "$prefix/applications/$id.desktop"
cp "$here/share/$id.metainfo.xml" "$prefix/metainfo/"
for png in "$here"/share/icons/kansencirkel-*.png; do
    size="$(basename "$png" .png | sed 's/kansencirkel-//')"
    mkdir -p "$prefix/icons/hicolor/${size}x${size}/apps"
    cp "$png" "$prefix/icons/hicolor/${size}x${size}/apps/$id.png"
done
mkdir -p "$prefix/icons/hicolor/scalable/apps"
cp "$here/share/icons/kansencirkel.svg" "$prefix/icons/hicolor/scalable/apps/$id.svg"
refresh
echo "Kansencirkel is geïnstalleerd in $opt (start: kansencirkel, of via het menu)."
echo "Kansencirkel is installed in $opt (run: kansencirkel, or from the menu)."
