"""`netleder feedback`: feedback from others received as files from `netleder invite`'s form:
list it, import a file, and show it beside the leader's own view."""

from __future__ import annotations

from pathlib import Path

from netleder.i18n import t
from netleder.store.database import open_store


def list_(fmt: str, lang: str) -> None:
    from netleder import output as out
    from netleder.commands.stored import opened
    from netleder.formats import writer

    with opened(lang) as store:  # damaged feedback is skipped and said so
        items = store.feedback_list()
    out.deliver(writer(fmt, "feedback_list")(items, lang), lang=lang)


def import_(path: str, network: str | None, lang: str) -> None:
    from netleder.commands.stored import current_contents
    from netleder.dates import human_date
    from netleder.errors import BadInput
    from netleder.exchange.feedback import read_feedback
    from netleder.reflection import now_iso
    from netleder.safe_text import user_text
    from netleder.store.networks import network_key

    found = read_feedback(path)  # checked completely; BadInput (exit 2) lists every problem
    known = {cid for snapshot in current_contents() for cid in snapshot.ids}
    unknown = [cid for cid in found.snapshot.ids if cid not in known]
    if unknown:  # a competence the leader's content does not have is not an answer to their form
        from netleder.safe_text import short

        raise BadInput("fb.unknown_competence", path=path, count=len(unknown),
                       ids=", ".join(short(cid, 40) for cid in unknown[:10]))
    if found.network is not None:  # the form said which network it asks about: filed there
        if network is not None and network.strip() and network_key(network) != network_key(found.network):
            raise BadInput("fb.network_differs", path=path, file=user_text(found.network), given=user_text(network))
        network = found.network
    with open_store(create=True) as store:
        if network is None:  # filed with the leader's latest reflection's network, if it has one
            latest = store.latest_complete()
            network = latest.network if latest is not None else None
        network = network.strip() if network and network.strip() else None
        names = store.network_names()
        unknown_network = False
        if network is not None:  # the same network as the reflections' (case, spacing, dashes)
            matched = next((n for n in names if network_key(n) == network_key(network)), None)
            unknown_network = matched is None
            network = matched or network
        found = found._replace(id=store.unused_feedback_id(), received_at=now_iso(), network=network)
        saved, _ = store.save_feedback([found])
    giver = user_text(found.giver).replace("\n", " ")
    if not saved:
        print(t("fb.already", lang, giver=giver, date=human_date(found.given_on, lang)))
        return
    rated = len(found.rated())
    comments = sum(1 for r in found.responses.values() if r.comment.strip())
    print(t("fb.imported", lang, giver=giver, date=human_date(found.given_on, lang), id=found.id, rated=rated, comments=comments,
            total=len(found.responses)))
    if network:
        print(t("fb.filed_under", lang, network=user_text(network).replace("\n", " ")))
        if unknown_network:
            print(t("fb.network_unknown", lang, network=user_text(network).replace("\n", " ")))
    print(t("fb.show_hint", lang))


def show(folder: Path | None, network: str | None, fmt: str, output: str | None, force: bool, lang: str,
         open_: bool = False) -> None:
    from netleder import output as out
    from netleder.content.loading import load_competences
    from netleder.errors import BadInput
    from netleder.formats import writer
    from netleder.views.feedback import build_feedback_view

    if open_:
        from netleder.delivery import check_open

        check_open(open_, fmt)
        if output is None:  # what others said is never left behind in a temporary file
            raise BadInput("open.show_needs_output")
    if output is not None:
        out.check_output(output, force)
    from netleder.commands.stored import opened

    with opened(lang) as store:  # damaged feedback or reflections are skipped and said so
        if network is None:  # the network of the leader's latest reflection
            latest = store.latest_complete()
            network = latest.network if latest is not None else None
        if network is not None:
            mine = store.reflections(network, include_drafts=False, text=False)  # newest first, no answer texts
        else:
            mine = [r for r in store.reflections(include_drafts=False, text=False) if not r.network]
        received = store.feedback_list(network, any_network=False)
        elsewhere = not received and network is None and store.feedback_count() > 0
        if not received and network is not None and store.count():
            store.match_network(network)  # a name no reflection has: say which names there are
    if not received:
        key = "fb.none_without_network" if elsewhere else "fb.none_to_show" if network is None else "fb.none_for_network"
        raise BadInput(key, network=network or "")
    comps = load_competences(folder)
    authored = {c.id for c in comps.competences if c.source == "authored"}
    # the network as the leader wrote it in the reflections, not as typed after --network
    shown = next((r.network for r in mine if r.network), None) or network
    leader = None
    if fmt in ("html", "markdown", "pdf"):  # the printouts carry the leader's name, as the talk printout does
        from netleder.store.settings import leader_name

        leader = leader_name()
    view = build_feedback_view(mine, received, lang, shown, authored, leader)
    result = writer(fmt, "feedback")(view)
    if open_ and output is not None:  # (--open without --output was refused above)
        from netleder.browser import open_page

        open_page(out.write_file(output, result, force, private=True, lang=lang), lang)
        return
    out.deliver(result, output, force, private=True, lang=lang)

