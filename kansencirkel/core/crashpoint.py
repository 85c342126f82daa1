"""Named crash points for the crash proofs: ``reached("rotate:swapped")`` kills this process
with SIGKILL when the test-only variable ``KANSENCIRKEL_TEST_CRASH_AT`` names that step.

The proofs (tests/vault/test_crash_keys.py) kill real processes at random moments too; these
points add the moments a random kill rarely hits (between two renames). Without the variable a
call is one dictionary lookup. Like the other ``KANSENCIRKEL_TEST_*`` variables it exists for
the test suite only.
"""

from __future__ import annotations

import os
import signal

ENV_CRASH_AT = "KANSENCIRKEL_TEST_CRASH_AT"


def reached(step: str) -> None:
    """Die here, at once and without clean-up, if the crash proof asked for ``step``."""
    if os.environ.get(ENV_CRASH_AT) != step:
        return
    kill = getattr(signal, "SIGKILL", None)
    if kill is None:  # pragma: no cover - Windows: no SIGKILL, end without any clean-up
        os._exit(137)
    os.kill(os.getpid(), kill)
