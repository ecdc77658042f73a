// The public read API. The page only reads: writes need an API key it never holds.

export const API = "/api/v1";

export class NotFound extends Error {}

export async function get(path, params = {}) {
  const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== ""));
  const response = await fetch(`${API}${path}${query.toString() ? `?${query}` : ""}`, { headers: { Accept: "application/json" } });
  const body = await response.json().catch(() => null);
  if (response.status === 404) throw new NotFound((body && body.message) || "not found");
  if (!response.ok) throw new Error((body && body.message) || `${response.status} ${response.statusText}`);
  return body;
}
