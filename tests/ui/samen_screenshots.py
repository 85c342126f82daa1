"""Screenshots of samen invullen on a fictional demo vault: three screens of the child's flow
(welcome and an element for a child of 6, the end questions for a child of 13) and the
thank-you screen with the child's own star, at 1280×720 (and 1024×768 with ``--small``).

    xvfb-run -a -s "-screen 0 1280x720x24" .venv/bin/python -m tests.ui.samen_screenshots [OUT]

Writes samen-welkom.png, samen-element.png, samen-hulp.png (the help F1 shows),
samen-einde.png and samen-bedankt.png (with
``-1024`` before ``.png`` at 1024×768) into OUT (default: resources/screenshots/).
"""

from __future__ import annotations

import sys

from tests.ui.screenshots import ROOT, prepare


def main(argv: list[str]) -> int:
    small = "--small" in argv
    argv = [a for a in argv if a != "--small"]
    out, work = prepare(argv, "kc-samen-shots-")
    size = (1024, 768) if small else (1280, 720)
    suffix = "-1024" if small else ""

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QWidget

    import kansencirkel.ui  # noqa: F401 - PySide6 workaround first
    from kansencirkel.commands.demo_cmd import create_demo_vault
    from kansencirkel.core import clock
    from kansencirkel.core.elements import ELEMENT_KEYS
    from kansencirkel.core.samen import Filler, load_languages
    from kansencirkel.core.samen_answers import SamenAnswers
    from kansencirkel.demo import DEMO_PASSPHRASE
    from kansencirkel.ui.app import make_application
    from kansencirkel.ui.i18n import install_translators
    from kansencirkel.ui.operations import OperationRunner
    from kansencirkel.ui.samen_window import SamenWindow
    from kansencirkel.ui.vault_ops import VaultOps
    from kansencirkel.vault.vault import Vault

    app = make_application()
    install_translators("nl")
    runner = OperationRunner(app)
    ops = VaultOps(runner)
    texts = load_languages()["nl"]

    def settle(ms: int = 300) -> None:
        runner.wait_idle(20_000)
        end = __import__("time").monotonic() + ms / 1000
        while __import__("time").monotonic() < end:
            app.processEvents()

    def shoot(widget: QWidget, name: str) -> None:
        settle()
        path = out / f"{name}{suffix}.png"
        widget.grab().save(str(path))
        print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}  {size}")

    vault_path = work / "demo.kcv"
    create_demo_vault(vault_path, 5)
    vault = Vault.open(vault_path, Vault.members(vault_path)[0].id, DEMO_PASSPHRASE)
    child = vault.repos.children.summaries(clock.today())[0].child

    def window(filler: Filler, **kw: object) -> SamenWindow:
        answers = SamenAnswers(child.id, filler, child.given_name, "nl", **kw)  # type: ignore[arg-type]
        win = SamenWindow(vault.repos, ops, answers, texts)
        win.setWindowState(Qt.WindowState.WindowNoState)  # a fixed size to look at
        win.resize(*size)
        win.show()
        return win

    young = window(Filler.JONG)
    shoot(young, "samen-welkom")
    young.GUARD_MS = 0
    young.next()
    young.element.choices.buttons[3].click()
    young.element.talk.setChecked(True)
    shoot(young, "samen-element")
    young.show_own_help()  # F1
    shoot(young, "samen-hulp")
    young.clear()

    older = window(
        Filler.KIND,
        answers=dict(zip(ELEMENT_KEYS, (4, 3, 5, 2, 4, 0, 4, 5), strict=True)),
        step=len(ELEMENT_KEYS) + 1,
    )
    older.end.goes_well.setPlainText("Tekenen en voetballen met mijn broer. Ik kan al fietsen!")
    older.end.wishes.setPlainText("Dat ik in de pauze mee mag doen.")
    shoot(older, "samen-einde")
    older.GUARD_MS = 0
    older.next()  # saved as a meting (in the throw-away demo vault), then thank you
    settle(1500)
    shoot(older, "samen-bedankt")
    older.clear()
    runner.shutdown()
    vault.close()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
