"""The recovery code at creation: shown once with what to do with it, or written to a new
private file (``--recovery-code-file``). Used by ``vault init`` and ``demo``."""

from __future__ import annotations

from pathlib import Path

from kansencirkel.commands.common import (
    CliError,
    create_private_file,
    echo,
    require_parent_folder,
    warn,
)
from kansencirkel.core.i18n import N_, _


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


def deliver_recovery_code(code: str, path: Path | None) -> None:
    """Write the code to a new private file, or print it once with what to do with it."""
    if path is not None:
        try:
            create_private_file(path, code + "\n")
        except OSError:
            warn(
                _("De herstelcode kon niet in het bestand worden geschreven; hij staat hieronder.")
            )
        else:
            echo(
                _(
                    "De herstelcode staat in {path}. Print hem, bewaar hem veilig "
                    "(bijvoorbeeld bij de privacy-functionaris) en verwijder daarna het "
                    "bestand.",
                    path=path,
                )
            )
            return
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
