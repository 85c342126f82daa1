"""The "Wat werkt" view over a whole vault (10,000 children; 1,000 with ``--quick``) against
listing those children, on the same encrypted vault in the same run.

"list" is the children list's read (``children.summaries``), the app's everyday whole-vault
read; "wat werkt" reads every evaluated afspraak of the school year (kind, answer, stored
readings) and counts them (``load_what_works``); "wat werkt + csv" adds the CSV export's text.
The view never opens a case file: the readings it counts are stored with each evaluation.
"""

from __future__ import annotations

from tests.benchmarks.bench_vault import TODAY, new_db, seed
from tests.benchmarks.harness import Harness


def run(h: Harness) -> None:
    from kansencirkel.core.kinds import default_kinds
    from kansencirkel.core.what_works import school_year
    from kansencirkel.core.what_works_text import to_csv
    from kansencirkel.ui.what_works_dialog import load_what_works

    children = h.size(10_000, 1_000)
    db = new_db(h.tmp_dir(), "wat-werkt", encrypted=True)
    seed(db, children)
    start, end = school_year(TODAY)
    repos = db.repos
    evaluated = len(repos.actions.evaluated_between(start, end))
    h.note(f"evaluated afspraken this school year ({children} children)", evaluated, "afspraken")
    group = f"{children} children"
    h.measure("list children", lambda: repos.children.summaries(TODAY), group=group,
              items=children)  # fmt: skip
    h.measure("wat werkt", lambda: load_what_works(repos, start, end), group=group,
              baseline="list children", items=children)  # fmt: skip

    def with_csv() -> None:
        result, kinds, _pulses = load_what_works(repos, start, end)
        to_csv(result, kinds or default_kinds(), "nl")

    h.measure("wat werkt + csv", with_csv, group=group, baseline="list children",
              items=children)  # fmt: skip
    db.engine.dispose()
