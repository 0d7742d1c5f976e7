"""The floor: a WSGI app that reads the POST body and answers a fixed OpenRosa 201, doing
nothing else. Served by gunicorn with kieumau's configuration (bench/floor.py)."""

from __future__ import annotations

BODY = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n<OpenRosaResponse xmlns="http://openrosa.org/http/response" '
    b'items="0"><message nature="">Full submission upload was successful!</message></OpenRosaResponse>'
)
HEADERS = [
    ("Content-Type", "text/xml; charset=utf-8"),
    ("Content-Length", str(len(BODY))),
    ("X-OpenRosa-Version", "1.0"),
    ("X-OpenRosa-Accept-Content-Length", "100000000"),
]


def app(environ, start_response):  # WSGI
    stream = environ["wsgi.input"]
    while stream.read(65536):
        pass
    start_response("201 Created", HEADERS)
    return [BODY]
