// The home page (groups and recent documents) and search results over names and documents.
import { api } from "../api.js";
import { human } from "../dates.js";
import { h, marked, note, section } from "../dom.js";
import { docHref, entityLink } from "../widgets.js";

export async function homeView() {
  const [groups, docs] = await Promise.all([
    api.entities({ type: "organization", limit: 500 }),
    api.documents({ limit: 20 }),
  ]);
  const armed = groups.items.filter((g) => g.ref);
  const others = groups.items.filter((g) => !g.ref);
  return h(
    "div",
    { class: "home" },
    h("h1", null, "The knowledge base"),
    section(
      `Groups and forces in the reference data (${armed.length})`,
      h("p", { class: "muted" }, "Organisations linked to orbat's reference lists (armed groups, security forces, sources)."),
      h("ul", { class: "columns groups" }, armed.map((g) => h("li", null, entityLink(g)))),
    ),
    others.length
      ? section(
          `Other organisations named in the reporting (${others.length})`,
          h("ul", { class: "columns groups" }, others.map((g) => h("li", null, entityLink(g)))),
        )
      : null,
    section(
      `Documents (${docs.total}, newest first)`,
      h(
        "ul",
        { class: "documents" },
        docs.items.map((d) =>
          h(
            "li",
            null,
            h("a", { href: docHref(d.id) }, d.title || d.id),
            h("span", { class: "when" }, ` ${human(d.published)}`),
            d.publisher ? h("span", { class: "publisher" }, ` · ${d.publisher}`) : null,
            h("span", { class: "muted" }, ` · ${d.facts} facts`),
          ),
        ),
      ),
    ),
  );
}

function hitRow(hit) {
  const link =
    hit.kind === "document"
      ? h("a", { href: docHref(hit.id) }, hit.title || hit.id)
      : entityLink({ id: hit.id, name: hit.title, type: hit.type });
  return h(
    "li",
    { class: ["hit", `hit-${hit.kind}`] },
    h("span", { class: "kind" }, hit.kind === "document" ? "document" : hit.type || "entity"),
    " ",
    link,
    hit.published ? h("span", { class: "when" }, ` ${human(hit.published)}`) : null,
    hit.snippet ? h("div", { class: "snippet" }, marked(hit.snippet)) : null,
  );
}

export async function searchView(q) {
  const box = document.getElementById("q");
  if (box) box.value = q;
  if (!q) return note("Type a name, an alias or words from a document.");
  const res = await api.search(q, 100);
  return h(
    "div",
    { class: "search" },
    h("h1", null, "Search: ", h("q", null, q)),
    h("p", { class: "muted" }, `${res.total} matches`),
    res.items.length ? h("ul", { class: "hits" }, res.items.map(hitRow)) : note("Nothing matches.", "empty"),
  );
}
