"""Shared helpers for the sub-commands: language, passphrases, member choice, opening a vault.

A sub-command module defines ``register(subparsers)``; its parser sets ``func=handler`` with
``handler(args) -> int``. Handlers raise :class:`CliError` (or any ``VaultError``) for a failure
the user must hear about; :func:`kansencirkel.cli.main` prints its one sentence on stderr and
exits with its code. Passphrases never come from argv: only ``--passphrase-file`` (``-`` for
stdin), the ``KANSENCIRKEL_PASSPHRASE`` environment variable, or a prompt on a terminal.
"""

from __future__ import annotations

import argparse
import errno
import getpass
import os
import stat
import sys
import unicodedata
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from kansencirkel.core import clock
from kansencirkel.core.i18n import N_, Message, Msgid, _

if TYPE_CHECKING:
    from kansencirkel.core.model import TeamMember
    from kansencirkel.vault.kdf import KdfParams
    from kansencirkel.vault.vault import Vault


ENV_PASSPHRASE = "KANSENCIRKEL_PASSPHRASE"
ENV_NEW_PASSPHRASE = "KANSENCIRKEL_NEW_PASSPHRASE"
ENV_LANG = "KANSENCIRKEL_LANG"
#: Test-only: vaults created by the CLI get the tiny TEST_KDF instead of the production cost.
#: Set by the test suite and the benchmarks; never in real use (a warning line says so).
ENV_TEST_KDF = "KANSENCIRKEL_TEST_KDF"

PASSPHRASE_PROMPT = N_("Wachtwoord: ")

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_WRONG_PASSPHRASE = 3
EXIT_DAMAGED = 4
EXIT_REJECTED = 5


def echo(text: str = "") -> None:
    print(text, file=sys.stdout)


def warn(text: str) -> None:
    print(text, file=sys.stderr)


class CliError(Exception):
    """A failure told to the user in one sentence, with the exit code to use:
    ``CliError(N_("… {name} …"), EXIT_REJECTED, name=value)``."""

    def __init__(self, msgid: Msgid, exit_code: int = EXIT_ERROR, /, **values: object) -> None:
        super().__init__(msgid)
        self.message = Message(msgid, values)
        self.exit_code = exit_code


def usage_error(msgid: Msgid, /, **values: object) -> CliError:
    return CliError(msgid, EXIT_USAGE, **values)


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
            _("'{text}' is geen datum (JJJJ-MM-DD)", text=text)
        ) from None


#: The sentences of the argument checks below (tests compare these, not the wording).
NOT_A_COUNT = N_("'{text}' is geen getal van 1 of meer")
EMPTY_PATH = N_("een leeg pad is geen bestand")
DEVICE_PATH = N_("'{text}' is een apparaat, geen bestand")
NO_SECRET_FILE = N_("Geef de naam van het bestand met het wachtwoord of de herstelcode.")
SECRET_LINE_TOO_LONG = N_(
    "De eerste regel van {name} is te lang voor een wachtwoord of herstelcode."
)
VAULT_NOT_A_FILE = N_("{path} is geen gewoon bestand, dus geen kluis.")
NO_VAULT = N_("Er staat geen kluis op {path}.")


def positive_int(text: str) -> int:
    """argparse ``type=`` for a count of 1 or more (``--limit``)."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(_(NOT_A_COUNT, text=text))
    return value


def path_argument(text: str) -> Path:
    """argparse ``type=`` for every path a user types (``cli.Parser`` uses it wherever a
    command asks for ``type=Path``): not empty, and not a device such as /dev/null, which a
    command would read nothing from, or replace with a file."""
    if not text.strip():
        raise argparse.ArgumentTypeError(_(EMPTY_PATH))
    path = Path(text)
    try:
        mode = path.stat().st_mode
    except (OSError, ValueError):  # not there (yet), a name too long: the command says so
        return path
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        raise argparse.ArgumentTypeError(_(DEVICE_PATH, text=text))
    return path


_OS_ERRORS: dict[int, Msgid] = {
    errno.ENOENT: N_("{path} bestaat niet."),
    errno.ENOTDIR: N_("Een deel van {path} is geen map."),
    errno.EISDIR: N_("{path} is een map; geef een bestand."),
    errno.ENAMETOOLONG: N_("De naam {path} is te lang."),
    errno.EACCES: N_("Geen toegang tot {path}."),
    errno.EPERM: N_("Geen toegang tot {path}."),
    errno.EROFS: N_("{path} staat op een schijf waarop niet geschreven kan worden."),
    errno.EEXIST: N_("{path} bestaat al."),
}


def os_error(exc: OSError) -> CliError:
    """One sentence for a file-system error no command expected: the path and what is wrong
    with it (never a traceback)."""
    path = exc.filename if exc.filename is not None else "?"
    msgid = _OS_ERRORS.get(exc.errno or 0)
    if msgid is None:
        reason = exc.strerror or type(exc).__name__
        return CliError(N_("Dit lukte niet met {path}: {reason}."), path=path, reason=reason)
    return CliError(msgid, path=path)


# --- arguments ----------------------------------------------------------------------------


NO_VAULT_PATH = N_("geef de plek van de kluis op (een .kcv-bestand)")


def vault_path_arg(text: str) -> Path:
    """argparse ``type=`` for a vault's place: an empty one is a usage error (``Path("")``
    would quietly mean the current folder), a device too, as for every path."""
    if not text.strip():
        raise argparse.ArgumentTypeError(_(NO_VAULT_PATH))
    return path_argument(text)


def add_vault_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("vault", metavar="VAULT", type=vault_path_arg, help=_("de kluis (.kcv)"))


def add_unlock_arguments(parser: argparse.ArgumentParser) -> None:
    """--member, --passphrase-file and --recovery-code-file: how to open an existing vault."""
    parser.add_argument(
        "--member",
        metavar=_("NAAM"),
        help=_("teamlid dat opent (niet nodig als de kluis één teamlid heeft)"),
    )
    add_passphrase_file_argument(parser)
    parser.add_argument(
        "--recovery-code-file",
        metavar=_("BESTAND"),
        type=Path,
        help=_("open met de herstelcode uit dit bestand in plaats van een wachtwoord"),
    )


def add_passphrase_file_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--passphrase-file",
        metavar=_("BESTAND"),
        help=_(
            "lees het wachtwoord uit dit bestand ('-' = invoer); anders {variable} of een vraag",
            variable=ENV_PASSPHRASE,
        ),
    )


# --- secrets ------------------------------------------------------------------------------


#: Characters read of a passphrase or recovery-code file: a line, not a device without end.
SECRET_LINE = 65_536  # a 10,000-character passphrase fits; /dev/zero does not hang


def read_secret_file(name: str | os.PathLike[str]) -> str:
    """First line of a file (or stdin for '-'), without its line ending and without the byte
    order mark Windows editors put in front of UTF-8 (it is not part of the passphrase)."""
    if not str(name).strip():
        raise usage_error(NO_SECRET_FILE)
    try:
        if str(name) == "-":
            raw = sys.stdin.readline(SECRET_LINE + 1)
        else:
            with open(name, encoding="utf-8-sig") as fh:
                raw = fh.readline(SECRET_LINE + 1)
    except (OSError, UnicodeDecodeError):
        raise CliError(N_("Het bestand {name} kan niet worden gelezen."), name=name) from None
    if len(raw) > SECRET_LINE:
        raise CliError(SECRET_LINE_TOO_LONG, EXIT_REJECTED, name=name)
    secret = raw.removeprefix("\ufeff").rstrip("\r\n")
    if not secret:
        raise CliError(N_("Het bestand {name} is leeg."), EXIT_REJECTED, name=name)
    return _require_text(secret)


def _require_text(secret: str) -> str:
    """Bytes that are not UTF-8 (an environment variable or a terminal in another encoding)
    arrive as surrogates; they cannot be one passphrase on every computer."""
    try:
        secret.encode("utf-8")
    except UnicodeEncodeError:
        raise CliError(
            N_("Het wachtwoord bevat tekens die geen geldige tekst (UTF-8) zijn."), EXIT_REJECTED
        ) from None
    return secret


def _prompt(prompt: Msgid) -> str:
    if not sys.stdin.isatty():
        raise usage_error(
            N_(
                "Geef het wachtwoord met --passphrase-file of {variable}; er is geen "
                "terminal om erom te vragen."
            ),
            variable=ENV_PASSPHRASE,
        )
    try:
        return getpass.getpass(_(prompt))
    except (EOFError, KeyboardInterrupt):
        raise CliError(N_("Afgebroken.")) from None


def read_passphrase(
    file: str | None,
    *,
    env: str = ENV_PASSPHRASE,
    confirm: bool = False,
    prompt: Msgid = PASSPHRASE_PROMPT,
) -> str:
    """From ``file``, else the environment variable, else a prompt (twice when ``confirm``)."""
    if file is not None:
        return read_secret_file(file)
    value = os.environ.get(env)
    if value:
        return _require_text(value)
    first = _require_text(_prompt(prompt))
    if confirm:
        second = _prompt(N_("Nogmaals ter controle: "))
        if first != second:
            raise CliError(N_("De twee wachtwoorden zijn niet gelijk."), EXIT_REJECTED)
    if not first:
        raise CliError(N_("Er is geen wachtwoord ingevuld."), EXIT_REJECTED)
    return first


# --- members and vaults -------------------------------------------------------------------


def _norm(name: str) -> str:
    return unicodedata.normalize("NFC", name).strip().casefold()


def vault_files_exist(path: Path) -> bool:
    """True when a vault is here (perhaps a damaged one), or something else that is no place
    for a new one (a folder); False for nothing or an unfinished creation."""
    from kansencirkel.vault.layout import State, state

    return path.is_dir() or state(path) is State.PRESENT


def require_vault_files(path: Path) -> None:
    """Fail early, in one sentence, where no vault is; a folder or a file beside a vault
    goes on to the vault, which says what it is."""
    from kansencirkel.vault.layout import State, state

    found = state(path)
    if found is State.UNFINISHED:
        from kansencirkel.vault.errors import VaultUnfinished

        raise VaultUnfinished()
    if found is State.ABSENT and not path.exists():
        raise CliError(NO_VAULT, path=path)
    if path.exists() and not path.is_dir() and not path.is_file():
        raise CliError(VAULT_NOT_A_FILE, path=path)  # a FIFO or a device


def require_parent_folder(path: Path) -> None:
    """Fail before any work when the folder a new file should go into does not exist."""
    if not path.parent.is_dir():
        raise CliError(N_("De map {folder} bestaat niet."), folder=path.parent)


def choose_member(path: Path, name: str | None) -> TeamMember:
    """The member called ``name``; without a name, the only member (or a usage error)."""
    from kansencirkel.vault.vault import Vault

    members = Vault.members(path)
    if name is None:
        if len(members) == 1:
            return members[0]
        names = ", ".join(m.name for m in members)
        raise usage_error(
            N_("Deze kluis heeft meer teamleden; kies er een met --member ({names})."), names=names
        )
    matches = [m for m in members if _norm(m.name) == _norm(name)]
    if len(matches) != 1:
        raise CliError(N_("Teamlid '{name}' staat niet in deze kluis."), name=name)
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


def warn_about_place(path: Path) -> None:
    """A warning line on stderr when the vault is (to be) in a folder a cloud service
    synchronises. (A read-only medium is refused by the vault itself, in one sentence.)"""
    from kansencirkel.core.places import SYNCED_FOLDER, sync_service

    service = sync_service(path)
    if service is not None:
        warn(Message(SYNCED_FOLDER, {"service": service}).text())


def open_vault(args: argparse.Namespace, path: Path | None = None) -> Vault:
    """Open the vault named in ``args`` with the recovery code or a member's passphrase.

    Use as ``with open_vault(args) as vault:`` so it is always closed (and unlocked on disk).
    """
    from kansencirkel.vault.vault import Vault

    path = Path(path if path is not None else args.vault)
    warn_about_place(path)
    credentials = read_credentials(args, path)
    if "recovery_code" in credentials:
        vault = Vault.open_with_recovery(path, credentials["recovery_code"])
    else:
        vault = Vault.open(path, credentials["member_id"], credentials["passphrase"])
    for notice in vault.notices:  # a key file repaired from its mirror, a full disk
        warn(notice.text())
    return vault


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
    message = getattr(exc, "message", None)
    if isinstance(message, Message):
        return message.text()
    return _("Er ging iets onverwachts mis.")


# --- children -----------------------------------------------------------------------------


def add_child_argument(parser: argparse.ArgumentParser, *, required: bool = True) -> None:
    parser.add_argument(
        "--child",
        required=required,
        metavar="ID",
        help=_("id van het kind (het begin is genoeg als het uniek is, zie 'children')"),
    )


def resolve_child_id(vault: Vault, text: str, known: Sequence[str] | None = None) -> str:
    """The full id of the one child whose id is ``text`` or starts with it (among ``known``
    when given, so a list of ids is resolved with one read)."""
    text = text.strip().lower()
    if len(text) < 4:
        raise usage_error(N_("Geef minstens de eerste 4 tekens van het id."))
    ids = list(known) if known is not None else all_child_ids(vault)
    if text in ids:
        return text
    matches = [i for i in ids if i.startswith(text)]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise CliError(N_("Er is geen kind met id {text} in deze kluis."), text=text)
    raise usage_error(
        N_("Meer kinderen hebben een id dat begint met {text}; geef meer tekens."), text=text
    )


def all_child_ids(vault: Vault) -> list[str]:
    return [str(s.child.id) for s in vault.repos.children.summaries(clock.today())]
