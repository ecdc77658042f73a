// Small DOM helpers. Every piece of article text goes through textContent: it is never parsed as HTML.

const ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

/** Creates an element with attributes and text content (never HTML); children may follow. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value !== undefined && value !== null && value !== false && value !== "") node.setAttribute(name, value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

/** lang and dir for a piece of text: the language when known, else guessed from its script. */
export function textAttrs(text, language) {
  const lang = language && language !== "und" && /^[a-z]{2,3}$/.test(language) ? language
    : ARABIC_SCRIPT.test(text || "") ? "ar" : undefined;
  const rtl = lang === "ar" || lang === "fa" || lang === "ur" || lang === "he";
  return { lang, dir: lang ? (rtl ? "rtl" : "ltr") : "auto" };
}

/** An element holding text in its own language and direction. */
export function text(tag, value, language, attrs = {}) {
  return el(tag, { ...textAttrs(value, language), ...attrs }, value);
}

export function time(iso) {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : el("time", { datetime: iso }, timeFormat.format(date));
}

/** Parts of a meta line (outlet · language · time), empty ones left out. */
export function meta(...parts) {
  return el("div", { class: "meta" }, parts.filter((p) => p && (p instanceof Node ? p.textContent : true))
    .map((p) => (p instanceof Node ? p : el("span", {}, p))));
}

export function link(href, value, language, attrs = {}) {
  return el("a", { href, ...textAttrs(value, language), ...attrs }, value);
}

export const hash = {
  story: (id) => `#/story/${encodeURIComponent(id)}`,
  entity: (id) => `#/entity/${encodeURIComponent(id)}`,
  article: (id) => `#/article/${encodeURIComponent(id)}`,
  search: (q) => `#/search?q=${encodeURIComponent(q)}`,
};

/** Entity chips, each a link to the entity's page. */
export function chips(entities, label = "Entities") {
  if (!entities || !entities.length) return null;
  return el("ul", { class: "chips", "aria-label": label },
    entities.map((e) => el("li", { class: `chip ${e.type || ""}` },
      link(hash.entity(e.id), e.mentions > 1 ? `${e.name} ×${e.mentions}` : e.name, undefined,
        { title: e.type }))));
}

/** A titled section, left out when it has nothing to show. */
export function section(title, ...content) {
  const shown = content.flat().filter(Boolean);
  return shown.length ? el("section", { class: "part" }, el("h3", {}, title), shown) : null;
}
