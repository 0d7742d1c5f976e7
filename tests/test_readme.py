"""The README's Layout names every module of the server's packages, so a newcomer's map of
the code stays true as modules are added."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LAYOUT = (ROOT / "README.md").read_text().split("## Layout", 1)[1].split("```", 2)[1]


@pytest.mark.parametrize("package", ["web", "domain", "formats", "jobs"])
def test_the_layout_names_every_module(package):
    stems = sorted(p.stem for p in (ROOT / "server" / package).glob("*.py") if p.stem != "__init__")
    assert [s for s in stems if s not in LAYOUT] == []
