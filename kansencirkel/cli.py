"""``kansencirkel``: start the app, or work headless with a sub-command (DESIGN §9).

Sub-commands come from the modules in :mod:`kansencirkel.commands` that define ``register``.
Qt is imported only when the app starts, so sub-commands run on a server without a display.
Every failure ends as one sentence on stderr and an exit code: 0 ok, 1 error, 2 usage,
3 wrong passphrase or recovery code, 4 vault damaged, 5 input rejected.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import pkgutil
import re
import shutil
import sys
import tempfile
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

from kansencirkel import __version__
from kansencirkel.commands import common
from kansencirkel.commands.common import (
    EXIT_ERROR,
    EXIT_USAGE,
    CliError,
    error_message,
    warn,
)
from kansencirkel.core import clock, crashpoint
from kansencirkel.core.i18n import N_, _, current_lang, set_lang

#: Listed first, in this order, in ``--help``; any other module with ``register`` follows.
PREFERRED_ORDER = (
    "vault_cmd",
    "demo_cmd",
    "children_cmd",
    "audit_cmd",
    "report",
    "export_cmd",
    "inzage_cmd",
    "import_cmd",
    "import_csv",
    "handover_cmd",
    "erase_cmd",
    "retention_cmd",
)

# argparse's own messages are English; the common ones get a Dutch version.
_ARGPARSE_NL = (
    (r"the following arguments are required: (.*)", r"deze gegevens ontbreken: \1"),
    (r"unrecognized arguments: a value without an option", r"een waarde zonder optie ervoor"),
    (r"unrecognized arguments: (.*)", r"onbekende opties: \1"),
    (r"one of the arguments (.*) is required", r"geef een van deze opties: \1"),
    (
        r"argument (\S+): invalid choice: (.*?) \(choose from (.*)\)",
        r"ongeldige keuze bij \1: \2 (kies uit \3)",
    ),
    (r"argument (\S+): expected one argument", r"bij \1 hoort een waarde"),
    (r"argument (\S+): invalid (\S+) value: (.*)", r"ongeldige waarde bij \1: \3"),
    (r"argument (\S+): (.*)", r"\1: \2"),
)

_HELP_NL = (
    ("usage: ", "gebruik: "),
    ("positional arguments:", "argumenten:"),
    ("options:", "opties:"),
    ("show this help message and exit", "toon deze hulp en stop"),
    ("show program's version number and exit", "toon het versienummer en stop"),
)


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose usage errors are one sentence (Dutch by default), exit code 2."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # No abbreviations: "--passphrase X" must not quietly mean "--passphrase-file X".
        kwargs["allow_abbrev"] = False
        super().__init__(*args, **kwargs)

    def add_argument(self, *args: Any, **kwargs: Any) -> argparse.Action:
        # Every path a user types is checked the same way, whichever command reads it.
        if kwargs.get("type") is Path:
            kwargs["type"] = common.path_argument
        return super().add_argument(*args, **kwargs)

    def format_help(self) -> str:
        text = super().format_help()
        if current_lang() == "nl":
            for en, nl in _HELP_NL:
                text = text.replace(en, nl)
        return text

    def error(self, message: str) -> NoReturn:
        unknown = re.fullmatch(r"unrecognized arguments: (.*)", message)
        if unknown:
            # Name only the options: a stray value could be a passphrase typed by mistake.
            options = [t for t in unknown.group(1).split() if t.startswith("-")]
            named = " ".join(options) or "a value without an option"
            message = f"unrecognized arguments: {named}"
        if current_lang() == "nl":
            for pattern, replacement in _ARGPARSE_NL:
                if re.fullmatch(pattern, message):
                    message = re.sub(pattern, replacement, message)
                    break
            hint = f"zie '{self.prog} --help'"
        else:
            hint = f"see '{self.prog} --help'"
        warn(f"{self.prog}: {message.rstrip('.')} ({hint}).")
        raise SystemExit(EXIT_USAGE)


#: Shared pieces of the commands, without ``register``: not imported just to build the parser.
HELPER_MODULES = frozenset(
    {"common", "recovery", "inzage_files", "team_admin", "team_check", "team_data"}
)


def command_modules() -> list[str]:
    import kansencirkel.commands as package

    found = {m.name for m in pkgutil.iter_modules(package.__path__)} - HELPER_MODULES
    first = [name for name in PREFERRED_ORDER if name in found]
    return first + sorted(found - set(first))


def build_parser() -> Parser:
    parser = Parser(
        prog="kansencirkel",
        description=_(
            "Kansencirkel: zonder opdracht start de app; de opdrachten werken zonder scherm."
        ),
        epilog=_(
            "Wachtwoorden komen uit --passphrase-file, de omgevingsvariabele "
            "KANSENCIRKEL_PASSPHRASE of een vraag, nooit van de opdrachtregel. "
            "Afsluitcodes: 0 goed, 1 fout, 2 verkeerd gebruik, 3 verkeerd wachtwoord "
            "of herstelcode, 4 kluis beschadigd, 5 invoer geweigerd."
        ),
    )
    parser.add_argument("--version", action="version", version=f"kansencirkel {__version__}")
    parser.add_argument(
        "--demo",
        action="store_true",
        help=_("start de app met een tijdelijke demokluis (fictieve kinderen, wachtwoord 'demo')"),
    )
    parser.add_argument(
        "--vault",
        type=Path,
        metavar="VAULT",
        help=_("start de app met deze kluis"),
    )
    parser.add_argument(
        "--lang",
        choices=("nl", "en"),
        help=_("taal van meldingen (ook KANSENCIRKEL_LANG)"),
    )
    parser.add_argument(
        "--debug",
        action="store_true",
        help=_("toon technische details bij een onverwachte fout"),
    )
    subparsers = parser.add_subparsers(dest="command", metavar=_("OPDRACHT"), parser_class=Parser)
    for name in command_modules():
        module = importlib.import_module(f"kansencirkel.commands.{name}")
        register = getattr(module, "register", None)
        if callable(register):
            register(subparsers)
    return parser


def _initial_lang(argv: Sequence[str]) -> str:
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return os.environ.get(common.ENV_LANG, "nl")


#: Every file and folder Kansencirkel makes is the user's alone (0600 / 0700): the settings,
#: caches (matplotlib's font list, compiled translations), exports, backups, the demo vault.
PRIVATE_UMASK = 0o077


def main(argv: list[str] | None = None) -> int:
    """The command line and the app; for as long as it runs, new files are private."""
    previous = os.umask(PRIVATE_UMASK)
    try:
        return _main(argv)
    finally:
        os.umask(previous)  # in-process callers (tests) get their own umask back


def _main(argv: list[str] | None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    set_lang(_initial_lang(args_list))
    debug = "--debug" in args_list
    try:
        parser = build_parser()
        try:
            args = parser.parse_args(args_list)
        except SystemExit as exc:  # --help/--version (0) or a usage error (2)
            return exc.code if isinstance(exc.code, int) else EXIT_USAGE
        if common.using_test_kdf():
            warn(
                _(
                    "Let op: KANSENCIRKEL_TEST_KDF staat aan; nieuwe kluizen krijgen een "
                    "lichte, onveilige sleutelafleiding (alleen voor tests)."
                )
            )
        if os.environ.get(crashpoint.ENV_CRASH_AT):
            warn(
                _(
                    "Let op: {variable} staat aan; dit proces stopt met opzet halverwege (alleen "
                    "voor tests).",
                    variable=crashpoint.ENV_CRASH_AT,
                )
            )
        if clock.is_shifted():
            warn(
                _(
                    "Let op: {variable} staat aan; de datum van vandaag is {today} (alleen "
                    "voor tests).",
                    variable=clock.ENV_TEST_TODAY,
                    today=clock.today().isoformat(),
                )
            )
        func = getattr(args, "func", None)
        if func is None:
            return start_app(args)
        result = func(args)
        return int(result)
    except CliError as exc:
        warn(error_message(exc))
        return exc.exit_code
    except KeyboardInterrupt:
        warn(_("Afgebroken."))
        return EXIT_ERROR
    except BrokenPipeError:
        # Output piped into `head` or similar that stopped reading: end quietly.
        with contextlib.suppress(OSError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        return EXIT_ERROR
    except OSError as exc:  # a path no command checked: say which, and what is wrong
        if debug:
            traceback.print_exc()
        error = common.os_error(exc)
        warn(error_message(error))
        return error.exit_code
    except Exception as exc:
        from kansencirkel.core.write_errors import FileNotSaved
        from kansencirkel.vault.errors import VaultError

        if isinstance(exc, (VaultError, FileNotSaved)):
            warn(error_message(exc))
            return exc.exit_code
        if debug:
            traceback.print_exc()
        warn(_("Er ging iets onverwachts mis; start opnieuw met --debug voor details."))
        return EXIT_ERROR


def _run_app(vault_path: Path | None, *, demo: bool, lang: str | None) -> int:
    try:
        from kansencirkel.ui.app import run_app
    except ImportError:
        raise CliError(
            N_("De app kan niet starten: de onderdelen voor het scherm (Qt) ontbreken.")
        ) from None
    return int(run_app(vault_path, demo=demo, lang=lang))


def start_app(args: argparse.Namespace) -> int:
    lang = args.lang or os.environ.get(common.ENV_LANG) or None  # None: the saved choice
    if not args.demo:
        return _run_app(args.vault, demo=False, lang=lang)
    from kansencirkel.commands.demo_cmd import create_demo_vault
    from kansencirkel.vault.keyring_access import delete_device_secret

    folder = Path(tempfile.mkdtemp(prefix="kansencirkel-demo-"))
    try:
        path = folder / "demo.kcv"
        vault_id = create_demo_vault(path)
        try:
            return _run_app(path, demo=True, lang=lang)
        finally:
            with contextlib.suppress(Exception):  # leave nothing of the demo in the keyring
                delete_device_secret(vault_id)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
