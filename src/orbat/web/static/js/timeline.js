// The leadership timeline: one row per tenure, grouped by post; uncertain bounds drawn as
// faded ends, an unknown start as a dashed stub, vacancies as hatched bands.
import { bounds, human, span } from "./dates.js";
import { h, s } from "./dom.js";

const d3 = window.d3;
const ROW = 26;
const LABEL = 190;
const ROLE_ORDER = ["leader", "deputy", "wali", "commander", "spokesman"];

function tenureBounds(t) {
  const startLo = t.start_min ? bounds(t.start_min)[0] : null;
  const startHi = bounds(t.start_max || t.start_min || t.start);
  const endLo = bounds(t.end_min || t.end_max || t.end);
  const endHi = t.end_max ? bounds(t.end_max)[1] : null;
  return {
    startLo,
    startHi: startHi ? startHi[1] : null,
    endLo: endLo ? endLo[0] : null,
    endHi: endHi || (endLo ? endLo[1] : null),
  };
}

// Rows in order of the earliest day each holder may have taken the post (an unknown start
// first), then of the latest.
const earliest = (r) => (r.b.startLo ? r.b.startLo.getTime() : r.b.startHi || r.b.endLo ? -Infinity : 0);
const latest = (r) => (r.b.startHi || r.b.endLo).getTime();

function roleRank(roleClass) {
  const i = ROLE_ORDER.indexOf(roleClass);
  return i < 0 ? ROLE_ORDER.length : i;
}

function defs() {
  const grad = (name, from, to) =>
    s(
      "linearGradient",
      { id: name, x1: "0", x2: "1", y1: "0", y2: "0" },
      s("stop", { offset: "0", class: "stop", "stop-opacity": from }),
      s("stop", { offset: "1", class: "stop", "stop-opacity": to }),
    );
  return s(
    "defs",
    null,
    grad("tl-fade-in", "0.1", "1"),
    grad("tl-fade-out", "1", "0.1"),
    s(
      "pattern",
      { id: "tl-hatch", width: "6", height: "6", patternUnits: "userSpaceOnUse", patternTransform: "rotate(45)" },
      s("line", { x1: "0", y1: "0", x2: "0", y2: "6", class: "hatch-line" }),
    ),
  );
}

/** An SVG leadership chart of ``tenures`` and ``gaps`` (docs/api.md shapes). */
export function leadershipChart(tenures, gaps, { width = 900, label = (t) => t.person, title = (t) => t.person.name, on = null } = {}) {
  const rows = tenures
    .map((t) => ({ t, b: tenureBounds(t) }))
    .filter((r) => r.b.startHi || r.b.endLo)
    .sort((x, y) => roleRank(x.t.role_class) - roleRank(y.t.role_class) || earliest(x) - earliest(y) || latest(x) - latest(y));
  if (!rows.length) return h("p", { class: "empty" }, "no dated tenures known");

  const times = rows.flatMap((r) => [r.b.startLo, r.b.startHi, r.b.endLo, r.b.endHi]).filter(Boolean);
  for (const g of gaps || []) times.push(...[bounds(g.start), bounds(g.end)].filter(Boolean).flat());
  let [lo, hi] = d3.extent(times);
  lo = d3.timeYear.offset(lo, -1);
  hi = d3.timeYear.offset(hi, 1);
  const x = d3.scaleUtc().domain([lo, hi]).range([LABEL, width - 10]);

  // rows, with a vacancy row after each post that has gaps
  const lines = [];
  let lastRole = null;
  for (const r of rows) {
    if (r.t.role_class !== lastRole) {
      lines.push({ heading: r.t.role_class });
      lastRole = r.t.role_class;
    }
    lines.push({ tenure: r });
  }
  const gapRoles = [...new Set((gaps || []).map((g) => g.role_class))];
  for (const role of gapRoles) lines.push({ vacancies: role });

  const height = lines.length * ROW + 30;
  const svg = s("svg", {
    class: "timeline",
    viewBox: `0 0 ${width} ${height}`,
    width,
    height,
    role: "img",
    "aria-label": "leadership timeline",
  });
  svg.append(defs());

  lines.forEach((line, i) => {
    const y = i * ROW;
    if (line.heading) {
      svg.append(s("text", { x: 4, y: y + 18, class: "tl-heading" }, `${line.heading}`));
      return;
    }
    if (line.vacancies) {
      svg.append(s("text", { x: 12, y: y + 17, class: "tl-label tl-vacant-label" }, `${line.vacancies}: vacant/unknown`));
      for (const g of (gaps || []).filter((gap) => gap.role_class === line.vacancies)) {
        const a = bounds(g.start);
        const b = bounds(g.end);
        if (!a || !b) continue;
        const x0 = x(a[0]);
        const x1 = Math.max(x(b[1]), x0 + 2);
        svg.append(
          s(
            "rect",
            { x: x0, y: y + 5, width: x1 - x0, height: ROW - 10, class: "tl-gap", fill: "url(#tl-hatch)" },
            s("title", null, g.text || `vacant or unknown ${span(g.start, g.end)}`),
          ),
        );
      }
      return;
    }
    const { t, b } = line.tenure;
    const target = label(t);
    const group = s("a", {
      href: `#/entity/${encodeURIComponent(target.id)}`,
      class: ["tl-row", `ended-${t.ended_by || "open"}`, t.in_post_on ? `on-${t.in_post_on}` : null],
      dataset: { person: t.person.name, role: t.role, roleClass: t.role_class },
    });
    group.append(s("text", { x: 12, y: y + 17, class: "tl-label" }, title(t)));
    const yBar = y + 6;
    const hBar = ROW - 12;
    const solidFrom = b.startHi || b.endLo;
    const solidTo = b.endLo || x.invert(width - 10);
    // start: known between startLo and startHi (faded), or not known at all (dashed stub)
    if (b.startLo && b.startHi && b.startHi > b.startLo) {
      group.append(s("rect", { x: x(b.startLo), y: yBar, width: x(b.startHi) - x(b.startLo), height: hBar, class: "tl-bar tl-uncertain", fill: "url(#tl-fade-in)" }));
    } else if (!b.startLo) {
      const stub = Math.min(40, x(solidFrom) - LABEL);
      group.append(s("rect", { x: x(solidFrom) - stub, y: yBar, width: stub, height: hBar, class: "tl-bar tl-unknown-start", fill: "url(#tl-fade-in)" }));
    }
    group.append(
      s("rect", {
        x: x(solidFrom),
        y: yBar,
        width: Math.max(2, x(solidTo) - x(solidFrom)),
        height: hBar,
        class: ["tl-bar", "tl-solid", b.endLo ? null : "tl-open-end"],
        dataset: { start: t.start || "", end: t.end || "" },
      }),
    );
    if (b.endLo && b.endHi && b.endHi > b.endLo) {
      group.append(s("rect", { x: x(b.endLo), y: yBar, width: x(b.endHi) - x(b.endLo), height: hBar, class: "tl-bar tl-uncertain", fill: "url(#tl-fade-out)" }));
    }
    const how = [t.role, span(t.start, t.end)];
    if (t.start_from) how.push(`start ${t.start_from}`);
    if (t.ended_by) how.push(`ended by ${t.ended_by}`);
    group.append(s("title", null, `${t.person.name}: ${how.join("; ")}`));
    const endText = t.end ? `${human(t.end)}${t.ended_by ? ` (${t.ended_by})` : ""}` : "";
    if (endText) group.append(s("text", { x: Math.min(x(b.endHi || solidTo) + 4, width - 120), y: y + 17, class: "tl-end" }, endText));
    svg.append(group);
  });

  const day = on ? bounds(on) : null;
  if (day) {
    const xOn = x(day[0]);
    svg.append(s("line", { x1: xOn, x2: xOn, y1: 0, y2: lines.length * ROW + 4, class: "tl-on" }, s("title", null, human(on))));
  }
  const axis = s("g", { class: "tl-axis", transform: `translate(0,${lines.length * ROW + 4})` });
  d3.select(axis).call(d3.axisBottom(x).ticks(Math.min(12, (width - LABEL) / 70)));
  svg.append(axis);
  return svg;
}
