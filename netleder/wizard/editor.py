"""Writing an answer in the leader's own editor (`:e`).

The file lives in the store's folder (netleder.store.locks: owner-only, named after the draft
and the field), never in $TMPDIR, so an answer left in it when the terminal was closed is found
and offered back on resume. It opens with the question as comment lines, which are not saved.
"""

from __future__ import annotations

import os
import sys

TRIGGER = ":e"
COMMENT = "# "


def choose_editor() -> str:
    """$VISUAL, else $EDITOR, else the platform's plain editor: Notepad on Windows, else nano or vi.

    Never Debian's `sensible-editor`, which may first ask, in English, which editor to use.
    """
    for name in ("VISUAL", "EDITOR"):
        value = os.environ.get(name, "").strip()
        if value:
            return value
    if sys.platform == "win32":
        return "notepad"
    import shutil

    for candidate in ("nano", "vi"):
        if shutil.which(candidate):
            return candidate
    return "vi"


def editor_request(answer: str, prefilled: str) -> str | None:
    """The text to open the editor with, if `answer` asks for it; else None.

    `:e` alone, `:e` after a space, or `:e` typed at the end of the prefilled text (the cursor
    of a reopened answer stands there) opens the editor with the text before it.
    """
    text = answer.rstrip()
    if not text.endswith(TRIGGER):
        return None
    head = text[: -len(TRIGGER)]
    if not head.strip():
        return ""
    if head[-1].isspace() or (prefilled and head == prefilled):
        return head.rstrip() if head[-1].isspace() else head
    return None


def header_lines(*comments: str) -> list[str]:
    return [COMMENT + " ".join(c.split()) for c in comments if c]


def file_text(header: list[str], text: str) -> str:
    return "\n".join(header) + "\n" + text + ("\n" if text and not text.endswith("\n") else "")


def strip_header(content: str, header: list[str]) -> str:
    """The leader's text: the file without the comment lines netleder wrote at its top (the
    leader's own lines starting with # are kept), without trailing line breaks."""
    lines = content.replace("\r\n", "\n").split("\n")
    for line in header:
        if lines and lines[0].rstrip() == line.rstrip():
            lines.pop(0)
        else:
            break
    return "\n".join(lines).rstrip("\n")


def strip_any_header(content: str) -> str:
    """As strip_header, for a file found later (the header's words are not known then):
    the comment lines at the very top are dropped."""
    lines = content.replace("\r\n", "\n").split("\n")
    while lines and lines[0].startswith(COMMENT.strip()):
        lines.pop(0)
    return "\n".join(lines).rstrip("\n")
