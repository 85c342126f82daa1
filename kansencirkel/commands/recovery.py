"""The recovery code at creation. ``vault init`` has it confirmed before the vault counts as
created (DESIGN §6, :mod:`kansencirkel.vault.creation`): written and synced to a new private
file (``--recovery-code-file``), or shown on the terminal and its last group typed back. Without
either the vault is not made: a closed terminal or ``| head`` must never leave a vault whose
code nobody saw. ``demo`` vaults hold fictional children only and just show or write it."""

from __future__ import annotations

import sys
from pathlib import Path

from kansencirkel.commands.common import (
    CliError,
    echo,
    require_parent_folder,
    usage_error,
    warn,
)
from kansencirkel.core.files import write_new_file
from kansencirkel.core.i18n import N_, _

CONFIRM_TRIES = 3


def check_recovery_code_target(path: Path | None) -> None:
    """Fail *before* creating a vault if the recovery code could not be written there."""
    if path is None:
        return
    if path.exists():
        raise CliError(
            N_("Het bestand {path} bestaat al; kies een nieuw bestand voor de herstelcode."),
            path=path,
        )
    require_parent_folder(path)


def require_confirmable(path: Path | None) -> None:
    """Before ``vault init`` makes anything: the code can go to a file, or a person at a
    terminal can confirm it."""
    if path is None and not sys.stdin.isatty():
        raise usage_error(
            N_(
                "Zonder terminal kan niemand bevestigen dat de herstelcode gezien is; geef "
                "--recovery-code-file BESTAND, dan komt de code in dat nieuwe bestand."
            )
        )
    check_recovery_code_target(path)


def write_code_file(code: str, path: Path) -> None:
    """The code in a new private file, complete and synced, or CliError (nothing written)."""
    try:
        write_new_file(path, (code + "\n").encode("ascii"))
    except OSError:
        raise CliError(
            N_("De herstelcode kan niet in {path} worden geschreven; er is geen kluis gemaakt."),
            path=path,
        ) from None


def show_code(code: str) -> None:
    """Print the code once, with what to do with it; flushed, so it is on screen (or in the
    pipe) before anyone is asked about it."""
    echo()
    echo(_("HERSTELCODE (wordt maar één keer getoond):"))
    echo()
    echo(f"    {code}")
    echo()
    echo(
        _(
            "Print deze code en bewaar hem veilig, bijvoorbeeld bij de "
            "privacy-functionaris. Met deze code open je de kluis als een wachtwoord "
            "vergeten is of op een nieuwe laptop."
        )
    )
    sys.stdout.flush()


def _ask(prompt: str) -> str:
    try:
        sys.stderr.write(prompt)
        sys.stderr.flush()
        line = sys.stdin.readline()
    except OSError:  # the terminal was closed (EIO)
        line = ""
    if not line:  # end of input, or no terminal any more
        raise CliError(N_("Afgebroken; er is geen kluis gemaakt."))
    return line


def confirm_on_terminal(code: str) -> None:
    """Have the code's last group typed back; CliError after a few wrong tries."""
    from kansencirkel.vault.keyslots import confirms_last_group

    for _try in range(CONFIRM_TRIES):
        typed = _ask(_("Typ ter controle de laatste groep van de herstelcode (4 tekens): "))
        if confirms_last_group(code, typed):
            return
        warn(_("Dat is niet de laatste groep van de herstelcode hierboven."))
    raise CliError(N_("De herstelcode is niet bevestigd; er is geen kluis gemaakt."))


def deliver_and_confirm(code: str, path: Path | None) -> None:
    """``vault init``: to the file (synced), or shown and confirmed. Raises when neither
    worked; the caller then discards the uncommitted vault."""
    if path is not None:
        write_code_file(code, path)
        return
    show_code(code)
    confirm_on_terminal(code)


def told_where(path: Path) -> None:
    echo(
        _(
            "De herstelcode staat in {path}. Print hem, bewaar hem veilig "
            "(bijvoorbeeld bij de privacy-functionaris) en verwijder daarna het "
            "bestand.",
            path=path,
        )
    )


def deliver_recovery_code(code: str, path: Path | None) -> None:
    """``demo``: write the code to a new private file, or print it once (no confirmation:
    a demo vault holds fictional children only)."""
    if path is not None:
        try:
            write_new_file(path, (code + "\n").encode("ascii"))
        except OSError:
            warn(
                _("De herstelcode kon niet in het bestand worden geschreven; hij staat hieronder.")
            )
        else:
            told_where(path)
            return
    show_code(code)
