"""What every printed page carries besides its content, computed once: its title (also the
running head), the note at the foot of every page, the words of the page counter, the source
line and the footer's lines, all in the user's language. Pure; the HTML writer lays it out
(netleder/templates/page.html).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from netleder import __version__
from netleder.i18n import t
from netleder.views.labels import AUTHORED_MARK, authored_key, source_key


class SourceLine(NamedTuple):
    """"Kilde: <name>. …": the words before and after the source's name, which may be a link."""

    before: str
    name: str
    url: str | None  # a web address safe to link to, else None
    after: str


class PageFrame(NamedTuple):
    lang: str
    title: str  # the page's <title> and the head of every printed page but the first
    page_note: str | None  # at the foot of every printed page (what the mark means), if anything
    page_counter: str  # "Side {page} af {pages}"
    mark_title: str  # what a mark says when pointed at ("skrevet af netleder-projektet")
    source: SourceLine | None
    footer: tuple[str, ...]  # the footer's lines after the source line


def source_line(about, lang: str, builtin: bool = True) -> SourceLine | None:
    """The source the content names, with a link where it has a safe one."""
    from netleder.safe_text import safe_link

    if about is None or about.source_name is None:
        return None
    marker = "\x00"
    before, _, after = t(source_key(builtin), lang, source=marker).partition(marker)
    return SourceLine(before, about.source_name(lang), safe_link(about.source_url) or None, after)


def page_frame(title: str, lang: str, *, about=None, builtin: bool = True, authored_line: bool = True,
               any_authored: bool = False, extra: Sequence[str] = (),
               generated: str | None = None, page_note: str | None = None, line: str | None = None) -> PageFrame:
    """A page's frame. `authored_line`: the footer says what the mark means; `any_authored`: the
    foot of every printed page says it short; `page_note` (a text) replaces that note; `generated`
    replaces the "printed with netleder" line; `line` replaces the page's one line about what the
    project wrote (netleder.views.provenance)."""
    lines = [line or t(authored_key(builtin), lang, mark=AUTHORED_MARK)] if authored_line else []
    lines += [line for line in extra if line]
    lines.append(generated or t("footer.generated", lang, version=__version__))
    if page_note is None and any_authored:
        page_note = t(authored_key(builtin, short=True), lang, mark=AUTHORED_MARK)
    return PageFrame(lang, title, page_note or None, t("print.page", lang),
                     t("mark.authored" if builtin else "mark.authored_custom", lang),
                     source_line(about, lang, builtin), tuple(lines))
