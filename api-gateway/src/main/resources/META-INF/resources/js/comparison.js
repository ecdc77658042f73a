// A story's comparison, side by side: one column per outlet, with what only it mentions, the terms it favours,
// its quotes and its numbers; above the columns what every outlet shares, below them the numbers compared.
import { el, text, link, chips, section, hash, textAttrs } from "./dom.js";
import { quote } from "./views.js";

export function comparison(story) {
  const c = story.comparison || {};
  const outlets = c.outlets && c.outlets.length ? c.outlets : (story.articlesByOutlet || []).map((g) => g.outlet);
  const articlesOf = new Map((story.articlesByOutlet || []).map((g) => [g.outlet, g.articles || []]));
  return el("section", { class: "comparison", "aria-label": "How each outlet told it" },
    section("Every outlet mentions", chips(c.sharedEntities, "Shared entities")),
    el("div", { class: "columns", style: `--columns: ${Math.max(1, Math.min(outlets.length, 4))}` },
      outlets.map((outlet) => column(outlet, articlesOf.get(outlet) || [], c))),
    section("Numbers compared", numbers(c.numbers)));
}

function column(outlet, articles, c) {
  const quotes = (c.quotes || []).filter((q) => q.outlet === outlet);
  const numbers = (c.numbers || []).flatMap((n) => (n.values || []).filter((v) => v.outlet === outlet)
    .map((v) => ({ ...v, kind: n.kind, unit: n.unit, agreement: n.agreement })));
  const language = articles.length ? articles[0].language : undefined;
  return el("section", { class: "outlet-column", "data-outlet": outlet, ...textAttrs(outlet, language) },
    text("h3", outlet, undefined, { class: "outlet-name" }),
    el("ul", { class: "outlet-articles" }, articles.map((a) =>
      el("li", {}, link(hash.article(a.id), a.title, a.language)))),
    section("Only here", chips((c.entitiesByOutlet || {})[outlet], `Entities only ${outlet} mentions`)),
    section("Favoured terms", terms((c.favouredTerms || {})[outlet])),
    section("Quotes", quotes.map((q) => el("div", { class: "quote" }, quote(q),
      q.sharedWith && q.sharedWith.length
        ? el("p", { class: "shared", lang: "en", dir: "ltr" }, "also carried by ", q.sharedWith.map((o) => text("span", o, undefined, { class: "outlet" })))
        : null))),
    section("Numbers", numbers.length ? el("ul", { class: "numbers" }, numbers.map((n) =>
      el("li", { class: n.agreement }, text("span", n.text), ` (${[n.kind, n.unit].filter(Boolean).join(", ")})`,
        el("span", { class: "badge", lang: "en", dir: "ltr" }, n.agreement)))) : null));
}

function terms(list) {
  if (!list || !list.length) return null;
  return el("ol", { class: "terms" }, list.slice(0, 12).map((t) => el("li", {},
    text("span", t.display || t.term, undefined, { class: "term" }),
    " ", el("span", { class: "count", dir: "ltr", title: "here / in the other outlets" }, `${t.count} / ${t.otherCount}`))));
}

function numbers(list) {
  if (!list || !list.length) return null;
  return el("table", { class: "numbers-table" },
    el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "Fact"), el("th", { scope: "col" }, "Reported"),
      el("th", { scope: "col" }, "Agreement"))),
    el("tbody", {}, list.map((n) => el("tr", { class: n.agreement },
      el("td", {}, [n.kind, n.unit].filter(Boolean).join(", ")),
      el("td", {}, (n.values || []).map((v) => el("div", {}, text("span", v.outlet, undefined, { class: "outlet" }),
        ": ", text("span", v.text), ` (${v.value})`))),
      el("td", {}, el("span", { class: "badge" }, n.agreement))))));
}
