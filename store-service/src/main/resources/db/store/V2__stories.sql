-- Stories (issue 5): every article joins or starts a story as it is stored. The tables below are the story
-- assignment's index (org.marsad.store.story.StoryIndex, implemented by JdbcStoryIndex): story profiles, a
-- candidate index by key and day, document frequencies, a banded fingerprint index, and the links between
-- stories and between near-duplicate articles.

-- Bumped on every change of a story: pins the version an announcement on stories.updated covers.
CREATE SEQUENCE store.story_seq;

CREATE TABLE store.story (
    id                 text PRIMARY KEY,
    title              text        NOT NULL,
    article_count      int         NOT NULL,
    first_published_at timestamptz NOT NULL,
    last_published_at  timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL DEFAULT now(),
    -- The story whose storyline this one continues (its own id when it started one).
    storyline_id       text        NOT NULL,
    -- Set when a later article bridged this story into another: the id keeps resolving to the survivor.
    merged_into        text REFERENCES store.story (id),
    -- The article whose arrival last changed the story.
    last_article_id    text,
    -- Centroids of the articles' weighted entity and term vectors ({entities: {id: w}, terms: {term: w}}).
    profile            jsonb       NOT NULL,
    seq                bigint      NOT NULL DEFAULT nextval('store.story_seq'),
    -- False until stories.updated acknowledged the announcement of this version (outbox, as for articles).
    announced          boolean     NOT NULL DEFAULT false
);

CREATE INDEX story_updated_idx ON store.story (updated_at DESC, id DESC) WHERE merged_into IS NULL;
CREATE INDEX story_merged_into_idx ON store.story (merged_into) WHERE merged_into IS NOT NULL;
CREATE INDEX story_storyline_idx ON store.story (storyline_id);
CREATE INDEX story_unannounced_idx ON store.story (seq) WHERE NOT announced;

-- The story an article is in; set once when it is first stored, changed only when its story merges away.
ALTER TABLE store.article ADD COLUMN story_id text REFERENCES store.story (id);
CREATE INDEX article_story_idx ON store.article (story_id, sort_at DESC, id DESC);

-- Candidate index: a story is found by the key entities ('e:<id>') and rare terms ('t:<stem>') its articles
-- posted on each day. A lookup reads only the days of the window, so its cost does not grow with the store.
CREATE TABLE store.story_key (
    key      text NOT NULL,
    day      date NOT NULL,
    story_id text NOT NULL REFERENCES store.story (id),
    PRIMARY KEY (key, day, story_id)
);
CREATE INDEX story_key_story_idx ON store.story_key (story_id);

-- In how many articles each key occurs ('#' counts the articles): the rarity weights of entities and terms.
CREATE TABLE store.key_frequency (
    key text PRIMARY KEY,
    df  int NOT NULL
);

-- The four 16-bit bands of each article's 64-bit SimHash: near-duplicates share at least one (see SimHashBands).
CREATE TABLE store.fingerprint_band (
    band        smallint NOT NULL,
    value       int      NOT NULL,
    article_id  text     NOT NULL REFERENCES store.article (id) ON DELETE CASCADE,
    fingerprint bigint   NOT NULL,
    PRIMARY KEY (band, value, article_id)
);

-- Near-duplicate articles, recorded in both directions with their Hamming distance.
CREATE TABLE store.near_duplicate (
    article_id text NOT NULL REFERENCES store.article (id) ON DELETE CASCADE,
    other_id   text NOT NULL REFERENCES store.article (id) ON DELETE CASCADE,
    distance   int  NOT NULL,
    PRIMARY KEY (article_id, other_id)
);

-- Storyline links: a story that continues another (an attack, the vote about it days later, the strikes after).
CREATE TABLE store.story_link (
    story_id text NOT NULL REFERENCES store.story (id),
    other_id text NOT NULL REFERENCES store.story (id),
    relation text NOT NULL DEFAULT 'storyline',
    PRIMARY KEY (story_id, other_id)
);
CREATE INDEX story_link_other_idx ON store.story_link (other_id);
