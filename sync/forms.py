"""`pull-forms`: blank forms and their media for offline use, in Collect's layout
(`DIR/<formID>.xml` + `DIR/<formID>-media/<file>`), downloading only what changed: the
form by its formList hash, each media file by its manifest hash."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .client import Client
from .errors import AuthError, NetworkError, SyncError, TLSError
from .files import fetch, safe_path


@dataclass
class PullReport:
    forms: int = 0
    downloaded: list[str] = field(default_factory=list)  # relative paths written
    unchanged: int = 0
    errors: list[str] = field(default_factory=list)


def pull_forms(client: Client, directory: Path) -> PullReport:
    """Download every listed form; one form failing does not stop the others."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    report = PullReport()
    for form in client.form_list():
        report.forms += 1
        try:
            targets = [(f"{form.form_id}.xml", form.download_url, form.md5)]
            targets += [
                (f"{form.form_id}-media/{m.filename}", m.download_url, m.md5) for m in client.manifest(form)
            ]
            for rel, url, md5 in targets:
                if fetch(client, url, safe_path(directory, rel), md5):
                    report.downloaded.append(rel)
                else:
                    report.unchanged += 1
        except (AuthError, NetworkError, TLSError):
            raise  # the next form would fail the same way
        except SyncError as exc:
            report.errors.append(f"{form.form_id}: {exc}")
    return report
