"""The printed history and a competence's trend, computed once for the page: the rows and
points of netleder.views.history with the page's heading, column names and notes in the
user's language. Pure; the HTML writer lays them out (history.html, trend.html).
"""

# No `from __future__ import annotations` here: a NamedTuple's fields annotated as strings are
# compiled one by one when the class is made, which doubled what these records cost each start.
from typing import NamedTuple

from netleder.i18n import t
from netleder.views.history import HistoryRow, Trend
from netleder.views.labels import AUTHORED_MARK, authored_key


class HistoryPage(NamedTuple):
    title: str
    columns: tuple[str, ...]  # id, date, network, phase, count, strength, growth
    rows: tuple[HistoryRow, ...]  # newest first
    empty_note: str  # what the page says when there are none
    notes: tuple[str, ...]  # under the table: what the count means, the legend, what the mark means
    draft: str  # under a draft's date
    private_note: str
    hint: str  # on screen: how to see one reflection


class TrendPage(NamedTuple):
    title: str  # "1. Tænker andre ind over tid"
    trend: Trend
    none_note: str  # when no reflection rated it
    caption: str
    summary: str  # "from … to …", per network when there are several (netleder.views.history.Trend)
    columns: tuple[str, ...]  # date, id, rating, change, network
    skipped_note: str  # "" when every reflection rated it
    draft: str
    private_note: str
    order: str  # on screen: the order of the rows


def history_page(reflections, phases, lang: str, network: str | None = None, comps=None) -> HistoryPage:
    from netleder.views.history import build_history

    rows = tuple(build_history(reflections, phases, lang, comps)) if reflections else ()
    return history_frame(len(rows), any(map(authored_row, rows)), lang, network, comps, rows)


def authored_row(row: HistoryRow) -> bool:
    """Whether a row names a competence by a title marked as authored."""
    return row.strength.endswith(AUTHORED_MARK) or row.growth.endswith(AUTHORED_MARK)


def history_frame(count: int, authored: bool, lang: str, network: str | None = None, comps=None,
                  rows: tuple[HistoryRow, ...] = ()) -> HistoryPage:
    """The page around the rows: for a history drawn as a stream (the rows made as they are
    written), from the number of rows and whether any is authored, counted beforehand."""
    from netleder.safe_text import user_text

    title = (t("history.heading_network", lang, network=user_text(network), count=count) if network
             else t("history.heading", lang, count=count))
    notes = [t("history.count_note", lang), t("history.legend", lang)]
    if authored:
        notes.append(t(authored_key(comps.builtin), lang, mark=AUTHORED_MARK))
    return HistoryPage(title, history_columns(lang), rows, t("history.none_html", lang), tuple(notes),
                       draft_label(lang), t("show.private", lang), t("history.hint", lang))


def history_columns(lang: str) -> tuple[str, ...]:
    return tuple(t(f"history.col.{key}", lang) for key in ("id", "date", "network", "phase", "count", "strength",
                                                          "growth"))


def trend_page(cid: str, title: str, points, skipped: int, lang: str) -> TrendPage:
    from netleder.views.history import build_trend

    return trend_frame(build_trend(cid, title, points, skipped, lang), title, skipped, lang)


def trend_frame(trend: Trend, title: str, skipped: int, lang: str) -> TrendPage:
    """The page around a trend's points (for a trend drawn as a stream: around none, with what
    the points said once they were made)."""
    return TrendPage(
        t("trend.heading", lang, competence=title), trend, t("trend.none", lang, competence=title),
        t("trend.chart_caption", lang),
        trend.summary,
        trend_columns(lang), t("trend.skipped", lang, count=skipped) if skipped else "", draft_label(lang),
        t("show.private", lang), t("trend.order", lang))


def trend_columns(lang: str) -> tuple[str, ...]:
    return (t("history.col.date", lang), t("history.col.id", lang), t("show.rating", lang),
            t("compare.change", lang), t("history.col.network", lang))


def draft_label(lang: str) -> str:
    """What a history and a trend say under a draft's date."""
    return t("history.draft", lang)
