// Story and article cards, shared by the views and by live updates.
import { el, text, link, meta, time, chips, hash } from "./dom.js";

export function storyCard(story) {
  const outlets = (story.outlets || []).map((o) => (typeof o === "string" ? { outlet: o } : o));
  return el("li", { class: "card story", "data-story-id": story.id || story.storyId },
    link(hash.story(story.id || story.storyId), story.title || "(untitled story)", undefined, { class: "title" }),
    meta(`${story.articleCount} article${story.articleCount === 1 ? "" : "s"}`,
      (story.languages || []).join(" · "), time(story.updatedAt || story.lastPublishedAt)),
    el("ul", { class: "outlets", "aria-label": "Outlets" },
      outlets.map((o) => el("li", {}, text("span", o.outlet),
        o.articleCount ? el("span", { class: "count" }, ` ${o.articleCount}`) : null))),
    chips(story.topEntities, "Top entities"));
}

export function articleCard(article, fresh = false) {
  return el("li", { class: fresh ? "card fresh" : "card", "data-article-id": article.id },
    link(hash.article(article.id), article.title || "(untitled)", article.language, { class: "title" }),
    meta(text("span", article.outlet), article.language, time(article.publishedAt || article.storedAt),
      article.storyId ? link(hash.story(article.storyId), "story") : null),
    article.summary ? text("p", article.summary, article.language, { class: "summary" }) : null,
    chips(article.entities));
}

/** Puts a card on top of a list, replacing the card for the same thing, keeping the list bounded. */
export function upsertTop(list, card, key, max = 100) {
  const old = [...list.children].find((c) => c.dataset[key] === card.dataset[key]);
  if (old) old.remove();
  list.prepend(card);
  while (list.children.length > max) list.lastElementChild.remove();
}
