// Building DOM safely: every text goes through textContent, attributes through setAttribute
// (never an on* handler, never parsed as markup). Names, quotes and article text are untrusted.

const SVG_NS = "http://www.w3.org/2000/svg";

function setAttrs(node, attrs) {
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (/^on/i.test(key)) throw new Error(`event handler attributes are not allowed: ${key}`);
    if (key === "class") node.setAttribute("class", Array.isArray(value) ? value.filter(Boolean).join(" ") : value);
    else if (key === "dataset") for (const [k, v] of Object.entries(value)) node.dataset[k] = String(v);
    else if (key === "href" && !safeHref(value)) node.setAttribute("href", "#/");
    else node.setAttribute(key, value === true ? "" : String(value));
  }
}

// Only in-page routes, relative paths and plain web links become hrefs (no javascript: URLs).
export function safeHref(value) {
  const text = String(value);
  return text.startsWith("#") || text.startsWith("/") || /^https?:\/\//i.test(text);
}

function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** h("a", {href: "#/x", class: "y"}, "text", otherNode) */
export function h(tag, attrs, ...children) {
  const node = document.createElement(tag);
  setAttrs(node, attrs);
  return append(node, children);
}

/** An SVG element with the same rules. */
export function s(tag, attrs, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  setAttrs(node, attrs);
  return append(node, children);
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

/** Text with the parts inside [brackets] (search snippets) marked, as text nodes only. */
export function marked(text) {
  const out = [];
  const re = /\[([^\]]*)\]/g;
  let last = 0;
  let m;
  while ((m = re.exec(text || "")) !== null) {
    if (m.index > last) out.push(text.slice(last, m.index));
    out.push(h("mark", null, m[1]));
    last = m.index + m[0].length;
  }
  if (last < (text || "").length) out.push(text.slice(last));
  return out;
}

export function section(title, ...children) {
  return h("section", { class: "panel" }, h("h2", null, title), ...children);
}

export function note(text, kind = "note") {
  return h("p", { class: kind }, text);
}
