(function () {
  var data = JSON.parse(document.getElementById("netleder-form").textContent);
  var status = document.getElementById("status");
  function pad(n) { return (n < 10 ? "0" : "") + n; }
  function say(text) { status.textContent = text; }
{% include "save-file.js" %}
  document.getElementById("save").addEventListener("click", function () {
    var giverField = document.getElementsByName("giver")[0];
    var giver = giverField.value.trim();
    if (!giver) { say(data.messages.need_name); giverField.focus(); return; }
    var responses = {}, given = false;
    data.snapshot.competences.forEach(function (c) {
      var rating = null, cannotSay = false;
      document.getElementsByName("rating-" + c.id).forEach(function (input) {
        if (input.checked && input.value !== "") { rating = parseInt(input.value, 10); }
        if (input.checked && input.value === "") { cannotSay = true; }
      });
      var comment = document.getElementsByName("comment-" + c.id)[0].value;
      if (rating !== null || cannotSay || comment.trim()) { given = true; }
      responses[c.id] = cannotSay ? {rating: null, comment: comment, cannot_say: true}
                                  : {rating: rating, comment: comment};
    });
    if (!given) { say(data.messages.need_answer); return; }
    var now = new Date();
    var day = now.getFullYear() + "-" + pad(now.getMonth() + 1) + "-" + pad(now.getDate());
    var doc = {format: "netleder-feedback", version: 1, giver: giver, date: day, lang: data.lang,
               snapshot: data.snapshot, responses: responses};
    for (var key in data.file) { doc[key] = data.file[key]; }  // the network and invitation it answers
    var slug = giver.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 40) || "svar";
    var name = "netleder-feedback-" + slug + "-" + day + ".json";
    saveFile(name, JSON.stringify(doc, null, 2) + "\n");
    say(data.messages.saved.replace("{file}", name));
  });
})();
