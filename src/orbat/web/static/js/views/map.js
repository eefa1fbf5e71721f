// The map: located events on the offline basemap, filtered by group, type, status and date
// range (the API's filters), with a time slider that shows events up to a chosen month.
import { api } from "../api.js";
import { human, lowerOf } from "../dates.js";
import { h, note } from "../dom.js";
import { eventMap, located } from "../worldmap.js";
import { errorBox, factList } from "../widgets.js";

const TYPES = ["attack", "claim", "statement", "pledge", "founding", "defection", "death", "capture"];
const STATUSES = ["claimed", "unverified", "confirmed"];

function select(name, label, options, value) {
  return h(
    "label",
    null,
    `${label} `,
    h("select", { name }, h("option", { value: "" }, "any"), options.map((o) => h("option", { value: o, selected: o === value ? true : null }, o))),
  );
}

function filterForm(params, groups) {
  const form = h(
    "form",
    { class: "filters", id: "map-filters" },
    h("label", null, "group ", h("input", { name: "group", list: "map-groups", value: params.get("group") || "", placeholder: "any group" })),
    h("datalist", { id: "map-groups" }, groups.map((g) => h("option", { value: g.name }))),
    select("type", "type", TYPES, params.get("type")),
    select("status", "status", STATUSES, params.get("status")),
    h("label", null, "since ", h("input", { type: "date", name: "since", value: params.get("since") || "" })),
    h("label", null, "until ", h("input", { type: "date", name: "until", value: params.get("until") || "" })),
    h("button", { type: "submit" }, "Apply"),
    h("a", { href: "#/map", class: "reset" }, "reset"),
  );
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const q = new URLSearchParams();
    for (const [k, v] of new FormData(form).entries()) if (String(v).trim()) q.set(k, String(v).trim());
    location.hash = `#/map?${q.toString()}`;
  });
  return form;
}

export async function mapView(params) {
  const filters = {};
  for (const key of ["group", "type", "status", "since", "until"]) if (params.get(key)) filters[key] = params.get(key);
  const groups = await api.entities({ type: "organization", limit: 500 });
  let answer = { items: [] };
  let failure = null;
  try {
    answer = await api.events(filters);
  } catch (err) {
    failure = err; // a filter the API refuses (an ambiguous group name, ...): keep the form
  }
  const events = answer.items || [];
  const placed = located(events);
  const dated = placed.filter((e) => e.start || e.end).sort((a, b) => lowerOf(a.start || a.end) - lowerOf(b.start || b.end));
  const months = [...new Set(dated.map((e) => (e.start || e.end).slice(0, 7)))].sort();

  const mapBox = h("div", { class: "bigmap", id: "map" });
  const count = h("p", { class: "count", id: "marker-count", role: "status" });
  const listBox = h("div", { class: "map-list" });
  const sliderLabel = h("span", { class: "slider-label" });
  const slider = h("input", { type: "range", id: "time-slider", min: "0", max: String(Math.max(0, months.length)), value: String(months.length), step: "1", "aria-label": "show events up to" });

  async function draw() {
    const upto = Number(slider.value);
    const until = upto >= months.length ? null : months[upto];
    const shown = until ? placed.filter((e) => !(e.start || e.end) || (e.start || e.end).slice(0, 7) <= until) : placed;
    sliderLabel.textContent = until ? `events up to ${human(until)}` : "all dates";
    const svg = await eventMap(shown, { frame: placed });
    mapBox.replaceChildren(svg);
    count.textContent = `${shown.length} events on the map; ${events.length - placed.length} of ${events.length} have no known place.`;
    count.dataset.markers = String(shown.length);
    listBox.replaceChildren(factList(events.filter((e) => !located([e]).length || shown.includes(e)), "no events match"));
  }
  slider.addEventListener("input", () => draw());
  await draw();

  const span = months.length ? `${human(months[0])} – ${human(months[months.length - 1])}` : "no dated events";
  return h(
    "div",
    { class: "mapview" },
    h("h1", null, "Events on the map"),
    filterForm(params, groups.items || []),
    failure ? errorBox(failure) : null,
    h("div", { class: "slider" }, h("label", { for: "time-slider" }, `time (${span}) `), slider, " ", sliderLabel),
    count,
    mapBox,
    h("p", { class: "muted attribution" }, "Basemap: Natural Earth 1:110m (public domain) via world-atlas 2.0.2, shipped with orbat."),
    h("h2", null, "Events"),
    events.length ? listBox : note("no events match these filters", "empty"),
  );
}
