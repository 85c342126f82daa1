"""The committed kansencirkel/ui/forms/ui_*.py match their forms/*.ui (run build_forms.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.support.packaging import load_packaging_script

ROOT = Path(__file__).resolve().parents[2]
FORMS = sorted((ROOT / "forms").glob("*.ui"))


def _build_forms_module() -> Any:
    return load_packaging_script("build_forms")


def without_header(source: str) -> list[str]:
    """Drop the generated header comment (it names the uic version)."""
    return [line for line in source.splitlines() if not line.startswith("#")]


def test_every_form_is_compiled() -> None:
    assert FORMS, "no forms/*.ui found"
    build = _build_forms_module()
    missing = [f.name for f in FORMS if not build.target_for(f).exists()]
    assert missing == [], "run: .venv/bin/python packaging/build_forms.py"


@pytest.mark.parametrize("ui_file", FORMS, ids=[f.stem for f in FORMS])
def test_compiled_form_is_fresh(ui_file: Path) -> None:
    build = _build_forms_module()
    target = build.target_for(ui_file)
    fresh = without_header(build.compile_form(ui_file))
    committed = without_header(target.read_text(encoding="utf-8"))
    assert committed == fresh, (
        f"{target.name} is stale; run: .venv/bin/python packaging/build_forms.py"
    )
