"""`results YEAR DIR`: a year's results for the committee to read offline.

The contract the server implements (the endpoints are built in another issue):

    GET <server URL>/api/v1/years/<year>/files
    200, application/json:
        {"files": [{"name": "units/TDP1.pdf", "url": "https://host/reports/...", "md5": "<hex>"}, ...]}

    name  where the file goes under DIR: a relative POSIX path, no "..", not absolute
    url   absolute (like formList's downloadUrl, keeping any /key/<token> prefix), or
          relative: then appended to the server URL, leading "/" or not; it may redirect
          (GET follows redirects and drops the credentials when the host changes); a
          deviceID query parameter is appended
    md5   hex md5 of the exact bytes served at url; it decides what is downloaded
    404   no results for that year; 401/403 as for the OpenRosa endpoints (Digest challenge,
          Basic only over https, or the token prefix)

Each file is downloaded only when its md5 differs from the local copy's; when a local copy
exists the GET also carries `If-None-Match: "<local md5>"`, so a server that sets
ETag = md5 may answer 304. The listing is kept as DIR/files.json next to the files."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from .client import Client, where
from .config import write_private
from .errors import AuthError, NetworkError, NotOpenRosaError, SyncError, TLSError
from .files import fetch, safe_path


@dataclass
class ResultsReport:
    downloaded: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def listing(client: Client, year: int) -> list[dict]:
    resp = client.get(f"api/v1/years/{int(year)}/files")
    try:
        files = resp.json()["files"]
        assert isinstance(files, list) and all(isinstance(f, dict) for f in files)
    except (ValueError, KeyError, TypeError, AssertionError):
        raise NotOpenRosaError(
            f"máy chủ không trả về danh sách tệp / {where(resp.url)} did not answer with a file listing"
        ) from None
    return files


def download_results(client: Client, year: int, directory: Path) -> ResultsReport:
    """Bring DIR up to date with the server's listing for `year`."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    files = listing(client, year)
    report = ResultsReport()
    for entry in files:
        name = str(entry.get("name", ""))
        try:
            dest = safe_path(directory, name)
            url = str(entry["url"])
            if "://" not in url:
                url = client.base_url + "/" + url.lstrip("/")
            if fetch(client, url, dest, entry.get("md5")):
                report.downloaded.append(name)
            else:
                report.unchanged.append(name)
        except (AuthError, NetworkError, TLSError):
            raise
        except (SyncError, KeyError) as exc:
            report.errors.append(f"{name or '?'}: {exc}")
    write_private(directory / "files.json", json.dumps({"year": year, "files": files}, indent=2).encode())
    return report
