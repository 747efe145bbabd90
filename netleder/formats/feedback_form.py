"""The feedback form `netleder invite` writes: one self-contained HTML page a co-driver or
reference leader opens in any current browser, fills in and saves as a feedback file.

No server, no network, no external resources: a Content-Security-Policy forbids every
connection (FORM_CSP), and the only script is the save button's, inline (netleder/templates/form-save.js).
The page also prints as a paper form. The stable field names (documented in the README) are
`giver`, `rating-<competence id>` (radio buttons with the scale's values, and "" for "cannot
say"), `comment-<competence id>` and the button `save`. What the page says and the data it
saves come from the view (netleder.views.feedback_form); the page is the template form.html.
"""

from __future__ import annotations

from netleder.reflection import Snapshot


def form(snapshot: Snapshot, authored: set[str], scale_authored: bool, giver: str, lang: str,
         builtin: bool = True, leader: str = "", network: str = "", file_fields: dict | None = None,
         observed: dict[str, str] | None = None) -> str:
    """The whole page (the arguments as netleder.views.feedback_form.form_view takes them)."""
    from netleder.formats.templating import FORM_CSP, render
    from netleder.views.feedback_form import form_view
    from netleder.views.page import PageFrame

    view = form_view(snapshot, authored, scale_authored, giver, lang, builtin, leader, network,
                     file_fields=file_fields, observed=observed)
    frame = PageFrame(lang, view.title, view.page_note, view.page_counter, "", None, view.footer)
    return render("form.html", frame=frame, form=view, csp=FORM_CSP)
