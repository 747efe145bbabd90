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


# What a console that cannot show a character gets instead: readable, never a crash. Windows
# consoles are often cp1252 (no box lines, bars or arrows); latin-1 and ascii have even less.
FALLBACKS = {
    "─": "-", "═": "=", "│": "|", "█": "#", "░": ".", "▌": "#", "•": "*", "·": ".",
    "↑": "^", "↓": "v", "→": "->", "←": "<-", "−": "-", "–": "-", "—": "-", "…": "...",
    "“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "«": '"', "»": '"', "✓": "v", "✔": "v",
    "æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa", "é": "e", "É": "E",
    "ü": "u", "ö": "o", "ä": "a", "Ü": "U", "Ö": "O", "Ä": "A", "\u00a0": " ",
}


def _fallback(error: UnicodeEncodeError) -> tuple[str, int]:
    text = error.object[error.start:error.end]
    out = []
    for ch in text:
        substitute = FALLBACKS.get(ch, "?")
        try:
            substitute.encode(error.encoding)
        except UnicodeEncodeError:
            substitute = "?"
        out.append(substitute)
    return "".join(out), error.end


def fit_console(*streams) -> None:
    """Let text streams whose encoding cannot show every character fall back to readable
    stand-ins (FALLBACKS, else "?") instead of failing: a UTF-8 stream is left as it is."""
    import codecs

    try:
        codecs.lookup_error("netleder-fallback")
    except LookupError:
        codecs.register_error("netleder-fallback", _fallback)
    for stream in streams:
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("_", "-")
        if encoding.startswith("utf") or not hasattr(stream, "reconfigure"):
            continue
        try:
            stream.reconfigure(errors="netleder-fallback")
        except (ValueError, OSError):  # a closed or detached stream: nothing to fit
            pass
