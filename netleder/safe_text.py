"""Text made safe to draw on a terminal: one sanitiser for everything netleder prints.

- `terminal_safe`: THE sanitiser. Every character that could steer a terminal (C0 controls but
  newline and tab, DEL, the C1 controls U+0080–U+009F such as CSI U+009B, and the bidirectional
  overrides that reorder what is shown) becomes a visible stand-in (␛ for ESC, � for C1 and
  bidi controls). netleder's output edge (`netleder.output.SafeStream`, installed on stdout and
  stderr by the CLI, and the rich consoles of `netleder.output`) runs every text through it:
  content files, snapshots, import data, echoed values and arguments alike.
- `user_text`: the leader's own text for display: line endings normalised, then made safe
  (the stored text is unchanged).
- `short`: a value from a file or the command line, fit to echo in a one-line message:
  white space folded, anything unprintable replaced, cut to a length.
- `json_safe`: JSON text with every such character written as a \\u escape instead (lossless).
- `safe_link`: a link target from a content file, or None: only https: and mailto:, with
  every character that could end a Markdown or HTML link percent-encoded.
"""

from __future__ import annotations

# Characters that steer a terminal or reorder what it shows, and their visible stand-ins.
_BIDI = (*range(0x202A, 0x202F), *range(0x2066, 0x206A))
UNSAFE: dict[int, str] = {
    **{code: chr(0x2400 + code) for code in range(0x20) if chr(code) not in "\n\t"},  # ␀ … ␟
    0x7F: "\u2421",  # ␡
    **{code: "\ufffd" for code in range(0x80, 0xA0)},
    **{code: "\ufffd" for code in _BIDI},
}
_UNSAFE_CHARS = frozenset(map(chr, UNSAFE))
# the same characters as UNSAFE, as ranges (quick to compile at start-up, scanned in C)
_UNSAFE_RE = __import__("re").compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def terminal_safe(text: str) -> str:
    """`text` with nothing in it that can steer a terminal: CR LF and a lone CR become LF, every
    other control character a visible stand-in. Plain text comes back unchanged (and fast)."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _UNSAFE_RE.search(text) is None:  # the common case, scanned in C
        return text
    return text.translate(UNSAFE)


def user_text(value: str | None) -> str:
    """User text made safe to draw: normalised line endings, control characters visible."""
    return terminal_safe(value) if value else ""


def json_safe(text: str) -> str:
    """JSON text with the characters `terminal_safe` would replace written as \\u escapes. JSON's
    structure is plain ASCII, so such a character can only be inside a string, where the escape
    means the same character: nothing is lost, and nothing reaches a terminal raw."""
    if _UNSAFE_RE.search(text) is None:
        return text
    return "".join(f"\\u{ord(ch):04x}" if ch in _UNSAFE_CHARS else ch for ch in text)


def short(value: object, limit: int = 40) -> str:
    """A value from a file or the command line, cut short enough for a one-line message."""
    text = " ".join(str(value).split())
    text = "".join(ch if ch.isprintable() else "?" for ch in text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


LINK_SCHEMES = ("https://", "mailto:")
_LINK_QUOTE = {ord(ch): f"%{ord(ch):02X}" for ch in ' "\'<>()[]\\`{}|^'}


def safe_link(url: str | None) -> str | None:
    """`url` fit to put in a Markdown `[text](<url>)` or an HTML href, or None when it is not an
    https: or mailto: address (javascript:, data:, a relative path …). Every character that
    could close the link or start markup is percent-encoded; control characters refuse it."""
    if not url or not url.lower().startswith(LINK_SCHEMES) or not url.isprintable():
        return None
    if url.lower().startswith("https://") and len(url) <= len("https://"):
        return None
    return url.translate(_LINK_QUOTE)


# What a console that cannot show a character gets instead: readable, never a crash. Windows
# consoles are often cp1252 (no box lines, bars or arrows); latin-1 and ascii have even less.
FALLBACKS = {
    "─": "-", "═": "=", "│": "|", "█": "#", "░": ".", "▌": "#", "•": "*", "·": ".",
    "↑": "^", "↓": "v", "→": "->", "←": "<-", "−": "-", "–": "-", "—": "-", "…": "...",
    "“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "«": '"', "»": '"', "✓": "v", "✔": "v",
    "æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa", "é": "e", "É": "E",
    "ü": "u", "ö": "o", "ä": "a", "Ü": "U", "Ö": "O", "Ä": "A", "\u00a0": " ",
}


def _fallback(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeEncodeError):  # registered for encoding only
        raise error
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
