-- The store's schema: articles (the whole enriched document plus the columns we filter and sort on),
-- entities, and which articles mention which entity. Flyway keeps its history inside schema "store".

-- Arabic spelling varies for the same word (hamza on alef, final yeh/alef maksura, teh marbuta, diacritics,
-- tatweel, Arabic-Indic digits): fold those variants so the index and the queries meet on one form.
-- U+0670 (superscript alef) and Extended Arabic-Indic digits are folded too: they occur in the same texts.
CREATE FUNCTION store.normalize_ar(t text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
SELECT translate(t,
    U&'أإآٱىة٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹\064B\064C\064D\064E\064F\0650\0651\0652\0670\0640',
    'اااايه01234567890123456789')
$$;

-- Word forms that lost their proclitics (و, ف and the article ال, بال, كال, لل), only for the words that had
-- one: the Snowball Arabic stemmer stems "بوتين" and "وبوتين" differently (it takes the ب for a proclitic),
-- so these extra forms let a plain query word find the prefixed form in the text. Input is normalised.
CREATE FUNCTION store.strip_proclitics(t text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
SELECT coalesce(string_agg(substring(w FROM '^(?:[وف]?(?:ال|بال|كال|لل)|[وف])([ء-ي]{3,})$'), ' '), '')
FROM regexp_split_to_table(t, '[^ء-ي]+') AS w
$$;

-- The stemming configuration for a language code; languages without a stemmer here are split only.
CREATE FUNCTION store.search_config(language text) RETURNS regconfig
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
SELECT CASE language
           WHEN 'ar' THEN 'pg_catalog.arabic'::regconfig
           WHEN 'en' THEN 'pg_catalog.english'::regconfig
           ELSE 'pg_catalog.simple'::regconfig
       END
$$;

-- The one definition of an article's search vector: stemmed title (A) and text (B) in the article's language,
-- unstemmed title and entity names/aliases (C) so names match whatever the stemmer does to them, and the
-- proclitic-free word forms of title and text (D). Each input is normalised once: it is the costly part.
CREATE FUNCTION store.article_search(language text, title text, body text, names text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
SELECT setweight(to_tsvector(x.config, x.title), 'A')
    || setweight(to_tsvector(x.config, x.body), 'B')
    || setweight(to_tsvector('pg_catalog.simple', x.title || ' ' || x.names), 'C')
    || setweight(to_tsvector('pg_catalog.simple', store.strip_proclitics(x.title || ' ' || x.body)), 'D')
FROM (SELECT store.search_config(language) AS config,
             store.normalize_ar(coalesce(title, '')) AS title,
             store.normalize_ar(coalesce(body, '')) AS body,
             store.normalize_ar(coalesce(names, '')) AS names) AS x
$$;

-- Bumped on every insert or change of an article: a total order of changes for cursors and "newest".
CREATE SEQUENCE store.article_seq;

CREATE TABLE store.article (
    id               text PRIMARY KEY,
    url              text,
    outlet           text        NOT NULL,
    feed_id          text,
    title            text        NOT NULL,
    language         text        NOT NULL,
    published_at     timestamptz,
    fetched_at       timestamptz,
    enriched_at      timestamptz,
    stored_at        timestamptz NOT NULL DEFAULT now(),
    -- Listing order: publication time when the source gave one, else when we stored it.
    sort_at          timestamptz GENERATED ALWAYS AS (coalesce(published_at, stored_at)) STORED,
    summary          text,
    content_hash     text        NOT NULL,
    fingerprint      text,
    pipeline_version text,
    doc              jsonb       NOT NULL,
    search           tsvector    NOT NULL,
    seq              bigint      NOT NULL DEFAULT nextval('store.article_seq'),
    -- False until articles.stored acknowledged the announcement of this version (see ArticleAnnouncer).
    announced        boolean     NOT NULL DEFAULT false
);

CREATE INDEX article_search_idx ON store.article USING gin (search);
CREATE INDEX article_sort_idx ON store.article (sort_at DESC, id DESC);
CREATE INDEX article_outlet_sort_idx ON store.article (outlet, sort_at DESC, id DESC);
CREATE INDEX article_feed_idx ON store.article (feed_id) WHERE feed_id IS NOT NULL;
CREATE UNIQUE INDEX article_seq_idx ON store.article (seq);
CREATE INDEX article_unannounced_idx ON store.article (seq) WHERE NOT announced;

CREATE TABLE store.entity (
    id      text PRIMARY KEY,
    type    text   NOT NULL,
    name    text   NOT NULL,
    aliases text[] NOT NULL DEFAULT '{}'
);

CREATE TABLE store.article_entity (
    article_id text NOT NULL REFERENCES store.article (id) ON DELETE CASCADE,
    entity_id  text NOT NULL REFERENCES store.entity (id),
    mentions   int  NOT NULL,
    PRIMARY KEY (article_id, entity_id)
);

CREATE INDEX article_entity_entity_idx ON store.article_entity (entity_id);
