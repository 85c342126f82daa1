"""What a write changed, so every view can refresh only what concerns it.

Modelled on Anki's ``OpChanges``: every repository write returns its value together with a
:class:`Changes`; the UI broadcasts it once after the write. A :class:`Changes` is plain data
with no reference to where it came from, so changes made by another team member (arriving
later from a shared team store) travel the same way.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Changes:
    """Which parts of the vault a write touched."""

    children: frozenset[str] = frozenset()  # ids of children whose file changed
    child_list: bool = False  # the children list: added, erased, renamed, attention flags
    drafts: frozenset[str] = frozenset()  # ids of children whose unsaved drafts changed
    people: bool = False  # the people around children (names, roles, contact lines)
    team: bool = False  # team members who can unlock (key slots)
    settings: bool = False  # the vault's own settings
    from_elsewhere: bool = False  # made by another process (a team member on a shared store)

    @classmethod
    def child(cls, child_id: str, *, in_list: bool = True) -> Changes:
        """One child's file changed; ``in_list``: also what the children list shows of it."""
        return cls(children=frozenset({child_id}), child_list=in_list)

    def merge(self, other: Changes) -> Changes:
        return Changes(
            children=self.children | other.children,
            child_list=self.child_list or other.child_list,
            drafts=self.drafts | other.drafts,
            people=self.people or other.people,
            team=self.team or other.team,
            settings=self.settings or other.settings,
            from_elsewhere=self.from_elsewhere and other.from_elsewhere,
        )

    def __bool__(self) -> bool:
        return bool(
            self.children
            or self.child_list
            or self.drafts
            or self.people
            or self.team
            or self.settings
        )

    def concerns_child(self, child_id: str | None) -> bool:
        """Whether a view showing ``child_id`` must reload (people appear on every file)."""
        return child_id is not None and (child_id in self.children or self.people)


NO_CHANGES = Changes()


@dataclass(frozen=True, slots=True)
class Written(Generic[T]):
    """A write's result: what it returns and what it changed."""

    value: T
    changes: Changes = field(default=NO_CHANGES)
