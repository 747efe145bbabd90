"""PDF: a page drawn as HTML, printed to PDF by a Chromium-family browser on the machine.

`writer("pdf", document)` is the HTML writer of `document` whose page is wrapped in a
`PdfPage`; `output.deliver` hands a PdfPage to `write` here. So every command that writes an
HTML page through the format registry gets PDF the same way, with nothing of its own.

The browser (netleder.browser.find_chromium: NETLEDER_BROWSER, else Edge, Chrome or Chromium)
runs headless with a throwaway profile, no network (every host name resolves to nothing, no
proxy is looked up) and a time limit (NETLEDER_PRINT_TIMEOUT seconds, default 60). The page
and the profile live in a new temporary folder only the user can open (mkdtemp: 0700 on POSIX;
on Windows under the user's own %TEMP%), which is removed when the command ends, also after
an error, a time-out or Ctrl-C. The PDF is then written to --output like any other file.

Tried on Linux (Chromium) in the tests; Edge on Windows and Chrome on macOS are found by the
same rules but have not been tried here.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from netleder.errors import BadInput, EnvironmentFailure

DEFAULT_TIMEOUT = 60.0


class PdfPage(NamedTuple):
    """An HTML page to be printed to PDF when it is delivered."""

    html: str


def __getattr__(document: str) -> Callable[..., PdfPage]:
    """The PDF writer of `document`: its HTML writer, the page wrapped for printing."""
    if document.startswith("__"):
        raise AttributeError(document)
    from netleder.formats import writer

    draw_html = writer("html", document)

    def draw(*args: object, **kwargs: object) -> PdfPage:
        page = draw_html(*args, **kwargs)
        return PdfPage(page if isinstance(page, str) else "".join(page))

    draw.__name__ = document
    return draw


def timeout() -> float:
    """NETLEDER_PRINT_TIMEOUT in seconds, else 60."""
    raw = os.environ.get("NETLEDER_PRINT_TIMEOUT", "").strip()
    if not raw:
        return DEFAULT_TIMEOUT
    try:
        value = float(raw.replace(",", "."))
    except ValueError:
        value = -1.0
    if not 0 < value <= 3600:
        from netleder.safe_text import short

        raise BadInput("pdf.bad_timeout", value=short(raw))
    return value


def browser_args(browser: str, folder: Path, page: Path, pdf: Path) -> list[str]:
    """The command line that prints `page` to `pdf`, headless, offline, with its own profile."""
    args = [
        browser,
        "--headless",
        "--disable-gpu",
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-extensions",
        "--disable-sync",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-default-apps",
        "--disable-quic",
        "--no-proxy-server",
        "--host-resolver-rules=MAP * ~NOTFOUND",
        "--no-pdf-header-footer",
        "--print-to-pdf-no-header",  # the same, as browsers before 2023 spell it
        f"--user-data-dir={folder / 'profile'}",
        f"--crash-dumps-dir={folder / 'crashes'}",
        f"--print-to-pdf={pdf}",
    ]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        args.append("--no-sandbox")  # Chromium will not start as root with its sandbox
    args.append(page.as_uri())
    return args


def render(page: PdfPage, example: str, lang: str) -> bytes:
    """The PDF the browser prints `page` to. Raises BadInput when no browser is found (nothing
    done), EnvironmentFailure when it fails or does not finish in time."""
    import subprocess
    import tempfile

    from netleder.browser import find_chromium

    limit = timeout()
    browser = find_chromium()
    if browser is None:
        raise BadInput("pdf.no_browser", html=example)
    folder = Path(tempfile.mkdtemp(prefix="netleder-print-"))
    proc = None
    try:
        html, pdf = folder / "page.html", folder / "page.pdf"
        fd = os.open(html, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(page.html.encode("utf-8"))
        env = dict(os.environ, TMPDIR=str(folder), TMP=str(folder), TEMP=str(folder))  # its own files go too
        options: dict = {"start_new_session": True} if os.name == "posix" else {
            "creationflags": getattr(subprocess, "CREATE_NEW_PROCESS_GROUP", 0)
            | getattr(subprocess, "CREATE_NO_WINDOW", 0)}
        try:
            proc = subprocess.Popen(browser_args(browser, folder, html, pdf), stdin=subprocess.DEVNULL,
                                    stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=folder, env=env, **options)
        except OSError as exc:
            raise EnvironmentFailure("pdf.failed", browser=browser, reason=exc.strerror or exc) from None
        try:
            _, err = proc.communicate(timeout=limit)
        except subprocess.TimeoutExpired:
            raise EnvironmentFailure("pdf.timeout", browser=browser, seconds=f"{limit:g}") from None
        data = pdf.read_bytes() if pdf.is_file() else b""
        if proc.returncode != 0 or not data.startswith(b"%PDF"):
            raise EnvironmentFailure("pdf.failed", browser=browser, reason=_last_line(err, proc.returncode))
        return data
    finally:
        if proc is not None:
            _stop(proc)
        _remove(folder)


def _last_line(err: bytes, code: int | None) -> str:
    """The browser's fatal words on stderr, else its last, short and safe; or its exit code."""
    from netleder.safe_text import short

    lines = [line.strip() for line in err.decode("utf-8", "replace").splitlines() if line.strip()]
    fatal = [line for line in lines if "FATAL" in line]
    return short((fatal or lines)[-1], 200) if lines else f"exit {code}"


def _stop(proc) -> None:
    """End the browser and every process it started (POSIX: its own session; Windows: the
    process tree through taskkill, not tried on Windows)."""
    import subprocess

    if os.name == "posix":
        import signal

        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError, OSError):
            pass
    elif proc.poll() is None:
        try:
            subprocess.run(["taskkill", "/F", "/T", "/PID", str(proc.pid)], stdin=subprocess.DEVNULL,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=10, check=False)
        except (OSError, subprocess.SubprocessError):
            pass
    if proc.poll() is None:
        proc.kill()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        pass
    if proc.stderr is not None:
        proc.stderr.close()


def _remove(folder: Path) -> None:
    """Remove the temporary folder; a browser process that still holds a file (Windows) gets
    a moment to let go."""
    import shutil
    import time

    for attempt in range(20):
        try:
            shutil.rmtree(folder)
            return
        except FileNotFoundError:
            return
        except OSError:
            time.sleep(0.1 * (attempt + 1) if attempt < 10 else 0.5)
    shutil.rmtree(folder, ignore_errors=True)


def write(page: PdfPage, output: str | None, force: bool, private: bool, *, lang: str) -> Path:
    """Print `page` and write the PDF to `output` (atomically; 0600 when `private`)."""
    from netleder.output import check_output, write_bytes

    if output is None:
        raise BadInput("pdf.needs_output")
    path = check_output(output, force)
    data = render(page, str(path.with_suffix(".html").name), lang)
    return write_bytes(output, data, force, private, lang=lang)
