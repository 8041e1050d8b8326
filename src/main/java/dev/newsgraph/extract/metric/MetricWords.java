package dev.newsgraph.extract.metric;

import dev.newsgraph.extract.number.Numerals;
import dev.newsgraph.extract.text.Lexicon;

import java.util.HashSet;
import java.util.Set;

/** The word lists of the figure rules, read once from {@code /extract/LANG/metrics.txt} of every language. */
final class MetricWords {

    private static final Lexicon WORDS = Lexicon.ofEvery("metrics");

    static final Set<String> MONTHS = WORDS.wordsAsWritten("months");
    static final Set<String> CODE_WORDS = WORDS.words("code-words");
    static final Set<String> APPROX = WORDS.words("approx");
    static final Set<String> PERIOD_WORDS = WORDS.words("period-words");
    static final Set<String> CHANGE_WORDS = WORDS.words("change-words");
    static final Set<String> TIMES_NEXT = WORDS.words("times-next");
    static final Set<String> AUXILIARIES = WORDS.words("auxiliaries");
    static final Set<String> NOT_PLURAL = WORDS.words("not-plural");
    static final Set<String> NOT_COUNTED = WORDS.words("not-counted");
    static final Set<String> IRREGULAR_PLURALS = WORDS.words("irregular-plurals");
    static final Set<String> STOP = WORDS.words("stop");
    static final Set<String> ADJECTIVES = WORDS.words("adjectives");
    static final Set<String> ORDINAL_SUFFIX = WORDS.words("ordinal-suffixes");
    /** "520 per dollar", "to the dollar", "against the euro": the words of an exchange rate written as a price. */
    static final Set<String> RATE_WORDS = WORDS.words("rate-words");
    static final Set<String> RATE_FILLERS = WORDS.words("rate-fillers");
    /** "5 to 7 percent", "с 3 000 до 4 500 сомов": words between the two ends of a range. */
    static final Set<String> RANGE_CONNECTORS = WORDS.words("range-connectors");
    /** "50 тыс. сомов": scale abbreviations whose full stop ends no figure when a word follows. */
    static final Set<String> ABBREVIATED_SCALES = WORDS.words("abbreviated-scales");
    /** Endings of verb forms (languages that inflect: Russian), which a counted noun never has after a number. */
    static final java.util.List<String> VERB_ENDINGS = WORDS.words("verb-endings").stream().toList();
    /** "five years ago", "пять лет назад": a time back from now, not a figure. */
    static final Set<String> AGO_WORDS = WORDS.words("ago-words");
    /** "percentage points", "процентных пункта": the first word of a percentage point. */
    static final Set<String> PERCENT_POINT_WORDS = WORDS.words("percent-point-words");
    /** "percent", "процентов": a percent sign written as a word. */
    static final Set<String> PERCENT_WORDS = WORDS.words("percent-words");
    /** "times", "раза": the word after a number that may make it a multiplier. */
    static final Set<String> TIMES_WORDS = WORDS.words("times-words");
    /** "в" of "в 2 раза": a word before the number that makes a times word a multiplier at once. */
    static final Set<String> TIMES_BEFORE = WORDS.words("times-before");
    /** Inflectional endings of adjectives and participles (languages that inflect: Russian). */
    static final java.util.List<String> ADJECTIVE_ENDINGS = WORDS.words("adjective-endings").stream()
            .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();

    /** Every word that can start a number or a multiplier; other words are skipped at once. */
    static final Set<String> NUMERIC_WORDS = numericWords();

    /** How far (in tokens) any look-around reaches: keeps every figure's work bounded on run-on text. */
    static final int WINDOW = 40;

    /** The longest unit a figure may carry (the database column {@code metric.unit} is {@code varchar(100)}). */
    static final int MAX_UNIT = 100;

    private MetricWords() {
    }

    private static Set<String> numericWords() {
        Set<String> w = new HashSet<>(Numerals.UNITS_AND_TENS);
        w.addAll(Numerals.FOLD_WORDS);
        w.addAll(WORDS.words("multiplier-words"));
        return Set.copyOf(w);
    }

    static Set<String> words(String... w) {
        return Set.copyOf(java.util.Arrays.asList(w));
    }
}
