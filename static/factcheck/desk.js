// Factcheck desk: marks the claim whose panel is open.
function markSelectedClaim() {
  const panel = document.querySelector("[data-selected-claim]");
  const id = panel ? panel.dataset.selectedClaim : null;
  document.querySelectorAll("mark.claim.selected").forEach((m) => m.classList.remove("selected"));
  if (id) {
    document.querySelectorAll(`mark.claim[data-claim-id="${CSS.escape(id)}"]`).forEach((m) => m.classList.add("selected"));
  }
}
document.addEventListener("DOMContentLoaded", markSelectedClaim);
document.addEventListener("htmx:afterSettle", markSelectedClaim);
