-- What ingest has already published: the id (see ArticleIds) and a hash of the content it had then, so that
-- a re-submission is a duplicate and a correction (same id, new content) is published again.
create table ingest.article_seen (
    id            text        primary key,
    content_hash  text        not null,
    first_seen_at timestamptz not null,
    last_seen_at  timestamptz not null
);

-- Feed subscriptions and their polling state. id = first 16 hex digits of SHA-256 of the normalised URL.
create table ingest.feed (
    id              text        primary key,
    url             text        not null unique,
    outlet          text,
    title           text,
    poll_seconds    integer     not null,
    etag            text,
    last_modified   text,
    status          text        not null default 'new',
    last_fetched_at timestamptz,
    last_success_at timestamptz,
    last_error      text,
    failures        integer     not null default 0,
    items_seen      bigint      not null default 0,
    items_published bigint      not null default 0,
    next_poll_at    timestamptz not null default now(),
    created_at      timestamptz not null default now()
);

create index feed_next_poll_at on ingest.feed (next_poll_at);
