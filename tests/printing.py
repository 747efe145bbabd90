"""Test helper: print an HTML file to PDF with headless Chromium and read the PDF's text back
with pdftotext (Debian's poppler-utils). Shared by the print and show tests.

Where a line wraps depends on the fonts a machine has, and pdftotext reads a word broken at a
line-end hyphen as one word without it ("over-steering" becomes "oversteering"). So a test never
compares raw PDF text: `pdf_pages` gives each page `as_printed`, and a test compares it with its
expected text `as_printed` too. Then an assertion holds whatever the fonts, wherever lines wrap.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def find_tools() -> dict[str, str | None]:
    """The programs printing needs (None where one is missing)."""
    return {
        "chromium": shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome"),
        "pdftotext": shutil.which("pdftotext"),
        "pdfinfo": shutil.which("pdfinfo"),
    }


def font_with(chars: str) -> str | None:
    """A font family (as fontconfig, and so Chromium on Linux, sees them) that has a glyph for
    every one of `chars`; None if none has, or without fc-list. A printed symbol needs one: text
    in a font without it prints nothing there, whatever the page says."""
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return None
    pattern = ":charset=" + " ".join(f"{ord(c):x}" for c in chars)
    proc = subprocess.run([fc_list, pattern, "family"], capture_output=True, text=True, timeout=60, check=False)
    families = proc.stdout.split("\n") if proc.returncode == 0 else []
    return next((f for f in families if f.strip()), None)


def flat(text: str) -> str:
    """Whitespace flattened (for text that is not from a PDF; compare PDF text `as_printed`)."""
    return " ".join(text.split())


_HYPHEN_IN_WORD = re.compile(r"(?<=\w)[-\u2010\u2011] ?(?=\w)")
_BREAK_AFTER = re.compile(r"([\u2013\u2014/]) ")


def as_printed(text: str) -> str:
    """`text` as it reads in a PDF wherever its lines wrapped: whitespace flattened, soft hyphens
    gone, a hyphen inside a word dropped (a line broken there reads "oversteering" in pdftotext,
    one that was not "over-steering"), and no space after a dash or slash a line may break after.

    Apply it to both sides: `pdf_pages` returns pages in this form, and a test compares them with
    `as_printed(expected)`.
    """
    text = flat(text.replace("\u00ad", ""))
    return _BREAK_AFTER.sub(r"\1", _HYPHEN_IN_WORD.sub("", text))


def print_pdf(chromium: str, html: Path, tmp_path: Path) -> Path:
    pdf = html.with_suffix(".pdf")
    profile = tmp_path / f"profile-{html.stem}"
    proc = subprocess.run(
        [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", f"--print-to-pdf={pdf}", html.as_uri()],
        capture_output=True, text=True, timeout=180, stdin=subprocess.DEVNULL, check=False,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert pdf.is_file() and pdf.read_bytes().startswith(b"%PDF"), proc.stderr[-2000:]
    return pdf


def pdf_pages(pdftotext: str, pdf: Path) -> list[str]:
    """The PDF's pages as text, each `as_printed` (compare with `as_printed(expected)`)."""
    proc = subprocess.run([pdftotext, "-enc", "UTF-8", str(pdf), "-"], capture_output=True, timeout=60,
                          check=False)
    assert proc.returncode == 0, proc.stderr
    pages = proc.stdout.decode("utf-8").split("\f")
    return [as_printed(page) for page in pages if page.strip()]
