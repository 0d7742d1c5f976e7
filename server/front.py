"""The HTTP/1.1 front of each server process: one asyncio loop reads every connection and
hands only whole requests to the WSGI threads.

A thread of the pool is taken when a request's head and body have both arrived, and given
back as soon as the app has produced its answer, so a client that connects and sends
nothing, or sends its request a line at a time, costs a coroutine and a socket, never a
thread a phone is waiting for. The request head must arrive within HEAD_TIMEOUT of its
first byte, a body may pause for at most BODY_TIMEOUT, a connection may sit idle for
IDLE_TIMEOUT, and one address may hold at most `per_address` connections (proxies in
TRUSTED_PROXIES excepted: they carry everyone's). h11 parses; a body announced no bigger
than SPOOL_BYTES is kept in memory, others go to a spooled temporary file (memory, then
disk past SPOOL_BYTES); files the app sends (send_file) are copied from the loop, with no
thread held while a slow client reads them."""

from __future__ import annotations

import asyncio
import contextlib
import io
import logging
import socket
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterable
from concurrent.futures import Executor
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote_to_bytes

import h11

from .web.accesslog import access_line

HEAD_TIMEOUT = 10.0  # seconds for a request's head, from its first byte
IDLE_TIMEOUT = 15.0  # seconds a connection may wait for its next request's first byte
BODY_TIMEOUT = 30.0  # longest pause inside a request body
SEND_TIMEOUT = 60.0  # longest wait for a client to take the bytes of an answer
MAX_HEAD = 16_384  # bytes of request line and headers
SPOOL_BYTES = 512 * 1024  # bodies past this go to a temporary file
STREAM_BYTES = 256 * 1024  # an answer past this is sent while the app is still producing it
READ_BYTES = 65_536
LINGER = 2.0  # seconds a refused client may go on sending before the connection closes

access_log = logging.getLogger("kieumau.access")
log = logging.getLogger("kieumau.front")

REFUSALS = {
    400: "Yêu cầu không hợp lệ / Bad request",
    408: "Gửi quá chậm, kết nối đã đóng / Request too slow, connection closed",
    413: "Dữ liệu gửi lên quá lớn / Request body too large",
    503: "Quá nhiều kết nối từ địa chỉ này / Too many connections from this address",
}


class FileWrapper:
    """wsgi.file_wrapper: a file the app answers with, sent by the loop (see the module)."""

    def __init__(self, filelike: Any, blksize: int = READ_BYTES) -> None:
        self.filelike, self.blksize = filelike, blksize

    def __iter__(self) -> Iterable[bytes]:
        while block := self.filelike.read(self.blksize):
            yield block

    def close(self) -> None:
        if hasattr(self.filelike, "close"):
            self.filelike.close()


@dataclass
class Answer:
    """What the app produced, for the loop to send (the rest of it, when streamed)."""

    status: int = 500
    reason: str = ""
    headers: list[tuple[str, str]] = field(default_factory=list)
    chunks: list[bytes] = field(default_factory=list)
    file: FileWrapper | None = None


class Exchange:
    """One request and its answer on a connection: the sending side, used from the loop."""

    def __init__(self, h: h11.Connection, writer: asyncio.StreamWriter, method: bytes) -> None:
        self.h, self.writer, self.method = h, writer, method
        self.head_sent = False
        self.status = 0
        self.sent = 0

    async def send(self, answer: Answer, end: bool) -> None:
        """Send the answer's head (once) and chunks in one write, then its file if any."""
        out = []
        if not self.head_sent:
            self.head_sent, self.status = True, answer.status
            head = h11.Response(status_code=answer.status, headers=answer.headers, reason=answer.reason)
            out.append(self.h.send(head))
        out.extend(self.data(chunk) for chunk in answer.chunks)
        if answer.file is not None:
            self.writer.write(b"".join(out))
            out = []
            while block := answer.file.filelike.read(READ_BYTES):
                self.writer.write(self.data(block))
                await self.drained()
        if end:
            out.append(self.h.send(h11.EndOfMessage()))
        self.writer.write(b"".join(out))
        await self.drained()

    def data(self, chunk: bytes) -> bytes:
        if self.method == b"HEAD" or not chunk:
            return b""
        self.sent += len(chunk)
        return self.h.send(h11.Data(data=chunk))

    async def drained(self) -> None:
        """Wait while more than STREAM_BYTES wait to be sent, SEND_TIMEOUT at most."""
        if self.writer.transport.get_write_buffer_size() > STREAM_BYTES:
            async with asyncio.timeout(SEND_TIMEOUT):
                await self.writer.drain()


class Front:
    """Serves connections accepted by the caller: see the module."""

    def __init__(self, app: Callable, pool: Executor, max_body: int, is_proxy: Callable[[str], bool]) -> None:
        self.app, self.pool, self.max_body, self.is_proxy = app, pool, max_body, is_proxy
        self.idle: set[asyncio.Task] = set()  # waiting for a request: closed first on stop
        self.stopping = False

    async def serve(self, sock: socket.socket, peer: tuple) -> None:
        """Answer requests on one accepted connection until it closes or misbehaves."""
        reader, writer = await asyncio.open_connection(sock=sock, limit=READ_BYTES)
        h = h11.Connection(h11.SERVER, max_incomplete_event_size=MAX_HEAD)
        server = sock.getsockname()
        try:
            while not self.stopping:
                request = await self._head(h, reader, writer, peer)
                if request is None:
                    return
                started = time.perf_counter()
                body = await self._body(h, reader, writer, request, peer)
                if body is None:
                    return
                exchange = Exchange(h, writer, request.method)
                environ = make_environ(request, body, peer, server)
                await self._answer(exchange, environ)
                log_access(environ, exchange.status, exchange.sent, started)
                if h.our_state is not h11.DONE or h.their_state is not h11.DONE:
                    return
                h.start_next_cycle()
        except (ConnectionError, TimeoutError, h11.ProtocolError):
            pass  # the client went away, stopped reading, or broke the protocol mid-answer
        finally:
            writer.close()

    async def _head(self, h: h11.Connection, reader, writer, peer: tuple) -> h11.Request | None:
        """The next request's head; None once the connection is to be closed."""
        task = asyncio.current_task()
        started = bool(h.trailing_data[0])
        deadline = None
        while True:
            try:
                event = h.next_event()
            except h11.RemoteProtocolError as e:
                await self._refuse(
                    h, reader, writer, e.error_status_hint if e.error_status_hint < 500 else 400, peer
                )
                return None
            if isinstance(event, h11.Request):
                self.idle.discard(task)
                return event
            if event is not h11.NEED_DATA:  # ConnectionClosed, or a PAUSED connection
                return None
            if not started:
                self.idle.add(task)
            try:
                async with asyncio.timeout(IDLE_TIMEOUT if not started else deadline - time.monotonic()):
                    data = await reader.read(READ_BYTES)
            except TimeoutError:
                if started:
                    await self._refuse(h, reader, writer, 408, peer)
                return None
            finally:
                self.idle.discard(task)
            if not started and data:
                started, deadline = True, time.monotonic() + HEAD_TIMEOUT
            h.receive_data(data)

    async def _body(self, h: h11.Connection, reader, writer, request: h11.Request, peer: tuple):
        """The whole body, spooled (None: refused or closed)."""
        length = dict(request.headers).get(b"content-length")
        if length is not None and int(length) > self.max_body:
            await self._refuse(h, reader, writer, 413, peer)
            return None
        if h.they_are_waiting_for_100_continue:
            writer.write(h.send(h11.InformationalResponse(status_code=100, headers=[])))
        # a body announced small stays in memory (BytesIO, with no rollover check per write)
        small = length is not None and int(length) <= SPOOL_BYTES
        body = io.BytesIO() if small else tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES)
        size = 0
        while True:
            try:
                event = h.next_event()
            except h11.RemoteProtocolError:
                await self._refuse(h, reader, writer, 400, peer)
                return None
            if isinstance(event, h11.Data):
                size += len(event.data)
                if size > self.max_body:
                    await self._refuse(h, reader, writer, 413, peer)
                    return None
                body.write(event.data)
            elif isinstance(event, h11.EndOfMessage):
                body.seek(0)
                return body
            elif event is h11.NEED_DATA:
                try:
                    async with asyncio.timeout(BODY_TIMEOUT):
                        h.receive_data(await reader.read(READ_BYTES))
                except TimeoutError:
                    await self._refuse(h, reader, writer, 408, peer)
                    return None
            else:
                return None

    async def _answer(self, exchange: Exchange, environ: dict) -> None:
        """Run the app in a thread of the pool; send what it answers."""
        loop = asyncio.get_running_loop()

        def push(answer: Answer) -> None:  # from the app's thread: a long answer, part by part
            asyncio.run_coroutine_threadsafe(exchange.send(answer, end=False), loop).result(SEND_TIMEOUT + 5)

        answer = await loop.run_in_executor(self.pool, call_app, self.app, environ, push)
        try:
            await exchange.send(answer, end=True)
        finally:
            if answer.file is not None:
                answer.file.close()

    async def _refuse(self, h: h11.Connection, reader, writer, status: int, peer: tuple) -> None:
        """Answer a request refused before the app saw it, and close: our side first, then,
        after LINGER at most, theirs (closing while the client still sends would reset the
        connection and lose the answer)."""
        if h.our_state not in (h11.IDLE, h11.SEND_RESPONSE):
            return
        body = f"{REFUSALS[status]}\n".encode()
        headers = [("Content-Type", "text/plain; charset=utf-8"), ("Content-Length", str(len(body)))]
        headers.append(("Connection", "close"))
        with contextlib.suppress(h11.LocalProtocolError, ConnectionError, TimeoutError):
            writer.write(h.send(h11.Response(status_code=status, headers=headers)))
            writer.write(h.send(h11.Data(data=body)) + h.send(h11.EndOfMessage()))
            async with asyncio.timeout(5):
                await writer.drain()
            if writer.can_write_eof():
                writer.write_eof()
            async with asyncio.timeout(LINGER):
                while await reader.read(READ_BYTES):
                    pass
        environ = {"REMOTE_ADDR": peer[0], "REQUEST_METHOD": "-", "PATH_INFO": "-"}
        log_access(environ, status, len(body), time.perf_counter())


def log_access(environ: dict, status: int, sent: int, started: float) -> None:
    """The request's access line (web/accesslog.py), if the access log is on. The record is
    made and handled as Logger.info does, less the look-up of the calling file and line up
    the stack (the line's format shows neither): the loop writes one per request."""
    if access_log.isEnabledFor(logging.INFO):
        line = access_line(environ, status, sent, started)
        access_log.handle(access_log.makeRecord(access_log.name, logging.INFO, "", 0, line, None, None))


def call_app(app: Callable, environ: dict, push: Callable[[Answer], None]) -> Answer:
    """In a thread of the pool: the app's answer, whole unless it is long (then the parts
    past STREAM_BYTES are pushed to the loop as they come) or a file (sent by the loop)."""
    answer = Answer()

    def start_response(status: str, headers: list, exc_info: Any = None) -> Callable:
        if exc_info and answer.status != 500 and streamed:
            raise exc_info[1].with_traceback(exc_info[2])
        code, _, reason = status.partition(" ")
        answer.status, answer.reason, answer.headers = int(code), reason, list(headers)
        return answer.chunks.append

    streamed = False
    try:
        result = app(environ, start_response)
    except Exception:
        traceback.print_exc(file=sys.stderr)
        return Answer(500, "Internal Server Error", [("Content-Length", "0")])
    if isinstance(result, FileWrapper):
        answer.file = result
        return answer
    try:
        size = 0
        for chunk in result:
            answer.chunks.append(chunk)
            size += len(chunk)
            if size > STREAM_BYTES:
                push(answer)
                streamed, size = True, 0
                answer = Answer(answer.status, answer.reason, answer.headers)
    except Exception:
        traceback.print_exc(file=sys.stderr)
        if not streamed:
            return Answer(500, "Internal Server Error", [("Content-Length", "0")])
        raise
    finally:
        if hasattr(result, "close"):
            result.close()
    return answer


def make_environ(request: h11.Request, body: Any, peer: tuple, server: tuple) -> dict[str, Any]:
    """The WSGI environ (PEP 3333) of a whole request. Header names with an underscore are
    dropped: X_Forwarded_For must not pass for X-Forwarded-For."""
    target = request.target
    if target.startswith((b"http://", b"https://")):  # absolute form: keep the path
        target = b"/" + target.split(b"/", 3)[3] if target.count(b"/") >= 3 else b"/"
    path, _, query = target.partition(b"?")
    size = body.seek(0, 2)
    body.seek(0)
    environ = {
        "REQUEST_METHOD": request.method.decode("ascii"),
        "SCRIPT_NAME": "",
        "PATH_INFO": unquote_to_bytes(path).decode("latin-1"),
        "QUERY_STRING": query.decode("latin-1"),
        "RAW_URI": target.decode("latin-1"),
        "SERVER_NAME": str(server[0]),
        "SERVER_PORT": str(server[1]),
        "SERVER_PROTOCOL": f"HTTP/{request.http_version.decode('ascii')}",
        "REMOTE_ADDR": str(peer[0]),
        "REMOTE_PORT": str(peer[1]),
        "CONTENT_LENGTH": str(size),
        "wsgi.version": (1, 0),
        "wsgi.url_scheme": "http",
        "wsgi.input": body,
        "wsgi.input_terminated": True,
        "wsgi.errors": sys.stderr,
        "wsgi.multithread": True,
        "wsgi.multiprocess": True,
        "wsgi.run_once": False,
        "wsgi.file_wrapper": FileWrapper,
    }
    for raw_name, raw_value in request.headers:
        name = raw_name.decode("latin-1")
        if "_" in name or name in ("content-length", "transfer-encoding"):
            continue
        key = "CONTENT_TYPE" if name == "content-type" else "HTTP_" + name.upper().replace("-", "_")
        value = raw_value.decode("latin-1")
        if key in environ:
            value = environ[key] + ("; " if key == "HTTP_COOKIE" else ",") + value
        environ[key] = value
    return environ
