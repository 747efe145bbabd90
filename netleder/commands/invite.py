"""`netleder invite`: the feedback form for a co-driver or reference leader, as one HTML file."""

from __future__ import annotations

import sys
from pathlib import Path

from netleder.i18n import t


def scope_ids(comps, keys: list[str]) -> list[str] | None:
    """The competence ids named by --competence (ids or numbers), in content order; None: all."""
    from netleder.errors import BadInput

    if not keys:
        return None
    wanted = set()
    for key in keys:
        found = comps.find(key)
        if found is None:
            from netleder.safe_text import short
            from netleder.views.labels import choices

            raise BadInput("not_found.competence", value=short(key), choices=choices(comps.competences))
        wanted.add(found.id)
    return [c.id for c in comps.competences if c.id in wanted]


def sender(network: str | None) -> tuple[str, str]:
    """Who the form is from and which network it is about: the leader's name from the settings
    and the network (`--network`, spelled as in the reflections when it is one of theirs; else
    the newest reflection's). ("", "") when unknown. Nothing else of the leader's leaves."""
    from netleder.errors import StoreError
    from netleder.store.database import open_store
    from netleder.store.networks import network_key
    from netleder.store.settings import leader_name

    network = network.strip() if network and network.strip() else None
    try:
        with open_store() as store:  # never creates a store: a blank form needs none
            if network is None:
                latest = store.latest_complete()
                network = latest.network if latest is not None else None
            else:
                network = next((n for n in store.network_names() if network_key(n) == network_key(network)), network)
    except StoreError:  # an unusable store only costs the form its network line
        pass
    return leader_name() or "", network or ""


def invite(folder: Path | None, name: str | None, competence_keys: list[str], output: str | None, force: bool,
           lang: str, open_: bool = False, network: str | None = None, fmt: str = "html") -> None:
    from netleder import output as out
    from netleder.content.loading import load_competences
    from netleder.formats.feedback_form import form
    from netleder.reflection import Snapshot

    if open_:
        from netleder.delivery import check_open

        check_open(open_, fmt)
    if output is not None:
        out.check_output(output, force)
    comps = load_competences(folder)
    snapshot = Snapshot.from_content(comps, scope_ids(comps, competence_keys))
    authored = {c.id for c in comps.competences if c.source == "authored"}
    leader, network = sender(network)
    from netleder.exchange.feedback import invitation_fields
    from netleder.views.provenance import scale_said_once

    observed = {c.id: c.observed(lang) for c in comps.competences if c.observed is not None}
    # the built-in scale is said once in the form's line: no mark after the question ("required")
    scale_marked = comps.scale_source == "authored" and not scale_said_once(comps)
    page = form(snapshot, authored, scale_marked, (name or "").strip(), lang, comps.builtin,
                leader=leader, network=network, file_fields=invitation_fields(network), observed=observed)
    if open_:  # a form naming the leader or the network goes where `delete --all` finds it
        from netleder.delivery import deliver

        deliver(page, output, force, lang, True, "invite", personal=bool(leader or network))
    elif fmt == "pdf":  # the form printed, to fill in by hand
        from netleder.formats.pdf import PdfPage

        out.deliver(PdfPage(page), output, force, lang=lang)
    else:
        out.emit(page, output, force, lang=lang)
    if output is not None:
        print(t("invite.done", lang, count=len(snapshot.competences)), file=sys.stderr)
