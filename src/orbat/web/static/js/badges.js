// Badges for how a fact is known: its modality (asserted, claimed, hedged, ...) and its
// verification status (claimed / unverified / confirmed).
import { h } from "./dom.js";

const EXPLAIN = {
  asserted: "stated by the reporting as fact",
  claimed: "a party claims it",
  alleged: "alleged by someone",
  reported: "reported by others",
  hedged: "hedged: possibly, reportedly, believed to",
  denied: "denied",
  speculative: "speculation",
  confirmed: "confirmed: two or more independent sources, or an analyst",
  unverified: "claimed or attributed, not independently verified",
  rejected: "rejected by an analyst",
};

export function badge(label, kind = "modality") {
  if (!label) return null;
  return h("span", { class: ["badge", `badge-${kind}`, `b-${label}`], title: EXPLAIN[label] || label }, label);
}

/** The status badge (events) and the modality badge, when they differ. */
export function factBadges(item) {
  const out = [];
  if (item.status && item.status !== item.modality) out.push(badge(item.status, "status"));
  out.push(badge(item.modality, "modality"));
  if (item.corroboration > 1) {
    out.push(h("span", { class: "badge badge-count", title: "documents supporting it" }, `${item.corroboration} sources`));
  }
  return out;
}
