"""Build submission XML for the forms in forms/, the way ODK Collect would send it.

Shared by the form tests and the server's OpenRosa tests: fill a form's own primary instance
(so the XML always matches the published form) instead of hand-writing submissions that drift.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from lxml import etree
from pyxform.xls2xform import convert

from server.formats import instance

FORMS_DIR = Path(__file__).resolve().parent.parent / "forms"


@lru_cache(maxsize=16)
def form_xml(form_path: str | Path) -> bytes:
    """The XForm of a workbook (cached: converting takes a noticeable fraction of a second)."""
    return convert(xlsform=str(form_path)).xform.encode()


def blank_instance(form_path: str | Path) -> etree._Element:
    """A fresh copy of the form's primary instance root (e.g. <data id=… version=…>)."""
    return instance.blank_instance(form_xml(form_path))


def instance_xml(form_path: str | Path, answers: dict[str, str], instance_id: str) -> bytes:
    """Submission XML with ``answers`` (field name -> text) filled in and meta/instanceID set.

    Keys are XLSForm names (found anywhere in the instance, groups included) or paths relative
    to the root such as ``meta/entity/@id``. An unknown key raises KeyError, to catch typos.
    """
    try:
        return instance.fill_instance(form_xml(form_path), answers, instance_id)
    except KeyError as exc:
        raise KeyError(f"{exc.args[0]} ({Path(form_path).name})") from None


def flat_answers(xml: bytes) -> dict[str, str | None]:
    """Leaf element name -> text, the flat mapping that scoring expects (empty -> None)."""
    root = etree.fromstring(xml)
    return {
        el.tag: (el.text or None)
        for el in root.iter()
        if isinstance(el.tag, str) and len(el) == 0 and el is not root
    }
