"""Build submission XML for the forms in forms/, the way ODK Collect would send it.

Shared by the form tests and the server's OpenRosa tests: fill a form's own primary instance
(so the XML always matches the published form) instead of hand-writing submissions that drift.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from lxml import etree
from pyxform.xls2xform import convert

FORMS_DIR = Path(__file__).resolve().parent.parent / "forms"
XF = "{http://www.w3.org/2002/xforms}"


@lru_cache(maxsize=16)
def form_xml(form_path: str | Path) -> bytes:
    """The XForm of a workbook (cached: converting takes a noticeable fraction of a second)."""
    return convert(xlsform=str(form_path)).xform.encode()


def _strip_namespaces(element: etree._Element) -> etree._Element:
    # Collect sends the instance without the XForms default namespace.
    for node in element.iter():
        if isinstance(node.tag, str) and node.tag.startswith("{"):
            node.tag = etree.QName(node).localname
    etree.cleanup_namespaces(element)
    return element


def blank_instance(form_path: str | Path) -> etree._Element:
    """A fresh copy of the form's primary instance root (e.g. <data id=… version=…>)."""
    root = etree.fromstring(form_xml(form_path))
    instance = root.find(f".//{XF}model/{XF}instance")
    data = next(child for child in instance if isinstance(child.tag, str))
    copy = etree.fromstring(etree.tostring(data))
    return _strip_namespaces(copy)


def instance_xml(form_path: str | Path, answers: dict[str, str], instance_id: str) -> bytes:
    """Submission XML with ``answers`` (field name -> text) filled in and meta/instanceID set.

    Keys are XLSForm names (found anywhere in the instance, groups included) or paths relative
    to the root such as ``meta/entity/@id``. An unknown key raises KeyError, to catch typos.
    """
    data = blank_instance(form_path)
    for key, value in answers.items():
        path, _, attribute = key.partition("/@")
        if path == "meta/deprecatedID" and data.find(path) is None:  # Collect adds it on edit
            node = etree.SubElement(data.find("meta"), "deprecatedID")
        elif "/" in path:
            node = data.find(path)
        else:  # a question, never a group of the same name
            node = next((e for e in data.iter(path) if len(e) == 0 and e is not data), None)
        if node is None:
            raise KeyError(f"{key!r} is not in the instance of {Path(form_path).name}")
        if attribute:
            node.set(attribute, str(value))
        else:
            node.text = str(value)
    data.find("meta/instanceID").text = instance_id
    return etree.tostring(data, xml_declaration=True, encoding="UTF-8")


def flat_answers(xml: bytes) -> dict[str, str | None]:
    """Leaf element name -> text, the flat mapping that scoring expects (empty -> None)."""
    root = etree.fromstring(xml)
    return {
        el.tag: (el.text or None)
        for el in root.iter()
        if isinstance(el.tag, str) and len(el) == 0 and el is not root
    }
