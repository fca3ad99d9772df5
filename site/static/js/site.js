/* Site-wide progressive enhancement, loaded in <head> (not deferred) so that the `js` class is
   on <html> before the first paint: the CSS collapses the phone menu and the filter panel only
   then, and without JavaScript both are simply shown (issue #13). */
(function () {
  "use strict";
  document.documentElement.classList.add("js");
  var FOCUS_KEY = "mikser:filters-focus";
  var SETTLE_MS = 900;

  /* Disclosures (the phone menu, the filter panel): a button with aria-expanded and
     aria-controls, hidden until this runs. The CSS hides the controlled element, on phones only,
     while the button says it is collapsed; on wide screens the button is not displayed at all.
     Escape closes an open disclosure and gives focus back to its button. */
  function setUpDisclosures() {
    var buttons = document.querySelectorAll("[data-disclosure]");
    Array.prototype.forEach.call(buttons, function (button) {
      var target = document.getElementById(button.getAttribute("aria-controls"));
      if (!target) return;
      button.hidden = false;
      button.setAttribute("aria-expanded", "false");
      button.addEventListener("click", function () {
        button.setAttribute("aria-expanded", String(button.getAttribute("aria-expanded") !== "true"));
      });
      target.addEventListener("keydown", function (event) {
        if (event.key === "Escape" && button.getAttribute("aria-expanded") === "true" &&
            button.offsetParent !== null) {
          button.setAttribute("aria-expanded", "false");
          button.focus();
        }
      });
    });
  }

  /* Listing filters apply as soon as a choice changes (the form says so beforehand, WCAG 3.2.2).
     The form stays a plain GET form with a submit button, so it works without JavaScript.
     Empty fields and the default order are left out of the request, so the URL carries no
     `?country=&year=` (the server redirects such URLs too); after the reload, focus returns to
     the field that was changed. */
  function setUpFilters() {
    var forms = document.querySelectorAll("form[data-filters]");
    Array.prototype.forEach.call(forms, function (form) {
      form.addEventListener("submit", function () {
        Array.prototype.forEach.call(form.elements, function (field) {
          var unneeded = field.value === "" || field.value === field.getAttribute("data-default");
          if (field.name && field.type !== "checkbox" && field.type !== "submit" && unneeded) {
            field.disabled = true;
          }
        });
      });
      // A closed <select> changes with each arrow key or typed letter: wait until the choice
      // settles (or the focus leaves the field) before applying it. A checkbox applies at once.
      var timer = null;
      function apply(field) {
        clearTimeout(timer);
        timer = null;
        try { sessionStorage.setItem(FOCUS_KEY, field.id); } catch (error) { /* private mode */ }
        if (form.requestSubmit) form.requestSubmit();
        else form.submit();
      }
      form.addEventListener("change", function (event) {
        var field = event.target;
        if (field.type === "checkbox") { apply(field); return; }
        clearTimeout(timer);
        timer = setTimeout(function () { apply(field); }, SETTLE_MS);
      });
      form.addEventListener("focusout", function (event) {
        if (timer !== null) apply(event.target);
      });
      // Coming back through the history cache shows the form as it was sent: enable it again.
      window.addEventListener("pageshow", function () {
        Array.prototype.forEach.call(form.elements, function (field) { field.disabled = false; });
      });
      Array.prototype.forEach.call(form.querySelectorAll("[data-filters-apply]"), function (button) {
        button.hidden = true;
      });
      Array.prototype.forEach.call(form.querySelectorAll("[data-filters-live]"), function (note) {
        note.hidden = false;
      });
    });
    var focusId = null;
    try {
      focusId = sessionStorage.getItem(FOCUS_KEY);
      sessionStorage.removeItem(FOCUS_KEY);
    } catch (error) { /* private mode */ }
    var field = focusId && document.getElementById(focusId);
    if (field && field.form && field.form.hasAttribute("data-filters")) {
      var toggle = document.querySelector('[data-disclosure][aria-controls="' + field.form.id + '"]');
      if (toggle) toggle.setAttribute("aria-expanded", "true");
      field.focus({ preventScroll: false });
    }
  }

  function ready() {
    setUpDisclosures();
    setUpFilters();
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", ready);
  else ready();
})();
