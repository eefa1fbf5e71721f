// The group page and the person page, both from GET /api/entities/{id}; a group adds its
// timeline (GET /api/groups/{id}/timeline): leadership, branches, pledges, alliances, events.
import { api } from "../api.js";
import { badge } from "../badges.js";
import { human, lowerOf, span } from "../dates.js";
import { h, note, section } from "../dom.js";
import { leadershipChart } from "../timeline.js";
import { eventMap, located } from "../worldmap.js";
import { docHref, entityLink, factHref, factList, sourceLine } from "../widgets.js";

const GROUP_TYPES = new Set(["organization", "group_of_people"]);

function byTime(items) {
  return [...items].sort((a, b) => (lowerOf(a.start || a.end) || 0) - (lowerOf(b.start || b.end) || 0));
}

function aliasList(profile) {
  const aliases = profile.aliases || [];
  if (!aliases.length) return note("no other names known", "empty");
  return h(
    "ul",
    { class: "aliases" },
    aliases.map((a) =>
      h(
        "li",
        { class: a.hedged ? "alias hedged" : "alias" },
        a.entity ? entityLink(a.entity) : h("span", { class: "alias-name" }, a.name),
        a.hedged ? [" ", badge("hedged"), h("span", { class: "muted" }, " possible identity, not merged")] : null,
        a.fact ? [" ", h("a", { href: factHref(a.fact), class: "evidence-link" }, "fact")] : null,
        a.evidence && a.evidence.length
          ? h("details", { class: "alias-evidence" }, h("summary", null, `${a.evidence.length} source${a.evidence.length > 1 ? "s" : ""}`), h("ul", { class: "sources" }, a.evidence.map(sourceLine)))
          : null,
      ),
    ),
  );
}

function tenureTable(tenures) {
  if (!tenures.length) return null;
  return h(
    "table",
    { class: "tenures" },
    h("thead", null, h("tr", null, ["person", "group", "post", "held", "start known by", "ended by", "evidence"].map((c) => h("th", null, c)))),
    h(
      "tbody",
      null,
      tenures.map((t) =>
        h(
          "tr",
          { dataset: { person: t.person.name } },
          h("td", null, entityLink(t.person)),
          h("td", null, entityLink(t.organization)),
          h("td", null, t.role),
          h("td", null, span(t.start, t.end)),
          h("td", null, t.start_from || ""),
          h("td", null, t.ended_by || ""),
          h("td", null, (t.facts || []).map((f, i) => h("a", { href: factHref(f), class: "evidence-link" }, `fact ${i + 1} `))),
        ),
      ),
    ),
  );
}

function relationGroups(group, relations) {
  const branches = [];
  const parents = [];
  const ties = [];
  for (const r of byTime(relations)) {
    if (r.type === "branch") {
      const parent = r.args.parent;
      if (parent && parent.id === group.id) branches.push(r);
      else parents.push(r);
    } else ties.push(r);
  }
  return { branches, parents, ties };
}

/** Pledges, alliances, foundings and defections as marks on one time axis, and as a list. */
function tiesStrip(ties) {
  const dated = ties.filter((t) => t.start || t.end);
  if (!dated.length) return null;
  const d3 = window.d3;
  const width = 900;
  const times = dated.flatMap((t) => [lowerOf(t.start || t.end), lowerOf(t.end || t.start)]);
  const [lo, hi] = d3.extent(times);
  const x = d3.scaleUtc().domain([d3.timeYear.offset(lo, -1), d3.timeYear.offset(hi, 1)]).range([20, width - 20]);
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  const root = d3.select(svg).attr("class", "ties").attr("viewBox", `0 0 ${width} 70`).attr("width", width).attr("height", 70);
  const marks = root.selectAll("a").data(dated).join("a").attr("href", (d) => factHref(d.id)).attr("class", (d) => `tie tie-${d.type}`);
  marks
    .append("rect")
    .attr("x", (d) => x(lowerOf(d.start || d.end)) - 4)
    .attr("y", (d, i) => 8 + (i % 3) * 14)
    .attr("width", (d) => Math.max(8, x(lowerOf(d.end || d.start)) - x(lowerOf(d.start || d.end)) + 8))
    .attr("height", 10);
  marks.append("title").text((d) => `${span(d.start, d.end)}: ${d.summary}`);
  root.append("g").attr("transform", "translate(0,52)").call(d3.axisBottom(x).ticks(10));
  return svg;
}

async function groupPage(profile) {
  const group = profile.entity;
  const tl = await api.groupTimeline(group.id);
  const { branches, parents, ties } = relationGroups(group, tl.relations || []);
  const events = tl.events || [];
  const mapped = located(events);
  const map = mapped.length ? await eventMap(events, { width: 600, height: 320 }) : note("no event with a known place", "empty");
  return h(
    "div",
    { class: "entity group", dataset: { entity: group.id } },
    h("h1", null, group.name, " ", h("span", { class: "etype" }, group.type)),
    section("Other names", aliasList(profile)),
    section(
      "Leadership over time",
      h("p", { class: "legend" }, "Solid: in post. Faded ends: the start or end is known only within a range. Dashed fade: the start is not known. Hatched: the post vacant or its holder unknown."),
      h("div", { class: "chart", id: "leadership" }, leadershipChart(tl.tenures || [], tl.gaps || [])),
      tenureTable(tl.tenures || []),
    ),
    section("Branches and provinces", factList(branches, "no branches known")),
    parents.length ? section("Branch of", factList(parents)) : null,
    section("Pledges, alliances, foundings and defections over time", tiesStrip(ties), factList(ties, "none known")),
    section(
      `Events (${events.length})`,
      h("div", { class: "split" }, h("div", { class: "smallmap" }, map, h("p", { class: "muted" }, `${mapped.length} of ${events.length} events placed. `, h("a", { href: `#/map?group=${encodeURIComponent(group.id)}` }, "open on the map"))), h("div", null, factList(events, "no events known"))),
    ),
    section("Read in", sourcesList(profile.sources)),
  );
}

function sourcesList(sources) {
  if (!sources || !sources.length) return note("no documents", "empty");
  return h(
    "ul",
    { class: "documents" },
    sources.map((d) =>
      h("li", null, h("a", { href: docHref(d.doc) }, d.title || d.doc), h("span", { class: "when" }, ` ${human(d.published)}`), h("span", { class: "muted" }, ` · ${d.facts} facts`)),
    ),
  );
}

function personPage(profile) {
  const person = profile.entity;
  const roles = profile.roles || [];
  return h(
    "div",
    { class: "entity person", dataset: { entity: person.id } },
    h("h1", null, person.name, " ", h("span", { class: "etype" }, person.type)),
    section("Names and identities", aliasList(profile)),
    section("Roles over time", roles.length ? h("div", { class: "chart" }, leadershipChart(roles, [])) : null, tenureTable(roles) || note("no posts known", "empty")),
    section("Fate", factList(profile.fate, "no death or capture known")),
    section("Memberships and defections", factList(byTime([...(profile.memberships || []), ...(profile.defections || [])]), "none known")),
    profile.relations && profile.relations.length ? section("Relations", factList(byTime(profile.relations))) : null,
    section("Activity", factList(byTime(profile.activity || []), "none known")),
    section("Sources", sourcesList(profile.sources)),
  );
}

function otherPage(profile) {
  const ent = profile.entity;
  return h(
    "div",
    { class: "entity" },
    h("h1", null, ent.name, " ", h("span", { class: "etype" }, ent.type)),
    ent.geo ? h("p", null, `${ent.geo.lat.toFixed(3)}, ${ent.geo.lon.toFixed(3)} (${ent.geo.country || "?"})`) : null,
    section("Other names", aliasList(profile)),
    section("Facts", factList(byTime([...(profile.activity || []), ...(profile.relations || [])]))),
    section("Sources", sourcesList(profile.sources)),
  );
}

export async function entityView(entityId) {
  const profile = await api.entity(entityId);
  if (GROUP_TYPES.has(profile.entity.type)) return groupPage(profile);
  if (profile.entity.type === "person") return personPage(profile);
  return otherPage(profile);
}

