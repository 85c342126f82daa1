"""Screenshots of "Wat werkt": the evaluation of a finished afspraak, and the team view.

    xvfb-run -a -s "-screen 0 1280x720x24" .venv/bin/python -m tests.ui.wat_werkt_screenshots [OUT]

Writes evaluation-dialog.png and wat-werkt.png (default: resources/screenshots/). The team
view is shot on a demo vault of 120 fictional children: with fewer, most of its figures read
"<5", as they should. Light test KDF; never a real vault.
"""

from __future__ import annotations

import os
import sys

from kansencirkel.core import clock
from tests.ui.screenshots import Shooter, prepare

CHILDREN = 120


def main(argv: list[str]) -> int:
    out, work = prepare(argv, "kc-wat-werkt-shots-")

    from PySide6.QtWidgets import QApplication

    import kansencirkel.ui  # noqa: F401 - PySide6 workaround first
    from kansencirkel.commands.demo_cmd import create_demo_vault
    from kansencirkel.demo import DEMO_PASSPHRASE
    from kansencirkel.ui.app import make_application
    from kansencirkel.ui.evaluation_dialog import EvaluationDialog
    from kansencirkel.ui.i18n import install_translators
    from kansencirkel.ui.operations import OperationRunner
    from kansencirkel.ui.vault_ops import VaultOps
    from kansencirkel.ui.what_works_dialog import WhatWorksDialog
    from kansencirkel.vault.vault import Vault

    app = make_application()
    install_translators(os.environ.get("KANSENCIRKEL_SHOT_LANG", "nl"))
    runner = OperationRunner(app)

    shooter = Shooter(app, runner, out)
    shoot = shooter.shoot

    vault_path = work / "demo.kcv"
    create_demo_vault(vault_path, CHILDREN)
    vault = Vault.open(vault_path, Vault.members(vault_path)[0].id, DEMO_PASSPHRASE)
    today = clock.today()
    # The evaluated afspraak with the most readings before and since.
    best = None
    for summary in vault.repos.children.summaries(today)[:40]:
        case = vault.repos.children.case_file(summary.child.id)
        for a in case.actions:
            if a.evaluated is None:
                continue
            both = sum(1 for r in a.evaluated.readings if r.before and r.after)
            if best is None or both > best[0]:
                best = (both, a, case)
    assert best is not None, "the demo has no evaluated afspraak"
    _n, action, case = best
    dialog = EvaluationDialog(action, case.assessments, action.status, today)
    dialog.resize(720, 520)
    dialog.show()
    shoot(dialog, "evaluation-dialog")
    dialog.close()

    _give_pulses(vault, today)
    view = WhatWorksDialog(
        vault.repos, runner, vault.info.team_name, demo=True, ops=VaultOps(runner)
    )
    view.resize(960, 600)
    view.show()
    view.ui.periodCombo.setCurrentIndex(1)  # the last whole school year
    shoot(view, "wat-werkt")
    view.close()
    vault.close()
    QApplication.processEvents()
    return 0


def _give_pulses(vault: object, today: object) -> None:
    """The demo generator writes no pulses (they are given in the app after an overleg): give
    one per side for the held overleggen, fictional and fixed by a seed, so the per-term
    summary has groups of five and more to show."""
    import random

    from kansencirkel.core.enums import MeetingStatus
    from kansencirkel.core.pulse import PulseAnswer, PulseQuestion, PulseSide

    rng = random.Random(14)
    repos = vault.repos  # type: ignore[attr-defined]
    for summary in repos.children.summaries(today):
        for meeting in repos.children.case_file(summary.child.id).meetings:
            if meeting.status is not MeetingStatus.GEHOUDEN:
                continue
            for side in PulseSide:
                answers = {q: PulseAnswer(rng.choice((3, 4, 4, 5, 5, None))) for q in PulseQuestion}
                repos.pulses.give(meeting.id, side, answers)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
