"""Render the app icon from its SVG source into what each platform wants.

    python packaging/make_icons.py           # write packaging/icons/
    python packaging/make_icons.py --check   # exit 1 when packaging/icons/ is not up to date

Source: ``resources/icons/kansencirkel.svg`` (the app's window icon too). Sizes of 32 px and
less come from ``kansencirkel-small.svg`` next to it: the same star with the thin rings left
out and thicker lines, since the full drawing turns to mush at 16 px.
Output in ``packaging/icons/``: PNGs 16–512 px (Linux hicolor theme, AppImage, the metainfo),
``kansencirkel.ico`` (Windows: 16–256 px in one file) and ``kansencirkel.icns`` (macOS).
PNGs are drawn with Qt's SVG renderer offscreen; the .ico and .icns are packed with Pillow
(the ``bundle`` extra). ``icons.json`` records the SHA-256 of both SVGs and of every file
made, so ``--check`` (and ``tests/packaging/test_icons.py``) knows when the SVG changed
without depending on a renderer version drawing identical pixels.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "kansencirkel.svg"
SMALL_SOURCE = ROOT / "resources" / "icons" / "kansencirkel-small.svg"
OUT = ROOT / "packaging" / "icons"
MANIFEST = OUT / "icons.json"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
SMALL_MAX = 32
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)  # 1024: the 512 px @2x slot


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def source_for(size: int) -> Path:
    return SMALL_SOURCE if size <= SMALL_MAX else SOURCE


def render_png(svg: Path, size: int) -> bytes:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"not a valid SVG: {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def _pack(pngs: dict[int, bytes], sizes: tuple[int, ...], fmt: str) -> bytes:
    from PIL import Image

    largest = Image.open(io.BytesIO(pngs[max(sizes)])).convert("RGBA")
    out = io.BytesIO()
    if fmt == "ICO":
        # Pillow writes each size from the image given; hand it our own renderings so the
        # small ones keep the simplified drawing instead of a downscale of the big one.
        frames = [Image.open(io.BytesIO(pngs[s])).convert("RGBA") for s in sizes]
        largest.save(out, "ICO", sizes=[(s, s) for s in sizes], append_images=frames)
    else:
        frames = [Image.open(io.BytesIO(pngs[s])).convert("RGBA") for s in sizes]
        largest.save(out, "ICNS", append_images=frames)
    return out.getvalue()


def generate() -> dict[str, bytes]:
    pngs = {size: render_png(source_for(size), size) for size in (*PNG_SIZES, 1024)}
    files = {f"kansencirkel-{size}.png": pngs[size] for size in PNG_SIZES}
    files["kansencirkel.ico"] = _pack(pngs, ICO_SIZES, "ICO")
    files["kansencirkel.icns"] = _pack(pngs, ICNS_SIZES, "ICNS")
    return files


def sources_digest() -> dict[str, str]:
    return {str(p.relative_to(ROOT)): _sha256(p.read_bytes()) for p in (SOURCE, SMALL_SOURCE)}


def write() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    files = generate()
    for name, data in files.items():
        (OUT / name).write_bytes(data)
    manifest = {
        "sources": sources_digest(),
        "files": {name: _sha256(data) for name, data in sorted(files.items())},
    }
    MANIFEST.write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {len(files)} files to {OUT.relative_to(ROOT)}")


def problems() -> list[str]:
    """Why packaging/icons/ is not what the SVGs make now; empty when it is."""
    if not MANIFEST.is_file():
        return [f"{MANIFEST.relative_to(ROOT)} is missing"]
    manifest = json.loads(MANIFEST.read_text(encoding="utf-8"))
    found: list[str] = []
    if manifest.get("sources") != sources_digest():
        found.append("the SVG changed since the icons were made")
    expected = {f"kansencirkel-{s}.png" for s in PNG_SIZES} | {
        "kansencirkel.ico",
        "kansencirkel.icns",
    }
    recorded = manifest.get("files", {})
    if set(recorded) != expected:
        found.append("the manifest lists other files than the script makes")
    for name in sorted(expected):
        path = OUT / name
        if not path.is_file():
            found.append(f"{name} is missing")
        elif _sha256(path.read_bytes()) != recorded.get(name):
            found.append(f"{name} was changed by hand")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check packaging/icons/")
    args = parser.parse_args(argv)
    if args.check:
        found = problems()
        for problem in found:
            print(f"icons out of date: {problem}", file=sys.stderr)
        if found:
            print("run: python packaging/make_icons.py", file=sys.stderr)
        return 1 if found else 0
    write()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
