"""The sync client installs on a laptop on its own: `pip install ./sync` brings requests and
click, and nothing of the server (no Flask, no WeasyPrint and its Pango, no database driver)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
@pytest.mark.skipif(
    bool(os.environ.get("KIEUMAU_TEST_DATABASE_URL")), reason="no database involved: run on the SQLite pass"
)
def test_the_client_installs_without_the_server(tmp_path: Path) -> None:
    source = tmp_path / "sync"  # a copy: building leaves build/ and egg-info beside the sources
    shutil.copytree(
        ROOT / "sync", source, ignore=shutil.ignore_patterns("build", "*.egg-info", "__pycache__")
    )
    venv = tmp_path / "laptop"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    pip = subprocess.run(
        [
            str(venv / "bin/python"),
            "-m",
            "pip",
            "install",
            "-q",
            "--disable-pip-version-check",
            source,
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert pip.returncode == 0, pip.stderr
    installed = subprocess.run(
        [str(venv / "bin/python"), "-m", "pip", "list", "--format=freeze"], capture_output=True, text=True
    ).stdout.lower()
    names = {line.split("==")[0] for line in installed.splitlines()}
    assert {"kieumau-sync", "requests", "click"} <= names
    assert not names & {"flask", "weasyprint", "psycopg", "sqlalchemy", "kieumau"}
    helped = subprocess.run([str(venv / "bin/kieumau-sync"), "--help"], capture_output=True, text=True)
    assert helped.returncode == 0 and "push" in helped.stdout
