package dev.newsgraph.extract.number;

import java.util.Map;

/** Reading written numbers: digit strings with separators, number words and scale words ({@code /extract/en/numbers.txt}). */
public final class Numerals {

    private Numerals() {
    }

    private static final dev.newsgraph.extract.text.Lexicon WORDS = dev.newsgraph.extract.text.Lexicon.ofEvery("numbers");

    private static <V> Map<String, V> read(String section, java.util.function.Function<String, V> value) {
        Map<String, V> out = new java.util.HashMap<>();
        WORDS.map(section).forEach((k, v) -> out.put(k, value.apply(v)));
        return Map.copyOf(out);
    }

    static final Map<String, Integer> UNITS = read("units", Integer::valueOf);

    static final Map<String, Integer> TENS = read("tens", Integer::valueOf);

    /** Scale words after a number; {@code m} and {@code k} only count in a money context (see caller). */
    static final Map<String, Double> SCALES = read("scales", Double::valueOf);

    /** Word multipliers: {@code eightfold}, {@code twofold}. */
    static final Map<String, Integer> FOLDS = read("folds", Integer::valueOf);

    /** All number words (units, teens, tens, dozen). */
    public static final java.util.Set<String> UNITS_AND_TENS = union(UNITS.keySet(), TENS.keySet());

    /** All word multipliers ("eightfold"). */
    public static final java.util.Set<String> FOLD_WORDS = FOLDS.keySet();

    private static java.util.Set<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        java.util.Set<String> u = new java.util.HashSet<>(a);
        u.addAll(b);
        return java.util.Set.copyOf(u);
    }

    public static Integer unitWord(String lower) {
        return UNITS.get(lower);
    }

    public static Integer tensWord(String lower) {
        return TENS.get(lower);
    }

    public static Double scale(String lower) {
        return SCALES.get(lower);
    }

    public static Integer fold(String lower) {
        return FOLDS.get(lower);
    }

    public static boolean isNumberWord(String lower) {
        return UNITS.containsKey(lower) || TENS.containsKey(lower);
    }

    /**
     * The value of a digit string as the tokenizer cut it: {@code 28,500}, {@code 1.367}, {@code 1,234.5},
     * {@code 1.234.567} (dots as thousands separators when there are several), {@code 13,5} (a decimal
     * comma when one comma is followed by one or two digits). {@code NaN} for what is not one number
     * ({@code 08.12.2025}, {@code 1,23,4}) and for groups too many for a double.
     */
    public static double parseDigits(String s) {
        int commas = 0;
        int dots = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',') {
                commas++;
            } else if (c == '.') {
                dots++;
            }
        }
        if (commas == 0 && dots == 0) {
            return s.length() > 15 ? Double.NaN : Double.parseDouble(s);
        }
        if (commas == 0 && dots == 1) {
            return Double.parseDouble(s);
        }
        if (commas > 0 && dots <= 1) {
            int lastComma = s.lastIndexOf(',');
            int dot = s.indexOf('.');
            if (dot >= 0 && dot < lastComma) {
                return Double.NaN;
            }
            if (commas == 1 && dots == 0) {
                int tail = s.length() - lastComma - 1;
                if (tail == 1 || tail == 2) {
                    return Double.parseDouble(s.replace(',', '.'));
                }
            }
            return groupedOrNaN(s, ',', dot >= 0 ? dot : s.length());
        }
        if (dots > 1 && commas <= 1) {
            int comma = s.indexOf(',');
            int intEnd = comma >= 0 ? comma : s.length();
            if (comma >= 0 && comma < s.lastIndexOf('.')) {
                return Double.NaN;
            }
            double v = groupedOrNaN(s.substring(0, intEnd), '.', intEnd);
            if (Double.isNaN(v) || comma < 0) {
                return v;
            }
            return v + Double.parseDouble("0." + s.substring(comma + 1));
        }
        return Double.NaN;
    }

    /** Checks groups of three digits after the first separator, up to {@code intEnd}. */
    private static double groupedOrNaN(String s, char sep, int intEnd) {
        String intPart = s.substring(0, intEnd);
        String[] groups = intPart.split(sep == '.' ? "\\." : ",", -1);
        if (groups[0].isEmpty() || groups[0].length() > 3) {
            return Double.NaN;
        }
        for (int g = 1; g < groups.length; g++) {
            if (groups[g].length() != 3) {
                return Double.NaN;
            }
        }
        double v = Double.parseDouble(String.join("", groups));
        if (Double.isInfinite(v)) {
            return Double.NaN; // "1,000,000,…" past any double: not one number
        }
        if (intEnd < s.length()) {
            v += Double.parseDouble("0" + s.substring(intEnd));
        }
        return v;
    }
}
