// Keeps the editor's soft lock while the change form is open (without JS a hidden frame does it).
"use strict";
(function () {
  const box = document.querySelector(".desk-lock[data-lock-url]");
  if (!box) return;
  const token = document.querySelector("input[name=csrfmiddlewaretoken]");
  const note = box.querySelector("p") || box.appendChild(document.createElement("p"));
  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, (_, key) => values[key] || "");
  }
  function beat() {
    const body = new FormData();
    if (token) body.append("csrfmiddlewaretoken", token.value);
    fetch(box.dataset.lockUrl, { method: "POST", body, credentials: "same-origin" })
      .then((response) => (response.ok ? response.json() : null))
      .then((state) => {
        if (!state) return;
        note.className = state.mine ? "desk-note" : "desk-warning";
        note.textContent = state.mine
          ? fill(box.dataset.msgMine, state)
          : "✎ " + fill(box.dataset.msgOther, state);
      })
      .catch(() => {});
  }
  window.setInterval(beat, 60000);
})();
