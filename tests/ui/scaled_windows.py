"""Child process: render the main windows of the app at one QT_SCALE_FACTOR (read by Qt only
when the QApplication starts, hence a process of its own), save a screenshot of each window
and tab, and print one line per clipped widget.

Usage (tests/ui/test_scaled_windows.py runs it; by hand to look at the screenshots)::

    QT_SCALE_FACTOR=2 python -m tests.ui.scaled_windows OUT_DIR [WINDOW ...]

Windows come from the registry in tests/ui/windows.py (default: the children list, the child's
page, the assessment form, meeting mode and the settings); ``all`` renders every entry. The
windows are 1280×720 logical pixels at most: a 1920×1080 screen at 150 %, 2560×1440 at 200 %.
Prints ``SHOT <path>`` per screenshot and ``CLIPPED <window> <view>: <widget>`` per problem.
A fictional test vault with the light test KDF; never a real vault.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

MAIN = ["children_list", "child_page", "assessment_form", "meeting_mode", "settings_dialog"]
LOGICAL_SCREEN = (1280, 720)


def offscreen_screen(scale: float, folder: Path) -> str:
    """The offscreen platform with one screen of 1280×720 logical pixels at ``scale`` (its
    default screen is 800×600 device pixels: meeting mode, which fills its screen, would be
    400×300 at 200 %)."""
    config = folder / "screen.json"
    w, h = (round(v * scale) for v in LOGICAL_SCREEN)
    config.write_text(
        json.dumps({"screens": [{"name": "kc", "x": 0, "y": 0, "width": w, "height": h}]})
    )
    return f"offscreen:configfile={config}"


class Bot:
    """The few qtbot calls the window builders use, without pytest."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.widgets: list[Any] = []

    def addWidget(self, widget: Any, before_close_func: Any = None) -> None:
        self.widgets.append(widget)

    def waitUntil(self, done: Callable[[], object], timeout: int = 5000) -> None:
        end = time.monotonic() + timeout / 1000
        while True:
            self.app.processEvents()
            try:
                if done() is not False:
                    return
            except AssertionError:
                pass
            if time.monotonic() > end:
                raise TimeoutError(f"waited {timeout} ms")
            time.sleep(0.01)

    def wait(self, ms: int) -> None:
        end = time.monotonic() + ms / 1000
        while time.monotonic() < end:
            self.app.processEvents()


def main(argv: list[str]) -> int:
    out = Path(argv[0])
    names = argv[1:] or MAIN
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="kc-scaled-"))
    os.environ["KANSENCIRKEL_HOME"] = str(work / "home")
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    scale = os.environ.get("QT_SCALE_FACTOR", "1")
    os.environ["QT_QPA_PLATFORM"] = offscreen_screen(float(scale), work)

    import kansencirkel.ui  # noqa: F401 - PySide6 workaround first
    from kansencirkel.ui.app import make_application
    from kansencirkel.ui.i18n import install_translators
    from kansencirkel.ui.operations import OperationRunner
    from kansencirkel.ui.settings_store import AppSettings
    from kansencirkel.ui.vault_ops import VaultOps
    from tests.support.a11y import clipped
    from tests.support.vaults import VaultFactory
    from tests.ui.conftest import make_team_vault
    from tests.ui.windows import WINDOWS, Env, built_window, spec, views

    app = make_application()
    install_translators(os.environ.get("KANSENCIRKEL_SHOT_LANG", "nl"))
    factory = VaultFactory(work / "vaults")
    vault = make_team_vault(factory, "team", work / "vault").vault
    runner = OperationRunner()
    bot = Bot(app)
    env = Env(bot, vault, runner, VaultOps(runner), AppSettings(), work, factory)
    problems = 0
    for name in [s.name for s in WINDOWS] if names == ["all"] else names:
        win = built_window(env, spec(name))
        if win.width() > LOGICAL_SCREEN[0] or win.height() > LOGICAL_SCREEN[1]:
            print(f"CLIPPED {name}: window {win.width()}×{win.height()} > 1280×720")
            problems += 1
        for i, view in enumerate(views(win)):
            bot.wait(150)  # the new tab's layout and its first paint
            path = out / f"{name}-{i}-x{scale}.png"
            win.grab().save(str(path))
            print(f"SHOT {path}  {view}")
            for problem in clipped(win):
                print(f"CLIPPED {name} {view}: {problem}")
                problems += 1
        win.close()
        if hasattr(win, "detach"):
            win.detach()
    runner.wait_idle(10_000)
    runner.shutdown()
    factory.close_all()
    print(f"DONE {problems}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
