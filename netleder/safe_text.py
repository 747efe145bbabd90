"""Text from users and files made safe to draw on a terminal.

- `user_text`: the leader's own text (answers, notes, network names) for display: line
  endings normalised, control characters shown as visible symbols (␛ for ESC), so no typed
  text can steer the terminal; the stored text is unchanged.
- `short`: a value from a file or the command line, fit to echo in a one-line message:
  white space folded, anything unprintable replaced, cut to a length.
"""

from __future__ import annotations


def user_text(value: str | None) -> str:
    """User text made safe to draw: normalised line endings, control characters visible."""
    if not value:
        return ""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    out = []
    for ch in value:
        code = ord(ch)
        if ch in "\n\t":
            out.append(ch)
        elif code < 0x20:
            out.append(chr(0x2400 + code))  # ␀ … ␟ (␛ for ESC)
        elif code == 0x7F:
            out.append("\u2421")  # ␡
        elif 0x80 <= code < 0xA0:
            out.append("\ufffd")
        else:
            out.append(ch)
    return "".join(out)


def short(value: object, limit: int = 40) -> str:
    """A value from a file or the command line, cut short enough for a one-line message."""
    text = " ".join(str(value).split())
    text = "".join(ch if ch.isprintable() else "?" for ch in text)
    return text if len(text) <= limit else text[: limit - 1] + "…"
