// Marsad's page: hash routes to views, search, and live updates from the stream. No build step, no framework.
import * as views from "./views.js";
import { storyCard, articleCard, upsertTop } from "./lists.js";
import { follow } from "./live.js";
import { hash } from "./dom.js";

const view = document.getElementById("view");
const live = document.getElementById("live");
const form = document.getElementById("search");
const q = document.getElementById("q");
let current = { name: "home", id: null };
let rendering = 0;

function parse(location) {
  const [path, query] = location.replace(/^#/, "").split("?");
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  const params = new URLSearchParams(query || "");
  switch (parts[0]) {
    case "story": return { name: "story", id: parts[1] };
    case "entity": return { name: "entity", id: parts[1] };
    case "article": return { name: "article", id: parts[1] };
    case "articles": return { name: "articles" };
    case "search": return { name: "search", id: params.get("q") || "" };
    default: return { name: "home" };
  }
}

async function render(focus = true) {
  const route = parse(location.hash);
  const ticket = ++rendering;
  current = route;
  view.setAttribute("aria-busy", "true");
  let content;
  try {
    content = route.id !== undefined && route.id !== null
      ? await views[route.name](route.id) : await views[route.name]();
  } catch (error) {
    content = views.failure(error);
  }
  if (ticket !== rendering) return; // a later navigation won
  view.replaceChildren(content);
  view.removeAttribute("aria-busy");
  if (route.name === "search") q.value = route.id;
  const heading = view.querySelector("h2");
  if (focus && heading) heading.focus({ preventScroll: false });
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const text = q.value.trim();
  location.hash = text ? hash.search(text) : "#/";
});
window.addEventListener("hashchange", () => render());

follow({
  onState(state, label) {
    live.dataset.state = state;
    live.textContent = label;
  },
  onArticle(article) {
    const list = current.name === "home" || current.name === "articles" ? document.getElementById("articles") : null;
    if (list) upsertTop(list, articleCard(article, true), "articleId");
  },
  onStory(story) {
    if (current.name === "home") {
      const list = document.getElementById("stories");
      if (list) {
        if (story.mergedInto) list.querySelector(`[data-story-id="${CSS.escape(story.storyId)}"]`)?.remove();
        else upsertTop(list, storyCard(story), "storyId");
        list.parentElement.querySelector(".message")?.remove();
      }
    } else if (current.name === "story" && (current.id === story.storyId || current.id === story.mergedInto)) {
      render(false);
    }
  },
  onReset() {
    render(false);
  },
});

render(false);
