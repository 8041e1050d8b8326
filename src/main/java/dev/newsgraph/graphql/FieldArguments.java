package dev.newsgraph.graphql;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * A field's arguments as graphql-java hands them to a data fetcher (enum values and dates as text, defaults
 * applied), turned into the types of the API's methods.
 */
record FieldArguments(Map<String, Object> values) {

    String string(String name) {
        Object v = values.get(name);
        return v == null ? null : v.toString();
    }

    /** A list of strings (IDs); null when absent. */
    java.util.List<String> strings(String name) {
        Object v = values.get(name);
        if (v == null) {
            return null;
        }
        java.util.List<String> out = new java.util.ArrayList<>();
        for (Object item : (java.util.List<?>) v) {
            out.add(item == null ? null : item.toString());
        }
        return out;
    }

    Integer integer(String name) {
        Object v = values.get(name);
        return v == null ? null : ((Number) v).intValue();
    }

    Double decimal(String name) {
        Object v = values.get(name);
        return v == null ? null : ((Number) v).doubleValue();
    }

    /** A Date argument (ISO-8601, YYYY-MM-DD); BAD_USER_INPUT for anything else. */
    LocalDate date(String name) {
        Object v = values.get(name);
        if (v == null || v instanceof LocalDate) {
            return (LocalDate) v;
        }
        try {
            return LocalDate.parse(v.toString());
        } catch (DateTimeParseException e) {
            throw new BadUserInputException("Argument '" + name + "' must be a date written YYYY-MM-DD.");
        }
    }

    <E extends Enum<E>> E enumeration(String name, Class<E> type) {
        Object v = values.get(name);
        if (v == null || type.isInstance(v)) {
            return type.cast(v);
        }
        return Enum.valueOf(type, v.toString());
    }
}
