// Factcheck desk: the selected claim, claims made from a text selection, and the keyboard.
"use strict";

function articleText() {
  return document.getElementById("article-text");
}

function markSelectedClaim() {
  const panel = document.querySelector("[data-selected-claim]");
  const id = panel ? panel.dataset.selectedClaim : null;
  document.querySelectorAll("mark.claim.selected").forEach((m) => m.classList.remove("selected"));
  if (id) {
    document.querySelectorAll(`#article-text mark.claim[data-claim-id="${CSS.escape(id)}"]`)
      .forEach((m) => m.classList.add("selected"));
  }
}

// --- Claims by hand: offsets count characters of the stored text, which the article element
// holds exactly (highlights add elements, never characters), starting at data-body-start.
function offsetIn(container, node, offset) {
  const range = document.createRange();
  range.setStart(container, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}

function selectionOffsets() {
  const container = articleText();
  const selection = window.getSelection();
  if (!container || !selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  const base = parseInt(container.dataset.bodyStart || "0", 10);
  let start = offsetIn(container, range.startContainer, range.startOffset);
  let end = offsetIn(container, range.endContainer, range.endOffset);
  const text = range.toString();
  // Leave out whitespace picked up at either end of a drag.
  const lead = text.length - text.trimStart().length;
  const trail = text.length - text.trimEnd().length;
  start += lead;
  end -= trail;
  if (end <= start) return null;
  return { start: base + start, end: base + end, quote: text.trim() };
}

// The last selection made in the article, kept for "Use selected text as span" (a click on the
// button itself would clear the selection first).
let lastSelection = null;

function showNewClaimForm() {
  const box = document.getElementById("new-claim");
  const found = selectionOffsets();
  if (found) lastSelection = found;
  if (!box || !found) return;
  document.getElementById("new-claim-start").value = found.start;
  document.getElementById("new-claim-end").value = found.end;
  document.getElementById("new-claim-quote-input").value = found.quote;
  document.getElementById("new-claim-quote").textContent = found.quote;
  document.getElementById("new-claim-feedback").textContent = "";
  box.hidden = false;
}

function hideNewClaimForm() {
  const box = document.getElementById("new-claim");
  if (box) box.hidden = true;
}

document.addEventListener("mouseup", (event) => {
  const container = articleText();
  if (container && container.contains(event.target)) {
    // Let the browser finish the selection first.
    setTimeout(showNewClaimForm, 0);
  }
});

document.addEventListener("click", (event) => {
  if (event.target.closest("#new-claim-cancel")) hideNewClaimForm();
  if (event.target.closest("#keyboard-help-button")) toggleHelp();
  if (event.target.closest("#edit-use-selection") && lastSelection) {
    document.getElementById("edit-start").value = lastSelection.start;
    document.getElementById("edit-end").value = lastSelection.end;
  }
});

document.addEventListener("htmx:afterRequest", (event) => {
  const form = event.detail.elt;
  if (form && form.closest && form.closest("#new-claim") && event.detail.successful) {
    const retargeted = event.detail.target && event.detail.target.id === "new-claim-feedback";
    if (!retargeted) {
      hideNewClaimForm();
      form.reset();
    }
  }
});

// --- Keyboard
function claimMarks() {
  const seen = new Set();
  return Array.from(document.querySelectorAll("#article-text mark.claim[data-claim-id]")).filter((m) => {
    if (seen.has(m.dataset.claimId)) return false;
    seen.add(m.dataset.claimId);
    return true;
  });
}

function moveClaim(step) {
  const marks = claimMarks();
  if (!marks.length) return;
  const panel = document.querySelector("[data-selected-claim]");
  const current = panel ? marks.findIndex((m) => m.dataset.claimId === panel.dataset.selectedClaim) : -1;
  const next = marks[Math.min(marks.length - 1, Math.max(0, current === -1 ? 0 : current + step))];
  next.focus();
  next.scrollIntoView({ block: "center", behavior: "smooth" });
  next.click();
}

function toggleHelp(force) {
  const help = document.getElementById("keyboard-help");
  if (!help) return;
  help.hidden = force === undefined ? !help.hidden : !force;
}

function typing(target) {
  return target.closest("input, textarea, select, [contenteditable]");
}

document.addEventListener("keydown", (event) => {
  if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && typing(event.target)) {
    const form = event.target.closest("form");
    if (form) {
      event.preventDefault();
      form.requestSubmit();
    }
    return;
  }
  if (event.key === "Escape") {
    toggleHelp(false);
    if (typing(event.target)) event.target.blur();
    return;
  }
  if (typing(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
  const rating = document.getElementById("verdict-rating");
  if (event.key === "?") {
    toggleHelp();
  } else if (event.key === "j") {
    moveClaim(1);
  } else if (event.key === "k") {
    moveClaim(-1);
  } else if (event.key === "r" && rating) {
    rating.focus();
  } else if (event.key === "n" && document.getElementById("note-text")) {
    document.getElementById("note-text").focus();
  } else if (/^[1-9]$/.test(event.key) && rating) {
    const option = rating.options[parseInt(event.key, 10)];
    if (option) {
      rating.value = option.value;
      rating.focus();
    }
  } else {
    return;
  }
  event.preventDefault();
});

// --- Failed requests: htmx does not swap error responses, so say what happened; the page,
// and whatever was typed, stay as they are.
const REQUEST_ERRORS = {
  403: "You do not have permission to do that, or your session expired: reload the page.",
  404: "That record no longer exists: reload the page.",
  405: "That action is not allowed here.",
};

function showRequestError(message) {
  const box = document.getElementById("request-error");
  if (!box) return;
  box.textContent = message;
  box.hidden = false;
  clearTimeout(showRequestError.timer);
  showRequestError.timer = setTimeout(() => { box.hidden = true; }, 8000);
}

document.addEventListener("htmx:responseError", (event) => {
  const status = event.detail.xhr.status;
  showRequestError(REQUEST_ERRORS[status] || `The server could not do that (error ${status}); nothing typed was lost.`);
});
document.addEventListener("htmx:sendError", () => {
  showRequestError("The desk could not be reached: check the connection and try again.");
});

document.addEventListener("DOMContentLoaded", markSelectedClaim);
document.addEventListener("htmx:afterSettle", markSelectedClaim);
