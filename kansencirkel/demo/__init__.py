"""Fictional demo data for demo vaults, screenshots, tests and benchmarks.

``generate_case_files`` streams :class:`~kansencirkel.core.model.CaseFile` objects, deterministic
for a seed. :mod:`.children` assembles each child and the people around it, :mod:`.records`
adds assessments, afspraken, overleggen and consents, and :mod:`.names` holds the word lists
they draw from. No real person is described. Depends on ``core`` only.
"""

from __future__ import annotations

from kansencirkel.demo.children import (
    DEMO_MEMBER_NAME,
    DEMO_PASSPHRASE,
    DEMO_TEAM_NAME,
    generate_case_files,
)
from kansencirkel.demo.records import MAX_ASSESSMENTS

__all__ = [
    "DEMO_MEMBER_NAME",
    "DEMO_PASSPHRASE",
    "DEMO_TEAM_NAME",
    "MAX_ASSESSMENTS",
    "generate_case_files",
]
