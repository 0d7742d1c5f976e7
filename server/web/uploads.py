"""Reading a POST /submission body as it streams, with `multipart`'s push parser: the XML
part and small parts in memory, and a file part, once it grows past SPOOL_BYTES, written
to the data folder's staging area as it arrives (hashed on the way, store.blobs.Spool). An
upload so holds about one buffer of memory whatever the size of its photos, and what it
spooled is deleted if the body turns out bad."""

from __future__ import annotations

import hashlib
from typing import BinaryIO

from multipart import MultipartError, MultipartSegment, PushMultipartParser, parse_options_header

from ..domain.submissions import UploadedFile
from ..errors import Invalid, TooLarge
from ..store import blobs

XML_PART = "xml_submission_file"
SPOOL_BYTES = 1 << 20  # a file part bigger than this goes to disk while it is read
XML_LIMIT = 32 << 20  # the XML part is kept in memory: Collect's are a few KB
CHUNK = 1 << 16
PART_LIMIT = 128


class Body:
    """The parts of one POST: the XML bytes (None if absent) and the other parts by name.
    `discard` deletes whatever of them is still staged (call it when the request ends)."""

    def __init__(self) -> None:
        self.xml: bytes | None = None
        self.files: dict[str, UploadedFile] = {}

    def add(self, name: str, part: UploadedFile) -> None:
        old = self.files.pop(name, None)  # a name sent twice: the last part counts
        if old is not None:
            old.discard()
        self.files[name] = part

    def discard(self) -> None:
        for part in self.files.values():
            part.discard()


class _Reading:
    """The part being read: buffered, then spooled once past SPOOL_BYTES."""

    def __init__(self, segment: MultipartSegment, data_dir: str) -> None:
        self.name = segment.name or ""
        self.content_type = segment.content_type or "application/octet-stream"
        self.data_dir = data_dir
        self.buffer = bytearray()
        self.spool: blobs.Spool | None = None

    def write(self, chunk: bytes | bytearray) -> None:
        if self.spool is not None:
            self.spool.write(chunk)
            return
        self.buffer += chunk
        if self.name == XML_PART:
            if len(self.buffer) > XML_LIMIT:
                raise TooLarge(
                    "submission.xml_too_large", "Tệp XML của bài gửi vượt quá %(limit)s byte", limit=XML_LIMIT
                )
        elif len(self.buffer) > SPOOL_BYTES:
            self.spool = blobs.Spool(self.data_dir)
            self.spool.write(self.buffer)
            self.buffer = bytearray()

    def done(self) -> UploadedFile:
        if self.spool is not None:
            sha = self.spool.finish()
            return UploadedFile(self.content_type, self.spool.size, staged=self.spool.path, sha256=sha)
        data = bytes(self.buffer)
        return UploadedFile(self.content_type, len(data), data=data, sha256=hashlib.sha256(data).hexdigest())

    def discard(self) -> None:
        if self.spool is not None:
            self.spool.discard()


def read_body(stream: BinaryIO, content_type: str, content_length: int | None, data_dir: str) -> Body:
    """Parse a multipart/form-data body (not multipart: no parts). A malformed or cut-off
    body is a 400, and leaves nothing on disk."""
    body = Body()
    mimetype, options = parse_options_header(content_type)
    if mimetype != "multipart/form-data" or not options.get("boundary"):
        return body
    parser = PushMultipartParser(options["boundary"], content_length or -1, max_segment_count=PART_LIMIT)
    reading: _Reading | None = None
    try:
        with parser:
            while not parser.closed:
                chunk = stream.read(CHUNK)
                for event in parser.parse(chunk):
                    if isinstance(event, MultipartSegment):
                        reading = _Reading(event, data_dir)
                    elif event:
                        reading.write(event)  # type: ignore[union-attr]
                    elif reading is not None:
                        _finish(body, reading)
                        reading = None
                if not chunk:
                    break
    except MultipartError as exc:
        _abandon(body, reading)
        raise Invalid(
            "upload.malformed_multipart", "Phần thân multipart hỏng: %(error)s", error=exc
        ) from None
    except BaseException:
        _abandon(body, reading)
        raise
    return body


def _finish(body: Body, reading: _Reading) -> None:
    part = reading.done()
    if reading.name == XML_PART:
        body.xml = part.data
    else:
        body.add(reading.name, part)


def _abandon(body: Body, reading: _Reading | None) -> None:
    if reading is not None:
        reading.discard()
    body.discard()
