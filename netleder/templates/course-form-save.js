(function () {
  var data = JSON.parse(document.getElementById("netleder-course-form").textContent);
  var status = document.getElementById("status");
  function say(text) { status.textContent = text; }
{% include "save-file.js" %}
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
    saveFile(name, JSON.stringify(doc, null, 2) + "\n");
    say(data.messages.saved.replace("{file}", name) + "\n" + data.messages.holds.replace("{count}", given));
  });
})();
