// critmin dashboard: progressive enhancement only; every page works without it.
(function () {
  "use strict";
  // pickers submit on change (the Show button stays for keyboard users)
  document.querySelectorAll("select[data-autosubmit]").forEach(function (sel) {
    sel.addEventListener("change", function () {
      // a new commodity or measure has its own editions and years: start from the latest
      if (sel.id === "commodity" || sel.id === "measure") {
        ["edition", "year"].forEach(function (id) {
          var other = sel.form.querySelector("#" + id);
          if (other) { other.value = ""; }
        });
      }
      // leave empty fields out of the URL
      sel.form.querySelectorAll("select, input").forEach(function (f) { f.disabled = f.value === ""; });
      sel.form.submit();
    });
  });
  // coming back (history) to a page whose fields were disabled for a clean URL
  window.addEventListener("pageshow", function () {
    document.querySelectorAll("form.picker select, form.picker input").forEach(function (f) { f.disabled = false; });
  });
  // table filter
  document.querySelectorAll("input[data-filter]").forEach(function (inp) {
    var table = document.querySelector(inp.getAttribute("data-filter"));
    inp.addEventListener("input", function () {
      var q = inp.value.toLowerCase();
      table.querySelectorAll("tbody tr").forEach(function (tr) {
        tr.hidden = q !== "" && tr.textContent.toLowerCase().indexOf(q) < 0;
      });
    });
  });
  // charts: Plotly figures embedded as JSON next to their div
  function draw() {
    if (!window.Plotly) { return; }
    document.querySelectorAll("script[data-chart]").forEach(function (s) {
      var el = document.getElementById(s.getAttribute("data-chart"));
      var fig = JSON.parse(s.textContent);
      fig.layout.font = { family: "system-ui, sans-serif", size: 13, color: "#1a1a1a" };
      fig.layout.autosize = true;
      window.Plotly.newPlot(el, fig.data, fig.layout,
        { displaylogo: false, responsive: true, modeBarButtonsToRemove: ["lasso2d", "select2d"] });
      // points that carry a link (customdata "#..." or "/...") go there when clicked
      el.on("plotly_click", function (ev) {
        var to = ev.points && ev.points[0] && ev.points[0].customdata;
        if (typeof to === "string" && (to.charAt(0) === "#" || to.charAt(0) === "/")) {
          window.location.href = to;
        }
      });
      el.setAttribute("data-drawn", "true");
    });
  }
  if (document.readyState === "complete") { draw(); } else { window.addEventListener("load", draw); }
})();
