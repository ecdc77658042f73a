-- Feed health (issue 4): when a poll last brought new items and the usual gap between such polls, so that a
-- feed that silently stops publishing is flagged stale; the last warning of a feed read despite its defects;
-- full-text fetching per feed.
alter table ingest.feed add column full_text        boolean not null default false;
alter table ingest.feed add column last_new_item_at timestamptz;
alter table ingest.feed add column new_item_gap_seconds double precision;
alter table ingest.feed add column last_warning     text;
