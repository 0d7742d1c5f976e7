"""Reading submission folders as ODK Collect leaves them on the phone.

Collect keeps one folder per filled form under `.../files/projects/<uuid>/instances/`,
named `<form name>_<date>`, holding `<same name>.xml` and the answer files (photos,
audio...). When it uploads, it sends every file of the folder except hidden ones and the
XML itself; we do exactly the same, so a folder copied by USB uploads as the phone would.
An encrypted instance has `submission.xml` plus `*.enc` files; only those are sent."""

from __future__ import annotations

import hashlib
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InstanceError

_DTD = re.compile(rb"<!(?i:doctype|entity)")


@dataclass
class Instance:
    """One submission ready to send: where its XML is, the ids read from it, its files."""

    folder: Path
    xml_path: Path
    form_id: str
    version: str
    instance_id: str
    xml_sha256: str
    files: list[Path] = field(default_factory=list)

    @property
    def xml(self) -> bytes:
        return self.xml_path.read_bytes()


def _pick_xml(folder: Path) -> Path:
    named = folder / f"{folder.name}.xml"
    if named.is_file():
        return named
    if (folder / "submission.xml").is_file():
        return folder / "submission.xml"
    xmls = [p for p in folder.iterdir() if p.suffix == ".xml" and not p.name.startswith(".")]
    if len(xmls) == 1:
        return xmls[0]
    raise InstanceError(
        f"{folder}: không có đúng một tệp XML / no single submission XML ({len(xmls)} .xml files)"
    )


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def read_ids(data: bytes, where: str = "") -> tuple[str, str, str]:
    """(form id, version, instanceID) of an instance XML. A DOCTYPE is refused rather than
    expanded: the file came from a USB stick, not from us."""
    if _DTD.search(data):
        raise InstanceError(
            f"{where}: XML có DTD hoặc thực thể, bị từ chối / XML with a DTD or entities refused"
        )
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise InstanceError(f"{where}: XML hỏng / corrupt XML ({exc})") from None
    form_id = root.get("id") or ""
    if not form_id:
        raise InstanceError(
            f"{where}: phần tử gốc thiếu id biểu mẫu / the root element has no form id attribute"
        )
    instance_id = root.get("instanceID") or ""
    for el in root.iter():
        text = (el.text or "").strip()
        if _local(el.tag) == "instanceID" and text:
            instance_id = text
            break
    return form_id, root.get("version") or "", instance_id


def read_instance(folder: Path) -> Instance:
    """Parse one instance folder; InstanceError if it can't be sent as it is."""
    folder = Path(folder)
    if not folder.is_dir():
        raise InstanceError(f"{folder}: không phải thư mục / not a folder")
    xml_path = _pick_xml(folder)
    data = xml_path.read_bytes()
    form_id, version, instance_id = read_ids(data, str(xml_path))
    sha = hashlib.sha256(data).hexdigest()
    # without an instanceID the server invents one; the XML hash keeps our side idempotent
    instance_id = instance_id or f"sha256:{sha}"
    encrypted = xml_path.name == "submission.xml" and any(folder.glob("*.enc"))
    files = sorted(
        p
        for p in folder.iterdir()
        if p.is_file()
        and not p.name.startswith(".")
        and p != xml_path
        and (not encrypted or p.suffix == ".enc")
    )
    return Instance(folder, xml_path, form_id, version, instance_id, sha, files)


def find_instances(path: Path) -> Iterator[Instance | InstanceError]:
    """Every instance under `path`: the folder itself if it holds an XML, else each
    subfolder (Collect's `instances` folder). Bad folders come back as errors, in order,
    so one corrupt file doesn't stop the rest."""
    path = Path(path)
    if not path.is_dir():
        yield InstanceError(f"{path}: no such folder")
        return
    if any(p.suffix == ".xml" for p in path.iterdir() if p.is_file()):
        subs = [path]
    else:
        subs = sorted(p for p in path.iterdir() if p.is_dir() and not p.name.startswith("."))
    for sub in subs:
        try:
            yield read_instance(sub)
        except InstanceError as exc:
            yield exc
        except OSError as exc:
            yield InstanceError(f"{sub}: unreadable ({exc.strerror})")
