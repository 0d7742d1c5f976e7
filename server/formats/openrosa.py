"""OpenRosa wire formats: formList, manifest and OpenRosaResponse builders, and the
hardened submission and XForm parsers. Plain data in, bytes out; no app, no database."""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from lxml import etree

FORMLIST_NS = "http://openrosa.org/xforms/xformsList"
MANIFEST_NS = "http://openrosa.org/xforms/xformsManifest"
RESPONSE_NS = "http://openrosa.org/http/response"
XFORMS_NS = "http://www.w3.org/2002/xforms"
HTML_NS = "http://www.w3.org/1999/xhtml"
_MEDIA_REF = re.compile(rb"jr://(?:file|file-csv|images|audio|video)/([^\s\"'<>]+)")


class XMLRejected(ValueError):
    """The bytes are not acceptable XML: malformed, or hostile (a DTD or entities). Shaped
    like server.errors.AppError (a stable code, a Vietnamese msgid, its params) so the
    domain re-raises it as Invalid without this module importing the server."""

    def __init__(self, code: str, text: str, /, **params: Any) -> None:
        super().__init__(code, text)
        self.code, self.text, self.params = code, text, params

    def __str__(self) -> str:  # the Vietnamese text filled in; AppError adds the English
        return f"{self.code}: {self.text % self.params if self.params else self.text}"


@dataclass(frozen=True)
class FormListEntry:
    form_id: str
    name: str
    version: str
    md5: str
    download_url: str
    manifest_url: str | None = None


@dataclass(frozen=True)
class ManifestEntry:
    filename: str
    md5: str
    download_url: str
    entity_list: bool = False
    integrity_url: str | None = None


def form_list_xml(entries: list[FormListEntry]) -> bytes:
    """The xformsList document Collect parses; hash is md5 of the exact bytes served."""
    parts = [f'<?xml version="1.0" encoding="UTF-8"?>\n<xforms xmlns="{FORMLIST_NS}">']
    for e in entries:
        parts.append(
            f"<xform><formID>{escape(e.form_id)}</formID><name>{escape(e.name)}</name>"
            f"<version>{escape(e.version)}</version><hash>md5:{e.md5}</hash>"
            f"<downloadUrl>{escape(e.download_url)}</downloadUrl>"
            + (f"<manifestUrl>{escape(e.manifest_url)}</manifestUrl>" if e.manifest_url else "")
            + "</xform>"
        )
    parts.append("</xforms>")
    return "".join(parts).encode()


def manifest_xml(entries: list[ManifestEntry]) -> bytes:
    parts = [f'<?xml version="1.0" encoding="UTF-8"?>\n<manifest xmlns="{MANIFEST_NS}">']
    for e in entries:
        parts.append(
            ('<mediaFile type="entityList">' if e.entity_list else "<mediaFile>")
            + f"<filename>{escape(e.filename)}</filename><hash>md5:{e.md5}</hash>"
            f"<downloadUrl>{escape(e.download_url)}</downloadUrl>"
            + (f"<integrityUrl>{escape(e.integrity_url)}</integrityUrl>" if e.integrity_url else "")
            + "</mediaFile>"
        )
    parts.append("</manifest>")
    return "".join(parts).encode()


def entity_integrity_xml(states: list[tuple[str, bool]]) -> bytes:
    """The answer to an entity list's integrityUrl, as Collect parses it and Central writes
    it: one <entity id> per known entity with <deleted>true|false</deleted>."""
    parts = ['<?xml version="1.0" encoding="UTF-8"?>\n<data><entities>']
    for entity_id, deleted in states:
        parts.append(
            f"<entity id={quoteattr(entity_id)}><deleted>{'true' if deleted else 'false'}</deleted></entity>"
        )
    parts.append("</entities></data>")
    return "".join(parts).encode()


def response_xml(message: str, nature: str = "", code: str | None = None) -> bytes:
    """OpenRosaResponse with an unprefixed <message>, as Collect's DOM parser expects. An
    error's stable code rides as a `code` attribute of <message>: Collect reads only the
    element's text, so the attribute changes nothing it shows."""
    coded = f" code={quoteattr(code)}" if code else ""
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<OpenRosaResponse xmlns="{RESPONSE_NS}" '
        f'items="0"><message nature={quoteattr(nature)}{coded}>{escape(message)}</message>'
        "</OpenRosaResponse>"
    ).encode()


_DTD = re.compile(rb"<!(?i:doctype|entity)")
_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_pis=True
)


def parse_xml(data: bytes) -> etree._Element:
    """Parse untrusted XML: any DOCTYPE is refused before parsing, so no entity is ever
    expanded and nothing external is fetched."""
    if _DTD.search(data):
        raise XMLRejected("xml.hostile", "XML có DTD hoặc thực thể, bị từ chối")
    if b"\x00" in data:
        raise XMLRejected("xml.nul", "XML chứa ký tự NUL")
    try:
        root = etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as exc:
        raise XMLRejected("xml.malformed", "XML không hợp lệ: %(error)s", error=exc) from None
    if root.getroottree().docinfo.doctype:
        raise XMLRejected("xml.hostile", "XML có DTD hoặc thực thể, bị từ chối")
    return root


def _local(tag: object) -> str:
    """A tag's name without its namespace; "" for comments and processing instructions."""
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


@dataclass
class ParsedSubmission:
    form_id: str
    version: str
    instance_id: str
    deprecated_id: str | None
    encrypted: bool
    data: dict[str, object] = field(default_factory=dict)
    files: list[str] = field(default_factory=list)  # encrypted parts the manifest names

    def files_for(self, binary_fields: AbstractSet[str]) -> list[str]:
        """Attachment names the answers of binary (photo, audio...) fields refer to."""
        if self.encrypted:
            return self.files
        names: list[str] = []
        for name in binary_fields:
            value = self.data.get(name)
            names.extend(str(v) for v in (value if isinstance(value, list) else [value] if value else []))
        return [n for n in dict.fromkeys(names) if n]


def parse_submission(xml: bytes) -> ParsedSubmission:
    """Read what the server needs from an instance: ids and a flat {field: text} view of
    the answers (a list where a name repeats)."""
    root = parse_xml(xml)
    form_id = root.get("id") or ""
    if not form_id:
        raise XMLRejected("xml.form_id_missing", "Thiếu thuộc tính id của biểu mẫu")
    encrypted = root.get("encrypted") == "yes"
    data: dict[str, object] = {}
    files: list[str] = []
    meta: dict[str, str] = {}
    root_name = _local(root.tag)
    if root_name == "entity" and root.get("id"):
        data["__entity_id"] = root.get("id", "")
    _read_answers(root, root_name, encrypted, data, files, meta)
    instance_id = meta.get("instanceID") or root.get("instanceID") or ""
    if not instance_id:
        raise XMLRejected("xml.instance_id_missing", "Thiếu meta/instanceID")
    return ParsedSubmission(
        form_id=form_id,
        version=root.get("version") or "",
        instance_id=instance_id,
        deprecated_id=meta.get("deprecatedID") or None,
        encrypted=encrypted,
        data=data,
        files=[f for f in dict.fromkeys(files) if f],
    )


def _read_answers(
    group: etree._Element,
    group_name: str,
    encrypted: bool,
    data: dict[str, object],
    files: list[str],
    meta: dict[str, str],
) -> None:
    """The leaves below `group` (named `group_name`), in document order, into `data` (a
    list where a name repeats), `meta` (the leaves of a <meta>) and, encrypted, `files`
    (the parts the manifest names). A group's name is worked out once, not at each leaf."""
    for el in group:
        name = _local(el.tag)
        if not name:  # a comment or processing instruction
            continue
        if len(el):
            if name == "entity" and el.get("id"):  # ODK Entities: meta/entity/@id
                data["__entity_id"] = el.get("id", "")
            _read_answers(el, name, encrypted, data, files, meta)
            continue
        text = (el.text or "").strip()
        if group_name == "meta":
            meta[name] = text
        if encrypted:
            if name == "encryptedXmlFile" or (name == "file" and group_name == "media"):
                files.append(text)
            continue
        if name in data:
            prev = data[name]
            data[name] = [*prev, text] if isinstance(prev, list) else [prev, text]
        else:
            data[name] = text


@dataclass
class XFormInfo:
    form_id: str
    version: str
    title: str
    fields: dict[str, str]  # field name -> bind type (string, int, binary, ...)
    media: list[str]  # file names referenced with jr://


def xform_info(xml: bytes) -> XFormInfo:
    """What the server keeps about a form: its id, version, title, field types and the media
    files it expects (jr:// references)."""
    root = parse_xml(xml)
    ns = {"h": HTML_NS, "x": XFORMS_NS}
    title = root.findtext("h:head/h:title", default="", namespaces=ns)
    model = root.find("h:head/x:model", ns)
    if model is None:
        raise XMLRejected("xml.no_model", "Không tìm thấy model của XForm")
    primary = model.find("x:instance", ns)
    if primary is None or len(primary) == 0:
        raise XMLRejected("xml.no_instance", "XForm không có instance")
    data = primary[0]
    fields = {}
    for bind in model.findall("x:bind", ns):
        nodeset = bind.get("nodeset", "")
        fields[nodeset.rsplit("/", 1)[-1]] = bind.get("type", "string")
    media = sorted({m.decode() for m in _MEDIA_REF.findall(xml)})
    return XFormInfo(
        form_id=data.get("id") or "",
        version=data.get("version") or "",
        title=title,
        fields=fields,
        media=media,
    )
