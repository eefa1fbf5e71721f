// The network at a chosen date: groups and their branch, alliance, pledge and defection links
// (GET /api/graph?on=), with each group's leaders in post that day (GET /api/leaders?on=),
// laid out by a d3 force simulation run to rest before drawing (no animation).
import { api } from "../api.js";
import { human, span } from "../dates.js";
import { h, note, s } from "../dom.js";
import { factHref } from "../widgets.js";

const d3 = window.d3;
const WIDTH = 960;
const HEIGHT = 640;

async function leadersOn(nodes, on) {
  const people = [];
  const links = [];
  const answers = await Promise.all(
    nodes.filter((n) => n.type === "organization").map((n) => api.leaders(n.id, on).catch(() => null)),
  );
  for (const answer of answers) {
    if (!answer) continue;
    for (const t of answer.leaders || []) {
      if (t.role_class !== "leader" || !(t.certain || t.likely)) continue;
      people.push({ id: t.person.id, name: t.person.name, type: "person" });
      links.push({ source: t.person.id, target: answer.organization.id, kind: "leads", subkind: t.role, start: t.start, end: t.end, facts: t.facts || [] });
    }
  }
  return { people, links };
}

function layout(nodes, links) {
  const sim = d3
    .forceSimulation(nodes)
    .force("link", d3.forceLink(links).id((d) => d.id).distance((l) => (l.kind === "leads" ? 60 : 150)))
    .force("charge", d3.forceManyBody().strength(-700))
    .force("center", d3.forceCenter(WIDTH / 2, HEIGHT / 2))
    .force("x", d3.forceX(WIDTH / 2).strength(0.04))
    .force("y", d3.forceY(HEIGHT / 2).strength(0.06))
    .force("collide", d3.forceCollide(34))
    .stop();
  for (let i = 0; i < 400; i++) sim.tick();
}

/** The viewBox that holds every node and its label. */
function frame(nodes) {
  const xs = nodes.map((n) => n.x);
  const ys = nodes.map((n) => n.y);
  const x0 = Math.min(...xs) - 30;
  const y0 = Math.min(...ys) - 30;
  const w = Math.max(...xs) - x0 + 230;
  const h = Math.max(...ys) - y0 + 30;
  return `${x0.toFixed(1)} ${y0.toFixed(1)} ${w.toFixed(1)} ${h.toFixed(1)}`;
}

function drawing(nodes, links) {
  const svg = s("svg", { class: "network", viewBox: frame(nodes), role: "img", "aria-label": "network of groups and people" });
  svg.append(
    s("defs", null, s("marker", { id: "arrow", viewBox: "0 -5 10 10", refX: "22", refY: "0", markerWidth: "6", markerHeight: "6", orient: "auto" }, s("path", { d: "M0,-5L10,0L0,5", class: "arrowhead" }))),
  );
  const edgeLayer = s("g", { class: "edges" });
  for (const l of links) {
    const label = `${l.source.name} → ${l.target.name}: ${l.subkind || l.kind} (${span(l.start, l.end)})`;
    const line = s("line", { x1: l.source.x, y1: l.source.y, x2: l.target.x, y2: l.target.y, class: ["edge", `e-${l.kind}`], "marker-end": l.kind === "alliance" ? null : "url(#arrow)" });
    const link = l.facts && l.facts.length ? s("a", { href: factHref(l.facts[0]) }, line, s("title", null, label)) : s("g", null, line, s("title", null, label));
    edgeLayer.append(link);
  }
  const nodeLayer = s("g", { class: "nodes" });
  for (const n of nodes) {
    const shape = n.type === "person" ? s("circle", { r: 6, cx: n.x, cy: n.y }) : s("rect", { x: n.x - 9, y: n.y - 9, width: 18, height: 18, rx: 3 });
    nodeLayer.append(
      s(
        "a",
        { href: `#/entity/${encodeURIComponent(n.id)}`, class: ["node", `n-${n.type}`], dataset: { entity: n.id } },
        shape,
        s("text", { x: n.x + 12, y: n.y + 4 }, n.name),
        s("title", null, `${n.name} (${n.type})`),
      ),
    );
  }
  svg.append(edgeLayer, nodeLayer);
  return svg;
}

export async function networkView(params) {
  const on = params.get("on") || "";
  const focus = params.get("group") || "";
  const graph = await api.graph({ on, group: focus });
  const nodes = graph.nodes.map((n) => ({ ...n }));
  let links = graph.edges.map((e) => ({ ...e }));
  if (on) {
    const extra = await leadersOn(nodes, on);
    const known = new Set(nodes.map((n) => n.id));
    for (const p of extra.people) if (!known.has(p.id)) (known.add(p.id), nodes.push(p));
    links = links.concat(extra.links.filter((l) => known.has(l.target)));
  }
  const ids = new Set(nodes.map((n) => n.id));
  links = links.filter((l) => ids.has(l.source) && ids.has(l.target));
  if (nodes.length) layout(nodes, links);

  const input = h("input", { type: "date", name: "on", value: on, "aria-label": "date" });
  const groupBox = h("input", { name: "group", value: focus, placeholder: "every group", "aria-label": "group" });
  const form = h(
    "form",
    { class: "filters", id: "network-date" },
    h("label", null, "relations on ", input),
    h("label", null, "around ", groupBox),
    h("button", { type: "submit" }, "Show"),
    h("a", { href: "#/network" }, "all dates, every group"),
  );
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const q = new URLSearchParams();
    if (input.value) q.set("on", input.value);
    if (groupBox.value.trim()) q.set("group", groupBox.value.trim());
    location.hash = `#/network${q.toString() ? `?${q}` : ""}`;
  });
  const kinds = [...new Set(links.map((l) => l.kind))].sort();
  return h(
    "div",
    { class: "networkview" },
    h("h1", null, on ? `Groups and leaders on ${human(on)}` : "Groups and their relations (all dates)"),
    form,
    h("p", { class: "legend" }, "Squares: groups; circles: people. Lines: ", kinds.map((k) => h("span", { class: ["key", `e-${k}`] }, `${k} `)), on ? "" : " — pick a date to add the leaders in post then."),
    h("p", { class: "count", id: "network-count" }, `${nodes.length} nodes, ${links.length} links`),
    nodes.length ? h("div", { class: "chart" }, drawing(nodes, links)) : note("no relations known on that date", "empty"),
  );
}
