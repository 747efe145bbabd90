"""The terminal writer's own layout (formats/terminal_layout.lay_out and Laid) draws exactly what
rich draws, segment for segment and byte for byte, only faster: the same lines, the same
styles, the same padding, at every width; and a summary is laid out without rich's generic
render_lines."""

from __future__ import annotations

import io

import pytest
from rich.console import Console, Group
from rich.padding import Padding
from rich.segment import Segment
from rich.text import Text

from builders import builtin_competences, builtin_ids, builtin_phases, make
from netleder.formats.terminal_layout import KeptText, Laid, Rows, bullets, lay_out, plain_bullets
from netleder.reflection import FollowUp, Snapshot
from summaries import summary_view

IDS = builtin_ids()
WIDTHS = [1, 2, 5, 11, 24, 40, 61, 100]
LONG = ("Et langt svar, der bliver ved og ved, så det skal brydes over flere linjer, med æøå og "
        "https://eksempel.dk/en/meget/lang/adresse/som/ikke/kan/brydes/nogen/steder/overhovedet og 日本語の文 🎉🎉.")


def _styled() -> Text:
    text = Text("4. Sætter nysgerrighed og undren i spil", style="bold")
    text.append(" (Ofte)", style="dim")
    text.append("\nog en linje mere i kursiv", style="italic")
    return text


def _texts() -> list[Text]:
    return [
        Text("kort"),
        Text("kort og fed", style="bold"),
        Text(""),
        Text("", style="bold"),
        Text(LONG),
        Text(LONG, style="italic"),
        _styled(),
        Text("Linje et\nLinje to\n\nEfter en tom linje\tmed tab"),
        Text("slutter med linjeskift\n"),
        Text("   indrykket   og med mellemrum til sidst   "),
        Text(LONG, justify="left"),
        Text(LONG, justify="right", style="bold"),
        Text(LONG, overflow="ellipsis"),
        Text(LONG, no_wrap=True),
        Text(LONG, end=""),
        Text("uden slut", end=""),
        Text("tab\there", tab_size=2),
        KeptText("10.\u00a0Forankrer løsninger og tankegang hos alle i netværket", style="italic"),
    ]


def _rows(min_label: int = 3) -> Rows:
    rows = Rows(min_label)
    rows.add_row(Text("1.", style="bold"), Text("Tænker andre ind i opgaven", style="bold"))
    rows.add_row("", Text("███░░ Nogle gange", style="cyan"))
    rows.add_row("10.", Padding(Text(LONG), (0, 0, 0, 2)))
    rows.add_row(Text("•", style="dim"), Group(Text("en"), Text(LONG)))
    rows.add_row("", "en streng")
    rows.add_row("lang etiket", Text(""))
    return rows


def _corpus() -> list:
    texts = _texts()
    return [
        *texts,
        _rows(),
        _rows(0),
        bullets(["en", Text(LONG, style="italic"), _styled()]),
        plain_bullets(["en", LONG]),
        Padding(Text(LONG), (1, 2, 1, 3)),
        Padding(_styled(), (0, 0, 1, 0), expand=False),
        Padding(Group(Text("a"), _rows()), (2, 0, 0, 4)),
        Group(*texts),
        Group(Text("før"), Padding(_rows(), (0, 0, 1, 2)), Group(Text(LONG), bullets(["x"]))),
        Group(Text("en"), "en streng midt i", Text("to")),  # drawn by rich itself
        "en streng",
    ]


def _rows_as_rich_draws_them(self, console, options):
    """Rows drawn by rich's own render_lines for each body (as Rows were drawn before lay_out):
    the reference the fast layout is held to."""
    width = max([self.min_label] + [label.cell_len for label, _ in self.rows])
    body_options = options.update(width=max(10, options.max_width - width - 1))
    for label, body in self.rows:
        lines = console.render_lines(body, body_options, pad=False) if body != "" else [[]]
        for i, line in enumerate(lines):
            prefix = label.copy() if i == 0 else Text("")
            prefix.align("right", width)
            yield from prefix.render(console)
            yield Segment(" ")
            yield from line
            yield Segment.line()


@pytest.fixture
def reference(monkeypatch):
    """What rich draws, with Rows drawn the old way: call it to switch to the reference."""
    return lambda: monkeypatch.setattr(Rows, "__rich_console__", _rows_as_rich_draws_them)


def _console(width: int = 100) -> Console:
    return Console(file=io.StringIO(), width=width, force_terminal=True, color_system="truecolor",
                   highlight=False, emoji=False, legacy_windows=False)


@pytest.mark.parametrize("pad", [False, True])
@pytest.mark.parametrize("width", WIDTHS)
def test_lay_out_gives_richs_own_lines(width, pad, reference):
    console = _console()
    options = console.options.update_width(width)
    corpus = _corpus()
    got_lines = [lay_out(console, renderable, options, pad=pad) for renderable in corpus]
    reference()
    for renderable, got in zip(corpus, got_lines):
        expected = console.render_lines(renderable, options, pad=pad)
        assert [line for line, _ in got] == expected, (renderable, width)
        assert [used for _, used in got] == [sum(s.cell_length for s in line) for line in expected]


def _drawn(renderable, width: int, colour: bool) -> str:
    console = Console(file=io.StringIO(), width=width, force_terminal=colour, color_system="truecolor" if colour else None,
                      highlight=False, emoji=False, legacy_windows=False, no_color=not colour)
    console.print(renderable)
    return console.file.getvalue()


@pytest.fixture
def reflections():
    snapshot = Snapshot.from_content(builtin_competences(), IDS[:6])
    before = make("a77e6b", "2025-03-04", {IDS[0]: 5, IDS[1]: 1, IDS[2]: 3, IDS[4]: 2}, snapshot=snapshot,
                  network="Sundhed og trivsel – et netværk med et langt navn", network_type="welfare", phase="fokusering",
                  answers={IDS[0]: [LONG, "Linje et\nLinje to\n\nEfter en tom linje\tmed tab"], IDS[1]: ["Kort", ""]},
                  next_steps={IDS[0]: "Holde møde med 日本語のテキスト hver uge", IDS[1]: "Spørge\u00a0mere ind"})
    after = make("jb8mm9", "2025-06-04", {IDS[0]: 3, IDS[1]: 4, IDS[3]: 4}, snapshot=snapshot,
                 network=before.network, network_type="welfare", phase="fokusering",
                 answers={IDS[0]: ["Denne gang gik det bedre end forventet. " * 4, ""]},
                 next_steps={IDS[3]: "Et nyt skridt"},
                 follow_ups=[FollowUp(IDS[0], "Holde møde med 日本語のテキスト hver uge", "partly", "To af tre " * 9,
                                      from_id="a77e6b"),
                             FollowUp(IDS[1], "Spørge\u00a0mere ind", "done", "", from_id="a77e6b")])
    return before, after


@pytest.mark.parametrize("colour", [False, True])
@pytest.mark.parametrize("width", [40, 47, 60, 80, 100, 120])
def test_a_summary_is_drawn_byte_for_byte_as_rich_draws_it(reflections, width, colour, reference):
    from netleder.formats import terminal
    from netleder.views.summary import build_summary

    before, after = reflections
    laid = [terminal.summary(build_summary(r, builtin_phases(), builtin_competences(), lang, previous))
            for lang in ("da", "en") for r, previous in ((before, None), (after, before))]
    assert all(isinstance(x, Laid) for x in laid)
    got = [_drawn(x, width, colour) for x in laid]
    reference()
    assert got == [_drawn(x.inner, width, colour) for x in laid]


def test_a_summary_is_laid_out_without_richs_render_lines(reflections, monkeypatch):
    """Rich's render_lines (and the splitting, cropping and padding at every level of the tree
    it stands for) was most of what `show` spent after start-up: a summary needs none of it."""
    _, after = reflections
    drawn = summary_view(after, builtin_phases(), "da")
    calls = []
    real = Console.render_lines

    def counted(self, *args, **kwargs):
        calls.append(args[0])
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Console, "render_lines", counted)
    text = _drawn(drawn, 60, True)
    assert "Tænker andre ind i opgaven" in text
    assert calls == []
