// critmin claim checker: post an article to /api/v1/check and show each claim highlighted by
// verdict, with its explanation and evidence. Same-origin requests only; every piece of user
// or server text goes into the page through textContent, never as markup.
(function () {
  "use strict";
  var form = document.getElementById("check-form");
  if (!form) { return; }
  var $ = function (id) { return document.getElementById(id); };
  var MAX_BYTES = 2000000;
  var DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    if (cls) { e.className = cls; }
    return e;
  }
  function label(v) { return String(v).replace(/_/g, " "); }
  function fmt(v) {
    if (v === null || v === undefined) { return ""; }
    return typeof v === "number" ? v.toLocaleString("en-US", { maximumSignificantDigits: 6 }) : String(v);
  }

  function setStatus(msg) { $("status-text").textContent = msg; }
  function clearErrors() { $("errors").hidden = true; $("error-message").textContent = ""; $("error-hint").textContent = ""; }
  function showError(message, hint) {
    $("error-message").textContent = message;
    $("error-hint").textContent = hint || "";
    $("errors").hidden = false;
    setStatus("");
  }

  // the article with each claim's span wrapped in a <mark> of its verdict class
  function renderArticle(text, claims) {
    var box = $("checked-article");
    box.textContent = "";
    var marks = claims.map(function (c, i) { return { a: c.claim.span[0], b: c.claim.span[1], i: i, c: c }; })
      .sort(function (x, y) { return x.a - y.a || y.b - x.b; });
    var pos = 0;
    marks.forEach(function (m) {
      if (m.a < pos || m.b <= m.a) { return; }  // overlapping claims: the first keeps the highlight
      box.appendChild(document.createTextNode(text.slice(pos, m.a)));
      var mark = el("mark", text.slice(m.a, m.b), "claim claim-" + m.c.verdict);
      mark.tabIndex = 0;
      mark.dataset.claim = String(m.i);
      mark.title = label(m.c.verdict) + ": " + m.c.explanation;
      mark.setAttribute("aria-describedby", "claim-" + m.i);
      var go = function () {
        var li = $("claim-" + m.i);
        document.querySelectorAll(".claims > li.current").forEach(function (x) { x.classList.remove("current"); });
        li.classList.add("current");
        li.scrollIntoView({ block: "nearest" });
      };
      mark.addEventListener("click", go);
      mark.addEventListener("keydown", function (ev) { if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); go(); } });
      box.appendChild(mark);
      box.appendChild(el("span", "[" + (m.i + 1) + " " + label(m.c.verdict) + "]", "vtag"));
      pos = m.b;
    });
    box.appendChild(document.createTextNode(text.slice(pos)));
  }

  function evidenceTable(rows) {
    var table = el("table", null, "compact");
    var head = el("tr");
    ["edition", "country", "year", "value", "unit", "current", "source", "note"].forEach(function (h) {
      var th = el("th", h); th.scope = "col"; head.appendChild(th);
    });
    table.appendChild(el("thead")).appendChild(head);
    var body = el("tbody");
    rows.slice(0, 12).forEach(function (e) {
      var tr = el("tr");
      [e.edition, e.country, e.year, fmt(e.value), (e.unit || "") + (e.basis ? " " + e.basis : ""),
        e.current ? "yes" : ""].forEach(function (v) { tr.appendChild(el("td", v)); });
      var td = el("td");
      var a = el("a", e.source_id, "source-link");
      a.href = "/sources#" + encodeURIComponent(e.source_id);
      if (e.locator) { a.title = e.locator; }
      td.appendChild(a);
      tr.appendChild(td);
      tr.appendChild(el("td", e.derived || ""));
      body.appendChild(tr);
    });
    table.appendChild(body);
    var wrap = el("div", null, "table-wrap");
    wrap.appendChild(table);
    return wrap;
  }

  function renderClaims(claims) {
    var list = $("claims");
    list.textContent = "";
    claims.forEach(function (c, i) {
      var li = el("li", null, "verdict-" + c.verdict);
      li.id = "claim-" + i;
      var p = el("p");
      p.appendChild(el("span", label(c.verdict), "verdict"));
      p.appendChild(document.createTextNode(" (" + c.claim.kind + "): \u201c" + c.claim.text + "\u201d"));
      li.appendChild(p);
      li.appendChild(el("p", c.explanation));
      if (c.needs) { li.appendChild(el("p", "Needs: " + c.needs, "note")); }
      if (c.evidence && c.evidence.length) { li.appendChild(evidenceTable(c.evidence)); }
      list.appendChild(li);
    });
  }

  function renderContradictions(items) {
    var ul = $("contradictions");
    ul.textContent = "";
    $("contradictions-h").hidden = items.length === 0;
    items.forEach(function (x) {
      var nums = x.claims.map(function (i) { return i + 1; }).join(", ");
      ul.appendChild(el("li", label(x.kind) + ": " + x.explanation + (nums ? " (claims " + nums + ")" : "")));
    });
  }

  function render(data) {
    var counts = Object.keys(data.counts).filter(function (k) { return data.counts[k]; })
      .map(function (k) { return label(k) + " " + data.counts[k]; }).join(", ");
    var editions = Object.keys(data.current_editions).map(function (k) { return data.current_editions[k]; }).sort();
    $("summary").textContent = data.claims.length + " claim" + (data.claims.length === 1 ? "" : "s")
      + (counts ? " (" + counts + ")" : "") + (data.message ? "; " + data.message : "")
      + ". Article date " + data.date + "; editions current then: " + editions.join(", ")
      + "; dataset " + data.dataset_version + ".";
    renderArticle(data.text || "", data.claims);
    renderContradictions(data.contradictions || []);
    renderClaims(data.claims);
    $("results").hidden = false;
    $("results-h").focus();
  }

  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    clearErrors();
    var text = $("article").value, date = $("date").value;
    // validated here so a mistake never costs a failed request
    if (!text.trim()) { showError("The article is empty: paste the text to check."); $("article").focus(); return; }
    if (new Blob([text]).size > MAX_BYTES) { showError("The article is over 2 MB.", "Split it and check the parts one by one."); return; }
    if (date && !DATE_RE.test(date)) { showError("The date must be YYYY-MM-DD.", "Leave it empty for today."); $("date").focus(); return; }
    var btn = $("check");
    btn.disabled = true;
    setStatus("checking ...");
    fetch("/api/v1/check", {
      method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify(date ? { text: text, date: date } : { text: text })
    }).then(function (r) {
      return r.json().then(function (body) { return { status: r.status, body: body }; },
        function () { return { status: r.status, body: { error: { message: "HTTP " + r.status } } }; });
    }).then(function (res) {
      if (res.status !== 200) {
        var e = res.body.error || {};
        showError(e.message || "the check failed", e.hint);
        return;
      }
      setStatus("");
      render(res.body.data);
    }, function () {
      showError("The server did not answer.", "Is critmin serve still running?");
    }).then(function () { btn.disabled = false; });
  });
})();
