"""Filling a form's own primary instance with answers: the submission XML ODK Collect would
send (no XForms namespace, meta/instanceID set). Used by the demo town and the tests."""

from __future__ import annotations

from collections.abc import Mapping

from lxml import etree

from .openrosa import HTML_NS, XFORMS_NS, parse_xml


def blank_instance(xform: bytes) -> etree._Element:
    root = parse_xml(xform)
    instance = root.find(f"{{{HTML_NS}}}head/{{{XFORMS_NS}}}model/{{{XFORMS_NS}}}instance")
    data = next(child for child in instance if isinstance(child.tag, str))
    copy = etree.fromstring(etree.tostring(data))
    for node in copy.iter():
        if isinstance(node.tag, str) and node.tag.startswith("{"):
            node.tag = etree.QName(node).localname
    etree.cleanup_namespaces(copy)
    return copy


def fill_instance(xform: bytes, answers: Mapping[str, object], instance_id: str) -> bytes:
    """Keys are question names (anywhere in the instance) or paths such as
    ``meta/entity/@id`` and ``meta/deprecatedID``; an unknown key raises KeyError."""
    data = blank_instance(xform)
    for key, value in answers.items():
        path, _, attribute = key.partition("/@")
        if path == "meta/deprecatedID" and data.find(path) is None:  # Collect adds it on edit
            node = etree.SubElement(data.find("meta"), "deprecatedID")
        elif "/" in path:
            node = data.find(path)
        else:  # a question, never a group of the same name
            node = next((e for e in data.iter(path) if len(e) == 0 and e is not data), None)
        if node is None:
            raise KeyError(f"{key!r} is not in the form's instance")
        if attribute:
            node.set(attribute, str(value))
        else:
            node.text = str(value)
    data.find("meta/instanceID").text = instance_id
    return etree.tostring(data, xml_declaration=True, encoding="UTF-8")
