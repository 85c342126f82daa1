"""Errors the vault raises. Each carries one clear sentence (a :class:`Message` from the one
catalogue, shown in the reader's language) and the exit code the command line uses (DESIGN §9).
Messages never contain keys, passphrases or child data: their values are named explicitly.
"""

from __future__ import annotations

from collections.abc import Mapping

from kansencirkel.core.i18n import N_, Message, Msgid
from kansencirkel.core.model import Action, Child, Consent, Meeting, Note, Person

#: The records a save can conflict on (each has a ``version``).
Versioned = Child | Person | Action | Meeting | Consent | Note


class VaultError(Exception):
    """Base class: something the user can be told in one sentence.

    ``VaultError(N_("… {name} …"), name=value)``; without a msgid the class's ``default``.
    Tests check the type (or ``message.msgid``), never the wording.
    """

    exit_code: int = 1
    default: Msgid = N_("Er ging iets mis met de kluis.")

    def __init__(self, msgid: Msgid | None = None, /, **values: object) -> None:
        self.message = Message(msgid or self.default, values)
        super().__init__(self.message.msgid)

    @property
    def message_nl(self) -> str:
        return self.message.text("nl")

    @property
    def message_en(self) -> str:
        return self.message.text("en")

    def __str__(self) -> str:
        return self.message_en


#: A team server that stopped answering during a read or write.
SERVER_LOST = N_(
    "De verbinding met de teamserver is weggevallen: deze wijziging is niet bevestigd. "
    "Kijk na herstel van de verbinding of ze er staat."
)


class ServerLost(VaultError):
    """The team server stopped answering (PostgreSQL gone, network away) during a read or
    write: whatever that call did is not confirmed. Distinct from other failures, so a caller
    can keep what is being typed elsewhere (encrypted drafts on the laptop) and try later."""

    exit_code = 1
    default = SERVER_LOST


class WrongPassphrase(VaultError):
    """The passphrase (or recovery code) did not open the slot. Nothing was changed."""

    exit_code = 3
    default = N_("Het wachtwoord klopt niet.")

    @classmethod
    def recovery(cls) -> WrongPassphrase:
        return WrongRecoveryCode()


class WrongRecoveryCode(WrongPassphrase):
    """The recovery code did not open the recovery slot. Nothing was changed."""

    default = N_("De herstelcode klopt niet.")


class VaultDamaged(VaultError):
    """The database or key file fails its integrity checks. Never used for a wrong passphrase."""

    exit_code = 4
    default = N_(
        "De kluis is beschadigd of onvolledig; er is niets gewijzigd. Zet een reservekopie terug."
    )


class VaultInUse(VaultError):
    exit_code = 1
    default = N_("Deze kluis is al geopend in een ander venster of programma.")


class DriverMissing(VaultError):
    exit_code = 1
    default = N_(
        "Het onderdeel voor versleuteling (SQLCipher) ontbreekt; de kluis kan niet veilig "
        "worden geopend."
    )


class InputRejected(VaultError):
    exit_code = 5
    default = N_("Deze invoer kan niet worden opgeslagen.")


class NotFound(VaultError):
    exit_code = 1
    default = N_("Dit gegeven bestaat niet (meer) in de kluis.")


class VaultExists(VaultError):
    exit_code = 1
    default = N_("Hier staat al een kluis; kies een andere plek of naam.")


class VaultUnfinished(VaultError):
    """The vault was being created but its recovery code was never confirmed (the creation
    was interrupted). It never counted as created and holds nothing yet: create it again."""

    exit_code = 1
    default = N_(
        "Het maken van deze kluis is niet afgemaakt (de herstelcode is nooit bevestigd); er "
        "staat nog niets in. Maak de kluis opnieuw."
    )


class DiskFull(VaultError):
    """No room left on the disk (or the user's quota): nothing was changed. Not damage, not a
    failing drive; freeing space is all it takes."""

    exit_code = 1
    disk_full = True  # what kansencirkel.core.write_errors.is_disk_full looks for
    default = N_(
        "De schijf waarop de kluis staat is vol; er is niets gewijzigd. Maak ruimte vrij en "
        "probeer het opnieuw."
    )


class DeviceSecretMissing(VaultError):
    """The slot was made with this computer's device secret, which is gone (new laptop, lost
    keyring). Only the recovery code opens the vault then."""

    exit_code = 3
    default = N_(
        "De sleutel van deze computer voor de kluis ontbreekt (bijvoorbeeld op een nieuwe laptop); "
        "open de kluis met de herstelcode."
    )


class EditConflict(VaultError):
    """Someone else saved this record after it was read: its version in the store is newer
    than the one the save was based on. Nothing was written (no audit event either).

    ``mine`` holds what the refused save tried to store (the keyword arguments of the call,
    without ``expected_version``; for a note, its fields only, not the reason); ``theirs`` the
    record as it is in the store now (a core dataclass: Child, Person, Action, Meeting, Consent
    or Note, with its ``version``). To keep mine, call again with ``**mine`` and
    ``expected_version=theirs.version``; to keep theirs, do nothing. ``expected`` is the
    version the refused save was based on.
    """

    exit_code = 1
    default = N_("Iemand anders heeft dit intussen veranderd. Kies welke versie blijft.")

    def __init__(
        self, *, mine: Mapping[str, object], theirs: Versioned, expected: int | None
    ) -> None:
        super().__init__()
        self.mine: dict[str, object] = dict(mine)
        self.theirs: Versioned = theirs
        self.expected = expected
