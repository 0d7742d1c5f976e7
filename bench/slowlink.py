"""The first visit of a volunteer's web forms over a slow phone link, until they work offline.

A loopback proxy written here (asyncio) stands for the phone's link: 1.5 Mbit/s each way,
shared by all connections, and 100 ms of latency each way. Debian's Chromium (Playwright,
390x844, vi-VN, empty cache) opens /key/<token>/app through it and the clock stops when the
page is offline-ready: the service worker is active (the engine is kept) and every form with
its media is stored. Prints the time and the bytes that crossed the link each way.

    .venv/bin/python bench/slowlink.py                       # this checkout
    KIEUMAU_BENCH_SOURCE=/path/to/other/checkout .venv/bin/python bench/slowlink.py   # "before"
"""

from __future__ import annotations

import argparse
import asyncio
import datetime
import threading
import time

from common import Server, free_port, git_commit, machine, make_site

READY_JS = """async () => {
  const reg = await navigator.serviceWorker.ready;
  while (!(reg.active && reg.active.state === "activated"
           && document.body.dataset.ready === "yes" && document.querySelectorAll("#forms li").length))
    await new Promise((r) => setTimeout(r, 20));
  return document.querySelectorAll("#forms li").length;
}"""


class Link:
    """One direction of the phone's link: bytes leave one after another at `rate` bit/s and
    arrive `delay` seconds later."""

    def __init__(self, rate_bps: float, delay_s: float) -> None:
        self.rate, self.delay, self.free_at, self.bytes = rate_bps, delay_s, 0.0, 0

    def arrival(self, size: int) -> float:
        now = time.monotonic()
        self.free_at = max(now, self.free_at) + size * 8 / self.rate
        self.bytes += size
        return self.free_at + self.delay


async def _pipe(reader, writer, link: Link) -> None:
    queue: asyncio.Queue = asyncio.Queue()

    async def deliver() -> None:
        try:
            while (item := await queue.get()) is not None:
                at, chunk = item
                await asyncio.sleep(max(0.0, at - time.monotonic()))
                writer.write(chunk)
                await writer.drain()
        except ConnectionError:
            pass  # the browser closed the connection (it was done, or the run ended)
        writer.close()

    task = asyncio.create_task(deliver())
    try:
        while chunk := await reader.read(16384):
            queue.put_nowait((link.arrival(len(chunk)), chunk))
    except ConnectionError:
        pass
    queue.put_nowait(None)
    await task


def start_proxy(port: int, target: int, up: Link, down: Link) -> int:
    """Serve the slow link on a free port in a background thread; returns the port."""
    listen = free_port()
    ready = threading.Event()

    async def handle(client_r, client_w) -> None:
        server_r, server_w = await asyncio.open_connection("127.0.0.1", target)
        await asyncio.gather(_pipe(client_r, server_w, up), _pipe(server_r, client_w, down))

    async def main() -> None:
        server = await asyncio.start_server(handle, "127.0.0.1", listen)
        ready.set()
        async with server:
            await server.serve_forever()

    threading.Thread(target=lambda: asyncio.run(main()), daemon=True).start()
    ready.wait(10)
    return listen


def first_visit(url: str) -> tuple[float, int]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium
        browser = chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"], headless=True)
        context = browser.new_context(
            viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True, locale="vi-VN"
        )
        page = context.new_page()
        start = time.monotonic()
        page.goto(url, timeout=300_000)
        forms = page.evaluate(READY_JS)
        elapsed = time.monotonic() - start
        browser.close()
    return elapsed, forms


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rate", type=float, default=1.5, help="link speed, Mbit/s each way (default 1.5)")
    ap.add_argument("--delay", type=float, default=100, help="latency each way, ms (default 100)")
    ap.add_argument("--runs", type=int, default=3, help="first visits to time (default 3)")
    args = ap.parse_args()
    site = make_site(None, volunteers=2)
    print(
        f"# slowlink: {machine()}, {datetime.date.today()}, commit {git_commit()}, "
        f"{args.rate} Mbit/s, {args.delay:.0f} ms each way"
    )
    print("| run | offline-ready s | forms | bytes down | bytes up |")
    print("|---|---|---|---|---|")
    with Server.kieumau(site, workers=2, threads=8) as server:
        for run in range(1, args.runs + 1):
            up, down = Link(args.rate * 1e6, args.delay / 1000), Link(args.rate * 1e6, args.delay / 1000)
            port = start_proxy(0, server.port, up, down)
            elapsed, forms = first_visit(f"http://127.0.0.1:{port}/key/{site.tokens[0]}/app")
            print(f"| {run} | {elapsed:.1f} | {forms} | {down.bytes} | {up.bytes} |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
