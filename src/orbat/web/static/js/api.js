// The REST API (docs/api.md), one function per endpoint. Writes carry the analyst's token from
// sessionStorage as "Authorization: Bearer ..."; the token never leaves this tab's session.

const TOKEN_KEY = "orbat.token";

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

export function getToken() {
  return sessionStorage.getItem(TOKEN_KEY) || "";
}

export function setToken(token) {
  if (token) sessionStorage.setItem(TOKEN_KEY, token.trim());
  else sessionStorage.removeItem(TOKEN_KEY);
}

function query(params) {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(params || {})) {
    if (value !== null && value !== undefined && value !== "") q.set(key, String(value));
  }
  const text = q.toString();
  return text ? `?${text}` : "";
}

async function request(method, path, { params, body } = {}) {
  const headers = { Accept: "application/json" };
  const token = getToken();
  if (token) headers.Authorization = `Bearer ${token}`;
  const init = { method, headers };
  if (body !== undefined) {
    headers["Content-Type"] = "application/json";
    init.body = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(`/api${path}${query(params)}`, init);
  } catch (err) {
    throw new ApiError(0, "network", `the API could not be reached (${err.message})`);
  }
  let data = null;
  try {
    data = await response.json();
  } catch {
    data = null;
  }
  if (!response.ok) {
    const error = (data && data.error) || {};
    throw new ApiError(response.status, error.code || "error", error.message || `HTTP ${response.status}`);
  }
  return data;
}

const id = (value) => encodeURIComponent(value);

export const api = {
  search: (q, limit = 50) => request("GET", "/search", { params: { q, limit } }),
  entities: (params) => request("GET", "/entities", { params }),
  entity: (entityId) => request("GET", `/entities/${id(entityId)}`),
  groupTimeline: (groupId, on) => request("GET", `/groups/${id(groupId)}/timeline`, { params: { on } }),
  leaders: (org, on) => request("GET", "/leaders", { params: { org, on } }),
  events: (params) => request("GET", "/events", { params: { limit: 500, ...params } }),
  graph: (params) => request("GET", "/graph", { params }),
  fact: (factId) => request("GET", `/facts/${id(factId)}`),
  documents: (params) => request("GET", "/documents", { params }),
  document: (docId) => request("GET", `/documents/${id(docId)}`),
  confirm: (factId) => request("POST", `/facts/${id(factId)}/confirm`, { body: {} }),
  reject: (factId, reason) => request("POST", `/facts/${id(factId)}/reject`, { body: { reason } }),
  merge: (a, b) => request("POST", "/entities/merge", { body: { a, b } }),
};
