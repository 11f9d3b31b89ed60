// Keys on the mentions page: j / k move to the next / previous mention, a accepts and r rejects the one in
// focus. The page works without this file: every decision is a plain form (Tab, Enter).
(function () {
  "use strict";
  function cards() { return Array.from(document.querySelectorAll("#queue article.mention-pending")); }
  function current() { return document.activeElement && document.activeElement.closest ? document.activeElement.closest("article.mention") : null; }
  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target;
    if (target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))) return;
    const key = event.key.toLowerCase();
    const list = cards();
    const here = current();
    if (key === "j" || key === "k") {
      if (!list.length) return;
      event.preventDefault();
      let index = here ? list.indexOf(here) : -1;
      index = key === "j" ? Math.min(index + 1, list.length - 1) : Math.max(index - 1, 0);
      list[index].focus();
      list[index].scrollIntoView({ block: "nearest" });
      return;
    }
    if ((key === "a" || key === "r") && here) {
      const button = here.querySelector('button[data-key="' + key + '"]');
      if (button) { event.preventDefault(); button.click(); }
    }
  });
  // After HTMX swaps a decided mention in, move the focus to the next one still waiting.
  document.body.addEventListener("htmx:afterSwap", function () {
    const next = cards()[0];
    if (next) next.focus();
  });
})();
