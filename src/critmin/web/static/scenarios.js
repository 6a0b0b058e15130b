// critmin scenario builder: run a scenario as a job on this server, poll it, draw the result.
// Only same-origin requests; Plotly is the locally served bundle.
(function () {
  "use strict";
  var form = document.getElementById("scenario-form");
  if (!form) { return; }
  var API = "/api/v1";
  var $ = function (id) { return document.getElementById(id); };
  var pick = $("scenario"), text = $("toml"), runBtn = $("run"), market = $("market");
  var original = { name: pick.value, text: text.value };
  var current = null;  // {a: payload, b: payload|null}
  var COLORS = { inside: "#b2182b", outside: "#2166ac", b: "#1b7837" };
  var BLOC_COLORS = ["#b2182b", "#2166ac", "#7b3294", "#e08214", "#1b7837", "#4d4d4d"];

  function setStatus(msg, fraction) {
    $("status-text").textContent = msg;
    var bar = $("progress");
    if (fraction === null || fraction === undefined) { bar.hidden = true; } else { bar.hidden = false; bar.value = fraction; }
  }

  function clearErrors() {
    $("errors").hidden = true;
    $("error-list").textContent = "";
    $("error-message").textContent = "";
    $("error-hint").textContent = "";
  }

  function showError(err) {
    err = err || {};
    $("error-message").textContent = err.message || "the request failed";
    var list = $("error-list");
    list.textContent = "";
    (err.details || err.errors || []).forEach(function (d) {
      var li = document.createElement("li");
      li.textContent = d;
      list.appendChild(li);
    });
    $("error-hint").textContent = err.hint || "";
    $("errors").hidden = false;
  }

  function post(url, body) {
    return getJSON(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
  }

  function getJSON(url, options) {
    return fetch(url, options).then(function (r) {
      return r.json().then(function (body) { return { status: r.status, body: body }; },
        function () { return { status: r.status, body: { error: { message: "HTTP " + r.status } } }; });
    });
  }

  // picking a bundled scenario loads its file into the editor
  function loadScenario(name) {
    setStatus("loading " + name + " ...", null);
    return getJSON(API + "/scenarios/" + encodeURIComponent(name)).then(function (res) {
      if (res.status !== 200) { showError(res.body.error); setStatus("", null); return; }
      original = { name: name, text: res.body.data.text };
      text.value = res.body.data.text;
      $("scenario-desc").textContent = res.body.data.spec.title;
      setStatus("", null);
    });
  }
  pick.addEventListener("change", function () { clearErrors(); loadScenario(pick.value); });
  $("reset-text").addEventListener("click", function () { loadScenario(pick.value); });

  function intOrNull(id) {
    var v = $(id).value.trim();
    return v === "" ? null : Number(v);
  }

  function scenarioInput() {
    // the bundled file unchanged is sent by name (so the result names it); edited text as text
    if (original.name === pick.value && text.value === original.text) { return { name: pick.value }; }
    return { text: text.value, format: "toml" };
  }

  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    clearErrors();
    var body = { draws: intOrNull("draws"), seed: intOrNull("seed") || 0 };
    if (body.draws === null) { body.draws = 0; }
    var years = intOrNull("years");
    if (years !== null) { body.years = years; }
    var url;
    var other = $("compare").value;
    if (other) {
      url = API + "/scenarios/compare";
      body.a = scenarioInput();
      body.b = { name: other };
    } else {
      url = API + "/scenarios/run";
      var inp = scenarioInput();
      Object.keys(inp).forEach(function (k) { body[k] = inp[k]; });
    }
    var maxDraws = Number(form.getAttribute("data-max-draws"));
    if (!(body.draws >= 0 && body.draws <= maxDraws && Math.floor(body.draws) === body.draws)) {
      showError({ message: "draws must be a whole number from 0 to " + maxDraws + " on this server",
        hint: "run larger ensembles with `critmin scenario run --draws N`" });
      $("draws").focus();
      return;
    }
    var edited = body.a ? body.a : (body.text !== undefined ? { text: body.text, format: "toml" } : null);
    runBtn.disabled = true;
    setStatus("checking the scenario ...", 0);
    // edited text is checked first, so its problems come back as a list (not a failed request)
    var check = edited && edited.text !== undefined ? post(API + "/scenarios/validate", edited) : Promise.resolve(null);
    check
      .then(function (res) {
        if (res && !res.body.data.valid) { throw res.body.data; }
        setStatus("submitting ...", 0);
        return post(url, body);
      })
      .then(function (res) {
        if (res.status !== 202) { throw res.body.error; }
        return poll(res.body.data.url);
      })
      .then(function (result) {
        var d = result.data;
        current = d.a ? { a: d.a, b: d.b, sources: result.meta.sources } : { a: d, b: null, sources: result.meta.sources };
        render();
        setStatus("done: " + current.a.draws + " draws" + (current.b ? ", compared with " + current.b.scenario.name : ""), null);
        $("results-h").focus();
      })
      .catch(function (err) {
        setStatus("", null);
        showError(err && err.message ? err : { message: String(err) });
      })
      .then(function () { runBtn.disabled = false; });
  });

  function poll(jobUrl) {
    return new Promise(function (resolve, reject) {
      function tick() {
        getJSON(jobUrl).then(function (res) {
          if (res.status !== 200) { reject(res.body.error); return; }
          var job = res.body.data;
          setStatus(Math.round(job.progress * 100) + "% · " + (job.message || job.status), job.progress);
          if (job.status === "done") {
            getJSON(job.result_url).then(function (r) {
              if (r.status !== 200) { reject(r.body.error); } else { resolve(r.body); }
            }, reject);
          } else if (job.status === "failed") {
            reject(job.error || { message: "the scenario run failed" });
          } else {
            window.setTimeout(tick, 400);
          }
        }, reject);
      }
      tick();
    });
  }

  // -- drawing -----------------------------------------------------------------------------
  function series(p, mk, variable, region) {
    for (var i = 0; i < p.series.length; i++) {
      var s = p.series[i];
      if (s.market === mk && s.variable === variable && s.region === region) { return s; }
    }
    return null;
  }

  function regionsOf(p, mk, variable) {
    return p.series.filter(function (s) { return s.market === mk && s.variable === variable; })
      .map(function (s) { return s.region; });
  }

  function band(s, name, color) {
    // p95 upper edge, then p5 filled up to it
    var fill = color.replace("#", "");
    var rgba = "rgba(" + parseInt(fill.slice(0, 2), 16) + "," + parseInt(fill.slice(2, 4), 16) + "," +
      parseInt(fill.slice(4, 6), 16) + ",0.18)";
    return [
      { x: s.years, y: s.p95, mode: "lines", line: { width: 0 }, hoverinfo: "skip", showlegend: false, name: name + " p95" },
      { x: s.years, y: s.p5, mode: "lines", line: { width: 0 }, fill: "tonexty", fillcolor: rgba, name: name + " p5–p95" }
    ];
  }

  function median(s, name, color, dash) {
    return { x: s.years, y: s.p50, mode: "lines+markers", name: name, line: { color: color, width: 2, dash: dash || "solid" } };
  }

  function layout(ytitle) {
    return {
      margin: { l: 60, r: 10, t: 10, b: 30 }, height: 340, legend: { orientation: "h", y: -0.12 },
      xaxis: { dtick: 1 }, yaxis: { title: { text: ytitle }, rangemode: "tozero" },
      font: { family: "system-ui, sans-serif", size: 12, color: "#1a1a1a" }
    };
  }

  function plot(id, traces, lay) {
    window.Plotly.react($(id), traces, lay, { displaylogo: false, responsive: true,
      modeBarButtonsToRemove: ["lasso2d", "select2d"] });
  }

  function draw() {
    if (!current || !window.Plotly) { return; }
    var a = current.a, b = current.b, mk = market.value;
    var inside = a.scenario.restricting_country;
    var tagA = b ? a.scenario.name + ": " : "", tagB = b ? b.scenario.name + ": " : "";
    // price index: band and median inside and outside; the comparison's medians dashed
    var price = [];
    [[inside, COLORS.inside], ["outside", COLORS.outside]].forEach(function (rc) {
      var s = series(a, mk, "price_index", rc[0]);
      if (!s) { return; }
      price = price.concat(band(s, tagA + rc[0], rc[1]), [median(s, tagA + rc[0] + " median", rc[1])]);
      var sb = b && series(b, mk, "price_index", rc[0]);
      if (sb) { price.push(median(sb, tagB + rc[0] + " median", rc[1], "dash")); }
    });
    plot("chart-price", price, layout("price / reference price"));
    var unit = (a.markets.filter(function (m) { return m.market === mk; })[0] || {}).unit || "";
    var short = [];
    ["outside", inside].forEach(function (reg, i) {
      var s = series(a, mk, "shortfall", reg);
      if (!s) { return; }
      var color = i === 0 ? COLORS.outside : COLORS.inside;
      short = short.concat(band(s, tagA + reg, color), [median(s, tagA + reg + " median", color)]);
      var sb = b && series(b, mk, "shortfall", reg);
      if (sb) { short.push(median(sb, tagB + reg + " median", color, "dash")); }
    });
    plot("chart-shortfall", short, layout(unit));
    var blocs = [];
    regionsOf(a, mk, "bloc_share").forEach(function (reg, i) {
      var color = BLOC_COLORS[i % BLOC_COLORS.length];
      blocs.push(median(series(a, mk, "bloc_share", reg), tagA + reg, color));
      var sb = b && series(b, mk, "bloc_share", reg);
      if (sb) { blocs.push(median(sb, tagB + reg, color, "dash")); }
    });
    var bl = layout("share of production");
    bl.yaxis.range = [0, 1];
    plot("chart-blocs", blocs, bl);
    marketTable(a, b, mk, inside, unit);
  }

  function fmt(v, digits) {
    if (v === null || v === undefined) { return "gap"; }
    var abs = Math.abs(v);
    if (abs < 1e-6) { return "0"; }  // solver residue, not a figure
    if (abs >= 1000) { return Math.round(v).toLocaleString("en"); }
    return v.toPrecision(digits || 3);
  }

  function fillTable(id, caption, head, rows) {
    var t = $(id);
    t.querySelector("caption").textContent = caption;
    var thead = t.querySelector("thead"), tbody = t.querySelector("tbody");
    thead.textContent = "";
    tbody.textContent = "";
    var tr = document.createElement("tr");
    head.forEach(function (h) { var th = document.createElement("th"); th.scope = "col"; th.textContent = h; tr.appendChild(th); });
    thead.appendChild(tr);
    rows.forEach(function (r) {
      var row = document.createElement("tr");
      r.forEach(function (c) { var td = document.createElement("td"); td.textContent = c; row.appendChild(td); });
      tbody.appendChild(row);
    });
  }

  function at(s, stat, i) { return s ? s[stat][i] : null; }

  function marketTable(a, b, mk, inside, unit) {
    var pin = series(a, mk, "price_index", inside), pout = series(a, mk, "price_index", "outside");
    var sh = series(a, mk, "shortfall", "outside"), hhi = series(a, mk, "hhi", "world");
    var pb = b && series(b, mk, "price_index", "outside");
    var head = ["Year", "Price index outside, median", "p5", "p95", "Price index " + inside + ", median",
      "Shortfall outside, median (" + unit + ")", "HHI of production, median"];
    if (b) { head.push("Price index outside, median, " + b.scenario.name); }
    var rows = a.years.map(function (y, i) {
      var r = [String(y), fmt(at(pout, "p50", i)), fmt(at(pout, "p5", i)), fmt(at(pout, "p95", i)), fmt(at(pin, "p50", i)),
        fmt(at(sh, "p50", i)), fmt(at(hhi, "p50", i))];
      if (b) { var j = pb ? pb.years.indexOf(y) : -1; r.push(j < 0 ? "gap" : fmt(pb.p50[j])); }
      return r;
    });
    fillTable("table-market", a.scenario.name + ": " + mk + " (the charts' figures)", head, rows);
  }

  function headlineTable(a) {
    var last = a.years.length - 1, inside = a.scenario.restricting_country;
    var rows = a.markets.map(function (m) {
      var pout = series(a, m.market, "price_index", "outside"), sh = series(a, m.market, "shortfall", "outside");
      var ex = series(a, m.market, "exports", inside);
      return [m.market, fmt(at(pout, "p50", last)) + " (" + fmt(at(pout, "p5", last)) + "–" + fmt(at(pout, "p95", last)) + ")",
        fmt(at(sh, "p50", last)), fmt(at(ex, "p50", last)), m.unit];
    });
    fillTable("table-headline", a.scenario.name + ", " + a.years[last] + " (medians; price index with its 5th–95th percentile)",
      ["Market", "Price index outside", "Shortfall outside", "Exports of " + inside, "Unit"], rows);
  }

  function sourcesList(sources) {
    var ul = $("sources");
    ul.textContent = "";
    (sources || []).forEach(function (s) {
      var li = document.createElement("li");
      if (s.publisher) {
        var link = document.createElement("a");
        link.href = "/sources#" + encodeURIComponent(s.source_id);
        link.textContent = s.source_id;
        li.appendChild(link);
        li.appendChild(document.createTextNode(": " + s.publisher + ", " + (s.title || "")));
      } else {
        li.textContent = s.source_id + (s.title ? ": " + s.title : "") + (s.table_or_page ? " (" + s.table_or_page + ")" : "") +
          " (named in the scenario file)";
      }
      ul.appendChild(li);
    });
  }

  function render() {
    var a = current.a;
    var keep = market.value;
    market.textContent = "";
    a.markets.forEach(function (m) {
      var o = document.createElement("option");
      o.value = m.market;
      o.textContent = m.market;
      market.appendChild(o);
    });
    // default: the first market a policy restricts with a visible price move, else the first
    var names = a.markets.map(function (m) { return m.market; });
    if (names.indexOf(keep) >= 0) { market.value = keep; } else {
      var best = names[0], move = -1;
      names.forEach(function (mk) {
        var s = series(a, mk, "price_index", "outside");
        var mv = s ? Math.max.apply(null, s.p50.map(function (v) { return v === null ? 0 : Math.abs(v - 1); })) : 0;
        if (mv > move) { move = mv; best = mk; }
      });
      market.value = best;
    }
    $("results-caption").textContent = a.scenario.title + " · " + a.draws + " draws, seed " + a.seed + ", " +
      a.uncertain_inputs + " uncertain inputs, years " + a.years[0] + "–" + a.years[a.years.length - 1] +
      (current.b ? " · dashed lines: " + current.b.scenario.name + " (same draws and seed)" : "");
    $("results").hidden = false;
    headlineTable(a);
    sourcesList(current.sources);
    draw();
  }
  market.addEventListener("change", draw);
})();
