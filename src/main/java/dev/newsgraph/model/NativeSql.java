package dev.newsgraph.model;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A native SQL statement assembled from fixed fragments with named parameters. The read path uses
 * projections rather than entity graphs: one statement per list, mapped straight into row records.
 * Only fragments written in this package go into the SQL text; every value is a bound parameter.
 */
final class NativeSql {

    private final StringBuilder sql = new StringBuilder();
    private final Map<String, Object> params = new LinkedHashMap<>();

    NativeSql(String start) {
        sql.append(start);
    }

    NativeSql append(String fragment) {
        sql.append(' ').append(fragment);
        return this;
    }

    NativeSql bind(String name, Object value) {
        params.put(name, value);
        return this;
    }

    /** Appends {@code fragment} (with its parameter) only when {@code value} is not null. */
    NativeSql appendIf(Object value, String fragment, String name) {
        if (value != null) {
            append(fragment).bind(name, value);
        }
        return this;
    }

    String text() {
        return sql.toString();
    }

    <T> List<T> list(EntityManager em, Function<Object[], T> mapper) {
        Query q = em.createNativeQuery(sql.toString());
        params.forEach(q::setParameter);
        @SuppressWarnings("unchecked")
        List<Object> rows = q.getResultList();
        List<T> out = new ArrayList<>(rows.size());
        for (Object row : rows) {
            out.add(mapper.apply(row instanceof Object[] a ? a : new Object[]{row}));
        }
        return out;
    }

    static long asLong(Object o) {
        return ((Number) o).longValue();
    }

    static int asInt(Object o) {
        return ((Number) o).intValue();
    }

    static double asDouble(Object o) {
        return ((Number) o).doubleValue();
    }

    static BigDecimal asDecimal(Object o) {
        if (o == null || o instanceof BigDecimal) {
            return (BigDecimal) o;
        }
        return new BigDecimal(o.toString());
    }

    static LocalDate asDate(Object o) {
        if (o == null || o instanceof LocalDate) {
            return (LocalDate) o;
        }
        if (o instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return LocalDate.parse(o.toString());
    }
}
