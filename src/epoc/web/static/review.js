// One-key choices on the review page: s / n / u pick a verdict and move to the reason, k skips the pair.
// The page works without this file: the form is plain HTML, usable with Tab, arrows and Enter.
(function () {
  "use strict";
  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target;
    if (target instanceof HTMLElement && (target.isContentEditable || (["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName) && target.type !== "radio"))) return;
    const key = event.key.toLowerCase();
    const radio = document.querySelector('#decision input[type=radio][data-key="' + key + '"]');
    if (radio) {
      event.preventDefault();
      radio.checked = true;
      document.getElementById("why").focus();
      return;
    }
    if (key === "k") {
      const skip = document.getElementById("skip");
      if (skip) { event.preventDefault(); skip.click(); }
    }
  });
})();
