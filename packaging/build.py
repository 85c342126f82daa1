"""Build the app bundle for the platform this runs on: ``python packaging/build.py``.

Runs PyInstaller on ``packaging/kansencirkel.spec`` (one-folder bundle) into ``dist/``, with
its work files in ``build/``; both are ignored by git. Needs the ``bundle`` extra:
``pip install -e ".[bundle]"``. The installers are made from this folder afterwards:

- Windows: ``iscc packaging\\windows\\kansencirkel.iss`` (Inno Setup 6) → ``dist\\installer\\``;
- macOS: ``dist/Kansencirkel.app`` (this script makes it), then sign, notarise and wrap it in
  a disk image as in ``packaging/macos/README.md``;
- Linux: ``--archive`` packs ``dist/kansencirkel-<version>-linux-<machine>.tar.gz``: the
  bundle, the .desktop file, AppStream metainfo, icons and ``install.sh`` (per user, into
  ``~/.local``).

``--smoke`` runs ``packaging/smoke_bundle.sh`` on the result (Linux and macOS).
"""

from __future__ import annotations

import argparse
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "kansencirkel.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"


def project() -> dict[str, str]:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return {"name": data["name"], "version": data["version"]}


def bundle_dir() -> Path:
    return DIST / project()["name"]


def executable() -> Path:
    name = project()["name"] + (".exe" if sys.platform == "win32" else "")
    return bundle_dir() / name


def write_version_include(folder: Path = ROOT / "build") -> Path:
    """``build/version.iss``: the version for the Inno Setup script, from pyproject.toml."""
    target = folder / "version.iss"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(f'#define AppVersion "{project()["version"]}"\n', encoding="utf-8")
    return target


def build(clean: bool = True) -> Path:
    """Run PyInstaller; returns the bundle folder."""
    write_version_include()
    if clean:
        shutil.rmtree(bundle_dir(), ignore_errors=True)
        shutil.rmtree(WORK, ignore_errors=True)
    started = time.monotonic()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            str(SPEC),
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(WORK),
        ],
        cwd=ROOT,
        check=True,
    )
    info = project()
    print(
        f"Built {info['name']} {info['version']} for {sys.platform} in "
        f"{time.monotonic() - started:.0f} s: {bundle_dir()}"
    )
    if sys.platform == "win32":
        print(r"Installer: iscc packaging\windows\kansencirkel.iss")
    return bundle_dir()


def linux_archive() -> Path:
    """The bundle with what a desktop needs around it, as one archive for ``install.sh``."""
    info = project()
    app_id = "nl.kansencirkel.Kansencirkel"
    linux = ROOT / "packaging" / "linux"
    top = f"{info['name']}-{info['version']}"
    target = DIST / f"{top}-linux-{platform.machine()}.tar.gz"
    members: list[tuple[Path, str]] = [
        (bundle_dir(), f"{top}/{info['name']}"),
        (linux / "install.sh", f"{top}/install.sh"),
        (linux / f"{app_id}.desktop", f"{top}/share/{app_id}.desktop"),
        (linux / f"{app_id}.metainfo.xml", f"{top}/share/{app_id}.metainfo.xml"),
        (ROOT / "resources" / "icons" / "kansencirkel.svg", f"{top}/share/icons/kansencirkel.svg"),
    ]
    members += [
        (png, f"{top}/share/icons/{png.name}")
        for png in sorted((ROOT / "packaging" / "icons").glob("kansencirkel-*.png"))
    ]
    tmp = target.with_suffix(".tmp")
    with tarfile.open(tmp, "w:gz", compresslevel=6) as tar:
        for source, name in members:
            tar.add(source, arcname=name)
    tmp.replace(target)
    print(f"Archive: {target} ({target.stat().st_size // 2**20} MB)")
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="smoke-test the bundle afterwards")
    parser.add_argument("--no-clean", action="store_true", help="reuse PyInstaller's work files")
    parser.add_argument(
        "--archive", action="store_true", help="Linux: also pack the .tar.gz for install.sh"
    )
    args = parser.parse_args(argv)
    build(clean=not args.no_clean)
    if args.archive:
        if not sys.platform.startswith("linux"):
            parser.error("--archive is for Linux; use the installer of this platform")
        linux_archive()
    if args.smoke:
        return subprocess.run(
            ["bash", str(ROOT / "packaging" / "smoke_bundle.sh"), str(executable())], cwd=ROOT
        ).returncode
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
