package dev.newsgraph.model;

import dev.newsgraph.extract.SpeakerKind;
import dev.newsgraph.extract.person.NameMatcher;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * People who speak in the news, read as {@link PersonRow} projections: by id, or as lists of those with quotations,
 * last quoted first, keyset-paged on (last_quoted_on, id); per country one statement for all countries.
 */
@ApplicationScoped
public class PersonRepository implements PanacheRepository<Person> {

    @Inject
    ReadSql db;

    /** The titles joined by the unit separator, which no title holds: read as text, not as a JDBC array. */
    private static final String COLUMNS = "p.id, p.kind, p.name, array_to_string(p.titles, chr(31)) as titles, p.country_code,"
            + " p.quotation_count, p.last_quoted_on";

    public List<PersonRow> findRowsByIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return new NativeSql("select " + COLUMNS + " from person p where p.id = any(:ids)").bind("ids", ids)
                .list(db, PersonRepository::row);
    }

    /** One page of the people that match, last quoted first. */
    public Slice<PersonRow> listPeople(PersonFilter filter, PageRequest page) {
        NativeSql sql = new NativeSql("select " + COLUMNS + " from person p where p.quotation_count > 0");
        where(sql, filter);
        ArticleRepository.keyset(sql, page, "p.last_quoted_on", "p.id");
        return Slice.of(sql.list(db, PersonRepository::row), page);
    }

    public long countPeople(PersonFilter filter) {
        NativeSql sql = new NativeSql("select count(*) from person p where p.quotation_count > 0");
        where(sql, filter);
        return sql.list(db, r -> NativeSql.asLong(r[0])).get(0);
    }

    /** One page of people per country, in one statement (LATERAL over the country index). */
    public Map<String, Slice<PersonRow>> listByCountries(Collection<String> codes, PersonFilter filter, PageRequest page) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        NativeSql sql = new NativeSql("select t.* from " + NativeSql.rowsOf(codes, "codes", "c(code)") + " cross join lateral (select "
                + COLUMNS + " from person p where p.country_code = c.code and p.quotation_count > 0").bindKeys("codes", codes);
        where(sql, filter.forCountry(null));
        ArticleRepository.keyset(sql, page, "p.last_quoted_on", "p.id");
        sql.append(") t");
        return Slice.byKey(sql.list(db, PersonRepository::row), PersonRow::countryCode, page);
    }

    public Map<String, Long> countByCountries(Collection<String> codes, PersonFilter filter) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        NativeSql sql = new NativeSql("select p.country_code, count(*) from person p where "
                + NativeSql.isAnyOf("p.country_code", codes, "codes") + " and p.quotation_count > 0").bindKeys("codes", codes);
        where(sql, filter.forCountry(null));
        sql.append("group by p.country_code");
        Map<String, Long> counts = new HashMap<>();
        for (Object[] r : sql.list(db, r -> r)) {
            counts.put((String) r[0], NativeSql.asLong(r[1]));
        }
        return counts;
    }

    private static void where(NativeSql sql, PersonFilter f) {
        sql.appendIf(f.kind() == null ? null : f.kind().name(), "and p.kind = :kind", "kind")
                .appendIf(f.country(), "and p.country_code = :country", "country");
        if (f.search() != null) {
            String key = f.kind() == null ? null : NameMatcher.key(f.kind(), f.search());
            String folded = key == null ? "" : key.substring(2); // without the kind's prefix
            sql.append("and (p.search @@ websearch_to_tsquery('english', :search)"
                    + (folded.isEmpty() ? ")" : " or position(:name in p.name_key) > 0)")).bind("search", f.search());
            if (!folded.isEmpty()) {
                sql.bind("name", folded);
            }
        }
    }

    static PersonRow row(Object[] r) {
        return new PersonRow(NativeSql.asLong(r[0]), SpeakerKind.valueOf((String) r[1]), (String) r[2], titles(r[3]),
                (String) r[4], NativeSql.asInt(r[5]), NativeSql.asDate(r[6]));
    }

    private static List<String> titles(Object joined) {
        return joined == null || ((String) joined).isEmpty() ? List.of() : List.of(((String) joined).split("\u001f"));
    }
}
