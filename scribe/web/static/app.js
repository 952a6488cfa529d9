/* scribe review app: evidence highlighting, copy-to-clipboard, idle logoff. No inline script anywhere (CSP). */
(function () {
  "use strict";

  function highlight(indices) {
    document.querySelectorAll(".turn.hl").forEach(function (el) { el.classList.remove("hl"); });
    var first = null;
    indices.forEach(function (i) {
      var turn = document.getElementById("turn-" + i);
      if (turn) { turn.classList.add("hl"); first = first || turn; }
    });
    var rect = first && first.getBoundingClientRect();
    var inView = rect && rect.top >= 0 && rect.bottom <= window.innerHeight;
    if (first && !inView) {
      var panel = document.getElementById("transcript");
      if (panel && panel.scrollHeight > panel.clientHeight) {
        panel.scrollTo({ top: first.offsetTop - panel.offsetTop - 12, behavior: "smooth" });
      } else {
        first.scrollIntoView({ behavior: "smooth", block: "center" });
      }
    }
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a.ev");
    if (link) {
      event.preventDefault();
      highlight((link.getAttribute("data-turns") || "").split(" ").filter(Boolean));
      document.querySelectorAll(".fact.active").forEach(function (el) { el.classList.remove("active"); });
      var fact = link.closest(".fact");
      if (fact) { fact.classList.add("active"); }
      return;
    }
    var copy = event.target.closest && event.target.closest("#copy");
    if (copy) {
      var status = document.getElementById("copy-status");
      fetch(copy.getAttribute("data-src"), { credentials: "same-origin" })
        .then(function (r) { if (!r.ok) { throw new Error(String(r.status)); } return r.text(); })
        .then(function (text) { return navigator.clipboard.writeText(text); })
        .then(function () { if (status) { status.textContent = "Copied: paste it into the EHR."; } })
        .catch(function () { if (status) { status.textContent = "Could not copy; use the Markdown export."; } });
    }
  });

  // Idle logoff: the server ends the session after the idle time; the page follows it there.
  var timer = null;
  function arm() {
    var seconds = parseInt(document.body.getAttribute("data-idle-seconds") || "0", 10);
    if (!seconds) { return; }
    if (timer) { clearTimeout(timer); }
    timer = setTimeout(function () { window.location.assign("/login?idle=1"); }, (seconds + 2) * 1000);
  }
  ["click", "keydown", "htmx:afterRequest"].forEach(function (name) { document.addEventListener(name, arm); });
  document.addEventListener("DOMContentLoaded", arm);
})();
