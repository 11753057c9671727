// embed.html: writes this site's own address into the embed code, and offers a copy button.
(function () {
  "use strict";
  var base = new URL("./", location.href).href;
  var code = document.querySelector("#snippet code");
  code.textContent = code.textContent.split("https://YOUR-SITE/PATH/").join(base);
  var button = document.getElementById("copy");
  if (!navigator.clipboard) return;
  button.hidden = false;
  button.addEventListener("click", function () {
    navigator.clipboard.writeText(code.textContent).then(function () {
      document.getElementById("copied").textContent = "Copied.";
    });
  });
})();
