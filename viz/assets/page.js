/* kg relationship view.
 *
 * Every string that came from a report (names, quotes, titles, URLs) is data: it reaches the page
 * only through textContent, DOM properties or vis-network's plain-string tooltips (which vis-network
 * writes with innerText). Nothing here uses innerHTML, insertAdjacentHTML or document.write.
 * The data arrives as JSON in the script element #kg-data (type application/json), escaped in Python.
 */
(function () {
  "use strict";
  var DATA = JSON.parse(document.getElementById("kg-data").textContent);
  var classes = DATA.classes, preds = DATA.preds, props = DATA.props || {}, reports = DATA.reports;
  var N = DATA.nodes, E = DATA.edges;

  // ---------------------------------------------------------------- small DOM helpers
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
  function safeUrl(u) {
    // Links only to http(s) URLs: a javascript: or data: URL from a report must never become a link.
    return typeof u === "string" && /^https?:\/\/[^\s]+$/i.test(u) ? u : "";
  }
  function fold(s) { return String(s).normalize("NFC").toLowerCase(); }
  function asciiFold(s) {
    return fold(s).normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/\u0111/g, "d").normalize("NFC");
  }
  function classLabel(c) { return c.vi + (c.en && c.en !== c.vi ? " (" + c.en + ")" : ""); }
  function predLabel(p) { return p.vi + (p.en && p.en !== p.vi ? " (" + p.en + ")" : ""); }
  function propLabel(name) {
    var p = props[name];
    return p ? p.vi + (p.en && p.en !== p.vi ? " (" + p.en + ")" : "") : name;
  }
  function datesText(a) {
    // Status and dates of an edge (a collapsed tenure): "tình trạng (status): former · ..."
    var parts = [];
    ["status", "startDate", "endDate", "firstSeen", "lastSeen"].forEach(function (k) {
      if (a && a[k]) parts.push(propLabel(k) + ": " + a[k]);
    });
    return parts.join(" · ");
  }
  function ink(hex) {
    // Dark or white text on a class colour, whichever reads better.
    var m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})/i.exec(hex || "");
    if (!m) return "#222";
    var l = 0.299 * parseInt(m[1], 16) + 0.587 * parseInt(m[2], 16) + 0.114 * parseInt(m[3], 16);
    return l > 150 ? "#222" : "#fff";
  }
  function short(s, n) { s = String(s); return s.length > n ? s.slice(0, n - 1) + "\u2026" : s; }

  // ---------------------------------------------------------------- indexes
  var adj = N.map(function () { return []; });
  E.forEach(function (e, i) { adj[e[0]].push(i); if (e[1] !== e[0]) adj[e[1]].push(i); });
  var bigGraph = N.length > 2000;

  // ---------------------------------------------------------------- vis data
  function nodeTitle(n) {
    var c = classes[n.c];
    var t = n.l + "\n" + classLabel(c);
    if (n.en) t += "\n" + n.en;
    return t;
  }
  function edgeTitle(e) {
    var p = preds[e[2]];
    var t = N[e[0]].l + " \u2192 " + predLabel(p) + " \u2192 " + N[e[1]].l;
    var d = datesText(e[3]);
    return d ? t + "\n" + d : t;
  }
  // Shapes that draw their label inside grow with it: keep their text short and small.
  var INSIDE = { box: 1, ellipse: 1, database: 1, circle: 1, text: 1 };
  var visNodes = N.map(function (n, i) {
    var c = classes[n.c], inside = INSIDE[c.shape] === 1;
    return {
      id: i, label: short(n.l, inside ? 28 : 40), x: n.x, y: n.y, shape: c.shape, size: n.s,
      color: { background: c.colour, border: c.colour, highlight: { background: c.colour, border: "#000" } },
      font: { size: inside ? 14 : 13 + Math.round((n.s - 10) / 5), color: inside ? ink(c.colour) : "#222" },
      title: nodeTitle(n), hidden: false
    };
  });
  var visEdges = E.map(function (e, i) {
    var a = e[3] || {};
    var former = a.status === "former" || a.status === "left";
    return { id: i, from: e[0], to: e[1], title: edgeTitle(e), dashes: former, arrows: bigGraph ? "" : "to" };
  });
  var nodes = new vis.DataSet(visNodes);
  var edges = new vis.DataSet(visEdges);
  var options = {
    physics: { enabled: false, stabilization: false, solver: "barnesHut",
               barnesHut: { gravitationalConstant: -3000, springLength: 90 } },
    layout: { improvedLayout: false },
    interaction: { hover: !bigGraph, tooltipDelay: 150, hideEdgesOnDrag: bigGraph, hideEdgesOnZoom: bigGraph },
    nodes: { borderWidth: 1, scaling: { label: { drawThreshold: bigGraph ? 6 : 3 } } },
    edges: { smooth: false, width: 1, color: { color: "#a0a0a0", highlight: "#333", hover: "#555" },
             arrows: { to: { scaleFactor: 0.5 } } }
  };
  var container = document.getElementById("network");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, options);
  network.once("afterDrawing", function () {
    window.kgReady = true;
    document.body.setAttribute("data-ready", "1");
  });

  // ---------------------------------------------------------------- legend and class filter
  var shown = classes.map(function () { return true; });
  var perClass = classes.map(function () { return 0; });
  N.forEach(function (n) { perClass[n.c] += 1; });
  var legendList = document.getElementById("legend-list");
  var boxes = [];
  classes.forEach(function (c, ci) {
    if (!perClass[ci] && !c.listed) return;
    var li = el("li", null, c.parent ? "sub" : "");
    var label = el("label");
    var box = el("input");
    box.type = "checkbox"; box.checked = true; box.setAttribute("data-class", c.name);
    box.addEventListener("change", function () { setClass(ci, box.checked, true); });
    boxes[ci] = box;
    var sw = el("span", null, "swatch " + c.shape);
    sw.style.background = c.colour;
    var names = el("span", null, "names");
    names.appendChild(el("span", c.vi));
    names.appendChild(el("span", c.en, "en"));
    var count = el("span", String(perClass[ci]), "n");
    label.title = c.comment || "";
    label.appendChild(box); label.appendChild(sw); label.appendChild(names); label.appendChild(count);
    li.appendChild(label);
    legendList.appendChild(li);
  });
  function setClass(ci, on, cascade) {
    shown[ci] = on;
    if (boxes[ci]) boxes[ci].checked = on;
    if (cascade) {
      classes.forEach(function (c, j) { if (c.parent === classes[ci].name) setClass(j, on, false); });
      applyFilter();
    }
  }
  function applyFilter() {
    var upd = [];
    N.forEach(function (n, i) {
      var hidden = !shown[n.c];
      if (visNodes[i].hidden !== hidden) { visNodes[i].hidden = hidden; upd.push({ id: i, hidden: hidden }); }
    });
    if (upd.length) nodes.update(upd);
    updateCounts();
  }
  function updateCounts() {
    var visible = 0;
    visNodes.forEach(function (v) { if (!v.hidden) visible += 1; });
    document.getElementById("counts").textContent =
      visible + " / " + N.length + " nút (nodes) \u00b7 " + E.length + " cạnh (edges)";
  }
  updateCounts();
  if (DATA.notice) {
    var notice = document.getElementById("notice");
    notice.textContent = DATA.notice;
    notice.hidden = false;
  }

  // ---------------------------------------------------------------- details panel
  var details = document.getElementById("details");
  function nodeButton(i) {
    var b = el("button", N[i].l, "link");
    b.type = "button";
    b.addEventListener("click", function () { select(i); });
    return b;
  }
  function sourceItems(list, into) {
    // list: [[reportIndex, quote, sentence], ...]
    list.forEach(function (m) {
      var li = el("li");
      if (m[1]) li.appendChild(el("blockquote", m[1]));
      if (m[2] && m[2] !== m[1]) li.appendChild(el("div", m[2], "src"));
      if (m[0] >= 0) li.appendChild(reportLine(m[0]));
      into.appendChild(li);
    });
  }
  function reportLine(ri) {
    var r = reports[ri];
    var div = el("div", null, "src");
    var url = safeUrl(r.url);
    var title;
    if (url) {
      title = el("a", r.title);
      title.href = url; title.target = "_blank"; title.rel = "noopener noreferrer";
    } else {
      title = el("span", r.title);
    }
    div.appendChild(document.createTextNode("\u2014 "));
    div.appendChild(title);
    var meta = [r.publisher, r.published].filter(Boolean).join(", ");
    if (meta) div.appendChild(document.createTextNode(" (" + meta + ")"));
    return div;
  }
  function showNode(i) {
    var n = N[i], c = classes[n.c];
    clear(details);
    details.appendChild(el("h2", n.l));
    details.appendChild(el("p", classLabel(c), "kind"));
    var dl = el("dl");
    function row(k, v) { dl.appendChild(el("dt", k)); dl.appendChild(el("dd", v)); }
    if (n.en) row("English", n.en);
    if (n.alt && n.alt.length) row("Tên khác (also)", n.alt.join("; "));
    Object.keys(n.p || {}).forEach(function (k) { row(propLabel(k), n.p[k]); });
    Object.keys(n.cc || {}).forEach(function (k) { row(propLabel(k), n.cc[k]); });
    if (n.m2) Object.keys(n.m2).forEach(function (k) { row(k, n.m2[k]); });
    if (dl.firstChild) details.appendChild(dl);
    details.appendChild(el("div", n.i, "iri"));

    // Posts first (the holds edges, with status and dates and their own sources), then the rest.
    var posts = el("ul"), rel = el("ul");
    var postSources = [];
    adj[i].forEach(function (ei) {
      var e = E[ei], p = preds[e[2]], a = e[3] || {};
      var out = e[0] === i, other = out ? e[1] : e[0];
      var li = el("li");
      if (p.name === "holds" && out) {
        li.appendChild(nodeButton(other));
        var d = datesText(a);
        if (d) li.appendChild(el("div", d, "status"));
        posts.appendChild(li);
        if (a.m && a.m.length) postSources.push.apply(postSources, a.m);
      } else {
        li.appendChild(document.createTextNode((out ? "" : "\u2190 ") + predLabel(p) + (out ? " \u2192 " : ": ")));
        li.appendChild(nodeButton(other));
        var d2 = datesText(a);
        if (d2) li.appendChild(el("div", d2, "status"));
        rel.appendChild(li);
      }
    });
    if (posts.firstChild) { details.appendChild(el("h3", "Chức vụ (posts)")); details.appendChild(posts); }
    if (rel.firstChild) { details.appendChild(el("h3", "Quan hệ (relations)")); details.appendChild(rel); }
    var src = el("ul");
    sourceItems((n.m || []).concat(postSources), src);
    var quoted = {};
    (n.m || []).concat(postSources).forEach(function (m) { quoted[m[0]] = true; });
    (n.r || []).forEach(function (ri) {
      if (!quoted[ri]) { var li = el("li"); li.appendChild(reportLine(ri)); src.appendChild(li); }
    });
    if (src.firstChild) { details.appendChild(el("h3", "Nguồn (sources)")); details.appendChild(src); }
  }
  function showEdge(ei) {
    var e = E[ei], p = preds[e[2]], a = e[3] || {};
    clear(details);
    details.appendChild(el("h2", predLabel(p)));
    var line = el("p", null, "kind");
    line.appendChild(nodeButton(e[0]));
    line.appendChild(document.createTextNode(" \u2192 "));
    line.appendChild(nodeButton(e[1]));
    details.appendChild(line);
    var d = datesText(a);
    if (d) details.appendChild(el("p", d, "status"));
    var src = el("ul");
    sourceItems(a.m || [], src);
    (a.r || []).forEach(function (ri) {
      if (!(a.m || []).some(function (m) { return m[0] === ri; })) {
        var li = el("li"); li.appendChild(reportLine(ri)); src.appendChild(li);
      }
    });
    if (src.firstChild) { details.appendChild(el("h3", "Nguồn (sources)")); details.appendChild(src); }
  }
  function select(i) {
    if (!shown[N[i].c]) setClass(N[i].c, true, true);
    network.selectNodes([i]);
    network.focus(i, { scale: Math.max(network.getScale(), 1.0), animation: { duration: 300 } });
    showNode(i);
  }
  network.on("click", function (params) {
    if (params.nodes.length) showNode(params.nodes[0]);
    else if (params.edges.length) showEdge(params.edges[0]);
  });

  // ---------------------------------------------------------------- search
  var search = document.getElementById("search"), results = document.getElementById("results");
  function find(q) {
    // Rank: the phrase at a word start, the phrase anywhere, every word (any order), every word
    // without diacritics. Keys were computed in Python with kg.textkey (tone style and case folded).
    var qk = fold(q).trim().replace(/\s+/g, " "), qa = asciiFold(qk);
    if (!qk) return [];
    var words = qk.split(" "), awords = qa.split(" ");
    function all(hay, ws) { for (var w = 0; w < ws.length; w++) if (hay.indexOf(ws[w]) < 0) return false; return true; }
    var hits = [];
    for (var i = 0; i < N.length; i++) {
      var k = N[i].k, sep = k.indexOf("\u0001"), key = k.slice(0, sep), asc = k.slice(sep + 1);
      var at = key.indexOf(qk), score;
      if (at === 0 || (at > 0 && key.charAt(at - 1) === " ")) score = 0;
      else if (at >= 0) score = 1;
      else if (all(key, words)) score = 2;
      else if (asc.indexOf(qa) >= 0) score = 3;
      else if (all(asc, awords)) score = 4;
      else continue;
      hits.push([score, N[i].l.length, i]);
    }
    hits.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1] || a[2] - b[2]; });
    return hits.map(function (h) { return h[2]; });
  }
  function showResults(list) {
    clear(results);
    if (!search.value.trim()) { results.hidden = true; return; }
    if (!list.length) results.appendChild(el("li", "Không tìm thấy / No match", "none"));
    list.slice(0, 30).forEach(function (i) {
      var li = el("li"), b = el("button", N[i].l);
      b.type = "button";
      b.appendChild(el("span", classes[N[i].c].vi, "cls"));
      b.addEventListener("click", function () { results.hidden = true; select(i); });
      li.appendChild(b);
      results.appendChild(li);
    });
    if (list.length > 30) results.appendChild(el("li", "\u2026 " + (list.length - 30) + " more", "none"));
    results.hidden = false;
  }
  var timer = null;
  search.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { showResults(find(search.value)); }, N.length > 5000 ? 120 : 30);
  });
  search.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") {
      clearTimeout(timer);  // the pending as-you-type list must not reopen over the choice
      var list = find(search.value);
      showResults(list);
      if (list.length) { results.hidden = true; select(list[0]); }
    } else if (ev.key === "Escape") {
      results.hidden = true;
    }
  });

  // ---------------------------------------------------------------- buttons
  document.getElementById("fit").addEventListener("click", function () { network.fit({ animation: false }); });
  var physicsOn = false, physicsButton = document.getElementById("physics");
  physicsButton.addEventListener("click", function () {
    physicsOn = !physicsOn;
    network.setOptions({ physics: { enabled: physicsOn } });
    physicsButton.setAttribute("aria-pressed", physicsOn ? "true" : "false");
    physicsButton.textContent = "V\u1eadt l\u00fd / Physics: " + (physicsOn ? "b\u1eadt/on" : "t\u1eaft/off");
    var notice = document.getElementById("notice");
    if (physicsOn && bigGraph) {
      notice.textContent = "M\u00f4 ph\u1ecfng l\u1ef1c tr\u00ean " + N.length + " n\u00fat s\u1ebd ch\u1eadm; " +
        "b\u1ea5m l\u1ea1i \u0111\u1ec3 t\u1eaft. / Physics on " + N.length +
        " nodes is slow; click again to turn it off.";
      notice.hidden = false;
    } else if (!physicsOn) {
      notice.textContent = DATA.notice || "";
      notice.hidden = !DATA.notice;
    }
  });

  // For tests and for anyone scripting the page from the console.
  window.kgView = { network: network, nodes: nodes, edges: edges, data: DATA, find: find, select: select,
                    showEdge: showEdge };
})();
