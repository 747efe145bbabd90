  // `text` saved as the file `name` among the browser's downloads: a real download, nothing sent
  function saveFile(name, text) {
    var blob = new Blob([text], {type: "application/json"});
    var link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = name;
    document.body.appendChild(link);
    link.click();
    setTimeout(function () { URL.revokeObjectURL(link.href); link.remove(); }, 10000);
  }
