// Marsad's page: latest articles, search, live arrivals over SSE, and an article's enriched details.
// Every piece of article text goes through textContent (see el()): article text is never parsed as HTML.
"use strict";

const API = "/api/v1";
const MAX_ITEMS = 200;

const ui = {
  form: document.getElementById("search"),
  q: document.getElementById("q"),
  language: document.getElementById("language"),
  list: document.getElementById("articles"),
  more: document.getElementById("more"),
  message: document.getElementById("message"),
  detail: document.getElementById("detail"),
  live: document.getElementById("live"),
};

const state = { next: null, shown: new Set(), stream: null };

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });
const TYPE_LABELS = { PERSON: "People", ORGANIZATION: "Organizations", LOCATION: "Places", MISC: "Other" };

/** Creates an element with text content (never HTML) and attributes. */
function el(tag, attrs = {}, text) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value !== undefined && value !== null && value !== "") node.setAttribute(name, value);
  }
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

/** The lang attribute for an article: its detected language, unless unknown. */
function langOf(language) {
  return language && language !== "und" && /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(language) ? language : undefined;
}

function formatTime(iso) {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : timeFormat.format(date);
}

function timeEl(iso) {
  const text = formatTime(iso);
  return text ? el("time", { datetime: iso }, text) : null;
}

/** Only http(s) links leave the page: a javascript: URL in an article must not become clickable. */
function safeUrl(url) {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}

async function getJson(path) {
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    throw new Error((body && body.message) || `${response.status} ${response.statusText}`);
  }
  return body;
}

/** One article in the list: works for store summaries and for live ArticleStored events alike. */
function card(article, fresh) {
  const lang = langOf(article.language);
  const item = el("li", { class: fresh ? "card fresh" : "card", lang, dir: "auto", "data-id": article.id });
  const title = el("a", { class: "title", href: `#article/${encodeURIComponent(article.id)}` },
    article.title || "(untitled)");
  item.append(title);

  const meta = el("div", { class: "meta", dir: "ltr", lang: "en" });
  for (const part of [el("span", {}, article.outlet), el("span", {}, article.language),
                      timeEl(article.publishedAt || article.storedAt)]) {
    if (part && part.textContent) meta.append(part);
  }
  item.append(meta);

  if (article.summary) item.append(el("p", { class: "summary" }, article.summary));
  if (Array.isArray(article.entities) && article.entities.length) {
    const chips = el("ul", { class: "chips", "aria-label": "Entities" });
    for (const entity of article.entities) {
      chips.append(el("li", { class: `chip ${entity.type || ""}`, title: entity.type }, entity.name));
    }
    item.append(chips);
  }
  return item;
}

function say(text) {
  ui.message.textContent = text || "";
}

function searchPath(cursor) {
  const params = new URLSearchParams({ limit: "20" });
  if (ui.q.value.trim()) params.set("q", ui.q.value.trim());
  if (ui.language.value) params.set("language", ui.language.value);
  if (cursor) params.set("cursor", cursor);
  return `${API}/articles?${params}`;
}

async function load(cursor) {
  if (!cursor) {
    ui.list.replaceChildren();
    state.shown.clear();
  }
  say("Loading…");
  try {
    const page = await getJson(searchPath(cursor));
    for (const article of page.items || []) {
      if (!state.shown.has(article.id)) {
        state.shown.add(article.id);
        ui.list.append(card(article, false));
      }
    }
    state.next = page.next || null;
    ui.more.hidden = !state.next;
    say(state.shown.size ? "" : "No articles yet.");
  } catch (error) {
    say(`Could not load articles: ${error.message}`);
  }
}

/** A live arrival goes on top, unless a text search is showing (its matches are the store's to decide). */
function arrived(article) {
  if (ui.q.value.trim() || state.shown.has(article.id)) return;
  state.shown.add(article.id);
  ui.list.prepend(card(article, true));
  while (ui.list.children.length > MAX_ITEMS) {
    state.shown.delete(ui.list.lastElementChild.dataset.id);
    ui.list.lastElementChild.remove();
  }
  say("");
}

function liveState(name, text) {
  ui.live.dataset.state = name;
  ui.live.textContent = text;
}

/** (Re)connects the live stream for the current language filter; EventSource reconnects on its own. */
function connect() {
  if (state.stream) state.stream.close();
  const params = new URLSearchParams();
  if (ui.language.value) params.set("language", ui.language.value);
  const query = params.toString();
  const stream = new EventSource(`${API}/stream${query ? `?${query}` : ""}`);
  stream.onopen = () => liveState("open", "Live");
  stream.onerror = () => liveState("error", "Reconnecting…");
  stream.addEventListener("article", (event) => {
    try {
      arrived(JSON.parse(event.data));
    } catch {
      // a malformed event is not worth breaking the page for
    }
  });
  state.stream = stream;
}

/** A titled part of the details: the title is page chrome (English), the content keeps its own direction. */
function section(title, children) {
  if (!children.length) return [];
  return [el("h3", { lang: "en", dir: "ltr" }, title), ...children];
}

function entitiesByType(entities) {
  const groups = new Map();
  for (const entity of entities || []) {
    const type = entity.type || "MISC";
    if (!groups.has(type)) groups.set(type, []);
    groups.get(type).push(entity);
  }
  const list = el("dl");
  for (const [type, members] of groups) {
    list.append(el("dt", { lang: "en", dir: "ltr" }, TYPE_LABELS[type] || type));
    const names = el("dd");
    const chips = el("ul", { class: "chips", dir: "auto" });
    for (const entity of members) {
      const count = Array.isArray(entity.mentions) ? entity.mentions.length : 0;
      chips.append(el("li", { class: `chip ${type}`, title: `${count} mention(s)` },
        count > 1 ? `${entity.name} ×${count}` : entity.name));
    }
    names.append(chips);
    list.append(names);
  }
  return groups.size ? [list] : [];
}

function quotes(list) {
  return (list || []).map((quote) => {
    const block = el("blockquote", { dir: "auto" }, quote.text);
    const speaker = quote.speaker && quote.speaker.text;
    if (speaker) block.append(el("footer", {}, `— ${speaker}`));
    return block;
  });
}

function numbers(list) {
  if (!list || !list.length) return [];
  const items = el("ul", { dir: "auto" });
  for (const number of list) {
    items.append(el("li", { dir: "auto" }, number.unit ? `${number.text} (${number.unit})` : number.text));
  }
  return [items];
}

function closeDetail() {
  const current = ui.list.querySelector('[aria-current="true"]');
  ui.detail.hidden = true;
  ui.detail.replaceChildren();
  if (location.hash) history.pushState(null, "", location.pathname + location.search);
  if (current) {
    current.removeAttribute("aria-current");
    current.querySelector(".title").focus();
  }
}

async function showArticle(id) {
  for (const item of ui.list.querySelectorAll('[aria-current="true"]')) item.removeAttribute("aria-current");
  const selected = [...ui.list.children].find((item) => item.dataset.id === id);
  if (selected) selected.setAttribute("aria-current", "true");

  ui.detail.hidden = false;
  ui.detail.replaceChildren(el("p", {}, "Loading…"));
  try {
    const article = await getJson(`${API}/articles/${encodeURIComponent(id)}`);
    const lang = langOf(article.language);
    const close = el("button", { class: "close", type: "button" }, "Close");
    close.addEventListener("click", closeDetail);
    const heading = el("h2", { id: "detail-heading", tabindex: "-1", lang, dir: "auto" }, article.title);
    const meta = el("div", { class: "meta" });
    for (const part of [el("span", {}, article.outlet), el("span", {}, article.language),
                        timeEl(article.publishedAt)]) {
      if (part && part.textContent) meta.append(part);
    }
    const link = safeUrl(article.url);
    if (link) {
      const original = el("span");
      original.append(el("a", { href: link, rel: "noopener noreferrer", target: "_blank" }, "original"));
      meta.append(original);
    }

    const body = el("div", { lang });
    body.append(...section("Summary", article.summary ? [el("p", { dir: "auto" }, article.summary)] : []),
      ...section("Entities", entitiesByType(article.entities)),
      ...section("Quotes", quotes(article.quotes)),
      ...section("Numbers", numbers(article.numbers)));
    ui.detail.replaceChildren(close, heading, meta, body);
    heading.focus();
  } catch (error) {
    ui.detail.replaceChildren(el("p", {}, `Could not load the article: ${error.message}`));
  }
}

function route() {
  const match = /^#article\/(.+)$/.exec(location.hash);
  if (match) {
    showArticle(decodeURIComponent(match[1]));
  } else if (!ui.detail.hidden) {
    ui.detail.hidden = true;
    ui.detail.replaceChildren();
  }
}

ui.form.addEventListener("submit", (event) => {
  event.preventDefault();
  load(null);
  connect();
});
ui.more.addEventListener("click", () => load(state.next));
document.addEventListener("keydown", (event) => {
  if (event.key === "Escape" && !ui.detail.hidden) closeDetail();
});
window.addEventListener("hashchange", route);

connect();
// A shared #article/<id> link opens once the list is there, so its card can be marked as the current one.
load(null).then(route);
