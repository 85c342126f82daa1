"""What is wrong with a file, record by record, and the one error that refuses it whole.

A :class:`Collector` is the checker of a file import: instead of raising at the first problem
it notes each one as a :class:`Problem` (which record, which field, the sentence), so the user
can mend the file in one go. :class:`FileRejected` carries them all; its own sentence names the
first. Nothing of a refused file is written.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field

from kansencirkel.core.i18n import N_, Message, Msgid
from kansencirkel.vault.errors import InputRejected
from kansencirkel.vault.validation.fields import Checker

#: How each part of a case file is named in a problem ("meting 3"): keys are the case-file
#: fields (the lists of an exported file), "file" is the file itself.
RECORDS: dict[str, Msgid] = {
    "file": N_("het bestand"),
    "child": N_("het kind"),
    "involvements": N_("betrokkene {n}"),
    "assessments": N_("meting {n}"),
    "superseded": N_("gecorrigeerde meting {n}"),
    "withdrawn": N_("ingetrokken meting {n}"),
    "note_versions": N_("eerdere versie van een notitie {n}"),
    "actions": N_("afspraak {n}"),
    "meetings": N_("overleg {n}"),
    "notes": N_("notitie {n}"),
    "consents": N_("toestemming {n}"),
    "csv_row": N_("rij {n}"),  # a spreadsheet's row, counted as the spreadsheet shows it
}

PROBLEM_AT = N_("{record}, {field}: {reason}")
PROBLEM_IN = N_("{record}: {reason}")
#: A spreadsheet cell: "Rij 4, kolom 'Actief': …" (``field`` is the header as in the file).
PROBLEM_IN_COLUMN = N_("Rij {n}, kolom '{field}': {reason}")
PROBLEM_IN_ROW = N_("Rij {n}: {reason}")
IN_CASE_FILE = N_("dossier {case}, {problem}")
NOT_READ_ONE = N_("Dit bestand is niet ingelezen en de kluis is niet gewijzigd: {problem}")
NOT_READ_MANY = N_(
    "Dit bestand is niet ingelezen en de kluis is niet gewijzigd; {count} problemen, het "
    "eerste: {problem}"
)


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong in a file: ``record`` (a key of :data:`RECORDS`) number ``number``
    (1-based in its list, None for the child or the file), ``field`` (its key in the file,
    dotted below it: "scores.actief", "owner.name"; "" for the record as a whole), the
    sentence (``reason``) and, when one import holds several children, which ``case`` file
    (1-based)."""

    record: str
    number: int | None
    field: str
    reason: Message
    case: int | None = None

    @property
    def message(self) -> Message:
        if self.record == "csv_row":
            values = {"n": self.number, "field": self.field, "reason": self.reason}
            return Message(PROBLEM_IN_COLUMN if self.field else PROBLEM_IN_ROW, values)
        where = Message(RECORDS.get(self.record, RECORDS["file"]), {"n": self.number})
        values = {"record": where, "field": self.field, "reason": self.reason}
        found = Message(PROBLEM_AT if self.field else PROBLEM_IN, values)
        if self.case is None:
            return found
        return Message(IN_CASE_FILE, {"case": self.case, "problem": found})


class FileRejected(InputRejected):
    """A whole file refused (exit code 5): ``problems`` lists everything found, the message
    names the first. Raised before anything is written, or with the transaction rolled back."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        if not problems:
            raise ValueError("a refused file names at least one problem")
        self.problems: tuple[Problem, ...] = tuple(problems)
        first = self.problems[0].message
        if len(self.problems) == 1:
            super().__init__(NOT_READ_ONE, problem=first)
        else:
            super().__init__(NOT_READ_MANY, problem=first, count=len(self.problems))


@dataclass
class Collector(Checker):
    """The checker of a file: notes every problem where :meth:`record` and :meth:`inside`
    say the checks are; stops noting after ``limit`` (a broken file is refused anyway)."""

    limit: int = 1000
    case: int | None = None  # which case file of several
    problems: list[Problem] = field(default_factory=list)
    _record: tuple[str, int | None] = ("file", None)
    _prefix: str = ""

    def fail(self, field: str, msgid: Msgid, /, **values: object) -> None:
        if len(self.problems) < self.limit:
            path = ".".join(p for p in (self._prefix, field) if p)
            record, number = self._record
            self.problems.append(Problem(record, number, path, Message(msgid, values), self.case))

    @contextmanager
    def record(self, kind: str, number: int | None = None) -> Iterator[None]:
        previous = self._record, self._prefix
        self._record, self._prefix = (kind, number), ""
        try:
            yield
        finally:
            self._record, self._prefix = previous

    @contextmanager
    def inside(self, name: str) -> Iterator[None]:
        """Checks of a record inside this one (a person in an involvement): "person.name"."""
        previous = self._prefix
        self._prefix = f"{previous}.{name}" if previous else name
        try:
            yield
        finally:
            self._prefix = previous
