/*! Interreg map widget: sizes its iframes to their content on the host page (as Datawrapper's embed
 * does). Include once, anywhere on the page, for any number of widgets:
 *   <iframe src="https://example.org/map/?embed=1" title="…" width="100%" height="720"
 *           style="border:0" data-interreg-map></iframe>
 *   <script src="https://example.org/map/embed.js" async></script>
 * The widget (src/embed.rs) posts { type: "interreg-map:height", height } to its parent window when
 * its content's height changes. A message is used only if it comes from one of these iframes (its
 * window and its origin) and has that shape; anything else is ignored. Without this script the
 * iframe keeps its fixed height and scrolls. */
(function () {
  "use strict";
  if (window.interregMapEmbed) return; // included twice: one listener is enough
  window.interregMapEmbed = true;

  var MAX = 20000; // px; a taller answer is not believed

  function originOf(frame) {
    try {
      return new URL(frame.src, location.href).origin;
    } catch (e) {
      return null;
    }
  }

  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || typeof data !== "object" || data.type !== "interreg-map:height") return;
    var height = data.height;
    if (typeof height !== "number" || !(height > 0 && height <= MAX)) return;
    var frames = document.querySelectorAll("iframe[data-interreg-map]");
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source || originOf(frame) !== event.origin) continue;
      // The height is the content's: make the frame's own box hold exactly that, whatever the
      // host page's box-sizing, padding or border rules say about iframes.
      frame.style.boxSizing = "content-box";
      frame.style.height = Math.ceil(height) + "px";
      frame.setAttribute("scrolling", "no");
      return;
    }
  });
})();
