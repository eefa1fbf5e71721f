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

const RELATION_WORDS = {
  branch: "branch",
  parent: "branch of",
  ally: "allied with",
  pledged_to: "pledged allegiance to",
  pledge_from: "pledge of allegiance from",
  defected_to: "members defected to",
  defected_from: "defectors came from",
};

function relationWords(r) {
  if (r.kind === "ally" && r.subkind && r.subkind !== "ally") return r.subkind === "rival" ? "rival of" : `${r.subkind} with`;
  if (r.kind === "branch" && r.subkind) return r.subkind;
  return RELATION_WORDS[r.kind] || r.kind;
}

/** A relation of the group (GET /api/groups/{id}/timeline "relations"): kind, the other side, when. */
function relationRow(r) {
  const n = (r.sources || []).length;
  return h(
    "li",
    { class: ["fact", "relation", `r-${r.kind}`], dataset: { fact: r.fact, kind: r.kind } },
    h("span", { class: "when" }, span(r.start, r.end)),
    " ",
    h("span", { class: "ftype" }, relationWords(r)),
    " ",
    entityLink(r.other),
    " ",
    badge(r.modality),
    n > 1 ? h("span", { class: "badge badge-count" }, `${n} sources`) : null,
    " ",
    r.fact ? h("a", { href: factHref(r.fact), class: "fact-link evidence-link" }, "evidence") : null,
  );
}

function relationList(relations, empty) {
  if (!relations.length) return note(empty, "empty");
  return h("ul", { class: "facts relations" }, relations.map(relationRow));
}

function relationGroups(relations) {
  const sorted = byTime(relations);
  return {
    branches: sorted.filter((r) => r.kind === "branch"),
    parents: sorted.filter((r) => r.kind === "parent"),
    ties: sorted.filter((r) => r.kind !== "branch" && r.kind !== "parent"),
  };
}

/** Pledges, alliances and defections as marks on one time axis (undated ones are listed only). */
function tiesStrip(ties) {
  const dated = ties.filter((t) => t.start || t.end);
  if (!dated.length) return null;
  const d3 = window.d3;
  const width = 900;
  const end = (t) => (t.end ? lowerOf(t.end) : d3.max(dated, (d) => lowerOf(d.start || d.end)));
  const times = dated.flatMap((t) => [lowerOf(t.start || t.end), end(t)]);
  const [lo, hi] = d3.extent(times);
  const x = d3.scaleUtc().domain([d3.timeYear.offset(lo, -1), d3.timeYear.offset(hi, 1)]).range([20, width - 20]);
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  const rows = dated.length * 16 + 10;
  const root = d3.select(svg).attr("class", "ties").attr("viewBox", `0 0 ${width} ${rows + 24}`).attr("width", width).attr("height", rows + 24);
  const marks = root.selectAll("a").data(dated).join("a").attr("href", (d) => factHref(d.fact)).attr("class", (d) => `tie tie-${d.kind}`);
  marks
    .append("rect")
    .attr("x", (d) => x(lowerOf(d.start || d.end)) - 4)
    .attr("y", (d, i) => 6 + i * 16)
    .attr("width", (d) => Math.max(8, x(end(d)) - x(lowerOf(d.start || d.end)) + 8))
    .attr("height", 10);
  marks
    .append("text")
    .attr("x", (d) => Math.min(x(end(d)) + 10, width - 260))
    .attr("y", (d, i) => 15 + i * 16)
    .text((d) => `${relationWords(d)} ${d.other.name}`);
  marks.append("title").text((d) => `${span(d.start, d.end)}: ${relationWords(d)} ${d.other.name}`);
  root.append("g").attr("transform", `translate(0,${rows})`).call(d3.axisBottom(x).ticks(10));
  return svg;
}

/** A date box that reloads the page with ?on=: who held each post that day. */
function onDateForm(group, on) {
  const input = h("input", { type: "date", name: "on", value: on || "", "aria-label": "date" });
  const form = h("form", { class: "filters", id: "on-date" }, h("label", null, "in post on ", input), h("button", { type: "submit" }, "Show"), on ? h("a", { href: `#/entity/${encodeURIComponent(group.id)}` }, "clear") : null);
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const base = `#/entity/${encodeURIComponent(group.id)}`;
    location.hash = input.value ? `${base}?on=${encodeURIComponent(input.value)}` : base;
  });
  return form;
}

function inPostLine(tenures, on) {
  if (!on) return null;
  const yes = tenures.filter((t) => t.in_post_on === "yes");
  const maybe = tenures.filter((t) => t.in_post_on === "possibly");
  const names = (list) => list.map((t) => [entityLink(t.person), ` (${t.role})`, " "]);
  return h(
    "p",
    { class: "in-post", id: "in-post" },
    `On ${human(on)}: `,
    yes.length ? ["surely in post: ", names(yes)] : "no one surely in post. ",
    maybe.length ? ["possibly in post: ", names(maybe)] : null,
  );
}

async function groupPage(profile, on = null) {
  const group = profile.entity;
  const tl = await api.groupTimeline(group.id, on);
  const { branches, parents, ties } = relationGroups(tl.relations || []);
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
      onDateForm(group, on),
      inPostLine(tl.tenures || [], on),
      h("div", { class: "chart", id: "leadership" }, leadershipChart(tl.tenures || [], tl.gaps || [], { on })),
      tenureTable(tl.tenures || []),
    ),
    section("Branches and provinces", relationList(branches, "no branches known")),
    parents.length ? section("Branch of", relationList(parents, "")) : null,
    section("Pledges, alliances and defections over time", tiesStrip(ties), relationList(ties, "none known")),
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
    section("Roles over time", roles.length ? h("div", { class: "chart" }, leadershipChart(roles, [], { label: (t) => t.organization, title: (t) => `${t.organization.name}: ${t.role}` })) : null, tenureTable(roles) || note("no posts known", "empty")),
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

export async function entityView(entityId, on = null) {
  const profile = await api.entity(entityId);
  if (GROUP_TYPES.has(profile.entity.type)) return groupPage(profile, on);
  if (profile.entity.type === "person") return personPage(profile);
  return otherPage(profile);
}

