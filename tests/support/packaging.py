"""The packaging scripts (packaging/*.py are files, not a package), loaded as modules."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def load_packaging_script(name: str) -> ModuleType:
    """``packaging/<name>.py`` as a fresh module, e.g. ``load_packaging_script("build_forms")``."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
