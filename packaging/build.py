"""Build the app bundle for the platform this runs on: ``python packaging/build.py``.

Runs PyInstaller on ``packaging/kansencirkel.spec`` (one-folder bundle) into ``dist/``, with
its work files in ``build/``; both are ignored by git. Needs the ``bundle`` extra:
``pip install -e ".[bundle]"``. The installers are made from this folder afterwards:

- Windows: ``iscc packaging\\windows\\kansencirkel.iss`` (Inno Setup 6) → ``dist\\installer\\``;
- macOS: ``dist/Kansencirkel.app`` (this script makes it), then sign, notarise and wrap it in
  a disk image as in ``packaging/macos/README.md``;
- Linux: ``dist/kansencirkel/`` plus ``packaging/linux/`` (.desktop, metainfo, icons); see
  ``packaging/linux/README.md``.

``--smoke`` runs ``packaging/smoke_bundle.sh`` on the result (Linux and macOS).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="smoke-test the bundle afterwards")
    parser.add_argument("--no-clean", action="store_true", help="reuse PyInstaller's work files")
    args = parser.parse_args(argv)
    build(clean=not args.no_clean)
    if args.smoke:
        return subprocess.run(
            ["sh", str(ROOT / "packaging" / "smoke_bundle.sh"), str(executable())], cwd=ROOT
        ).returncode
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
