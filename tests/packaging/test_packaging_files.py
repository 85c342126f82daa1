"""The packaging files: the spec takes name and version from pyproject.toml, the icons are
up to date with their SVGs, and the Linux, macOS and Windows metadata agree and validate."""

from __future__ import annotations

import ast
import plistlib
import re
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kansencirkel import __version__
from tests.support.packaging import load_packaging_script

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
APP_ID = "nl.kansencirkel.Kansencirkel"
DESKTOP = PACKAGING / "linux" / f"{APP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"


def test_spec_reads_name_and_version_from_pyproject() -> None:
    source = (PACKAGING / "kansencirkel.spec").read_text(encoding="utf-8")
    tree = ast.parse(source)  # the spec is Python: it must at least parse
    strings = {n.value for n in ast.walk(tree) if isinstance(n, ast.Constant)}
    assert PROJECT["version"] not in strings, "the version is typed into the spec"
    assert 'tomllib.loads((root / "pyproject.toml")' in source
    assigned = {
        t.id: ast.unparse(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign)
        for t in node.targets
        if isinstance(t, ast.Name)
    }
    assert assigned["version"] == "project['version']"
    assert assigned["app_name"] == "project['name']"
    # And what it reads is the version the package itself reports.
    assert PROJECT["version"] == __version__


def test_spec_never_bundles_a_plaintext_keyring() -> None:
    source = (PACKAGING / "kansencirkel.spec").read_text(encoding="utf-8")
    assert '"keyrings.alt"' in source and '"keyrings"' in source
    for extra in PROJECT.get("optional-dependencies", {}).values():
        assert not any("keyrings" in r for r in extra)
    assert not any("keyrings" in r for r in PROJECT["dependencies"])


def test_build_script_writes_the_installer_version(tmp_path: Path) -> None:
    build = load_packaging_script("build")
    assert build.project() == {"name": PROJECT["name"], "version": PROJECT["version"]}
    iss = (PACKAGING / "windows" / "kansencirkel.iss").read_text(encoding="utf-8")
    assert '#include "..\\..\\build\\version.iss"' in iss
    assert PROJECT["version"] not in iss
    target = build.write_version_include(tmp_path)
    assert target.read_text(encoding="utf-8") == f'#define AppVersion "{PROJECT["version"]}"\n'


def test_windows_installer_is_per_user_and_keeps_the_vault() -> None:
    iss = (PACKAGING / "windows" / "kansencirkel.iss").read_text(encoding="utf-8")
    assert "PrivilegesRequired=lowest" in iss
    assert "{autoprograms}" in iss  # start menu
    assert "SetupIconFile=..\\icons\\kansencirkel.ico" in iss
    # The uninstaller names the vault folder and deletes nothing under the user's data.
    assert "{userappdata}\\Kansencirkel\\Kansencirkel" in iss
    uninstall_delete = iss.split("[UninstallDelete]", 1)[1].split("[Code]", 1)[0]
    assert "userappdata" not in uninstall_delete and "localappdata" not in uninstall_delete


def test_icons_are_up_to_date_with_the_svg() -> None:
    icons = load_packaging_script("make_icons")
    assert icons.problems() == []
    # A change to the SVG is noticed.
    manifest = icons.MANIFEST.read_text(encoding="utf-8")
    assert icons.sources_digest() == __import__("json").loads(manifest)["sources"]


def test_icons_have_the_sizes_they_claim() -> None:
    from PIL import Image

    icons = load_packaging_script("make_icons")
    for size in icons.PNG_SIZES:
        with Image.open(icons.OUT / f"kansencirkel-{size}.png") as image:
            assert image.size == (size, size)
            assert image.mode == "RGBA"
            assert image.getpixel((0, 0))[3] < 255 or size <= 32  # rounded corners
    with Image.open(icons.OUT / "kansencirkel.ico") as ico:
        assert {(s, s) for s in icons.ICO_SIZES} <= set(ico.info["sizes"])
    with Image.open(icons.OUT / "kansencirkel.icns") as icns:
        assert icns.size == (1024, 1024)


def test_spec_and_installers_point_at_the_generated_icons() -> None:
    spec = (PACKAGING / "kansencirkel.spec").read_text(encoding="utf-8")
    assert 'icons = root / "packaging" / "icons"' in spec
    for name in ("kansencirkel.ico", "kansencirkel.icns"):
        assert name in spec and (PACKAGING / "icons" / name).is_file()
    plist = plistlib.loads((PACKAGING / "macos" / "Info.plist").read_bytes())
    assert plist["CFBundleIdentifier"] == APP_ID
    assert plist["CFBundleIconFile"] == "kansencirkel.icns"
    assert plist["CFBundleExecutable"] == PROJECT["name"]


def _desktop_entry() -> dict[str, str]:
    lines = DESKTOP.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if line and not line.startswith("#"))


def test_desktop_file_matches_the_app() -> None:
    entry = _desktop_entry()
    assert entry["Exec"].split()[0] == PROJECT["name"]
    assert entry["Icon"] == APP_ID
    # Qt names the window after the desktop file (Wayland app id): the same id.
    app_py = (ROOT / "kansencirkel" / "ui" / "app.py").read_text(encoding="utf-8")
    assert f'setDesktopFileName("{APP_ID}")' in app_py


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils")
def test_desktop_file_validates() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout


def test_metainfo_matches_pyproject() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("project_license") == PROJECT["license"]
    assert root.find("launchable").text == DESKTOP.name  # type: ignore[union-attr]
    latest = root.find("releases/release")
    assert latest is not None and latest.get("version") == PROJECT["version"]
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", latest.get("date") or "")


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream not installed")
def test_metainfo_validates() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
