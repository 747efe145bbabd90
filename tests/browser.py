"""Test helper: a real headless Chromium driven through its DevTools protocol over
--remote-debugging-pipe (file descriptors 3 and 4, messages ended by a NUL byte), with only
the standard library. Used to fill in and save the feedback form and the course form as a person
would (the `browser` fixture in conftest.py opens one with downloads allowed).

POSIX only (it hands the pipe over as fds 3 and 4); the print tests run on Linux in CI.
"""

from __future__ import annotations

import contextlib
import json
import os
import select
import subprocess
import time
from pathlib import Path

from printing import CHROMIUM_FLAGS


class Browser:
    """One headless Chromium; `page(url)` opens a tab and returns a Page."""

    def __init__(self, chromium: str, profile: Path) -> None:
        to_chrome_r, self._to_chrome = os.pipe()
        self._from_chrome, from_chrome_w = os.pipe()

        import fcntl

        def child_fds() -> None:  # in the child, before exec: the pipe on fds 3 and 4
            high = [fcntl.fcntl(fd, fcntl.F_DUPFD, 10) for fd in (to_chrome_r, from_chrome_w)]  # no clobbering
            os.dup2(high[0], 3)
            os.dup2(high[1], 4)

        # preexec_fn is unsafe with threads that hold locks; the child only duplicates descriptors
        # (fcntl and dup2, no imports or locks), and Chromium reads DevTools on fds 3 and 4 only.
        self.proc = subprocess.Popen(
            [chromium, *CHROMIUM_FLAGS, "--remote-debugging-pipe", f"--user-data-dir={profile}", "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
            pass_fds=(3, 4), preexec_fn=child_fds,  # noqa: PLW1509  (see above)
        )
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self._next = 0
        self._buffer = b""
        self.events: list[dict] = []
        self.downloads: Path | None = None  # where a page's downloads land (allow_downloads)

    def allow_downloads(self, folder: Path) -> None:
        """Let pages save files (a real download, as a person's click makes) into `folder`."""
        folder.mkdir()
        self.send("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(folder),
                                                  "eventsEnabled": True})
        self.downloads = folder

    def send(self, method: str, params: dict | None = None, session: str | None = None, timeout: float = 30) -> dict:
        self._next += 1
        message = {"id": self._next, "method": method, "params": params or {}}
        if session is not None:
            message["sessionId"] = session
        os.write(self._to_chrome, json.dumps(message).encode("utf-8") + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            for reply in self._read(deadline):
                if reply.get("id") == self._next:
                    if "error" in reply:
                        raise RuntimeError(f"{method}: {reply['error']}")
                    return reply.get("result", {})
                self.events.append(reply)

    def _read(self, deadline: float) -> list[dict]:
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("Chromium did not answer in time")
            ready, _, _ = select.select([self._from_chrome], [], [], left)
            if ready:
                chunk = os.read(self._from_chrome, 1 << 20)
                if not chunk:
                    raise RuntimeError("Chromium closed the pipe: " + self.proc.stderr.read().decode()[-2000:])
                self._buffer += chunk
        *messages, self._buffer = self._buffer.split(b"\0")
        return [json.loads(m) for m in messages if m]

    def page(self, url: str) -> Page:
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        page = Page(self, session)
        page.send("Page.enable")
        page.send("Network.enable")  # so every request the page makes is seen (page.requests())
        page.send("Page.navigate", {"url": url})
        page.wait_for("document.readyState === 'complete'")
        return page

    def close(self) -> None:
        with contextlib.suppress(RuntimeError, TimeoutError, OSError):  # gone already: it is closed
            self.send("Browser.close", timeout=10)
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        for fd in (self._to_chrome, self._from_chrome):
            os.close(fd)
        self.proc.stderr.close()


class Page:
    def __init__(self, browser: Browser, session: str) -> None:
        self.browser, self.session = browser, session

    def send(self, method: str, params: dict | None = None) -> dict:
        return self.browser.send(method, params, self.session)

    def js(self, expression: str):
        """The value of a JavaScript expression in the page (raises on a JavaScript error)."""
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True,
                                                "awaitPromise": True, "userGesture": True})
        if "exceptionDetails" in result:
            raise RuntimeError(json.dumps(result["exceptionDetails"])[:2000])
        return result["result"].get("value")

    def requests(self) -> list[str]:
        """The address of every request this page has made so far."""
        return [e["params"]["request"]["url"] for e in self.browser.events
                if e.get("method") == "Network.requestWillBeSent" and e.get("sessionId") == self.session]

    def wait_for(self, condition: str, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while not self.js(f"Boolean({condition})"):
            if time.monotonic() > deadline:
                raise TimeoutError(condition)
            time.sleep(0.05)


def saved_files(folder: Path, count: int, wait: float) -> list[Path]:
    """The finished downloads (.json) in `folder`, waiting up to `wait` seconds for `count` of them."""
    deadline = time.monotonic() + wait
    while True:
        done = sorted(p for p in folder.iterdir() if p.suffix == ".json")
        if len(done) >= count or time.monotonic() > deadline:
            return done
        time.sleep(0.1)


def tick(page: Page, ratings: dict) -> None:
    """Tick a form's radio buttons by their stable names `rating-<id>` ("" for None: skip, or
    cannot say), as a facilitator's script (or a person) would."""
    for cid, value in ratings.items():
        clicked = page.js(f"""(() => {{
            const box = [...document.getElementsByName({json.dumps('rating-' + cid)})]
                .find(input => input.value === {json.dumps(str(value) if value is not None else '')});
            box.click(); return box.checked; }})()""")
        assert clicked, (cid, value)
