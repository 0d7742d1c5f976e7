"""Settings: each one declared once with its default and why, then overridden by
instance/config.py in the data folder, then by KIEUMAU_* environment variables.

parse() reads the environment rather than Flask's from_prefixed_env, which JSON-decodes each
value: `false` would work there but `no`, `off` and `False` stay non-empty (true) strings, and a
bad value is kept as a string instead of stopping the start with the setting's name."""

from __future__ import annotations

import os
from pathlib import Path

BUNDLED_FORMS = Path(__file__).resolve().parent.parent / "forms"

# name: (default, help). A default of None is computed from the data folder.
SETTINGS: dict[str, tuple[object, str]] = {
    "DATA_DIR": ("data", "Folder for the SQLite database, attachments and caches (KIEUMAU_DATA)."),
    "DATABASE_URL": (None, "SQLAlchemy URL; default sqlite in the data folder (DATABASE_URL)."),
    "PUBLIC_URL": (
        "http://127.0.0.1:8080",
        "Absolute base URL the phones reach, with any path prefix; used in downloadUrl.",
    ),
    "REALM": ("kieumau", "HTTP Digest realm; changing it invalidates every stored HA1."),
    "MAX_SUBMISSION_BYTES": (100_000_000, "Largest accepted POST /submission body."),
    "NONCE_LIFETIME": (
        600,
        "Seconds a Digest nonce stays valid; then the phone gets stale=true and signs again"
        " without asking anyone (one extra round trip).",
    ),
    "FORMS_DIR": (str(BUNDLED_FORMS), "Workbooks imported on first start."),
    "SECRET_KEY": (
        None,
        "Signs sessions and nonces; unset: generated once into the database, shared by every host.",
    ),
    "SQLITE_SYNCHRONOUS": (
        "FULL",
        "SQLite fsync: FULL (a 201 survives a power cut) or NORMAL (faster; survives a crash of"
        " the server, not of the machine: the last commits can be lost).",
    ),
    "BACKGROUND_SCORING": (
        True,
        "Score submissions soon after the 201 (1: serve's scorer process, else a thread), or only"
        " when results are read (0).",
    ),
    "CATCH_UP_BY_RESCORE": (
        1000,
        "A backlog of at least this many submissions of one year, and at least a sixteenth of the"
        " year's scored ones, is caught up by one rescore of the year instead of batch by batch"
        " (cheaper from there on); 0: always batch by batch.",
    ),
    "WEBHOOK_CA_BUNDLE": (
        "",
        "CA certificates (a PEM file) webhook receivers' HTTPS is checked against; empty: the system's.",
    ),
    "WEBHOOK_ALLOW_HTTP": (
        False,
        "Also allow plain http:// webhooks to a loopback address (a receiver on this machine).",
    ),
    "TRUSTED_PROXIES": (
        [],
        "Addresses or networks (CIDR) of the reverse proxies in front, e.g. 127.0.0.1 for Caddy on"
        " this machine: only from them are X-Forwarded-For/-Proto/-Host believed (comma-separated"
        " in KIEUMAU_TRUSTED_PROXIES). Empty: none, every peer is the client itself.",
    ),
    "CONNECTIONS_PER_ADDRESS": (
        32,
        "Open connections one client address may hold in each server process (trusted proxies"
        " excepted); more are refused with 503.",
    ),
    "MEETING_QUORUM": (
        "0.5",
        "Share of the invited households' representatives that must attend a group's evaluation"
        " meeting (at least; a fraction such as 0.5 or 2/3).",
    ),
    "MEETING_AGREE_SHARE": (
        "0.5",
        "The meeting agrees on a household or citizen when the votes for are more than this share"
        " of the votes cast.",
    ),
    "POSTING_DAYS": (
        10,
        "Days the list a meeting agreed stays posted publicly before the committee may approve.",
    ),
    "CALENDAR_REGISTRATION": (
        "01-31",
        "Campaign calendar (month-day in the campaign year; the committee may change a year's dates):"
        " units register to compete (đăng ký thi đua) by this day.",
    ),
    "CALENDAR_INSPECTION": ("07-31", "Calendar: the mid-year inspection (kiểm tra) is done by this day."),
    "CALENDAR_SURVEY_START": ("11-01", "Calendar: the door-to-door survey starts on this day."),
    "CALENDAR_SURVEY_END": (
        "11-30",
        "Calendar: every household of the registry is surveyed by this day; between the start and"
        " this day a unit is expected to have surveyed a share growing evenly from 0 to 100%.",
    ),
    "CALENDAR_MEETINGS": (
        "12-10",
        "Calendar: each group's evaluation meeting (họp bình xét) is held by this day.",
    ),
    "CALENDAR_DOSSIER": (
        "12-20",
        "Calendar: each board sends its dossier (the meeting's list submitted to the committee) by this day.",
    ),
    "LAGGING_COVERAGE_MARGIN": (
        "0.1",
        "A unit lags on coverage when its surveyed share of the registry is more than this share"
        " behind what the calendar expects on the day.",
    ),
    "SMTP_HOST": ("", "Mail server for the daily digests of what is due; empty: no e-mail is sent."),
    "SMTP_PORT": (25, "Its port (587 with SMTP_STARTTLS, 25 on a local relay)."),
    "SMTP_USER": ("", "User name at the mail server, if it asks for one."),
    "SMTP_PASSWORD": ("", "Its password (put it in <data>/config.py or the environment)."),
    "SMTP_STARTTLS": (False, "Encrypt the connection with STARTTLS before signing in."),
    "SMTP_FROM": ("kieumau@localhost", "The digests' sender address."),
    "DIGEST_HOUR": (
        6,
        "Local hour (Vietnam time) from which `kieumau serve` sends each subscribed user the day's"
        " digest, once a day; one that fails is tried again at the next run (every 15 minutes).",
    ),
    "LOGIN_RATE_LIMIT": ("10 per minute", "Sign-in attempts (POST /login) allowed per client address."),
    "SIGNIN_GUESSES_PER_USER": (
        10,
        "Wrong passwords (Digest, Basic, the sign-in page) a username may get in a window"
        " before every sign-in as that user waits for the window's end (HTTP 429).",
    ),
    "SIGNIN_GUESSES_PER_ADDRESS": (
        50,
        "Wrong passwords one client address may send in a window (phones behind one carrier"
        " address share it).",
    ),
    "SIGNIN_GUESS_WINDOW": (300, "Seconds of the wrong-password window, and so the longest wait."),
    "ATTACHMENTS": (
        "",
        "Where attachments (photos) are kept: folder (the data folder), db (PostgreSQL, in"
        " pieces: every host on the database reads them) or s3 (an S3-compatible object store,"
        " the S3_* settings). Empty: db on PostgreSQL, folder on SQLite (the only choice there)."
        " `kieumau blobs migrate --to ...` moves the files already stored.",
    ),
    "S3_ENDPOINT_URL": ("", "ATTACHMENTS=s3: the store's URL, e.g. https://s3.example.vn; empty: AWS."),
    "S3_BUCKET": ("", "ATTACHMENTS=s3: the bucket (created beforehand, private)."),
    "S3_PREFIX": ("attachments/", "ATTACHMENTS=s3: the key prefix of kieumau's objects in the bucket."),
    "S3_REGION": ("us-east-1", "ATTACHMENTS=s3: the region name the signature uses."),
    "S3_ACCESS_KEY": ("", "ATTACHMENTS=s3: the access key id; empty: boto3's own (environment, role)."),
    "S3_SECRET_KEY": ("", "ATTACHMENTS=s3: the secret access key."),
    "RATELIMIT_STORAGE_URI": (
        "memory://",
        "Where login attempts are counted: memory:// is per process; redis://host:6379 is shared by"
        " every worker and host (the `redis` extra).",
    ),
}


def load(test_config: dict | None = None) -> dict:
    """Resolve every setting: defaults, then <data>/config.py (skipped in tests), then the
    environment, then test_config."""
    conf = {name: default for name, (default, _help) in SETTINGS.items()}
    env_names = {"DATA_DIR": "KIEUMAU_DATA", "DATABASE_URL": "DATABASE_URL"}
    env = {
        n: os.environ[env_names.get(n, "KIEUMAU_" + n)]
        for n in SETTINGS
        if env_names.get(n, "KIEUMAU_" + n) in os.environ
    }
    data = Path((test_config or {}).get("DATA_DIR") or env.get("DATA_DIR") or conf["DATA_DIR"]).resolve()
    _private(data)
    instance = data / "config.py"
    if instance.exists() and not test_config:
        scope: dict = {}
        exec(compile(instance.read_text(), str(instance), "exec"), scope)  # admin-owned file
        for name, value in scope.items():  # a text such as "no" reads as it does in the environment
            if name in SETTINGS and name != "DATA_DIR":
                conf[name] = parse(name, value, f"{instance}: {name}") if isinstance(value, str) else value
    for name, value in env.items():
        conf[name] = parse(name, value)
    conf.update(test_config or {})
    conf["DATA_DIR"] = str(data)
    if not conf["DATABASE_URL"]:
        conf["DATABASE_URL"] = f"sqlite:///{data / 'kieumau.db'}"
    conf["PUBLIC_URL"] = str(conf["PUBLIC_URL"]).rstrip("/")
    if isinstance(conf["TRUSTED_PROXIES"], str):  # "127.0.0.1, 10.0.0.0/8" in config.py too
        conf["TRUSTED_PROXIES"] = [v.strip() for v in conf["TRUSTED_PROXIES"].split(",") if v.strip()]
    conf["MAX_CONTENT_LENGTH"] = int(conf["MAX_SUBMISSION_BYTES"])
    attachments_store(conf)  # a wrong ATTACHMENTS stops the start, with a clear message
    return conf


ATTACHMENT_STORES = ("folder", "db", "s3")


def attachments_store(conf: dict) -> str:
    """The ATTACHMENTS setting, with its default (db on PostgreSQL, folder on SQLite)."""
    kind = str(conf.get("ATTACHMENTS") or "").strip().lower()
    postgres = str(conf["DATABASE_URL"]).startswith("postgresql")
    if not kind:
        return "db" if postgres else "folder"
    if kind not in ATTACHMENT_STORES:
        raise SettingError(
            f"ATTACHMENTS phải là folder, db hoặc s3 / ATTACHMENTS must be folder, db or s3, not {kind!r}"
        )
    if kind != "folder" and not postgres:
        raise SettingError(
            f"ATTACHMENTS={kind} cần PostgreSQL; với SQLite tệp ở trong thư mục dữ liệu /"
            f" ATTACHMENTS={kind} needs PostgreSQL; with SQLite files stay in the data folder"
        )
    if kind == "s3" and not conf.get("S3_BUCKET"):
        raise SettingError("ATTACHMENTS=s3 cần S3_BUCKET / ATTACHMENTS=s3 needs S3_BUCKET")
    return kind


TRUE_WORDS = {"1", "true", "yes", "on", "y", "có", "bật"}
FALSE_WORDS = {"0", "false", "no", "off", "n", "không", "tắt", ""}


class SettingError(ValueError):
    """A setting's value that cannot be read as the type of its default."""


def parse(name: str, text: str, source: str = "") -> object:
    """Read an environment variable's text (or a text in config.py, named by `source`) as the
    type of the setting's default: booleans accept what people type (1/0, true/false, yes/no,
    on/off, có/không, any case), integers may carry `_` or `,` as thousands separators."""
    default = SETTINGS[name][0]
    source = source or f"KIEUMAU_{name}"
    word = text.strip().lower()
    if isinstance(default, list):  # comma-separated
        return [v.strip() for v in text.split(",") if v.strip()]
    if isinstance(default, bool):
        if word in TRUE_WORDS:
            return True
        if word in FALSE_WORDS:
            return False
        raise SettingError(
            f"{source}={text!r}: cần có/không (1/0) / expected a yes/no value (1/0, true/false)"
        )
    if isinstance(default, int):
        try:
            return int(word.replace("_", "").replace(",", ""))
        except ValueError:
            raise SettingError(f"{source}={text!r}: cần một số nguyên / expected an integer") from None
    return text


PRIVATE_FILES = (
    "kieumau.db",
    "kieumau.db-wal",
    "kieumau.db-shm",
    "secret_key",
    "documents.json",
    "config.py",
)


def _private(data: Path) -> None:
    """The data folder holds residents' answers, photos, password hashes and the secret key:
    files this process creates are its user's alone (umask 077), the folder is closed to
    other local users (0700), and files an older version left readable are closed too."""
    os.umask(0o077)
    data.mkdir(parents=True, exist_ok=True)
    try:
        if data.stat().st_uid == os.getuid():
            data.chmod(0o700)
        for name in PRIVATE_FILES:
            path = data / name
            if path.is_file() and path.stat().st_uid == os.getuid():
                path.chmod(0o600)
    except PermissionError:  # not ours to change: leave it as the administrator set it
        pass
