// The submission form's error summary (issue #7, docs/browser-and-accessibility.md).
// When the form comes back with errors, focus moves to the summary: a screen reader reads it
// out and a keyboard user starts from it. Its links move focus to the field they name (a plain
// fragment link only scrolls, and a field inside a closed <details> could not be reached).
// A file of its own, loaded with `defer`: the CSP allows no inline script.
(function () {
  "use strict";

  var summary = document.querySelector("[data-error-summary]");
  if (!summary) {
    return;
  }
  summary.focus();

  summary.addEventListener("click", function (event) {
    var link = event.target.closest("a[href^='#']");
    if (!link) {
      return;
    }
    var target = document.getElementById(decodeURIComponent(link.hash.slice(1)));
    if (!target) {
      return;
    }
    var control = target.matches("input, select, textarea, button")
      ? target
      : target.querySelector("input, select, textarea, button");
    if (!control) {
      return; // a legend or a heading: the fragment link scrolls to it
    }
    event.preventDefault();
    var details = control.closest("details");
    if (details) {
      details.open = true;
    }
    // Show the question with the field: the legend of a group, else the field's label.
    var group = control.closest("fieldset.form-field");
    var label = group
      ? group.querySelector("legend")
      : document.querySelector("label[for='" + control.id + "']");
    control.focus({ preventScroll: true });
    (label || control).scrollIntoView({ block: "start" });
  });
})();
