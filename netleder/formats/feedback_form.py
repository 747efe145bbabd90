"""The feedback form `netleder invite` writes: one self-contained HTML page a co-driver or
reference leader opens in any current browser, fills in and saves as a feedback file.

No server, no network, no external resources: a Content-Security-Policy forbids every
connection, and the only script is the save button's, inline. The page also prints as a
paper form. The stable field names (documented in the README) are `giver`,
`rating-<competence id>` (radio buttons with the scale's values, and "" for "cannot say"),
`comment-<competence id>` and the button `save`.
"""

from __future__ import annotations

import json

from netleder import __version__
from netleder.formats.html import PRINT_CSS, esc, page_css
from netleder.i18n import t
from netleder.reflection import Snapshot
from netleder.safe_text import user_text
from netleder.views.labels import AUTHORED_MARK, authored_key

# Only what the page itself holds may run or be shown: no request ever leaves it.
CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"

NAME_LIMIT = 120  # characters of the leader's name or the network shown on the form

FORM_CSS = """
.sender { font-weight: bold; margin: -.3em 0 .6em; }
.intro { margin: 0 0 1em; }
.privacy { border: 2px solid #111; padding: .1em .8em; margin: 0 0 1.2em; }
.privacy p { margin: .4em 0; }
label.giver { font-weight: bold; display: block; margin: 0 0 .2em; }
input[type=text] { font: inherit; width: 100%; max-width: 28em; padding: .25em .4em; border: 1px solid #444; }
fieldset.competence { border: 1px solid #444; margin: 0 0 .8em; padding: .2em .8em .5em;
                      break-inside: avoid; page-break-inside: avoid; }
fieldset.competence legend { font-weight: bold; font-size: 12pt; padding: 0 .3em; }
fieldset.competence p { margin: .2em 0 .3em; }
fieldset.competence p.ask { font-style: italic; margin: .3em 0 .1em; }
.choices { display: flex; flex-wrap: wrap; gap: .1em 1.1em; margin: 0 0 .2em; }
.choices label { white-space: nowrap; }
.choices input { margin: 0 .3em 0 0; vertical-align: -.1em; }
label.comment { display: block; font-size: 10pt; margin-top: .2em; }
textarea { font: inherit; width: 100%; min-height: 4.5em; border: 1px solid #444; padding: .3em; display: block; }
.save { margin: 1.2em 0; }
button#save { font: inherit; font-weight: bold; padding: .5em 1.2em; border: 2px solid #111; background: #fff;
              cursor: pointer; }
#status { font-weight: bold; min-height: 1.5em; }
.paper-only { display: none; }
@media print {
  .save, #status, noscript { display: none; }
  .paper-only { display: block; }
  html { font-size: 10.5pt; line-height: 1.35; }
  fieldset.competence { margin-bottom: .6em; }
  textarea { min-height: 4.8em; height: 4.8em; resize: none; }
  input[type=text] { border: none; border-bottom: 1px solid #111; }
}
"""

SAVE_JS = r"""
(function () {
  var data = JSON.parse(document.getElementById("netleder-form").textContent);
  var status = document.getElementById("status");
  function pad(n) { return (n < 10 ? "0" : "") + n; }
  function say(text) { status.textContent = text; }
  document.getElementById("save").addEventListener("click", function () {
    var giverField = document.getElementsByName("giver")[0];
    var giver = giverField.value.trim();
    if (!giver) { say(data.messages.need_name); giverField.focus(); return; }
    var responses = {}, given = false;
    data.snapshot.competences.forEach(function (c) {
      var rating = null;
      document.getElementsByName("rating-" + c.id).forEach(function (input) {
        if (input.checked && input.value !== "") { rating = parseInt(input.value, 10); }
      });
      var comment = document.getElementsByName("comment-" + c.id)[0].value;
      if (rating !== null || comment.trim()) { given = true; }
      responses[c.id] = {rating: rating, comment: comment};
    });
    if (!given) { say(data.messages.need_answer); return; }
    var now = new Date();
    var day = now.getFullYear() + "-" + pad(now.getMonth() + 1) + "-" + pad(now.getDate());
    var doc = {format: "netleder-feedback", version: 1, giver: giver, date: day, lang: data.lang,
               snapshot: data.snapshot, responses: responses};
    var slug = giver.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 40) || "svar";
    var name = "netleder-feedback-" + slug + "-" + day + ".json";
    var blob = new Blob([JSON.stringify(doc, null, 2) + "\n"], {type: "application/json"});
    var link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = name;
    document.body.appendChild(link);
    link.click();
    setTimeout(function () { URL.revokeObjectURL(link.href); link.remove(); }, 10000);
    say(data.messages.saved.replace("{file}", name));
  });
})();
"""


def _json_for_script(value) -> str:
    """JSON that is safe inside <script>: no '<' can close the element."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def _one_line(text: str) -> str:
    """A name from the settings or an argument, safe to show: control characters made visible,
    on one line, not endless."""
    text = " ".join(user_text(text).split())
    return text if len(text) <= NAME_LIMIT else text[:NAME_LIMIT - 1] + "…"


def form(snapshot: Snapshot, authored: set[str], scale_authored: bool, giver: str, lang: str,
         builtin: bool = True, leader: str = "", network: str = "") -> str:
    """The whole page. `authored`: the competence ids whose texts the content marks authored;
    `leader` and `network` (the leader's name and the network, "" when unknown) say who asks
    and about what: nothing else of the leader's is on the page."""
    title = t("invite.title", lang)
    leader, network = _one_line(leader), _one_line(network)
    mark = f' <span class="mark">{AUTHORED_MARK}</span>'
    sender = [t("invite.from", lang, leader=leader)] if leader else []
    sender += [t("invite.network", lang, network=network)] if network else []
    intro = t("invite.intro_network", lang, network=network) if network else t("invite.intro", lang)
    privacy = t("invite.privacy_leader", lang, leader=leader) if leader else t("invite.privacy", lang)
    body = [
        f"<h1>{esc(title)}</h1>",
        *([f'<p class="sender">{"<br>".join(esc(line) for line in sender)}</p>'] if sender else []),
        f'<p class="intro">{esc(intro)}</p>',
        (f'<div class="privacy"><p>{esc(privacy)}</p>'
        f'<p class="paper-only">{esc(t("invite.paper", lang))}</p></div>'),
        f"<noscript><p><strong>{esc(t('invite.noscript', lang))}</strong></p></noscript>",
        (f'<p><label class="giver" for="giver">{esc(t("invite.giver", lang))}</label>'
        f'<input type="text" id="giver" name="giver" autocomplete="name" value="{esc(giver)}"></p>'),
    ]
    ask = esc(t("invite.ask", lang)) + (mark if scale_authored else "")
    for comp in snapshot.competences:
        cid = esc(comp.id)
        body.append(f'<fieldset class="competence" id="competence-{cid}">')
        body.append(f"<legend>{comp.number}. {esc(comp.title(lang))}{mark if comp.id in authored else ''}</legend>")
        body.append(f"<p>{esc(comp.description(lang))}</p>")
        body.append(f'<p class="ask">{ask}</p>')
        body.append('<div class="choices">')
        for value, label in snapshot.scale:
            body.append(f'<label><input type="radio" name="rating-{cid}" value="{value}">{esc(label(lang))}</label>')
        body.append(f'<label><input type="radio" name="rating-{cid}" value="">{esc(t("invite.cannot_say", lang))}'
                    "</label>")
        body.append("</div>")
        body.append(f'<label class="comment" for="comment-{cid}">{esc(t("invite.comment", lang))}</label>')
        body.append(f'<textarea id="comment-{cid}" name="comment-{cid}" rows="3"></textarea>')
        body.append("</fieldset>")
    body += [
        '<div class="save">',
        f'<button type="button" id="save">{esc(t("invite.save", lang))}</button>',
        '<p id="status" role="status" aria-live="polite"></p>',
        f"<p>{esc(t('invite.after_save', lang))}</p>",
        "</div>",
    ]
    payload = {
        "lang": lang,
        "snapshot": snapshot.to_dict(),
        "messages": {"need_name": t("invite.js_need_name", lang), "need_answer": t("invite.js_need_answer", lang),
                     "saved": t("invite.js_saved_leader", lang, leader=leader, file="{file}") if leader
                     else t("invite.js_saved", lang)},
    }
    footer = []
    if authored or scale_authored:
        footer.append(f"<p>{esc(t(authored_key(builtin), lang, mark=AUTHORED_MARK))}</p>")
    footer.append(f"<p>{esc(t('invite.footer', lang, version=__version__))}</p>")
    return "\n".join([
        "<!DOCTYPE html>",
        f'<html lang="{lang}">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(title)}</title>",
        (f"<style>{PRINT_CSS}{FORM_CSS}{page_css(title, lang, ' · '.join(x for x in (leader, network) if x) or None)}"
        "</style>"),
        "</head>",
        "<body>",
        "<form onsubmit=\"return false\">",
        *body,
        "</form>",
        "<footer>", *footer, "</footer>",
        f'<script type="application/json" id="netleder-form">{_json_for_script(payload)}</script>',
        f"<script>{SAVE_JS}</script>",
        "</body>",
        "</html>",
        "",
    ])
