"""Shared helpers for the sub-commands: language, passphrases, member choice, opening a vault.

A sub-command module defines ``register(subparsers)``; its parser sets ``func=handler`` with
``handler(args) -> int``. Handlers raise :class:`CliError` (or any ``VaultError``) for a failure
the user must hear about; :func:`kansencirkel.cli.main` prints its one sentence on stderr and
exits with its code. Passphrases never come from argv: only ``--passphrase-file`` (``-`` for
stdin), the ``KANSENCIRKEL_PASSPHRASE`` environment variable, or a prompt on a terminal.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
import unicodedata
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Literal, TypeVar

from kansencirkel.core import clock

if TYPE_CHECKING:
    from kansencirkel.core.model import TeamMember
    from kansencirkel.vault.kdf import KdfParams
    from kansencirkel.vault.vault import Vault

Lang = Literal["nl", "en"]
T = TypeVar("T")

ENV_PASSPHRASE = "KANSENCIRKEL_PASSPHRASE"
ENV_NEW_PASSPHRASE = "KANSENCIRKEL_NEW_PASSPHRASE"
ENV_LANG = "KANSENCIRKEL_LANG"
#: Test-only: vaults created by the CLI get the tiny TEST_KDF instead of the production cost.
#: Set by the test suite and the benchmarks; never in real use (a warning line says so).
ENV_TEST_KDF = "KANSENCIRKEL_TEST_KDF"

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_WRONG_PASSPHRASE = 3
EXIT_DAMAGED = 4
EXIT_REJECTED = 5

_lang: Lang = "nl"


def set_lang(lang: str) -> None:
    global _lang
    _lang = "en" if lang == "en" else "nl"


def current_lang() -> Lang:
    return _lang


def say(nl: T, en: T) -> T:
    """Pick the text for the current language (Dutch by default)."""
    return en if _lang == "en" else nl


def echo(text: str = "") -> None:
    print(text, file=sys.stdout)


def warn(text: str) -> None:
    print(text, file=sys.stderr)


class CliError(Exception):
    """A failure told to the user in one sentence, with the exit code to use."""

    def __init__(self, nl: str, en: str, exit_code: int = EXIT_ERROR) -> None:
        super().__init__(en)
        self.message_nl = nl
        self.message_en = en
        self.exit_code = exit_code


def usage_error(nl: str, en: str) -> CliError:
    return CliError(nl, en, EXIT_USAGE)


def using_test_kdf() -> bool:
    return os.environ.get(ENV_TEST_KDF, "").strip() not in ("", "0")


def creation_kdf() -> KdfParams:
    """The KDF for new vaults: production, unless the test-only variable is set."""
    from kansencirkel.vault import kdf

    return kdf.TEST_KDF if using_test_kdf() else kdf.PRODUCTION_KDF


def parse_date(text: str) -> date:
    """argparse ``type=`` for JJJJ-MM-DD dates."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            say(f"'{text}' is geen datum (JJJJ-MM-DD)", f"'{text}' is not a date (YYYY-MM-DD)")
        ) from None


# --- arguments ----------------------------------------------------------------------------


def add_vault_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "vault", metavar="VAULT", type=Path, help=say("de kluis (.kcv)", "the vault (.kcv)")
    )


def add_unlock_arguments(parser: argparse.ArgumentParser) -> None:
    """--member, --passphrase-file and --recovery-code-file: how to open an existing vault."""
    parser.add_argument(
        "--member",
        metavar=say("NAAM", "NAME"),
        help=say(
            "teamlid dat opent (niet nodig als de kluis één teamlid heeft)",
            "team member who opens it (not needed when the vault has one member)",
        ),
    )
    add_passphrase_file_argument(parser)
    parser.add_argument(
        "--recovery-code-file",
        metavar=say("BESTAND", "FILE"),
        type=Path,
        help=say(
            "open met de herstelcode uit dit bestand in plaats van een wachtwoord",
            "open with the recovery code in this file instead of a passphrase",
        ),
    )


def add_passphrase_file_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--passphrase-file",
        metavar=say("BESTAND", "FILE"),
        help=say(
            f"lees het wachtwoord uit dit bestand ('-' = invoer); anders {ENV_PASSPHRASE} "
            "of een vraag",
            f"read the passphrase from this file ('-' = stdin); otherwise "
            f"{ENV_PASSPHRASE} or a prompt",
        ),
    )


# --- secrets ------------------------------------------------------------------------------


def read_secret_file(name: str | os.PathLike[str]) -> str:
    """First line of a file (or stdin for '-'), without its line ending."""
    try:
        if str(name) == "-":
            raw = sys.stdin.readline()
        else:
            with open(name, encoding="utf-8") as fh:
                raw = fh.readline()
    except (OSError, UnicodeDecodeError):
        raise CliError(
            f"Het bestand {name} kan niet worden gelezen.", f"The file {name} cannot be read."
        ) from None
    secret = raw.rstrip("\r\n")
    if not secret:
        raise CliError(f"Het bestand {name} is leeg.", f"The file {name} is empty.", EXIT_REJECTED)
    return secret


def _prompt(prompt_nl: str, prompt_en: str) -> str:
    if not sys.stdin.isatty():
        raise usage_error(
            f"Geef het wachtwoord met --passphrase-file of {ENV_PASSPHRASE}; "
            "er is geen terminal om erom te vragen.",
            f"Give the passphrase with --passphrase-file or {ENV_PASSPHRASE}; "
            "there is no terminal to ask for it.",
        )
    try:
        return getpass.getpass(say(prompt_nl, prompt_en))
    except (EOFError, KeyboardInterrupt):
        raise CliError("Afgebroken.", "Cancelled.") from None


def read_passphrase(
    file: str | None,
    *,
    env: str = ENV_PASSPHRASE,
    confirm: bool = False,
    prompt_nl: str = "Wachtwoord: ",
    prompt_en: str = "Passphrase: ",
) -> str:
    """From ``file``, else the environment variable, else a prompt (twice when ``confirm``)."""
    if file:
        return read_secret_file(file)
    value = os.environ.get(env)
    if value:
        return value
    first = _prompt(prompt_nl, prompt_en)
    if confirm:
        second = _prompt("Nogmaals ter controle: ", "Once more to confirm: ")
        if first != second:
            raise CliError(
                "De twee wachtwoorden zijn niet gelijk.",
                "The two passphrases do not match.",
                EXIT_REJECTED,
            )
    if not first:
        raise CliError(
            "Er is geen wachtwoord ingevuld.", "No passphrase was entered.", EXIT_REJECTED
        )
    return first


# --- members and vaults -------------------------------------------------------------------


def _norm(name: str) -> str:
    return unicodedata.normalize("NFC", name).strip().casefold()


def vault_files_exist(path: Path) -> bool:
    """True when the vault file or its key file is there (a vault, possibly half of one)."""
    from kansencirkel.vault.keyfile import keyfile_path

    return path.exists() or keyfile_path(path).exists()


def require_vault_files(path: Path) -> None:
    if not vault_files_exist(path):
        raise CliError(f"Er staat geen kluis op {path}.", f"There is no vault at {path}.")


def require_parent_folder(path: Path) -> None:
    """Fail before any work when the folder a new file should go into does not exist."""
    if not path.parent.is_dir():
        raise CliError(
            f"De map {path.parent} bestaat niet.", f"The folder {path.parent} does not exist."
        )


def choose_member(path: Path, name: str | None) -> TeamMember:
    """The member called ``name``; without a name, the only member (or a usage error)."""
    from kansencirkel.vault.vault import Vault

    members = Vault.members(path)
    if name is None:
        if len(members) == 1:
            return members[0]
        names = ", ".join(m.name for m in members)
        raise usage_error(
            f"Deze kluis heeft meer teamleden; kies er een met --member ({names}).",
            f"This vault has several team members; choose one with --member ({names}).",
        )
    matches = [m for m in members if _norm(m.name) == _norm(name)]
    if len(matches) != 1:
        raise CliError(
            f"Teamlid '{name}' staat niet in deze kluis.",
            f"Team member '{name}' is not in this vault.",
        )
    return matches[0]


def read_credentials(args: argparse.Namespace, path: Path) -> dict[str, str]:
    """How ``args`` opens the vault at ``path``: ``{"recovery_code": ...}`` from
    ``--recovery-code-file``, else ``{"member_id": ..., "passphrase": ...}``. These are the
    keyword arguments of :meth:`Vault.restore`."""
    require_vault_files(path)
    code_file = getattr(args, "recovery_code_file", None)
    if code_file is not None:
        return {"recovery_code": read_secret_file(code_file)}
    member = choose_member(path, getattr(args, "member", None))
    return {
        "member_id": member.id,
        "passphrase": read_passphrase(getattr(args, "passphrase_file", None)),
    }


def open_vault(args: argparse.Namespace, path: Path | None = None) -> Vault:
    """Open the vault named in ``args`` with the recovery code or a member's passphrase.

    Use as ``with open_vault(args) as vault:`` so it is always closed (and unlocked on disk).
    """
    from kansencirkel.vault.vault import Vault

    path = Path(path if path is not None else args.vault)
    credentials = read_credentials(args, path)
    if "recovery_code" in credentials:
        return Vault.open_with_recovery(path, credentials["recovery_code"])
    return Vault.open(path, credentials["member_id"], credentials["passphrase"])


def create_private_file(path: Path, text: str) -> None:
    """Write ``text`` to a new file readable by the user only; never overwrites (raises
    :class:`FileExistsError`) and removes the file again if writing fails halfway."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
    except BaseException:
        path.unlink(missing_ok=True)
        raise


def error_message(exc: BaseException) -> str:
    """The one sentence for a CliError or VaultError in the current language."""
    nl = getattr(exc, "message_nl", None)
    en = getattr(exc, "message_en", None)
    if isinstance(nl, str) and isinstance(en, str):
        return say(nl, en)
    return say("Er ging iets onverwachts mis.", "Something unexpected went wrong.")


# --- children -----------------------------------------------------------------------------


def add_child_argument(parser: argparse.ArgumentParser, *, required: bool = True) -> None:
    parser.add_argument(
        "--child",
        required=required,
        metavar="ID",
        help=say(
            "id van het kind (het begin is genoeg als het uniek is, zie 'children')",
            "the child's id (a unique beginning is enough, see 'children')",
        ),
    )


def resolve_child_id(vault: Vault, text: str) -> str:
    """The full id of the one child whose id is ``text`` or starts with it."""
    text = text.strip().lower()
    if len(text) < 4:
        raise usage_error(
            "Geef minstens de eerste 4 tekens van het id.",
            "Give at least the first 4 characters of the id.",
        )
    ids = [str(s.child.id) for s in vault.repos.children.summaries(clock.today())]
    if text in ids:
        return text
    matches = [i for i in ids if i.startswith(text)]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise CliError(
            f"Er is geen kind met id {text} in deze kluis.",
            f"There is no child with id {text} in this vault.",
        )
    raise usage_error(
        f"Meer kinderen hebben een id dat begint met {text}; geef meer tekens.",
        f"Several children have an id starting with {text}; give more characters.",
    )
