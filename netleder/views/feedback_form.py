"""The feedback form `netleder invite` writes, computed once: every word on the page in the
giver's language, the competences asked about, and the data the page's save button writes into
the feedback file (`payload`). Pure; netleder.formats.feedback_form lays it out
(netleder/templates/form.html).
"""

from __future__ import annotations

from typing import Any, NamedTuple

from netleder import __version__
from netleder.i18n import t
from netleder.reflection import Snapshot
from netleder.safe_text import user_text
from netleder.views.labels import AUTHORED_MARK, authored_key

NAME_LIMIT = 120  # characters of the leader's name or the network shown on the form


class FormChoice(NamedTuple):
    value: str  # the radio button's value: a step of the scale, or "" for "cannot say"
    label: str


class FormCompetence(NamedTuple):
    id: str
    heading: str  # "3. Skaber et trygt rum"
    authored: bool
    description: str  # the competence in words to the giver (`observed`), "" when it has none


class FormView(NamedTuple):
    lang: str
    title: str
    sender: tuple[str, ...]  # who asks, about which network ("" parts left out)
    intro: str
    privacy: str
    paper: str  # said on paper only: how to hand the form back
    noscript: str
    giver_label: str
    giver: str  # the giver's name, filled in when the leader gave it
    ask: str  # the scale's question
    ask_authored: bool
    competences: tuple[FormCompetence, ...]
    choices: tuple[FormChoice, ...]  # the scale's steps, then "cannot say"
    comment_label: str
    save: str
    after_save: str
    footer: tuple[str, ...]
    page_note: str | None  # the leader and the network, at the foot of every printed page
    page_counter: str  # "Side {page} af {pages}"
    payload: dict[str, Any]  # the page's data for its save script (the snapshot, the messages)


def one_line(text: str) -> str:
    """A name from the settings or an argument, safe to show: control characters made visible,
    on one line, not endless."""
    text = " ".join(user_text(text).split())
    return text if len(text) <= NAME_LIMIT else text[:NAME_LIMIT - 1] + "…"


def form_view(snapshot: Snapshot, authored: set[str], scale_authored: bool, giver: str, lang: str,
              builtin: bool = True, leader: str = "", network: str = "", file_fields: dict | None = None,
              observed: dict[str, str] | None = None) -> FormView:
    """`authored`: the competence ids whose texts the content marks authored; `leader` and
    `network` (the leader's name and the network, "" when unknown) say who asks and about what:
    nothing else of the leader's is on the page. `file_fields`: written into the saved file as
    they are (netleder.exchange.feedback). `observed`: each competence in words to the giver
    (the third person); a competence without one shows its title only, never the description
    written to the leader."""
    leader, network = one_line(leader), one_line(network)
    sender = tuple([t("invite.from", lang, leader=leader)] if leader else []) + \
        tuple([t("invite.network", lang, network=network)] if network else [])
    competences = tuple(FormCompetence(c.id, f"{c.number}. {c.title(lang)}", c.id in authored,
                                        (observed or {}).get(c.id) or "")
                        for c in snapshot.competences)
    choices = tuple(FormChoice(str(value), label(lang)) for value, label in snapshot.scale)
    choices += (FormChoice("", t("invite.cannot_say", lang)),)
    footer = []
    if authored or scale_authored or builtin:  # built in: the questions and scale are the project's
        footer.append(t(authored_key(builtin), lang, mark=AUTHORED_MARK))
    footer.append(t("invite.footer", lang, version=__version__))
    payload = {
        "lang": lang,
        "file": file_fields or {},  # written into the saved file as they are (netleder.exchange.feedback)
        "snapshot": snapshot.to_dict(),
        "messages": {"need_name": t("invite.js_need_name", lang), "need_answer": t("invite.js_need_answer", lang),
                     "saved": t("invite.js_saved_leader", lang, leader=leader, file="{file}") if leader
                     else t("invite.js_saved", lang)},
    }
    return FormView(
        lang, t("invite.title", lang), sender,
        t("invite.intro_network", lang, network=network) if network else t("invite.intro", lang),
        t("invite.privacy_leader", lang, leader=leader) if leader else t("invite.privacy", lang),
        t("invite.paper", lang), t("invite.noscript", lang), t("invite.giver", lang), giver,
        t("invite.ask_named", lang, leader=leader) if leader else t("invite.ask", lang), scale_authored, competences, choices, t("invite.comment", lang),
        t("invite.save", lang), t("invite.after_save", lang), tuple(footer),
        " · ".join(x for x in (leader, network) if x) or None, t("print.page", lang), payload)
