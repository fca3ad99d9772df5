// Header search suggestions: the ARIA 1.2 combobox pattern (input + listbox) over the plain
// search form, which keeps working without this script. Loaded from a file (no inline code)
// so a strict Content-Security-Policy can forbid inline scripts.
(function () {
  "use strict";

  var DELAY_MS = 200;
  var MIN_LENGTH = 2;

  function setUp(form) {
    var input = form.querySelector(".header-search__input");
    var listbox = form.querySelector(".header-search__listbox");
    var status = form.querySelector("#header-search-status");
    var messages = {
      count: form.querySelector('[data-message="count"]').textContent,
      none: form.querySelector('[data-message="none"]').textContent,
    };
    var url = form.getAttribute("data-autocomplete-url");
    var timer = null;
    var pending = null;
    var options = [];
    var active = -1;

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-controls", listbox.id);
    input.setAttribute("aria-expanded", "false");

    function close() {
      listbox.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function choose(index) {
      options.forEach(function (option, i) {
        option.setAttribute("aria-selected", i === index ? "true" : "false");
      });
      active = index;
      if (index >= 0) {
        input.setAttribute("aria-activedescendant", options[index].id);
        options[index].scrollIntoView({ block: "nearest" });
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function open(results) {
      listbox.textContent = "";
      options = results.map(function (result, i) {
        var option = document.createElement("li");
        option.id = listbox.id + "-option-" + i;
        option.className = "header-search__option";
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.dataset.url = result.url;
        var title = document.createElement("span");
        title.className = "header-search__option-title";
        title.textContent = result.title;
        var kind = document.createElement("span");
        kind.className = "header-search__option-kind";
        kind.textContent = result.kind;
        option.appendChild(title);
        option.appendChild(document.createTextNode(" "));
        option.appendChild(kind);
        option.addEventListener("mousedown", function (event) {
          event.preventDefault(); // keep focus in the input until we navigate
          window.location.assign(result.url);
        });
        listbox.appendChild(option);
        return option;
      });
      active = -1;
      if (options.length) {
        listbox.hidden = false;
        input.setAttribute("aria-expanded", "true");
        status.textContent = messages.count.replace("%(count)s", String(options.length));
      } else {
        close();
        status.textContent = messages.none;
      }
    }

    function fetchSuggestions() {
      var query = input.value.trim();
      if (query.length < MIN_LENGTH) {
        close();
        status.textContent = "";
        return;
      }
      if (pending) pending.abort();
      pending = new AbortController();
      fetch(url + "?q=" + encodeURIComponent(query), {
        headers: { Accept: "application/json" },
        signal: pending.signal,
      })
        .then(function (response) { return response.ok ? response.json() : { results: [] }; })
        .then(function (data) { open(data.results || []); })
        .catch(function (error) { if (error.name !== "AbortError") close(); });
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(fetchSuggestions, DELAY_MS);
    });

    input.addEventListener("keydown", function (event) {
      var expanded = !listbox.hidden && options.length > 0;
      if (event.key === "ArrowDown") {
        if (!expanded) { fetchSuggestions(); return; }
        event.preventDefault();
        choose(active + 1 < options.length ? active + 1 : 0);
      } else if (event.key === "ArrowUp" && expanded) {
        event.preventDefault();
        choose(active > 0 ? active - 1 : options.length - 1);
      } else if (event.key === "Enter" && expanded && active >= 0) {
        event.preventDefault();
        window.location.assign(options[active].dataset.url);
      } else if (event.key === "Escape") {
        if (expanded) { event.preventDefault(); close(); }
        else { input.value = ""; }
      }
    });

    input.addEventListener("blur", function () { close(); });
  }

  document.querySelectorAll("form.header-search[data-autocomplete-url]").forEach(setUp);
})();
