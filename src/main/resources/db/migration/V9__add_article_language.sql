-- The language of each page and article (ISO 639-1, detected from the text at ingest), and article search by it:
-- a Russian article's words are stemmed by PostgreSQL's 'russian' configuration, any other article's by 'english'
-- (a query is read in both, see ArticleRepository). Rows stored before this migration are taken as English, as they
-- were read; reprocessing a page sets its articles' detected language.
alter table page add column language varchar(2) not null default 'en';
alter table article add column language varchar(2) not null default 'en';

drop index article_search_idx;
alter table article drop column search;
alter table article
    add column search tsvector generated always as (
        case when language = 'ru' then
            setweight(to_tsvector('russian', coalesce(title, '')), 'A') ||
            setweight(to_tsvector('russian', coalesce(body, '')), 'B')
        else
            setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
            setweight(to_tsvector('english', coalesce(body, '')), 'B')
        end
    ) stored;
create index article_search_idx on article using gin (search);
