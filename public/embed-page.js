// embed.html: writes this site's own address into the embed code, and offers a copy button.
// `embed.html?data=data/yours.json` writes that data file into the code and the preview (a
// relative .json path of this site, accepted as the widget accepts its `?data=`).
(function () {
  "use strict";
  var base = new URL("./", location.href).href;
  var code = document.querySelector("#snippet code");
  var data = new URLSearchParams(location.search).get("data");
  var option = "";
  var safe = data && /^[A-Za-z0-9_.\/-]+\.json$/.test(data) &&
    data.split("/").every(function (s) { return s !== "" && s !== ".."; });
  if (safe) {
    option = "&data=" + data;
    var preview = document.getElementById("preview");
    preview.src = "./?embed=1" + option;
  }
  code.textContent = code.textContent
    .split("https://YOUR-SITE/PATH/?embed=1").join(base + "?embed=1" + option)
    .split("https://YOUR-SITE/PATH/").join(base);
  var button = document.getElementById("copy");
  if (!navigator.clipboard) return;
  button.hidden = false;
  button.addEventListener("click", function () {
    navigator.clipboard.writeText(code.textContent).then(function () {
      document.getElementById("copied").textContent = "Copied.";
    });
  });
})();
