package dev.newsgraph.model;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.ResultSetMetaData;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A read statement assembled from fixed fragments with named parameters ({@code :name}), run over JDBC
 * and mapped straight into row records: the read path uses projections, not entity graphs. Only fragments
 * written in this package go into the SQL text; every value is a bound parameter. A collection is bound as
 * one array ({@code = any(:ids)}), so the statement text, and the server's plan for it, stay the same
 * whatever the number of ids.
 */
final class NativeSql {

    private final StringBuilder sql = new StringBuilder();
    private final Map<String, Object> params = new HashMap<>();

    NativeSql(String start) {
        sql.append(start);
    }

    NativeSql append(String fragment) {
        sql.append(' ').append(fragment);
        return this;
    }

    NativeSql bind(String name, Object value) {
        if (value instanceof String text && text.indexOf('\u0000') >= 0) {
            throw new InvalidValueException("Text arguments must not contain NUL characters.");
        }
        params.put(name, value);
        return this;
    }

    /**
     * Appends {@code limit N} with N written into the text. A row limit is the one value kept out of the
     * parameters: bound, it leaves PostgreSQL's generic plan without a row estimate, so the plan cache goes on
     * planning the statement afresh at every execution (1.2 ms per "top N stories per country" on the bench
     * data). It is a number the service computes, never text from a client, and there are few distinct ones.
     */
    NativeSql limit(int rows) {
        if (rows < 0) {
            throw new IllegalArgumentException("negative limit " + rows);
        }
        sql.append(" limit ").append(rows);
        return this;
    }

    /**
     * The keys of a batch as the one-column relation a LATERAL join walks: {@code unnest(:name) as alias}, or for a
     * batch of one key that key itself, {@code (select :name) as alias}; bind them with {@link #bindKeys}. The
     * planner learns an array's length only from the bound value, so PostgreSQL plans an unnest statement afresh at
     * every execution (its generic plan, costed for 100 keys, never looks cheaper than the custom one); over one
     * bound key it keeps a generic plan. One parent is the common batch: a country's stories, a person's quotations.
     */
    static String rowsOf(Collection<?> keys, String name, String alias) {
        return (keys.size() == 1 ? "(select :" + name + ")" : "unnest(:" + name + ")") + " as " + alias;
    }

    /** {@code column = any(:name)}, or {@code column = :name} for one key (see {@link #rowsOf}). */
    static String isAnyOf(String column, Collection<?> keys, String name) {
        return column + (keys.size() == 1 ? " = :" + name : " = any(:" + name + ")");
    }

    /** Binds a batch's keys for {@link #rowsOf} or {@link #isAnyOf}: an array, or the one key. */
    NativeSql bindKeys(String name, Collection<?> keys) {
        return bind(name, keys.size() == 1 ? keys.iterator().next() : keys);
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

    <T> List<T> list(ReadSql db, Function<Object[], T> mapper) {
        List<Object> values = new ArrayList<>();
        String jdbc = positional(sql, params, values);
        try (Connection c = db.connection(); PreparedStatement s = c.prepareStatement(jdbc)) {
            for (int i = 0; i < values.size(); i++) {
                Object v = values.get(i);
                if (v instanceof Collection<?> collection) {
                    s.setArray(i + 1, array(c, collection));
                } else {
                    s.setObject(i + 1, v);
                }
            }
            SqlStatementCounter.increment();
            try (ResultSet r = s.executeQuery()) {
                ResultSetMetaData meta = r.getMetaData();
                int columns = meta.getColumnCount();
                int[] types = new int[columns];
                for (int i = 0; i < columns; i++) {
                    types[i] = meta.getColumnType(i + 1);
                }
                List<T> out = new ArrayList<>();
                while (r.next()) {
                    Object[] row = new Object[columns];
                    for (int i = 0; i < columns; i++) {
                        row[i] = read(r, i + 1, types[i]);
                    }
                    out.add(mapper.apply(row));
                }
                return out;
            }
        } catch (SQLException e) {
            String state = e.getSQLState();
            if (state != null && (state.startsWith("08") || state.startsWith("57P"))) {
                throw new DatabaseUnavailableException("The database connection failed.", e); // lost or shut down
            }
            throw new DataAccessException(e);
        }
    }

    /**
     * One column, as {@link ResultSet#getObject(int)} would give it (Long, Integer, Double, Float, String,
     * Boolean, BigDecimal), but through the typed getter: the driver's getObject looks the column's type up in a
     * synchronized cache for every value, which 8 request threads contend on (3% of Q1's CPU). A date comes as
     * a LocalDate straight from its text rather than through java.sql.Date and a Calendar (7%).
     */
    private static Object read(ResultSet r, int column, int type) throws SQLException {
        Object value = switch (type) {
            case Types.BIGINT -> r.getLong(column);
            case Types.INTEGER, Types.SMALLINT, Types.TINYINT -> r.getInt(column);
            case Types.DOUBLE, Types.FLOAT -> r.getDouble(column);
            case Types.REAL -> r.getFloat(column);
            case Types.VARCHAR, Types.CHAR, Types.LONGVARCHAR -> r.getString(column);
            case Types.BOOLEAN, Types.BIT -> r.getBoolean(column);
            case Types.NUMERIC, Types.DECIMAL -> r.getBigDecimal(column);
            case Types.DATE -> r.getObject(column, LocalDate.class);
            default -> r.getObject(column);
        };
        return r.wasNull() ? null : value;
    }

    /** Replaces each {@code :name} outside string literals by {@code ?} and collects the values in order. */
    static String positional(CharSequence sql, Map<String, Object> params, List<Object> values) {
        StringBuilder out = new StringBuilder(sql.length());
        boolean literal = false;
        for (int i = 0; i < sql.length(); i++) {
            char ch = sql.charAt(i);
            if (ch == '\'') {
                literal = !literal;
            }
            boolean parameter = !literal && ch == ':' && i + 1 < sql.length() && Character.isLetter(sql.charAt(i + 1))
                    && (i == 0 || sql.charAt(i - 1) != ':');
            if (!parameter) {
                out.append(ch);
                continue;
            }
            int end = i + 1;
            while (end < sql.length() && Character.isLetterOrDigit(sql.charAt(end))) {
                end++;
            }
            String name = sql.subSequence(i + 1, end).toString();
            if (!params.containsKey(name)) {
                throw new IllegalArgumentException("No value bound for :" + name);
            }
            values.add(params.get(name));
            out.append('?');
            i = end - 1;
        }
        return out.toString();
    }

    private static Array array(Connection c, Collection<?> values) throws SQLException {
        Object first = values.isEmpty() ? null : values.iterator().next();
        String type = first instanceof Number ? "bigint" : "varchar";
        return c.createArrayOf(type, values.toArray());
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
        return LocalDate.parse(o.toString());
    }
}
