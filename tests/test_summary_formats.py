"""One summary, four formats: the terminal, Markdown, HTML and JSON writers all draw the value
that netleder.views.summary.build_summary computes, so they show the same sections, in the
same order, with the same content."""

from __future__ import annotations

import html as html_lib
import json
import re

import pytest

from builders import make
from netleder.formats import writer
from netleder.output import plain_text
from netleder.reflection import FollowUp, Snapshot
from netleder.views.summary import build_summary


@pytest.fixture
def view(comps, phases):
    snap = Snapshot.from_content(comps, ["taenk-andre-ind", "trygt-rum", "nysgerrighed", "forankring"])
    r = make(
        "k7m2qz", "2025-03-01T10:00:00+01:00", snapshot=snap, network="Urban farming", network_type="welfare",
        phase="fokusering", ratings={"taenk-andre-ind": 2, "trygt-rum": 5, "nysgerrighed": 4, "forankring": 1},
        answers={"taenk-andre-ind": ["Svar én", ""], "trygt-rum": ["", "Svar to"]},
        next_steps={"forankring": "Ring til Åse"},
        follow_ups=[FollowUp("trygt-rum", "Tal med Søren", "partly", "næsten", "p2q3r4")],
        completed="2025-03-01T10:25:00+01:00",
    )
    return build_summary(r, phases, comps, "da")


def _in_order(text: str, needles: list[str]) -> bool:
    at = 0
    for needle in needles:
        at = text.find(needle, at)
        if at < 0:
            return False
        at += len(needle)
    return True


def _drawn(view) -> dict[str, str]:
    return {
        "text": plain_text(writer("text", "summary")(view), 200),
        "markdown": writer("markdown", "summary")(view),
        "html": html_lib.unescape(re.sub(r"<[^>]+>", " ", writer("html", "summary")(view))),
    }


def test_every_format_shows_the_same_sections_in_the_same_order(view):
    headings = [s.heading for s in view.sections if s.heading]
    assert headings[0] == "Dine vurderinger" or headings  # the view has sections to compare
    for fmt, text in _drawn(view).items():
        assert _in_order(text, [view.title, *headings]), fmt
    data = json.loads(writer("json", "summary")(view))
    assert data["sections"] == [s.key for s in view.sections]
    assert [k for k in data if k in data["sections"]] == [s.key for s in view.sections if s.key != "balance"]


def test_every_format_shows_the_same_content(view):
    for fmt, text in _drawn(view).items():
        flat = " ".join(text.replace("\\", "").split())
        for fact in view.facts:
            assert fact.value in flat, (fmt, fact)
        for section in view.sections:
            for item in section.items:
                for value in _texts(item):
                    assert " ".join(value.split()) in flat, (fmt, section.key, value)
    data = json.loads(writer("json", "summary")(view))
    assert data["ratings"] == {r.cid: r.value for r in view.sections[0].items if r.value is not None}
    assert data["next_steps"] == {"forankring": "Ring til Åse"}
    assert data["answers"] == {"taenk-andre-ind": ["Svar én", ""], "trygt-rum": ["", "Svar to"]}


def _texts(item) -> list[str]:
    if isinstance(item, str):
        return [item]
    name = type(item).__name__
    if name == "Rating":
        return [item.title.split(". ", 1)[1], item.label]
    if name == "FollowUpItem":
        return [item.status_label, item.step, item.note]
    if name == "StepItem":
        return [item.text]
    if name == "CompetenceBlock":
        return [q.text for q in item.questions] + [q.answer for q in item.questions if q.answer]
    raise AssertionError(name)


def test_the_check_would_notice_a_missing_section(view):
    broken = view._replace(sections=view.sections[:-1])
    text = _drawn(broken)["markdown"]
    assert not _in_order(text, [view.title, *[s.heading for s in view.sections if s.heading]])
