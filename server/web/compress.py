"""HTTP compression for text answers (form XML, manifests, CSV media, JSON, pages), as Central's
deployment does in front of its server: brotli when the client accepts it, else gzip (what
ODK Collect's HTTP client asks for). Only the bytes on the wire change: the md5 hashes in
formList and manifests and the ETag stay those of the uncompressed bytes, which is what Collect
compares. HEAD, POST (submissions), streamed answers, binary files (PDF, XLSX, photos) and
answers already encoded (the web forms' pre-compressed engine files) are left as they are."""

from __future__ import annotations

import gzip

import brotli
from flask import Flask, Response, request

COMPRESSIBLE = frozenset(
    {
        "text/xml",
        "application/xml",
        "text/csv",
        "application/json",
        "application/manifest+json",
        "text/html",
        "text/plain",
        "text/css",
        "text/javascript",
        "image/svg+xml",
    }
)
MIN_SIZE = 256  # below this the added headers eat most of the saving
GZIP_LEVEL = 6
BROTLI_QUALITY = 5  # per request: fast, still ~20% smaller than gzip on XML


def encode(data: bytes, accept_encoding: str) -> tuple[bytes, str | None]:
    """(body, Content-Encoding) for a client's Accept-Encoding header: br, gzip or none."""
    accepted = {
        part.split(";")[0].strip().lower()
        for part in accept_encoding.split(",")
        if part.strip() and not part.replace(" ", "").endswith(("q=0", "q=0.0", "q=0.00", "q=0.000"))
    }
    if "br" in accepted:
        return brotli.compress(data, quality=BROTLI_QUALITY), "br"
    if "gzip" in accepted or "*" in accepted:
        return gzip.compress(data, GZIP_LEVEL, mtime=0), "gzip"
    return data, None


def compress_response(resp: Response) -> Response:
    if (
        request.method != "GET"
        or resp.status_code != 200
        or resp.mimetype not in COMPRESSIBLE
        or resp.direct_passthrough
        or resp.is_streamed
        or "Content-Encoding" in resp.headers
    ):
        return resp
    data = resp.get_data()
    if len(data) < MIN_SIZE:
        return resp
    resp.vary.add("Accept-Encoding")
    body, encoding = encode(data, request.headers.get("Accept-Encoding", ""))
    if encoding is not None:
        resp.set_data(body)
        resp.headers["Content-Encoding"] = encoding
    return resp


def init_app(app: Flask) -> None:
    app.after_request(compress_response)
