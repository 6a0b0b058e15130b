// critmin Sites map: a point (click, Enter or Space) opens the site's card from /api/v1/sites/{id}.
(function () {
  "use strict";
  var card = document.getElementById("site-card");
  var holder = document.getElementById("sites-map");
  if (!card || !holder) { return; }
  var asOf = holder.getAttribute("data-as-of") || "";

  function el(tag, text, attrs) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    return e;
  }
  function human(v) { return v === null || v === undefined || v === "" ? "" : String(v).replace(/_/g, " "); }
  function table(caption, rows, cols) {
    var wrap = el("div", null, { "class": "table-wrap" });
    var t = el("table", null, { "class": "compact" });
    t.appendChild(el("caption", caption));
    var hr = el("tr");
    cols.forEach(function (c) { hr.appendChild(el("th", human(c[1]), { scope: "col" })); });
    t.appendChild(el("thead")).appendChild(hr);
    var tb = el("tbody");
    rows.forEach(function (r) {
      var tr = el("tr");
      cols.forEach(function (c) {
        var td = el("td");
        var v = r[c[0]];
        if (c[0] === "source_id" && v) {
          td.appendChild(el("a", v, { href: "/sources#" + v }));
        } else { td.textContent = human(v); }
        tr.appendChild(td);
      });
      tb.appendChild(tr);
    });
    t.appendChild(tb);
    wrap.appendChild(t);
    return wrap;
  }
  function render(doc) {
    var d = doc.data, s = d.site;
    card.textContent = "";
    var close = el("button", "Close", { type: "button", "class": "close" });
    close.addEventListener("click", function () { card.hidden = true; });
    card.appendChild(close);
    card.appendChild(el("h2", s.name, { id: "site-card-h" }));
    var facts = el("p");
    var st = d.current_status ? human(d.current_status.status) + " since " + d.current_status.date : "no dated status (gap)";
    facts.textContent = human(s.site_type) + " in " + (s.region ? s.region + ", " : "") + s.country +
      ". Status on " + d.as_of + ": " + st + "." + (s.operator ? " Operator: " + s.operator + "." : "");
    card.appendChild(facts);
    var loc = el("p", null, { "class": "note" });
    if (s.latitude === null || s.longitude === null) {
      loc.textContent = "Location: no sourced coordinate (not placed on the map).";
    } else if (s.coords_approximate) {
      loc.textContent = "Location approximate: " + s.latitude + ", " + s.longitude + " is a nearby place (" + (s.note || "") + ").";
    } else {
      loc.textContent = "Location: " + s.latitude + ", " + s.longitude + " (at the site).";
    }
    loc.setAttribute("data-testid", "card-location");
    card.appendChild(loc);
    var c = d.current_control;
    card.appendChild(el("p", c ? "Control of the ground on " + d.as_of + ": " + c.status +
      (c.controller ? " (" + c.controller + ")" : "") + ", " + c.basis + " level, source " + c.source_id + "."
      : "Control of the ground on " + d.as_of + ": no source covers it (unknown)."));
    if (d.status_history.length) {
      card.appendChild(table("Status history", d.status_history, [["date", "date"], ["status", "status"], ["source_id", "source"]]));
    }
    if (d.capacity.length) {
      card.appendChild(table("Capacity", d.capacity, [["product", "product"], ["qualifier", ""], ["value", "value"], ["unit", "unit"], ["basis", "basis"], ["year", "year"], ["source_id", "source"]]));
    }
    if (d.owners.length) {
      card.appendChild(table("Owners", d.owners, [["owner", "owner"], ["share", "share"], ["as_of", "as of"], ["source_id", "source"]]));
    }
    if (d.gaps.length) { card.appendChild(el("p", "Gaps: " + d.gaps.join("; ") + ".")); }
    card.appendChild(el("h3", "Sources"));
    var ul = el("ul", null, { "class": "card-sources" });
    doc.meta.sources.forEach(function (src) {
      var li = el("li");
      li.appendChild(el("a", src.source_id, { href: "/sources#" + src.source_id }));
      li.appendChild(document.createTextNode(" " + [src.publisher, src.title].filter(Boolean).join(": ") + " "));
      if (src.url) { li.appendChild(el("a", "(original)", { href: src.url, rel: "noopener" })); }
      ul.appendChild(li);
    });
    card.appendChild(ul);
    card.hidden = false;
    card.focus();
  }
  function open(id) {
    var url = "/api/v1/sites/" + encodeURIComponent(id) + (asOf ? "?as_of=" + encodeURIComponent(asOf) : "");
    fetch(url, { headers: { Accept: "application/json" } })
      .then(function (r) { return r.json(); })
      .then(function (doc) {
        if (doc.error) { card.textContent = doc.error.message; card.hidden = false; return; }
        render(doc);
      });
  }
  document.querySelectorAll("[data-site]").forEach(function (pt) {
    pt.addEventListener("click", function () { open(pt.getAttribute("data-site")); });
    pt.addEventListener("keydown", function (ev) {
      if (pt.tagName !== "BUTTON" && (ev.key === "Enter" || ev.key === " ")) { ev.preventDefault(); open(pt.getAttribute("data-site")); }
    });
  });
})();
