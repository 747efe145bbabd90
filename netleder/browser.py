"""The browser: `--open` shows a written HTML page in the default browser, so a facilitator goes
from the command to the print dialog in one step; `find_chromium` finds the Chromium-family
browser (Edge, Chrome, Chromium) that prints PDFs (netleder.formats.pdf).

Python's webbrowser module does the opening: it honours the BROWSER variable everywhere, and
on Windows without it uses the program registered for .html files (os.startfile); on macOS
`open`, on Linux xdg-open or a known browser. Without --output the page is written to a
temporary file only its owner can read (mkstemp creates it 0600), which stays for the
browser to read; handouts, worksheets and the blank invite form hold no personal data
(`show --open` and `feedback show --open` need --output).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from netleder.errors import EnvironmentFailure
from netleder.i18n import t


def temporary_page(text: str, name: str) -> Path:
    """`text` in a new owner-only file netleder-NAME-XXXX.html in the system's temporary folder."""
    import tempfile

    try:
        fd, path = tempfile.mkstemp(prefix=f"netleder-{name}-", suffix=".html")
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
    except OSError as exc:
        raise EnvironmentFailure("open.temp_failed", reason=exc.strerror or exc) from None
    return Path(path)


def open_page(path: Path, lang: str) -> bool:
    """Ask the default browser to show `path`; say so on stderr, or where the file is if it cannot."""
    import webbrowser

    uri = Path(path).resolve().as_uri()
    try:
        opened = webbrowser.open(uri)
    except Exception:  # noqa: BLE001 - a broken browser setting must not cost the written page
        opened = False
    print(t("open.opened" if opened else "open.failed", lang, path=path), file=sys.stderr)
    return opened


def _candidates() -> tuple[list[str], list[Path]]:
    """The program names to look for on PATH, and the usual install places, on this system."""
    if sys.platform == "win32":
        names = ["msedge", "chrome", "chromium"]
        bases = [os.environ.get(v) for v in ("ProgramFiles(x86)", "ProgramFiles", "ProgramW6432", "LOCALAPPDATA")]
        tails = [r"Microsoft\Edge\Application\msedge.exe", r"Google\Chrome\Application\chrome.exe",
                 r"Chromium\Application\chrome.exe"]
        return names, [Path(base) / tail for tail in tails for base in bases if base]
    if sys.platform == "darwin":
        apps = ["Microsoft Edge.app/Contents/MacOS/Microsoft Edge", "Google Chrome.app/Contents/MacOS/Google Chrome",
                "Chromium.app/Contents/MacOS/Chromium"]
        roots = [Path("/Applications"), Path.home() / "Applications"]
        return ["microsoft-edge", "google-chrome", "chromium"], [root / app for app in apps for root in roots]
    names = ["microsoft-edge", "microsoft-edge-stable", "google-chrome", "google-chrome-stable", "chromium",
             "chromium-browser"]
    places = ["/opt/microsoft/msedge/msedge", "/opt/google/chrome/chrome", "/snap/bin/chromium"]
    return names, [Path(p) for p in places]


def find_chromium() -> str | None:
    """The Chromium-family browser to print with: NETLEDER_BROWSER if set (a path or a name on
    PATH; BadInput when it names nothing), else Edge, Chrome or Chromium on PATH or in their
    usual install places (Windows, macOS, Linux). None when there is none."""
    import shutil

    chosen = os.environ.get("NETLEDER_BROWSER", "").strip()
    if chosen:
        path = Path(chosen).expanduser()
        if path.is_file() and os.access(path, os.X_OK):
            return str(path)
        found = shutil.which(chosen)
        if found is None:
            from netleder.errors import BadInput
            from netleder.safe_text import short

            raise BadInput("pdf.browser_env_missing", value=short(chosen, 300))
        return found
    names, places = _candidates()
    for name in names:
        found = shutil.which(name)
        if found is not None:
            return found
    return next((str(p) for p in places if p.is_file() and os.access(p, os.X_OK)), None)
