"""Settings: every one documented in the README, and the order in which they apply."""

from __future__ import annotations

from pathlib import Path

from server import config

README = (Path(__file__).resolve().parent.parent / "README.md").read_text()


def test_every_setting_is_documented_in_the_readme():
    missing = [name for name in config.SETTINGS if f"`{name}`" not in README]
    assert missing == []


def test_data_folder_file_then_environment(tmp_path, monkeypatch):
    data = tmp_path / "data"
    data.mkdir()
    (data / "config.py").write_text('PUBLIC_URL = "https://from-file.example/ps/"\nREALM = "file"\n')
    monkeypatch.setenv("KIEUMAU_DATA", str(data))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.setenv("KIEUMAU_REALM", "env")
    conf = config.load()
    assert conf["PUBLIC_URL"] == "https://from-file.example/ps"  # the file, trailing slash dropped
    assert conf["REALM"] == "env"  # the environment wins over the file
    assert conf["DATABASE_URL"] == f"sqlite:///{data / 'kieumau.db'}"
    assert (data / "secret_key").stat().st_mode & 0o077 == 0  # the key is private
    monkeypatch.setenv("KIEUMAU_MAX_SUBMISSION_BYTES", "5000")
    assert config.load()["MAX_CONTENT_LENGTH"] == 5000
