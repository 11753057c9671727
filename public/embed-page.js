// embed.html: writes this site's own address into the embed code, offers the map's languages
// (each a page of the site, el.html; read from the widget's own language menu), and a copy button.
// `embed.html?data=data/yours.json` writes that data file into the code and the preview (a
// relative .json path of this site, accepted as the widget accepts its `?data=`).
(function () {
  "use strict";
  var base = new URL("./", location.href).href;
  var code = document.querySelector("#snippet code");
  var template = code.textContent;
  var preview = document.getElementById("preview");
  var select = document.getElementById("lang");
  var data = new URLSearchParams(location.search).get("data");
  var safe = data && /^[A-Za-z0-9_.\/-]+\.json$/.test(data) &&
    data.split("/").every(function (s) { return s !== "" && s !== ".."; });
  var option = safe ? "&data=" + data : "";
  function write() {
    var page = select.value ? select.value + ".html" : "";
    code.textContent = template
      .split("https://YOUR-SITE/PATH/?embed=1").join(base + page + "?embed=1" + option)
      .split("https://YOUR-SITE/PATH/").join(base);
    preview.src = "./" + page + "?embed=1" + option;
  }
  write();
  select.addEventListener("change", write);
  fetch("index.html").then(function (response) { return response.text(); }).then(function (html) {
    var page = new DOMParser().parseFromString(html, "text/html");
    page.querySelectorAll(".imap__lang a[hreflang]").forEach(function (link) {
      var choice = document.createElement("option");
      choice.value = link.getAttribute("hreflang");
      choice.textContent = link.textContent.trim();
      choice.lang = choice.value;
      select.append(choice);
    });
  }).catch(function () {});
  var button = document.getElementById("copy");
  if (!navigator.clipboard) return;
  button.hidden = false;
  button.addEventListener("click", function () {
    navigator.clipboard.writeText(code.textContent).then(function () {
      document.getElementById("copied").textContent = "Copied.";
    });
  });
})();
