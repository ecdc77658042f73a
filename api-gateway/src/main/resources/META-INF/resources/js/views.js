// The views behind the hash routes: #/ (stories), #/articles, #/story/ID, #/entity/ID, #/article/ID, #/search?q=
import { el, text, link, meta, time, chips, section, hash, textAttrs } from "./dom.js";
import { get, NotFound } from "./api.js";
import { storyCard, articleCard } from "./lists.js";
import { comparison } from "./comparison.js";

const TYPE_LABELS = { PERSON: "Person", ORGANIZATION: "Organization", LOCATION: "Place", MISC: "Other" };

export async function home() {
  const [stories, articles] = await Promise.all([
    get("/stories", { limit: 20 }).catch(() => ({ items: [], unavailable: true })),
    get("/articles", { limit: 20 }),
  ]);
  return el("div", { class: "home" },
    el("section", { class: "column", "aria-labelledby": "stories-heading" },
      el("h2", { id: "stories-heading", tabindex: "-1" }, "Latest stories"),
      el("ol", { id: "stories", class: "cards" }, stories.items.map(storyCard)),
      stories.items.length ? null : el("p", { class: "message" },
        stories.unavailable ? "Stories are not available yet." : "No stories yet.")),
    el("section", { class: "column", "aria-labelledby": "articles-heading" },
      el("h2", { id: "articles-heading" }, "Latest articles"),
      el("ol", { id: "articles", class: "cards" }, articles.items.map((a) => articleCard(a))),
      articles.items.length ? null : el("p", { class: "message" }, "No articles yet.")));
}

export async function articles() {
  const page = await get("/articles", { limit: 50 });
  return el("section", {},
    el("h2", { tabindex: "-1" }, "Latest articles"),
    el("ol", { id: "articles", class: "cards" }, page.items.map((a) => articleCard(a))));
}

export async function story(id) {
  const s = await get(`/stories/${encodeURIComponent(id)}`);
  return el("article", { class: "story-page", "data-story-id": s.id },
    el("h2", { tabindex: "-1", ...textAttrs(s.title) }, s.title),
    s.requestedId ? el("p", { class: "message" }, "This story was merged into the one shown.") : null,
    meta(`${s.articleCount} articles`, `${(s.outlets || []).length} outlets`, (s.languages || []).join(" · "),
      time(s.firstPublishedAt), time(s.lastPublishedAt)),
    chips(s.topEntities, "Top entities"),
    comparison(s),
    section("Timeline", timeline(s.timeline)),
    section("Related stories", el("ul", {}, (s.related || []).map((r) =>
      el("li", {}, link(hash.story(r.id), r.title), " ", time(r.firstPublishedAt))))));
}

function timeline(entries) {
  if (!entries || !entries.length) return null;
  return el("ol", { class: "timeline" }, entries.map((t) => el("li", {},
    time(t.publishedAt), " ", text("span", t.outlet, undefined, { class: "outlet" }), " ",
    link(hash.article(t.articleId), t.title, t.language))));
}

export async function entity(id) {
  const e = await get(`/entities/${encodeURIComponent(id)}`);
  return el("article", { class: "entity-page", "data-entity-id": e.id },
    el("h2", { tabindex: "-1", ...textAttrs(e.name) }, e.name),
    meta(TYPE_LABELS[e.type] || e.type, `${e.articleCount} articles`, `${e.mentionCount} mentions`),
    section("Also written", el("ul", { class: "aliases" }, (e.aliases || []).map((a) => text("li", a)))),
    section("Stories", (e.stories || []).length
      ? el("ol", { class: "cards" }, e.stories.map(storyCard)) : null),
    section("Articles", el("ol", { class: "cards" }, (e.articles || []).map((a) => articleCard(a)))));
}

export async function article(id) {
  const a = await get(`/articles/${encodeURIComponent(id)}`);
  const url = safeUrl(a.url);
  return el("article", { class: "article-page", "data-article-id": a.id },
    el("h2", { tabindex: "-1", ...textAttrs(a.title, a.language) }, a.title),
    meta(text("span", a.outlet), a.language, time(a.publishedAt),
      a.storyId ? link(hash.story(a.storyId), "its story") : null,
      url ? el("a", { href: url, rel: "noopener noreferrer", target: "_blank" }, "original") : null),
    section("Summary", a.summary ? text("p", a.summary, a.language) : null),
    section("Entities", chips(a.entities)),
    section("Quotes", (a.quotes || []).map((q) => quote(q, a.language))),
    section("Numbers", (a.numbers || []).length
      ? el("ul", {}, a.numbers.map((n) => text("li", n.unit ? `${n.text} (${n.unit})` : n.text, a.language))) : null));
}

export function quote(q, language) {
  return el("blockquote", textAttrs(q.text, language), q.text,
    q.speaker && q.speaker.text ? el("footer", {}, "— ",
      q.speaker.entityId ? link(hash.entity(q.speaker.entityId), q.speaker.text) : text("span", q.speaker.text)) : null);
}

export async function search(q) {
  const [found, entities] = await Promise.all([
    get("/articles", { q, limit: 30 }),
    get("/entities", { q, limit: 10 }).catch(() => ({ items: [] })),
  ]);
  return el("section", {},
    el("h2", { tabindex: "-1" }, "Search: ", text("span", q)),
    section("People, organisations, places", (entities.items || []).length ? el("ul", { class: "chips" },
      entities.items.map((e) => el("li", { class: `chip ${e.type}` }, link(hash.entity(e.id), e.name)))) : null),
    el("h3", {}, "Articles"),
    found.items.length ? el("ol", { id: "results", class: "cards" }, found.items.map((a) => articleCard(a)))
      : el("p", { class: "message" }, "Nothing found."));
}

export function failure(error) {
  return el("section", {},
    el("h2", { tabindex: "-1" }, error instanceof NotFound ? "Not found" : "Something went wrong"),
    el("p", { class: "message" }, error.message),
    el("p", {}, link("#/", "Back to the latest stories")));
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
