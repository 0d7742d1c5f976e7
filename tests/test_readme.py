"""The README's Layout names every module of the server's packages, one line each under its
package, so a newcomer's map of the code stays true as modules are added or renamed."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LAYOUT = (ROOT / "README.md").read_text().split("## Layout", 1)[1].split("```", 2)[1]


def _listed() -> dict[str, list[str]]:
    """package -> the modules named at the start of a line in its block ("  web/" ... "    api.py")."""
    found: dict[str, list[str]] = {}
    package = None
    for line in LAYOUT.splitlines():
        if heading := re.match(r"^  (\w+)/", line):
            package = heading.group(1)
            found.setdefault(package, [])
        elif (module := re.match(r"^    (\w+)\.py\s", line)) and package is not None:
            found[package].append(module.group(1))
    return found


@pytest.mark.parametrize("package", ["web", "domain", "formats", "jobs", "store"])
def test_the_layout_names_every_module(package):
    stems = sorted(p.stem for p in (ROOT / "server" / package).glob("*.py") if p.stem != "__init__")
    listed = _listed().get(package, [])
    assert sorted(listed) == stems  # each once, none that is gone
