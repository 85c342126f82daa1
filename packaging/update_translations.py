"""Refresh resources/translations/kansencirkel_{nl,en}.ts from the sources with pyside6-lupdate.

Sources: every ``kansencirkel/ui/**/*.py`` (not the generated ``ui/forms/ui_*.py``) and every
``forms/*.ui``. Source strings are Dutch, so the Dutch file's translations are set equal to the
source and marked finished. English translations already present are kept; new strings arrive
as "unfinished" and must be translated (tests/ui/test_translations.py fails until they are).
Strings that vanished from the code are dropped (``-no-obsolete``). Locations are left out so
the files only change when strings change.

    python packaging/update_translations.py          # update both .ts files
    python packaging/update_translations.py --check  # exit 1 when they are out of date
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("nl", "en")


def lupdate_executable() -> str:
    exe = Path(sys.executable).with_name("pyside6-lupdate")
    return str(exe) if exe.exists() else "pyside6-lupdate"


def source_files() -> list[Path]:
    ui = ROOT / "kansencirkel" / "ui"
    generated = ui / "forms"
    py = [p for p in sorted(ui.rglob("*.py")) if generated not in p.parents]
    return py + sorted((ROOT / "forms").glob("*.ui"))


def run_lupdate(ts_file: Path, lang: str) -> None:
    files = [str(p.relative_to(ROOT)) for p in source_files()]
    subprocess.run(
        [
            lupdate_executable(),
            "-silent",
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            "nl_NL",
            "-target-language",
            "nl_NL" if lang == "nl" else "en_GB",
            *files,
            "-ts",
            str(ts_file),
        ],
        check=True,
        cwd=ROOT,
        capture_output=True,
    )


def messages(ts_file: Path) -> list[tuple[str, ET.Element]]:
    """(context name, message element) for every message in a .ts file."""
    tree = ET.parse(ts_file)
    out: list[tuple[str, ET.Element]] = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        out.extend((name, m) for m in context.iter("message"))
    return out


def translation_texts(message: ET.Element) -> list[str]:
    """The translated text(s) of a message: one, or one per plural form."""
    translation = message.find("translation")
    if translation is None:
        return []
    forms = translation.findall("numerusform")
    if forms:
        return [f.text or "" for f in forms]
    return [translation.text or ""]


def make_dutch_identity(ts_file: Path) -> None:
    tree = ET.parse(ts_file)
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        forms = translation.findall("numerusform")
        if message.get("numerus") == "yes" and forms:
            translation.text = None
            for form in forms:
                form.text = source
        else:
            translation.text = source
    write_ts(tree, ts_file)


def write_ts(tree: ET.ElementTree[ET.Element], ts_file: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts_file.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def update(target_dir: Path = TS_DIR) -> list[Path]:
    target_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for lang in LANGUAGES:
        ts_file = target_dir / f"kansencirkel_{lang}.ts"
        run_lupdate(ts_file, lang)
        if lang == "nl":
            make_dutch_identity(ts_file)
        else:
            write_ts(ET.parse(ts_file), ts_file)
        written.append(ts_file)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check, change nothing")
    args = parser.parse_args(argv)
    if not args.check:
        for path in update():
            print(f"updated {path.relative_to(ROOT)}")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        for lang in LANGUAGES:
            src = TS_DIR / f"kansencirkel_{lang}.ts"
            if src.exists():
                shutil.copy(src, Path(tmp) / src.name)
        update(Path(tmp))
        stale = [
            lang
            for lang in LANGUAGES
            if (Path(tmp) / f"kansencirkel_{lang}.ts").read_bytes()
            != (TS_DIR / f"kansencirkel_{lang}.ts").read_bytes()
        ]
    if stale:
        print("out of date: " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
