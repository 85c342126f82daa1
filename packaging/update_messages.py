"""Refresh resources/locale/en/LC_MESSAGES/kansencirkel.po from the sources with Babel.

Every ``_()``, ``N_()``, ``gettext()`` and ``ngettext()`` in ``kansencirkel/`` (the one language
layer below the UI, :mod:`kansencirkel.core.i18n`; widgets use Qt's ``.ts`` files instead) is
extracted into a template, ``build/kansencirkel.pot`` (generated, not committed). The English
catalogue is then updated from it: translations already present are kept, new messages arrive
with an empty translation (tests/core/test_i18n.py fails until they are translated) and
messages no longer in the code are dropped. Locations are left out so the ``.po`` only changes
when messages change; there is no fuzzy matching, so no guessed translation slips in.

    python packaging/update_messages.py          # update the .po (and write the .pot)
    python packaging/update_messages.py --check  # exit 1 when the .po is out of date
"""

from __future__ import annotations

import argparse
import io
import sys
from datetime import UTC, datetime
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kansencirkel import __version__  # noqa: E402
from kansencirkel.core.i18n import EXTRACT_KEYWORDS, PLURAL_FORMS  # noqa: E402

PACKAGE = ROOT / "kansencirkel"
POT = ROOT / "build" / "kansencirkel.pot"
LANGUAGES = ("en",)
#: The generated Qt forms hold no catalogue messages; everything else is scanned.
METHOD_MAP = [("ui/forms/**.py", "ignore"), ("**.py", "python")]
#: A fixed header date: the files change only when their messages do.
HEADER_DATE = datetime(2026, 1, 1, tzinfo=UTC)
HEADER_COMMENT = """\
# Kansencirkel's messages below the UI ({lang}); the msgids are the Dutch source text.
# Widgets are translated in resources/translations/*.ts instead.
# Update with: python packaging/update_messages.py"""


def po_path(lang: str) -> Path:
    return ROOT / "resources" / "locale" / lang / "LC_MESSAGES" / "kansencirkel.po"


def extract() -> Catalog:
    """The template: every message in the sources, Dutch msgids, no translations."""
    template = Catalog(
        project="Kansencirkel",
        domain="kansencirkel",
        creation_date=HEADER_DATE,
        fuzzy=False,
    )
    found = extract_from_dir(
        PACKAGE,
        METHOD_MAP,
        keywords=EXTRACT_KEYWORDS,
        comment_tags=("i18n:",),
        strip_comment_tags=True,
    )
    for filename, lineno, message, comments, context in found:
        template.add(
            message,
            locations=[(f"kansencirkel/{filename}", lineno)],
            auto_comments=comments,
            context=context,
        )
    return template


def updated(lang: str, template: Catalog) -> Catalog:
    """The catalogue for ``lang`` brought in line with ``template``."""
    path = po_path(lang)
    if path.is_file():
        with path.open("rb") as fh:
            catalog = read_po(fh, locale=lang, domain="kansencirkel")
    else:
        catalog = Catalog(locale=lang, domain="kansencirkel", project="Kansencirkel", fuzzy=False)
    catalog.update(template, no_fuzzy_matching=True)
    catalog.obsolete.clear()
    catalog.creation_date = catalog.revision_date = HEADER_DATE
    catalog.fuzzy = False
    catalog.version = __version__
    catalog.msgid_bugs_address = ""
    catalog.copyright_holder = "Kansencirkel developers"
    catalog.last_translator = catalog.language_team = "Kansencirkel developers"
    catalog.header_comment = HEADER_COMMENT.format(lang=lang)
    return catalog


def render(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_po(out, catalog, width=100, no_location=True, omit_header=False, sort_output=True)
    text = out.getvalue().decode("utf-8")
    # Babel writes the locale's CLDR plural rule; both languages share the one in core.i18n.
    lines = [
        f'"Plural-Forms: {PLURAL_FORMS}\\n"' if line.startswith('"Plural-Forms:') else line
        for line in text.splitlines()
    ]
    return ("\n".join(lines) + "\n").encode("utf-8")


def untranslated(catalog: Catalog) -> list[str]:
    missing = []
    for message in catalog:
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if not all(strings):
            missing.append(message.id if isinstance(message.id, str) else message.id[0])
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report, change nothing")
    args = parser.parse_args(argv)
    template = extract()
    stale = False
    for lang in LANGUAGES:
        catalog = updated(lang, template)
        data = render(catalog)
        path = po_path(lang)
        if not path.is_file() or path.read_bytes() != data:
            stale = True
            if not args.check:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(data)
                print(f"updated {path.relative_to(ROOT)}")
        for msgid in untranslated(catalog):
            print(f"{lang}: not translated yet: {msgid!r}")
    if not args.check:
        POT.parent.mkdir(parents=True, exist_ok=True)
        out = io.BytesIO()
        write_po(out, template, width=100, sort_output=True)
        POT.write_bytes(out.getvalue())
    if args.check and stale:
        print("The .po is out of date: run python packaging/update_messages.py")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
