"""The recovery code at creation: shown once with what to do with it, or written to a new
private file (``--recovery-code-file``). Used by ``vault init`` and ``demo``."""

from __future__ import annotations

from pathlib import Path

from kansencirkel.commands.common import (
    CliError,
    create_private_file,
    echo,
    require_parent_folder,
    say,
    warn,
)


def check_recovery_code_target(path: Path | None) -> None:
    """Fail *before* creating a vault if the recovery code could not be written there."""
    if path is None:
        return
    if path.exists():
        raise CliError(
            f"Het bestand {path} bestaat al; kies een nieuw bestand voor de herstelcode.",
            f"The file {path} already exists; choose a new file for the recovery code.",
        )
    require_parent_folder(path)


def deliver_recovery_code(code: str, path: Path | None) -> None:
    """Write the code to a new private file, or print it once with what to do with it."""
    if path is not None:
        try:
            create_private_file(path, code + "\n")
        except OSError:
            warn(
                say(
                    "De herstelcode kon niet in het bestand worden geschreven; hij staat "
                    "hieronder.",
                    "The recovery code could not be written to the file; it is shown below.",
                )
            )
        else:
            echo(
                say(
                    f"De herstelcode staat in {path}. Print hem, bewaar hem veilig (bijvoorbeeld "
                    "bij de privacy-functionaris) en verwijder daarna het bestand.",
                    f"The recovery code is in {path}. Print it, keep it safe (for example with the "
                    "privacy officer) and then delete the file.",
                )
            )
            return
    echo()
    echo(say("HERSTELCODE (wordt maar één keer getoond):", "RECOVERY CODE (shown only once):"))
    echo()
    echo(f"    {code}")
    echo()
    echo(
        say(
            "Print deze code en bewaar hem veilig, bijvoorbeeld bij de privacy-functionaris. "
            "Met deze code open je de kluis als een wachtwoord vergeten is of op een nieuwe "
            "laptop.",
            "Print this code and keep it safe, for example with the privacy officer. It opens the "
            "vault when a passphrase is forgotten or on a new laptop.",
        )
    )
