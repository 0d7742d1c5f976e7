"""Attachments in an S3-compatible object store (boto3), one object per file, keyed
`<S3_PREFIX><sha256[:2]>/<sha256>`. Uploads stream from the staged file (multipart past
8 MiB, one part at a time), downloads stream in pieces; the server passes the bytes
through rather than redirecting the browser, so the bucket stays private and its address
need not be reachable from phones or browsers."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any, BinaryIO

PIECE = 1 << 16
PART_BYTES = 8 << 20  # S3's multipart parts (5 MiB at least)


@dataclass
class Listed:
    sha256: str
    size: int
    modified: datetime


class S3:
    def __init__(self, conf: dict) -> None:
        import boto3  # the optional `s3` extra
        from botocore.config import Config

        self.bucket = str(conf["S3_BUCKET"])
        self.prefix = str(conf.get("S3_PREFIX") or "")
        self.client: Any = boto3.client(
            "s3",
            endpoint_url=conf.get("S3_ENDPOINT_URL") or None,
            region_name=conf.get("S3_REGION") or "us-east-1",
            aws_access_key_id=conf.get("S3_ACCESS_KEY") or None,
            aws_secret_access_key=conf.get("S3_SECRET_KEY") or None,
            config=Config(
                retries={"max_attempts": 5, "mode": "standard"},
                s3={"addressing_style": "path"},
                # checksums only when the operation requires them: not every S3-compatible
                # server knows the newer CRC headers
                request_checksum_calculation="when_required",
                response_checksum_validation="when_required",
            ),
        )

    def key(self, sha256: str) -> str:
        return f"{self.prefix}{sha256[:2]}/{sha256}"

    def put(self, sha256: str, source: BinaryIO) -> None:
        """Upload from a file object, durable once this returns: one part of PART_BYTES at
        a time in this thread (boto3's default sends ten at once from as many threads, ten
        parts in memory per upload)."""
        from boto3.s3.transfer import TransferConfig

        config = TransferConfig(
            multipart_threshold=PART_BYTES,
            multipart_chunksize=PART_BYTES,
            use_threads=False,
            max_concurrency=1,
        )
        self.client.upload_fileobj(source, self.bucket, self.key(sha256), Config=config)

    def read(self, sha256: str, offset: int = 0) -> Iterator[bytes]:
        extra = {"Range": f"bytes={offset}-"} if offset else {}
        body = self.client.get_object(Bucket=self.bucket, Key=self.key(sha256), **extra)["Body"]
        try:
            yield from body.iter_chunks(PIECE)
        finally:
            body.close()

    def delete(self, sha256: str) -> None:
        self.client.delete_object(Bucket=self.bucket, Key=self.key(sha256))

    def listing(self) -> Iterator[Listed]:
        """Every object under the prefix named like a sha256."""
        pages = self.client.get_paginator("list_objects_v2").paginate(Bucket=self.bucket, Prefix=self.prefix)
        for page in pages:
            for obj in page.get("Contents", []):
                name = obj["Key"].rsplit("/", 1)[-1]
                if len(name) == 64 and obj["Key"] == self.key(name):
                    yield Listed(name, int(obj["Size"]), obj["LastModified"])


class ChunkReader:
    """A read-only file object over an iterator of byte pieces (for upload_fileobj)."""

    def __init__(self, pieces: Iterator[bytes]) -> None:
        self.pieces = pieces
        self.buffer = bytearray()

    def read(self, size: int = -1) -> bytes:
        while size < 0 or len(self.buffer) < size:
            piece = next(self.pieces, None)
            if piece is None:
                break
            self.buffer += piece
        if size < 0:
            size = len(self.buffer)
        out = bytes(self.buffer[:size])
        del self.buffer[:size]
        return out

    def readable(self) -> bool:
        return True
