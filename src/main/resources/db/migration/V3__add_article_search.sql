-- Full-text search over articles: a tsvector kept by PostgreSQL itself on every insert of the ingest path
-- (a generated column), headline weighted above body, and a GIN index for the @@ match.
alter table article
    add column search tsvector generated always as (
        setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
        setweight(to_tsvector('english', coalesce(body, '')), 'B')
    ) stored;
create index article_search_idx on article using gin (search);
