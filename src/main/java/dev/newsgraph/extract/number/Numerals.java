package dev.newsgraph.extract.number;

import java.util.Map;

/** Reading written numbers: digit strings with separators, number words and scale words. */
public final class Numerals {

    private Numerals() {
    }

    static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("dozen", 12));

    static final Map<String, Integer> TENS = Map.of(
            "twenty", 20, "thirty", 30, "forty", 40, "fifty", 50, "sixty", 60, "seventy", 70, "eighty", 80,
            "ninety", 90);

    /** Scale words after a number; {@code m} and {@code k} only count in a money context (see caller). */
    static final Map<String, Double> SCALES = Map.ofEntries(
            Map.entry("hundred", 1e2), Map.entry("thousand", 1e3), Map.entry("million", 1e6),
            Map.entry("billion", 1e9), Map.entry("trillion", 1e12), Map.entry("mln", 1e6), Map.entry("mn", 1e6),
            Map.entry("mio", 1e6), Map.entry("bln", 1e9), Map.entry("bn", 1e9), Map.entry("billon", 1e9),
            Map.entry("trln", 1e12), Map.entry("tln", 1e12), Map.entry("tn", 1e12), Map.entry("thous", 1e3));

    /** Word multipliers: {@code eightfold}, {@code twofold}. */
    static final Map<String, Integer> FOLDS = Map.ofEntries(
            Map.entry("twofold", 2), Map.entry("threefold", 3), Map.entry("fourfold", 4), Map.entry("fivefold", 5),
            Map.entry("sixfold", 6), Map.entry("sevenfold", 7), Map.entry("eightfold", 8), Map.entry("ninefold", 9),
            Map.entry("tenfold", 10), Map.entry("elevenfold", 11), Map.entry("twelvefold", 12),
            Map.entry("fifteenfold", 15), Map.entry("twentyfold", 20), Map.entry("thirtyfold", 30),
            Map.entry("fiftyfold", 50), Map.entry("hundredfold", 100), Map.entry("thousandfold", 1000));

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
