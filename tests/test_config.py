"""Settings: every one documented in the README, and the order in which they apply."""

from __future__ import annotations

from pathlib import Path

import pytest

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
    assert conf["SECRET_KEY"] is None  # unset: made once in the database (server/shared.py)
    assert not (data / "secret_key").exists()
    monkeypatch.setenv("KIEUMAU_MAX_SUBMISSION_BYTES", "5000")
    assert config.load()["MAX_CONTENT_LENGTH"] == 5000


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1", True),
        ("0", False),
        ("true", True),
        ("False", False),
        ("yes", True),
        ("no", False),
        ("on", True),
        ("off", False),
        ("có", True),
        ("không", False),
        (" TRUE ", True),
        ("Off", False),
        ("NO", False),
    ],
)
def test_boolean_settings_accept_what_people_type(tmp_path, monkeypatch, text, value):
    monkeypatch.setenv("KIEUMAU_DATA", str(tmp_path / "data"))
    for name in BOOLEANS:
        monkeypatch.setenv(f"KIEUMAU_{name}", text)
    conf = config.load()
    assert {name: conf[name] for name in BOOLEANS} == dict.fromkeys(BOOLEANS, value)


BOOLEANS = [name for name, (default, _help) in config.SETTINGS.items() if isinstance(default, bool)]


def test_every_yes_no_setting_is_checked():
    assert {"BACKGROUND_SCORING", "WEBHOOK_ALLOW_HTTP", "SMTP_STARTTLS"} <= set(BOOLEANS)


def test_texts_in_the_data_folders_config_file_read_as_in_the_environment(tmp_path, monkeypatch):
    data = tmp_path / "data"
    data.mkdir()
    (data / "config.py").write_text('BACKGROUND_SCORING = "off"\nSMTP_STARTTLS = "Yes"\nSMTP_PORT = "587"\n')
    monkeypatch.setenv("KIEUMAU_DATA", str(data))
    conf = config.load()
    assert (conf["BACKGROUND_SCORING"], conf["SMTP_STARTTLS"], conf["SMTP_PORT"]) == (False, True, 587)
    (data / "config.py").write_text('WEBHOOK_ALLOW_HTTP = "maybe"\n')
    with pytest.raises(config.SettingError, match="config.py: WEBHOOK_ALLOW_HTTP='maybe'"):
        config.load()


@pytest.mark.parametrize(
    ("name", "text"), [("BACKGROUND_SCORING", "maybe"), ("MAX_SUBMISSION_BYTES", "lots")]
)
def test_a_setting_that_cannot_be_read_is_refused_with_its_name(tmp_path, monkeypatch, name, text):
    monkeypatch.setenv("KIEUMAU_DATA", str(tmp_path / "data"))
    monkeypatch.setenv(f"KIEUMAU_{name}", text)
    with pytest.raises(config.SettingError, match=f"KIEUMAU_{name}"):
        config.load()


def test_integer_settings_take_thousands_separators(tmp_path, monkeypatch):
    monkeypatch.setenv("KIEUMAU_DATA", str(tmp_path / "data"))
    monkeypatch.setenv("KIEUMAU_MAX_SUBMISSION_BYTES", "50_000_000")
    assert config.load()["MAX_CONTENT_LENGTH"] == 50_000_000


def test_sqlite_cannot_hold_attachments_in_the_database():
    from server import config

    with pytest.raises(config.SettingError, match="needs PostgreSQL"):
        config.attachments_store({"ATTACHMENTS": "db", "DATABASE_URL": "sqlite:///x.db"})
    assert config.attachments_store({"ATTACHMENTS": "", "DATABASE_URL": "sqlite:///x.db"}) == "folder"
    assert config.attachments_store({"ATTACHMENTS": "", "DATABASE_URL": "postgresql+psycopg://h/d"}) == "db"
    with pytest.raises(config.SettingError, match="S3_BUCKET"):
        config.attachments_store({"ATTACHMENTS": "s3", "DATABASE_URL": "postgresql+psycopg://h/d"})
