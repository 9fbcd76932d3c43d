// Optional enhancements only: every page works without this script.
"use strict";

document.addEventListener("submit", (event) => {
    const form = event.target;
    const question = form instanceof HTMLFormElement ? form.dataset.confirm : undefined;
    if (question && !window.confirm(question)) event.preventDefault();
});

// Hashes are long; a click selects the whole hash for copying.
document.addEventListener("click", (event) => {
    const hash = event.target instanceof Element ? event.target.closest(".hash") : null;
    if (hash) window.getSelection()?.selectAllChildren(hash);
});

// The first-run link carries the first admin's token in its fragment (never sent to the server or kept in its logs):
// fill the sign-in form with it, take it out of the address bar and history, and sign in.
document.addEventListener("DOMContentLoaded", () => {
    const field = document.getElementById("token");
    if (!(field instanceof HTMLInputElement) || !location.hash.startsWith("#token=")) return;
    field.value = decodeURIComponent(location.hash.slice("#token=".length));
    history.replaceState(null, "", location.pathname + location.search);
    field.form?.requestSubmit();
});

// A printed page shows every folded hash in full (closed details print only their summary).
window.addEventListener("beforeprint", () => {
    for (const fold of document.querySelectorAll("details.hash-fold")) fold.open = true;
});
