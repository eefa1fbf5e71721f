// Curation: the analyst's token (typed in, kept in sessionStorage only) and merging two
// entities. Confirming and rejecting a fact are on each fact's evidence page.
import { api, getToken, setToken } from "../api.js";
import { h, section } from "../dom.js";
import { entityLink } from "../widgets.js";

function tokenForm() {
  const input = h("input", { type: "password", name: "token", autocomplete: "off", placeholder: "paste the token from `orbat token create`", "aria-label": "analyst token" });
  const state = h("p", { class: "muted", role: "status" }, getToken() ? "A token is set for this tab." : "No token set.");
  const form = h("form", { id: "token-form" }, input, h("button", { type: "submit" }, "Use token"), h("button", { type: "button", class: "forget" }, "Forget"));
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    setToken(input.value);
    input.value = "";
    state.textContent = getToken() ? "A token is set for this tab." : "No token set.";
    window.dispatchEvent(new Event("orbat:token"));
  });
  form.querySelector(".forget").addEventListener("click", () => {
    setToken("");
    state.textContent = "No token set.";
    window.dispatchEvent(new Event("orbat:token"));
  });
  return section("Analyst token", h("p", null, "Writes need a token. It is kept in this tab's session storage and sent as an Authorization header; closing the tab forgets it."), form, state);
}

function picker(name, label, value) {
  const input = h("input", { name, list: `${name}-options`, value: value || "", placeholder: "name or ent:… id", required: true });
  const options = h("datalist", { id: `${name}-options` });
  const chosen = h("span", { class: "chosen" });
  let timer = null;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const q = input.value.trim();
      if (q.length < 2 || q.startsWith("ent:")) return;
      try {
        const res = await api.entities({ q, limit: 20 });
        options.replaceChildren(...res.items.map((e) => h("option", { value: e.id }, `${e.name} (${e.type})`)));
      } catch {
        /* suggestions are a convenience; typing an id still works */
      }
    }, 200);
  });
  return h("label", null, `${label} `, input, options, chosen);
}

function mergeForm(params) {
  const result = h("div", { class: "curation-result", role: "status" });
  const form = h(
    "form",
    { id: "merge-form" },
    picker("a", "keep (A)", params.get("a")),
    picker("b", "merge into it (B)", params.get("b")),
    h("button", { type: "submit" }, "Merge B into A"),
  );
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const data = new FormData(form);
    const a = String(data.get("a") || "").trim();
    const b = String(data.get("b") || "").trim();
    if (!getToken()) {
      result.replaceChildren("Set your analyst token first.");
      return;
    }
    try {
      const res = await api.merge(a, b);
      const kept = a.startsWith("ent:") ? await api.entity(a).catch(() => null) : null;
      result.replaceChildren(`Stored ${res.curation.action} (curation ${res.curation.id}). `, kept ? entityLink(kept.entity) : "");
    } catch (err) {
      result.replaceChildren(err.message);
    }
  });
  return section("Merge two entities", h("p", null, "The merge is stored as a curation and re-applied on every rebuild."), form, result);
}

export async function curateView(params) {
  return h(
    "div",
    { class: "curate" },
    h("h1", null, "Curation"),
    tokenForm(),
    mergeForm(params),
    section("Confirm or reject a fact", h("p", null, "Open a fact (every fact links to its evidence) and use the buttons under its sources.")),
  );
}
