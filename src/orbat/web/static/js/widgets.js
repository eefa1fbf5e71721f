// Small pieces shared by the views: entity links, fact lists, sources.
import { factBadges } from "./badges.js";
import { span, human } from "./dates.js";
import { h, note } from "./dom.js";

export function entityHref(ref) {
  return `#/entity/${encodeURIComponent(ref.id)}`;
}

export function entityLink(ref) {
  if (!ref) return null;
  if (typeof ref === "string") return h("span", { class: "ref" }, ref);
  return h("a", { href: entityHref(ref), class: ["ref", `t-${ref.type || "other"}`] }, ref.name);
}

export function factHref(factId) {
  return `#/fact/${encodeURIComponent(factId)}`;
}

export function docHref(docId, factId) {
  const q = factId ? `?fact=${encodeURIComponent(factId)}` : "";
  return `#/document/${encodeURIComponent(docId)}${q}`;
}

/** One fact as a list row: when, the summary (opening its evidence), badges, place. */
export function factRow(item) {
  return h(
    "li",
    { class: "fact", dataset: { fact: item.id, type: item.type } },
    h("span", { class: "when" }, span(item.start, item.end)),
    " ",
    h("span", { class: "ftype" }, item.type),
    " ",
    h("a", { href: factHref(item.id), class: "fact-link" }, item.summary),
    " ",
    ...factBadges(item),
    item.location ? h("span", { class: "place" }, " at ", entityLink(item.location)) : null,
  );
}

export function factList(items, empty = "none known") {
  if (!items || !items.length) return note(empty, "empty");
  return h("ul", { class: "facts" }, items.map(factRow));
}

export function sourceLine(source) {
  return h(
    "li",
    { class: "source" },
    h("a", { href: docHref(source.doc) }, source.title || source.doc),
    source.published ? h("span", { class: "when" }, ` ${human(source.published)}`) : null,
    source.quote ? h("blockquote", null, source.quote) : null,
  );
}

export function errorBox(err) {
  const needsToken = err && err.status === 401;
  return h(
    "div",
    { class: "error", role: "alert" },
    err && err.message ? err.message : String(err),
    needsToken ? [" — ", h("a", { href: "#/curate" }, "set your analyst token")] : null,
  );
}
