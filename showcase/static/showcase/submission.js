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

// One project at a time (issue #13). Without JavaScript every project's fieldset is in the
// form and works; here the empty optional ones are hidden behind an "Add another project"
// button that opens the next one and moves focus into it.
(function () {
  "use strict";

  var projects = Array.prototype.slice.call(document.querySelectorAll("[data-project]"));
  var template = document.getElementById("add-project-template");
  if (!projects.length || !template) {
    return;
  }
  var hidden = projects.filter(function (project) {
    return !project.hasAttribute("data-project-filled");
  });
  if (!hidden.length) {
    return;
  }
  hidden.forEach(function (project) {
    project.hidden = true;
  });
  var button = template.content.firstElementChild.cloneNode(true);
  var last = projects[projects.length - 1];
  last.parentNode.insertBefore(button, last.nextSibling);

  button.addEventListener("click", function () {
    var next = hidden.shift();
    if (!next) {
      return;
    }
    next.hidden = false;
    if (!hidden.length) {
      button.remove();
    }
    var first = next.querySelector("input:not([type='hidden']), textarea, select");
    if (first) {
      first.focus();
    }
    next.scrollIntoView({ block: "start" });
  });
})();

// Previews of chosen images. The preview is read into a data: URL (the Content-Security-Policy
// allows data: images, not blob:); a file that is not an image, or too large to preview
// quickly, gets its name only. The server checks every file anyway.
(function () {
  "use strict";

  var PREVIEW_MAX_BYTES = 20 * 1024 * 1024;

  function show(row, input) {
    var preview = row.querySelector("[data-preview]");
    if (!preview) {
      return;
    }
    if (!preview.dataset.original) {
      preview.dataset.original = preview.innerHTML;
    }
    var file = input.files && input.files[0];
    if (!file) {
      preview.innerHTML = preview.dataset.original;
      return;
    }
    preview.textContent = "";
    var name = document.createElement("p");
    name.className = "form-field__help";
    name.textContent = file.name;
    preview.appendChild(name);
    if (!/^image\/(jpeg|png|webp)$/.test(file.type) || file.size > PREVIEW_MAX_BYTES) {
      return;
    }
    var reader = new FileReader();
    reader.addEventListener("load", function () {
      if (input.files[0] !== file) {
        return; // another file was chosen meanwhile
      }
      var image = document.createElement("img");
      image.alt = "";
      image.src = reader.result;
      preview.insertBefore(image, name);
    });
    reader.readAsDataURL(file);
  }

  document.addEventListener("change", function (event) {
    var input = event.target;
    if (!input.matches || !input.matches("input[type='file']")) {
      return;
    }
    var row = input.closest("[data-image-row]");
    if (row) {
      show(row, input);
    }
  });
})();
