// Partial ISO dates ("2015", "2015-08", "2015-08-11"; "..2015" = by then) as time bounds.

const PARTIAL = /^(\.\.)?(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/;

/** The first and last day a partial date may mean, as UTC Dates; null when unreadable. */
export function bounds(text) {
  const m = PARTIAL.exec(text || "");
  if (!m) return null;
  const year = Number(m[2]);
  const month = m[3] ? Number(m[3]) - 1 : null;
  const day = m[4] ? Number(m[4]) : null;
  if (day !== null) {
    const d = new Date(Date.UTC(year, month, day));
    return [d, d];
  }
  if (month !== null) return [new Date(Date.UTC(year, month, 1)), new Date(Date.UTC(year, month + 1, 0))];
  return [new Date(Date.UTC(year, 0, 1)), new Date(Date.UTC(year, 11, 31))];
}

export const lowerOf = (text) => (bounds(text) || [null])[0];
export const upperOf = (text) => (bounds(text) || [null, null])[1];

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "11 Aug 2015", "Aug 2015", "2015"; "by Aug 2015" for "..2015-08". */
export function human(text) {
  const m = PARTIAL.exec(text || "");
  if (!m) return text || "";
  const by = m[1] ? "by " : "";
  if (m[4]) return `${by}${Number(m[4])} ${MONTHS[Number(m[3]) - 1]} ${m[2]}`;
  if (m[3]) return `${by}${MONTHS[Number(m[3]) - 1]} ${m[2]}`;
  return `${by}${m[2]}`;
}

/** A span as words: "Jun 2015 – 11 Aug 2015", "since Jun 2015", "undated". */
export function span(start, end) {
  if (!start && !end) return "undated";
  if (start && end) return start === end ? human(start) : `${human(start)} – ${human(end)}`;
  return start ? `since ${human(start)}` : `until ${human(end)}`;
}

/** yyyy-mm-dd of a Date (UTC). */
export function isoDay(date) {
  return date.toISOString().slice(0, 10);
}
