// Evidence: a fact with every source it was read in (title, date, publisher, the quote
// highlighted in the document text by its offsets), modality and verification badges, and
// the analyst's confirm / reject. A document page highlights every fact read in it.
import { api, getToken } from "../api.js";
import { badge, factBadges } from "../badges.js";
import { human, span } from "../dates.js";
import { h, note, section } from "../dom.js";
import { entityLink, errorBox, factHref } from "../widgets.js";

/** Where ``quote`` sits in ``body``: the given offsets when they hold it, else its first occurrence. */
export function locate(body, quote, start, end) {
  if (Number.isInteger(start) && Number.isInteger(end) && body.slice(start, end) === quote) return [start, end];
  const at = quote ? body.indexOf(quote) : -1;
  return at < 0 ? null : [at, at + quote.length];
}

/** The body as paragraphs of text nodes, with ``ranges`` ([start, end, classes, factId]) marked. */
export function highlighted(body, ranges) {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const pieces = [];
  let at = 0;
  for (const [start, end, cls, factId] of sorted) {
    if (start < at) continue; // overlaps an earlier highlight: keep the first
    if (start > at) pieces.push(body.slice(at, start));
    const mark = h("mark", { class: cls, dataset: factId ? { fact: factId } : {} });
    if (factId) mark.append(h("a", { href: factHref(factId) }, body.slice(start, end)));
    else mark.append(body.slice(start, end));
    pieces.push(mark);
    at = end;
  }
  if (at < body.length) pieces.push(body.slice(at));
  return h("div", { class: "doc-body" }, pieces);
}

function argsLine(fact) {
  const parts = [];
  for (const [role, value] of Object.entries(fact.args || {})) {
    parts.push(h("span", { class: "arg" }, h("span", { class: "role" }, `${role}: `), typeof value === "string" ? h("a", { href: factHref(value) }, value) : entityLink(value)));
  }
  return h("p", { class: "args" }, parts);
}

/** An attribute's value as text: a list one item a line, an object as "key: value" pairs. */
function attrValue(value) {
  if (Array.isArray(value)) return h("ul", { class: "attr-list" }, value.map((v) => h("li", null, attrValue(v))));
  if (value && typeof value === "object") {
    return Object.entries(value)
      .map(([k, v]) => `${k}: ${v && typeof v === "object" ? JSON.stringify(v) : v}`)
      .join("; ");
  }
  return String(value);
}

function attrsLine(attrs) {
  const keys = Object.keys(attrs || {});
  if (!keys.length) return null;
  return h(
    "dl",
    { class: "attrs" },
    keys.flatMap((k) => [h("dt", null, k), h("dd", null, attrValue(attrs[k]))]),
  );
}

function curationBox(answer, refresh) {
  const factId = answer.fact.id;
  const result = h("p", { class: "curation-result", role: "status" });
  const reason = h("input", { type: "text", name: "reason", placeholder: "reason (needed to reject)", "aria-label": "reason" });
  const confirm = h("button", { type: "button", class: "confirm" }, "Confirm");
  const reject = h("button", { type: "button", class: "reject" }, "Reject");
  const act = async (fn) => {
    if (!getToken()) {
      result.textContent = "Set your analyst token on the Curation page first.";
      return;
    }
    try {
      const res = await fn();
      refresh(`${res.curation.action} stored (curation ${res.curation.id}); the knowledge base was ${res.refreshed ? "re-resolved" : "not re-resolved"}.`);
    } catch (err) {
      result.textContent = err.message;
    }
  };
  confirm.addEventListener("click", () => act(() => api.confirm(factId)));
  reject.addEventListener("click", () => {
    if (!reason.value.trim()) {
      result.textContent = "Give a reason to reject.";
      return;
    }
    act(() => api.reject(factId, reason.value.trim()));
  });
  const past = (answer.curations || []).map((c) => h("li", null, `${c.action} by ${c.author || "?"} ${c.created || ""}`, c.params && c.params.reason ? ` — ${c.params.reason}` : ""));
  return section("Curation", past.length ? h("ul", { class: "curations" }, past) : null, h("div", { class: "curate-actions" }, confirm, reason, reject), result);
}

async function sourceBlock(source, factId, index) {
  let doc = null;
  let failure = null;
  try {
    doc = await api.document(source.doc);
  } catch (err) {
    failure = err;
  }
  const where = doc ? locate(doc.body || "", source.quote, source.start, source.end) : null;
  const text = doc ? highlighted(doc.body || "", where ? [[where[0], where[1], "quote focus", null]] : []) : errorBox(failure);
  return h(
    "article",
    { class: "source-block", dataset: { doc: source.doc } },
    h("h3", null, `Source ${index + 1}: `, h("a", { href: `#/document/${encodeURIComponent(source.doc)}?fact=${encodeURIComponent(factId)}` }, source.title || source.doc)),
    h(
      "p",
      { class: "meta" },
      source.published ? `${human(source.published)} · ` : "",
      source.publisher || (doc && doc.publisher) || "publisher unknown",
      source.url ? h("span", { class: "url" }, ` · ${source.url}`) : null,
      source.attributed_to ? h("span", null, ` · attributed to ${source.attributed_to}`) : null,
    ),
    h("blockquote", { class: "quote" }, source.quote),
    where ? null : note("the quote was not found in the stored text", "warning"),
    h("details", { open: index === 0 ? true : null }, h("summary", null, "document text"), text),
  );
}

export async function evidenceView(factId, flash = null) {
  const answer = await api.fact(factId);
  const fact = answer.fact;
  const badges = [badge(answer.status, "status"), answer.modality !== answer.status ? badge(answer.modality, "modality") : null];
  if (answer.confirmed) badges.push(badge("confirmed", "status"));
  if (answer.verified === true) badges.push(h("span", { class: "badge badge-verified" }, "verified"));
  const blocks = await Promise.all((answer.sources || []).map((src, i) => sourceBlock(src, fact.id, i)));
  let container;
  // after a curation, the fact is read again (it may be gone: a rejected fact is)
  const refresh = async (message) => {
    let fresh;
    try {
      fresh = await evidenceView(fact.id, message);
    } catch (err) {
      fresh = h("div", { class: "evidence" }, h("p", { class: "flash", role: "status" }, message), errorBox(err));
    }
    container.replaceWith(fresh);
  };
  container = h(
    "div",
    { class: "evidence", dataset: { fact: fact.id } },
    flash ? h("p", { class: "flash", role: "status" }, flash) : null,
    h("h1", null, fact.summary),
    h("p", { class: "fact-meta" }, h("span", { class: "ftype" }, fact.type), " ", span(fact.start, fact.end), fact.time_text ? ` (“${fact.time_text}”)` : "", " ", ...badges, ...factBadges({ ...fact, status: null, modality: null })),
    fact.location ? h("p", null, "Place: ", entityLink(fact.location)) : null,
    argsLine(fact),
    attrsLine(fact.attrs),
    section(`Sources (${blocks.length})`, blocks),
    curationBox(answer, refresh),
  );
  return container;
}

export async function documentView(docId, focusFact) {
  const doc = await api.document(docId);
  const body = doc.body || "";
  const ranges = [];
  for (const f of doc.facts || []) {
    const where = locate(body, f.quote, f.start, f.end);
    if (where) ranges.push([where[0], where[1], f.id === focusFact ? "quote focus" : "quote", f.id]);
  }
  const comments = doc.comments || [];
  return h(
    "div",
    { class: "document", dataset: { doc: doc.id } },
    h("h1", null, doc.title || doc.id),
    h("p", { class: "meta" }, [human(doc.published), doc.publisher, doc.author, doc.format].filter(Boolean).join(" · "), doc.url ? h("span", { class: "url" }, ` · ${doc.url}`) : null),
    doc.tags ? h("p", { class: "tags" }, "Groups: ", (doc.tags.groups || []).map((g) => [entityLink(g), " "]), " Countries: ", (doc.tags.countries || []).join(", ")) : null,
    section("Text (facts highlighted; each opens its evidence)", highlighted(body, ranges)),
    section(`Facts read here (${(doc.facts || []).length})`, h("ul", { class: "facts" }, (doc.facts || []).map((f) => h("li", null, h("span", { class: "ftype" }, f.type), " ", h("a", { href: factHref(f.id) }, f.summary))))),
    comments.length ? section("Reader comments (never a source of facts)", h("ul", { class: "comments" }, comments.map((c) => h("li", null, c.author ? `${c.author}: ` : "", c.text)))) : null,
  );
}
