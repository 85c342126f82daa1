"""What may go into the vault, in one place: every way in applies these rules.

A form and a command reach the vault through the repositories, which check each record with
:mod:`.records` and raise the first problem as one sentence. A file import (case-file JSON now;
spreadsheet CSV and hand-over files build the same :class:`~kansencirkel.core.model.CaseFile`)
goes through :func:`case_file_problems`, which applies the same rules to every record and
reports every problem with its record and field; ``bulk_import`` refuses the whole file with
:class:`FileRejected` when there is any, and writes nothing.
"""

from __future__ import annotations

from kansencirkel.vault.validation.casefile import case_file_problems
from kansencirkel.vault.validation.problems import FileRejected, Problem

__all__ = ["FileRejected", "Problem", "case_file_problems"]
