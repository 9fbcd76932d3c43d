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

// A long import: while the form's request is checked and recorded, ask the page where it stands and draw a bar.
// The page asked is the one the upload goes to; the id ties the two together (and only for whoever uploaded).
document.addEventListener("submit", (event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.dataset.progress || event.defaultPrevented) return;
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
    const id = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
    form.elements.namedItem("progressId").value = id;
    const panel = form.querySelector(".import-progress");
    const bar = panel?.querySelector("progress");
    const words = panel?.querySelector("span");
    if (!panel || !bar || !words) return;
    panel.hidden = false;
    bar.removeAttribute("value");
    words.textContent = "Sending the file…";
    const poll = async () => {
        try {
            const answer = await fetch(`${form.dataset.progress}&id=${id}`, { credentials: "same-origin", cache: "no-store" });
            if (answer.status === 200) {
                const { stage, done, total } = await answer.json();
                bar.max = Math.max(total, 1);
                bar.value = done;
                words.textContent = `${stage === "recording" ? "Recording" : "Checking"} row ${done} of ${total}…`;
            }
        } catch {
            // The page is being replaced by the import's answer; nothing more to draw.
        }
        setTimeout(poll, 250);
    };
    setTimeout(poll, 250);
});
