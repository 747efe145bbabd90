"""`--open`: show a written HTML page in the default browser, so a facilitator goes from the
command to the print dialog in one step.

Python's webbrowser module does the opening: it honours the BROWSER variable everywhere, and
on Windows without it uses the program registered for .html files (os.startfile); on macOS
`open`, on Linux xdg-open or a known browser. Without --output the page is written to a
temporary file only its owner can read (mkstemp creates it 0600), which stays for the
browser to read; handouts and worksheets hold no personal data. An invite form that names the
leader or a network goes into the store's own folder instead (removed after a day, and by
`delete --all`); `show --open` and `feedback show --open` need --output.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from netleder.errors import EnvironmentFailure
from netleder.i18n import t


def temporary_page(text: str, name: str, folder: Path | None = None) -> Path:
    """`text` in a new owner-only file netleder-NAME-XXXX.html in the system's temporary folder
    (or `folder`: a page naming the leader or a network goes where `delete --all` finds it)."""
    import tempfile

    try:
        fd, path = tempfile.mkstemp(prefix=f"netleder-{name}-", suffix=".html", dir=folder)
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
