"""Test helper: print an HTML file to PDF with headless Chromium and read the PDF's text back
with pdftotext (Debian's poppler-utils). Shared by the print and show tests."""

from __future__ import annotations

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


def flat(text: str) -> str:
    return " ".join(text.split())


def print_pdf(chromium: str, html: Path, tmp_path: Path) -> Path:
    pdf = html.with_suffix(".pdf")
    profile = tmp_path / f"profile-{html.stem}"
    proc = subprocess.run(
        [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", f"--print-to-pdf={pdf}", html.as_uri()],
        capture_output=True, text=True, timeout=180, stdin=subprocess.DEVNULL,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert pdf.is_file() and pdf.read_bytes().startswith(b"%PDF"), proc.stderr[-2000:]
    return pdf


def pdf_pages(pdftotext: str, pdf: Path) -> list[str]:
    proc = subprocess.run([pdftotext, "-enc", "UTF-8", str(pdf), "-"], capture_output=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    pages = proc.stdout.decode("utf-8").split("\f")
    return [flat(page) for page in pages if page.strip()]
