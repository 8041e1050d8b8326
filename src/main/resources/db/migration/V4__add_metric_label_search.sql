-- Figures filtered by what they measure: metrics(label: "remittances") matches "remittance inflows" and
-- "remittances from Russia". A tsvector of the label kept by PostgreSQL itself (a generated column, as for
-- article search: English stems, so plurals and inflections meet), and a GIN index for the @@ match.
alter table metric
    add column label_search tsvector generated always as (to_tsvector('english', coalesce(label, ''))) stored;
create index metric_label_search_idx on metric using gin (label_search);
