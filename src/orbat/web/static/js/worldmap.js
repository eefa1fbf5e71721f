// The offline world basemap (Natural Earth 1:110m via world-atlas, shipped in the package)
// with event markers.
import { span } from "./dates.js";
import { s } from "./dom.js";
import { factHref } from "./widgets.js";

const d3 = window.d3;
const topojson = window.topojson;
let countriesPromise = null;

function countries() {
  if (!countriesPromise) {
    countriesPromise = fetch("/static/vendor/world-atlas/countries-110m.json")
      .then((r) => {
        if (!r.ok) throw new Error(`the basemap could not be loaded (HTTP ${r.status})`);
        return r.json();
      })
      .then((topo) => topojson.feature(topo, topo.objects.countries));
  }
  return countriesPromise;
}

/** Events that have coordinates. */
export function located(items) {
  return (items || []).filter((e) => e.geo && Number.isFinite(e.geo.lat) && Number.isFinite(e.geo.lon));
}

/** An SVG map of ``events`` (fact items with ``geo``), framed on them (or the world). */
export async function eventMap(events, { width = 900, height = 480, frame = null } = {}) {
  const land = await countries();
  const points = located(events);
  const projection = d3.geoNaturalEarth1();
  const framing = frame && frame.length ? frame : points;
  if (framing.length) {
    const lons = framing.map((e) => e.geo.lon);
    const lats = framing.map((e) => e.geo.lat);
    const pad = 8;
    const box = {
      type: "MultiPoint",
      coordinates: [
        [Math.max(-180, d3.min(lons) - pad), Math.max(-85, d3.min(lats) - pad)],
        [Math.min(180, d3.max(lons) + pad), Math.min(85, d3.max(lats) + pad)],
      ],
    };
    projection.fitExtent([[10, 10], [width - 10, height - 10]], box);
  } else {
    projection.fitSize([width, height], { type: "Sphere" });
  }
  const path = d3.geoPath(projection);
  const svg = s("svg", { class: "worldmap", viewBox: `0 0 ${width} ${height}`, width, height, role: "img", "aria-label": "map of events" });
  svg.append(s("path", { class: "sphere", d: path({ type: "Sphere" }) }));
  const g = s("g", { class: "countries" });
  for (const feature of land.features) {
    const d = path(feature);
    if (d) g.append(s("path", { d }, s("title", null, (feature.properties && feature.properties.name) || "")));
  }
  svg.append(g);
  const markers = s("g", { class: "markers" });
  for (const e of points) {
    const [px, py] = projection([e.geo.lon, e.geo.lat]);
    if (!Number.isFinite(px) || !Number.isFinite(py)) continue;
    const where = e.location ? ` at ${e.location.name}` : "";
    markers.append(
      s(
        "a",
        { href: factHref(e.id), class: ["marker", `m-${e.type}`, `s-${e.status || e.modality}`], dataset: { fact: e.id, start: e.start || "" } },
        s("circle", { cx: px, cy: py, r: 5 + Math.min(4, (e.corroboration || 1) - 1) }),
        s("title", null, `${span(e.start, e.end)}: ${e.summary}${where} (${e.status || e.modality})`),
      ),
    );
  }
  svg.append(markers);
  return svg;
}
