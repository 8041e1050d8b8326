-- Speakers as people (and organisations, kept apart): every quotation with a named speaker links to one. The row is
-- keyed by the matcher's key of the name (extract/person/NameMatcher: case, accents and romanisation variants folded),
-- so that the same full name in two articles is one person. What the texts say of them (titles, country) is kept per
-- quotation, and the person's titles, country, count and last day are worked out from their quotations by the writer
-- in the same transaction (model/PersonStore).
create sequence person_seq increment by 50;
create table person (
    id              bigint primary key,
    kind            varchar(12) not null check (kind in ('PERSON', 'ORGANISATION')),
    name            text        not null,           -- as first written: the fullest name the article gave
    name_key        text        not null,           -- NameMatcher.key: equal keys, one speaker
    titles          text[]      not null default '{}',  -- every title the texts give, most often given first
    country_code    varchar(2)  references country (code),  -- the country the texts state most often
    quotation_count int         not null default 0,
    last_quoted_on  date,                           -- the newest article day of a quotation
    search          tsvector,                       -- name and titles, for people(search:)
    constraint person_kind_name_key unique (kind, name_key)
);
-- people(...) and Country.people: those with quotations, last quoted first.
create index person_latest_idx on person (kind, last_quoted_on desc, id desc) where quotation_count > 0;
create index person_country_idx on person (country_code, kind, last_quoted_on desc, id desc) where quotation_count > 0;
create index person_search_idx on person using gin (search);

alter table quotation add column person_id bigint references person (id);
alter table quotation add column speaker_title text;          -- the title the article gives the speaker at the quote
alter table quotation add column speaker_titles text[];       -- every title the article gives the speaker
alter table quotation add column speaker_country varchar(2) references country (code);
alter table quotation add column published_on date;           -- copied from the article for keyset paging
update quotation q set published_on = a.published_on from article a where a.id = q.article_id;
alter table quotation alter column published_on set not null;
-- Person.quotations (newest first) and Person.articles.
create index quotation_person_idx on quotation (person_id, published_on desc, id desc);
create index quotation_person_article_idx on quotation (person_id, published_on desc, article_id desc);
-- The existing rows are linked to people by the next migration (V8, Java: it runs the matcher over them).
