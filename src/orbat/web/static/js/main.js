// The single-page UI: a hash router over the views. Every view builds its DOM with
// createElement/textContent (dom.js); nothing here evaluates strings as code.
import { clear, h } from "./dom.js";
import { getToken } from "./api.js";
import { errorBox } from "./widgets.js";
import { searchView, homeView } from "./views/search.js";
import { entityView } from "./views/entity.js";
import { mapView } from "./views/map.js";
import { networkView } from "./views/network.js";
import { evidenceView, documentView } from "./views/evidence.js";
import { curateView } from "./views/curate.js";

const ROUTES = [
  [/^\/?$/, () => homeView()],
  [/^\/search$/, (m, q) => searchView(q.get("q") || "")],
  [/^\/entity\/(.+)$/, (m, q) => entityView(decodeURIComponent(m[1]), q.get("on"))],
  [/^\/map$/, (m, q) => mapView(q)],
  [/^\/network$/, (m, q) => networkView(q)],
  [/^\/fact\/(.+)$/, (m) => evidenceView(decodeURIComponent(m[1]))],
  [/^\/document\/(.+)$/, (m, q) => documentView(decodeURIComponent(m[1]), q.get("fact"))],
  [/^\/curate$/, (m, q) => curateView(q)],
];

function header() {
  const input = h("input", { type: "search", id: "q", name: "q", placeholder: "Search names and documents", "aria-label": "search" });
  const form = h("form", { id: "search-form", role: "search" }, input, h("button", { type: "submit" }, "Search"));
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const q = input.value.trim();
    if (q) location.hash = `#/search?q=${encodeURIComponent(q)}`;
  });
  const tokenState = h("span", { id: "token-state", class: "token-state" });
  const nav = h(
    "nav",
    null,
    h("a", { href: "#/" }, "Groups"),
    h("a", { href: "#/map" }, "Map"),
    h("a", { href: "#/network" }, "Network"),
    h("a", { href: "#/curate" }, "Curation"),
    tokenState,
  );
  return h("div", { class: "bar" }, h("a", { href: "#/", class: "brand" }, "orbat"), form, nav);
}

function showTokenState() {
  const el = document.getElementById("token-state");
  if (el) el.textContent = getToken() ? "analyst token set" : "";
}

let generation = 0;

async function route() {
  const view = document.getElementById("view");
  const raw = location.hash.replace(/^#/, "") || "/";
  const [path, qs] = raw.split("?", 2);
  const params = new URLSearchParams(qs || "");
  const mine = ++generation;
  clear(view);
  view.append(h("p", { class: "loading" }, "Loading…"));
  view.setAttribute("aria-busy", "true");
  let node;
  try {
    const found = ROUTES.find(([re]) => re.test(path));
    node = found ? await found[1](found[0].exec(path), params) : errorBox(new Error(`no such page: ${path}`));
  } catch (err) {
    node = errorBox(err);
  }
  if (mine !== generation) return; // a newer route won
  clear(view);
  view.append(node);
  view.removeAttribute("aria-busy");
  view.dataset.route = raw; // what is shown: tests wait on it
  document.body.dataset.view = path.split("/")[1] || "home";
  showTokenState();
  // the page opens at its top; a highlighted quote is scrolled into view inside its text box
  window.scrollTo(0, 0);
  const focus = view.querySelector(".focus");
  const box = focus && focus.closest(".doc-body");
  if (box) box.scrollTop = Math.max(0, focus.offsetTop - box.clientHeight / 3);
}

document.getElementById("top").append(header());
window.addEventListener("hashchange", route);
window.addEventListener("orbat:token", showTokenState);
route();
