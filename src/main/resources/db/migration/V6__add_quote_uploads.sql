-- Quotes from outside page tickers: files of date,base,quote,rate rows (the shape central banks publish), sent to
-- POST /api/quotes or the ingestQuotes mutation. Like a page, a file is identified by the SHA-256 of its text and
-- stored once; its quotes belong to it instead of to a page.
create sequence quote_upload_seq increment by 50;
create table quote_upload (
    id           bigint primary key,
    content_hash varchar(64)  not null,             -- SHA-256 (hex) of the normalised text
    source       varchar(100),                      -- who published the rates, as the uploader names them
    text         text         not null,             -- the file as received
    ingested_at  timestamptz  not null default now(),
    constraint quote_upload_content_hash_key unique (content_hash)
);

alter table quote alter column page_id drop not null;
alter table quote add column upload_id bigint references quote_upload (id) on delete cascade;
alter table quote add constraint quote_one_origin_check check ((page_id is null) <> (upload_id is null));
-- One rate per pair and day in a file; its index also serves the foreign key.
alter table quote add constraint quote_upload_pair_key unique (upload_id, base, quote, as_of);

-- Figures are converted to USD at read time with the quote of their currency nearest on or before their day:
-- quote_pair_idx finds CUR/USD, this one USD/CUR (a central bank's "1 USD = 497.5 KZT") and the legs of a cross.
create index quote_inverse_idx on quote (quote, base, as_of desc, page_id desc);
