"""Errors the vault raises. Each carries one clear sentence in Dutch and English and the exit
code the command line uses (DESIGN §9). Messages never contain keys, passphrases or child data.
"""

from __future__ import annotations


class VaultError(Exception):
    """Base class: something the user can be told in one sentence."""

    exit_code: int = 1
    default_nl: str = "Er ging iets mis met de kluis."
    default_en: str = "Something went wrong with the vault."

    def __init__(self, message_nl: str | None = None, message_en: str | None = None) -> None:
        self.message_nl = message_nl or self.default_nl
        self.message_en = message_en or self.default_en
        super().__init__(self.message_en)

    def __str__(self) -> str:
        return self.message_en


class WrongPassphrase(VaultError):
    """The passphrase (or recovery code) did not open the slot. Nothing was changed."""

    exit_code = 3
    default_nl = "Het wachtwoord klopt niet."
    default_en = "The passphrase is not correct."

    @classmethod
    def recovery(cls) -> WrongPassphrase:
        return cls("De herstelcode klopt niet.", "The recovery code is not correct.")


class VaultDamaged(VaultError):
    """The database or key file fails its integrity checks. Never used for a wrong passphrase."""

    exit_code = 4
    default_nl = (
        "De kluis is beschadigd of onvolledig; er is niets gewijzigd. Zet een reservekopie terug."
    )
    default_en = "The vault is damaged or incomplete; nothing was changed. Restore a backup."


class VaultInUse(VaultError):
    exit_code = 1
    default_nl = "Deze kluis is al geopend in een ander venster of programma."
    default_en = "This vault is already open in another window or program."


class DriverMissing(VaultError):
    exit_code = 1
    default_nl = (
        "Het onderdeel voor versleuteling (SQLCipher) ontbreekt; de kluis kan niet veilig "
        "worden geopend."
    )
    default_en = (
        "The encryption component (SQLCipher) is missing; the vault cannot be opened safely."
    )


class InputRejected(VaultError):
    exit_code = 5
    default_nl = "Deze invoer kan niet worden opgeslagen."
    default_en = "This input cannot be saved."


class NotFound(VaultError):
    exit_code = 1
    default_nl = "Dit gegeven bestaat niet (meer) in de kluis."
    default_en = "This item does not exist (any more) in the vault."


class VaultExists(VaultError):
    exit_code = 1
    default_nl = "Hier staat al een kluis; kies een andere plek of naam."
    default_en = "A vault already exists here; choose another location or name."


class DeviceSecretMissing(VaultError):
    """The slot was made with this computer's device secret, which is gone (new laptop, lost
    keyring). Only the recovery code opens the vault then."""

    exit_code = 3
    default_nl = (
        "De sleutel van deze computer voor de kluis ontbreekt (bijvoorbeeld op een nieuwe laptop); "
        "open de kluis met de herstelcode."
    )
    default_en = (
        "This computer's key for the vault is missing (for example on a new laptop); "
        "open the vault with the recovery code."
    )
