"""The course form `netleder course form` writes: one self-contained HTML page a course
participant without netleder opens in any current browser, rates themself on the competences
and saves as a share file (netleder/exchange/share.py), the same format `netleder share` writes.

No server, no network, no external resources: a Content-Security-Policy forbids every
connection, and the only script is the save button's, inline. The page also prints as a paper
form. Stable field names: `rating-<competence id>` (radio buttons with the scale's values, and
"" for "skip"), `phase` (radio buttons with the phase ids, and "" for "skip"), the button `save`
and the status line `status`.

The share id is drawn once when the page opens, so saving twice from the same page gives two
files with the same id, which `course show` counts once.
"""

from __future__ import annotations

import json

from netleder.formats.html import PRINT_CSS, page_css
from netleder.templating import render
from netleder.views.course_form import CourseFormView
from netleder.views.labels import AUTHORED_MARK

# Only what the page itself holds may run or be shown: no request ever leaves it.
CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"


def _json_for_script(value) -> str:
    """JSON that is safe inside <script>: no '<' can close the element."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def course_form(view: CourseFormView) -> str:
    """The whole page."""
    from markupsafe import Markup  # installed with jinja2; imported only when a page is written

    return render(
        "course_form.html.j2",
        form=view,
        csp=CSP,
        mark=AUTHORED_MARK,
        css=Markup(PRINT_CSS + FORM_CSS + page_css(view.page_title, view.lang, view.course_name or None)),
        payload=Markup(_json_for_script(view.payload)),
        script=Markup(SAVE_JS),
    )


FORM_CSS = """
.course-name { font-weight: bold; margin: -.3em 0 .6em; }
.intro { margin: 0 0 1em; }
.privacy { border: 2px solid #111; padding: .1em .8em; margin: 0 0 1.2em; }
.privacy p { margin: .4em 0; }
fieldset.phase { border: 1px solid #444; margin: 0 0 1em; padding: .2em .8em .5em; }
fieldset.phase legend { font-weight: bold; padding: 0 .3em; }
fieldset.competence { border: 1px solid #444; margin: 0 0 .8em; padding: .2em .8em .5em;
                      break-inside: avoid; page-break-inside: avoid; }
fieldset.competence legend { font-weight: bold; font-size: 12pt; padding: 0 .3em; }
fieldset.competence p { margin: .2em 0 .3em; }
fieldset.competence p.ask { font-style: italic; margin: .3em 0 .1em; }
.choices { display: flex; flex-wrap: wrap; gap: .1em 1.1em; margin: 0 0 .2em; }
.choices label { white-space: nowrap; }
.choices input { margin: 0 .3em 0 0; vertical-align: -.1em; }
.save { margin: 1.2em 0; }
button#save { font: inherit; font-weight: bold; padding: .5em 1.2em; border: 2px solid #111; background: #fff;
              cursor: pointer; }
#status { font-weight: bold; min-height: 1.5em; white-space: pre-wrap; }
.paper-only { display: none; }
@media print {
  .save, #status, noscript { display: none; }
  .paper-only { display: block; }
  html { font-size: 10.5pt; line-height: 1.35; }
  fieldset.competence { margin-bottom: .6em; }
}
"""

SAVE_JS = r"""
(function () {
  var data = JSON.parse(document.getElementById("netleder-course-form").textContent);
  var status = document.getElementById("status");
  function say(text) { status.textContent = text; }
  // drawn once, when the page opens: the same answer saved twice counts once
  var shareId = "";
  var bytes = new Uint8Array(64), k = 0;
  while (shareId.length < data.length) {
    if (k === bytes.length) { k = 0; }
    if (k === 0) { window.crypto.getRandomValues(bytes); }
    var b = bytes[k++];
    if (b < 256 - (256 % data.alphabet.length)) { shareId += data.alphabet.charAt(b % data.alphabet.length); }
  }
  document.getElementById("save").addEventListener("click", function () {
    var ratings = {}, given = 0;
    data.ids.forEach(function (id) {
      document.getElementsByName("rating-" + id).forEach(function (input) {
        if (input.checked && input.value !== "") { ratings[id] = parseInt(input.value, 10); given += 1; }
      });
    });
    if (!given) { say(data.messages.need_answer); return; }
    var ordered = {};
    data.content.competences.forEach(function (id) { if (id in ratings) { ordered[id] = ratings[id]; } });
    var doc = {format: data.format, version: data.version, share_id: shareId, content: data.content};
    document.getElementsByName("phase").forEach(function (input) {
      if (input.checked && input.value !== "") { doc.phase = input.value; }
    });
    doc.ratings = ordered;
    var name = data.stem + "-" + shareId.slice(0, 6) + ".json";
    var text = JSON.stringify(doc, null, 2) + "\n";
    var blob = new Blob([text], {type: "application/json"});
    var link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = name;
    document.body.appendChild(link);
    link.click();
    setTimeout(function () { URL.revokeObjectURL(link.href); link.remove(); }, 10000);
    say(data.messages.saved.replace("{file}", name) + "\n" + data.messages.holds.replace("{count}", given));
  });
})();
"""
