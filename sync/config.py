"""Where the client keeps its state: `--home`, else $KIEUMAU_SYNC_HOME, else ~/.kieumau-sync.

    config.json    server URL, user name, device id, TLS setting   (0600: a token URL is a secret)
    password       the password alone                              (0600, never on the command line)
    outbox.sqlite  the outbox (outbox.py);  spool/  copies of queued instances

Secrets are written to a temp file created 0600 and renamed over the old one, so they are
never readable by others, not even for a moment."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from .client import Client, masked, new_device_id  # noqa: F401 - masked is used by cli
from .errors import ConfigError

ENV = "KIEUMAU_SYNC_HOME"
DEFAULT_HOME = "~/.kieumau-sync"


@dataclass
class Config:
    url: str
    user: str | None = None
    device_id: str = ""
    verify: bool | str = True  # False, or a CA bundle path for a self-signed server


def home_dir(option: str | os.PathLike | None = None) -> Path:
    home = Path(os.path.expanduser(str(option or os.environ.get(ENV) or DEFAULT_HOME)))
    home.mkdir(parents=True, exist_ok=True, mode=0o700)
    return home


def write_private(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)


def save(home: Path, config: Config, password: str | None) -> None:
    config.device_id = config.device_id or new_device_id()
    write_private(home / "config.json", json.dumps(asdict(config), indent=2).encode())
    if password is not None:
        write_private(home / "password", password.encode())
    else:
        (home / "password").unlink(missing_ok=True)


def load(home: Path) -> Config:
    path = home / "config.json"
    if not path.exists():
        raise ConfigError(
            f"chưa có máy chủ trong {home}: chạy `kieumau sync login URL` trước / "
            f"no server configured in {home}; run `kieumau sync login URL` first"
        )
    try:
        return Config(**json.loads(path.read_text()))
    except (ValueError, TypeError) as exc:
        raise ConfigError(f"không đọc được {path} / {path} is unreadable: {exc}") from None


def client_for(home: Path) -> Client:
    """A Client for the saved login."""
    config = load(home)
    auth = None
    if config.user:
        pw_file = home / "password"
        if not pw_file.exists():
            raise ConfigError(
                f"chưa lưu mật khẩu của {config.user}: chạy lại `kieumau sync login` / "
                f"no password saved for {config.user}; run `kieumau sync login` again"
            )
        auth = (config.user, pw_file.read_text().rstrip("\n"))
    return Client(config.url, auth, verify=config.verify, device_id=config.device_id)
