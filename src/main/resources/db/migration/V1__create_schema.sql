-- NewsGraph schema. Flyway is its only source; Hibernate validates against it.
-- Ids come from sequences that hand out blocks of 50, so that an ingest can batch its inserts.

create table country (
    code     varchar(2)   primary key,             -- ISO 3166-1 alpha-2
    alpha3   varchar(3)   not null unique,
    name     varchar(100) not null,
    currency varchar(3)                            -- ISO 4217, null where there is none
);
create index country_currency_idx on country (currency);

create sequence page_seq increment by 50;
create table page (
    id           bigint primary key,
    content_hash varchar(64) not null,              -- SHA-256 (hex) of the normalised text
    source_url   text,
    published_on date,                              -- the page's date line, else the request's date
    text         text not null,                     -- the page as received, kept for re-extraction
    ingested_at  timestamptz not null default now(),
    constraint page_content_hash_key unique (content_hash)
);
create index page_ingested_at_idx on page (ingested_at);

create sequence article_seq increment by 50;
create table article (
    id           bigint primary key,
    page_id      bigint not null references page (id) on delete cascade,
    position     int    not null,                   -- 0-based order of the article in its page
    title        text   not null,
    published_on date   not null,
    sections     jsonb  not null,                   -- [{"heading": ..., "paragraphs": [...]}]
    body         text   not null,                   -- canonical text the extraction offsets point into
    content_hash varchar(64) not null,
    constraint article_page_position_key unique (page_id, position)
);
create index article_published_idx on article (published_on desc, id desc);
create index article_content_hash_idx on article (content_hash);

-- Which countries an article mentions, and the one it is about. published_on is copied from the
-- article so that "a country's newest stories" is one index range scan per country.
create table article_country (
    article_id    bigint     not null references article (id) on delete cascade,
    country_code  varchar(2) not null references country (code),
    role          varchar(10) not null check (role in ('PRIMARY', 'MENTIONED')),
    mention_count int        not null,
    published_on  date       not null,
    primary key (article_id, country_code)
);
create index article_country_country_idx on article_country (country_code, published_on desc, article_id desc);
create index article_country_role_idx on article_country (country_code, role, published_on desc, article_id desc);

create sequence metric_seq increment by 50;
create table metric (
    id           bigint primary key,
    article_id   bigint      not null references article (id) on delete cascade,
    position     int         not null,              -- order of the figure in its article
    country_code varchar(2)  references country (code),
    value        double precision not null,
    kind         varchar(10) not null check (kind in ('MONEY', 'PERCENT', 'QUANTITY', 'COUNT', 'MULTIPLIER')),
    unit         varchar(100),
    surface      text        not null,
    label        text,
    sentence     text        not null,
    start_offset int         not null,
    end_offset   int         not null,
    published_on date        not null,              -- copied from the article for keyset paging
    constraint metric_article_position_key unique (article_id, position)
);
create index metric_published_idx on metric (published_on desc, id desc);
create index metric_country_idx on metric (country_code, published_on desc, id desc);
create index metric_kind_idx on metric (kind, unit, published_on desc, id desc);

create sequence quotation_seq increment by 50;
create table quotation (
    id           bigint primary key,
    article_id   bigint not null references article (id) on delete cascade,
    position     int    not null,
    speaker      text,
    text         text   not null,
    start_offset int    not null,
    end_offset   int    not null,
    constraint quotation_article_position_key unique (article_id, position)
);

-- A currency quote from a page's ticker: one row per distinct pair per page.
create sequence quote_seq increment by 50;
create table quote (
    id             bigint primary key,
    page_id        bigint        not null references page (id) on delete cascade,
    base           varchar(3)    not null,
    quote          varchar(3)    not null,
    rate           numeric(24, 10) not null,
    change_percent numeric(12, 4),
    as_of          date          not null,
    country_code   varchar(2)    references country (code),  -- the country whose currency is the base
    constraint quote_page_pair_key unique (page_id, base, quote)
);
create index quote_pair_idx on quote (base, quote, as_of desc, page_id desc);
create index quote_country_idx on quote (country_code, as_of desc);
