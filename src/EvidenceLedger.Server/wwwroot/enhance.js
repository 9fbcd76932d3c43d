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
