package dev.newsgraph.extract.language;

import org.apache.tika.langdetect.optimaize.OptimaizeLangDetector;
import org.apache.tika.language.detect.LanguageDetector;
import org.apache.tika.language.detect.LanguageResult;

import java.util.List;
import java.util.Set;

/**
 * The language a text is written in (ISO 639-1), and the rules that read it.
 *
 * <p>Detection is Apache Tika's language detector with the Optimaize n-gram profiles (71 languages, pure Java, its
 * profiles read from class-path resources, so the native image only has to carry {@code languages/**}). The script
 * decides first where it is plain: a text with hardly any Cyrillic letters is never Russian, one written mostly in
 * Cyrillic is one of the Cyrillic languages; the detector tells which. A text too short or too mixed for either gets
 * the language of its script ({@code ru} for Cyrillic, {@code en} otherwise).
 *
 * <p>The language is stored with each article and page and picks the search configuration; the recognizers read the
 * word lists of every language at once ({@code Lexicon.ofEvery}), so a Ukrainian or Kazakh page in Cyrillic is read
 * with the Russian words it shares.
 * Thread-safe.
 */
public final class TextLanguage {

    public static final String ENGLISH = "en";
    public static final String RUSSIAN = "ru";

    /** How much of a text is read: enough for a reliable answer, bounded work on a huge page. */
    private static final int MAX_CHARS = 6000;

    private static final Set<String> CYRILLIC = Set.of("ru", "uk", "be", "bg", "mk", "sr");

    /** Tika's detector keeps the text it is given between calls: one instance, used one call at a time. */
    private static final LanguageDetector DETECTOR = new OptimaizeLangDetector().loadModels();

    private TextLanguage() {
    }

    /** ISO 639-1 code of the language {@code text} is written in; {@code en} for a text without letters. */
    public static String detect(String text) {
        return detect(text, null);
    }

    /**
     * As {@link #detect(String)}, with the language of the page the text stands in: taken without running the detector
     * when the text is written in that language's script (an English article on an English page), else detected.
     */
    public static String detect(String text, String pageLanguage) {
        String sample = text == null ? "" : text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        int latin = 0;
        int cyrillic = 0;
        for (int i = 0; i < sample.length(); i++) {
            char c = sample.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                latin++;
            } else if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC) {
                cyrillic++;
            }
        }
        if (cyrillic + latin == 0) {
            return ENGLISH;
        }
        boolean mostlyCyrillic = cyrillic * 2 > cyrillic + latin;
        if (pageLanguage != null && CYRILLIC.contains(pageLanguage) == mostlyCyrillic) {
            return pageLanguage;
        }
        List<LanguageResult> results;
        synchronized (DETECTOR) {
            results = DETECTOR.detectAll(sample);
        }
        for (LanguageResult r : results) {
            String lang = primary(r.getLanguage());
            if (r.isUnknown() || lang.isEmpty()) {
                continue;
            }
            if (CYRILLIC.contains(lang) == mostlyCyrillic) {
                return lang; // the best guess of the text's own script
            }
        }
        return mostlyCyrillic ? RUSSIAN : ENGLISH;
    }

    /** "zh-CN" → "zh": ISO 639-1 without a region. */
    private static String primary(String tag) {
        if (tag == null) {
            return "";
        }
        int dash = tag.indexOf('-');
        return dash < 0 ? tag : tag.substring(0, dash);
    }
}
