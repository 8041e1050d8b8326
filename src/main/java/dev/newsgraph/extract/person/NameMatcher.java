package dev.newsgraph.extract.person;

import dev.newsgraph.extract.SpeakerKind;
import dev.newsgraph.extract.text.Lexicon;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether two names, as news text writes them, are one person's (or one organisation's): the same full name once
 * case, accents and the usual romanisation variants are folded away (Tokayev = Tokaev, Mirziyoyev = Mirziyoev,
 * Zhaparov = Japarov), title words and name particles left out (Mr, kyzy, uulu). A surname alone is a full name
 * only for the few people whose surname names them in the news ({@code [known-people]}); otherwise it stays what
 * it is: the same surname alone, never a guess at which of its holders is meant. An organisation is never a person.
 *
 * <p>Every comparison goes through {@link #key}: two names are the same when their keys are equal, so the key can
 * be stored and looked up. The rules are data: {@code /extract/en/people.txt}; the cases they must meet are the name
 * pairs of {@code src/test/resources/extract/people/name-pairs.json}. Plain Java, thread-safe.
 */
public final class NameMatcher {

    private static final Lexicon WORDS = Lexicon.of("en", "people");

    private static final Set<String> HONORIFICS = WORDS.words("honorifics");
    private static final Set<String> PARTICLES = WORDS.words("name-particles");
    private static final Set<String> PATRONYMIC_ENDINGS = WORDS.words("patronymic-endings");
    private static final List<String[]> LETTERS = rules("letters");
    private static final List<String[]> TRANSLITERATION = rules("transliteration");

    /** A well-known person: the full name and the country. */
    public record Known(String name, String country) {
    }

    /** Known people by the key of their surname. */
    private static final Map<String, Known> KNOWN = new HashMap<>();

    static {
        WORDS.map("known-people").forEach((surname, value) -> {
            int comma = value.lastIndexOf(',');
            KNOWN.put(fold(surname), new Known(value.substring(0, comma).strip(), value.substring(comma + 1).strip()));
        });
    }

    private NameMatcher() {
    }

    private static List<String[]> rules(String section) {
        List<String[]> out = new ArrayList<>();
        for (List<String> line : WORDS.lines(section)) {
            if (line.size() != 3 || !line.get(1).equals("=")) {
                throw new IllegalStateException("people.txt [" + section + "] expects 'from = to': " + line);
            }
            out.add(new String[] {line.get(0), line.get(2)});
        }
        return List.copyOf(out);
    }

    /**
     * The key that names {@code name} as a speaker of this kind, or null when nothing of a name is left. Equal keys:
     * the same speaker.
     */
    public static String key(SpeakerKind kind, String name) {
        String folded = kind == SpeakerKind.PERSON ? personKey(name) : organisationKey(name);
        return folded == null ? null : (kind == SpeakerKind.PERSON ? "p:" : "o:") + folded;
    }

    /** Whether the two names are one person's. */
    public static boolean samePerson(String a, String b) {
        String ka = key(SpeakerKind.PERSON, a);
        return ka != null && ka.equals(key(SpeakerKind.PERSON, b));
    }

    /** The well-known person a surname written alone names, or null. */
    public static Known known(String surname) {
        if (surname == null || surname.strip().contains(" ")) {
            return null;
        }
        return KNOWN.get(fold(surname.strip()));
    }

    /** The person's name folded word by word: titles, honorifics and particles left out; a known surname expanded. */
    private static String personKey(String name) {
        List<String> words = new ArrayList<>();
        for (String raw : name.strip().split("\\s+")) {
            String w = raw.replaceAll("[.,;:]+$", "");
            String lower = w.toLowerCase(Locale.ROOT);
            if (w.isEmpty() || HONORIFICS.contains(lower) || PARTICLES.contains(lower)) {
                continue;
            }
            String f = fold(w);
            if (!f.isEmpty()) {
                words.add(f);
            }
        }
        if (words.isEmpty()) {
            return null;
        }
        for (int i = words.size() - 2; i >= 1; i--) {
            if (patronymic(words.get(i))) {
                words.remove(i); // between given name and surname: Kassym-Jomart Kemeluly Tokayev
            }
        }
        if (words.size() == 1) {
            Known k = KNOWN.get(words.get(0));
            if (k != null) {
                return personKey(k.name());
            }
        }
        return String.join(" ", words);
    }

    private static boolean patronymic(String folded) {
        for (String ending : PATRONYMIC_ENDINGS) {
            if (folded.length() > ending.length() + 2 && folded.endsWith(fold(ending))) {
                return true;
            }
        }
        return false;
    }

    /** An organisation's name folded the same way, a leading article left out ("the Ministry of Energy"). */
    private static String organisationKey(String name) {
        String n = name.strip();
        for (String article : new String[] {"the ", "The "}) {
            if (n.startsWith(article)) {
                n = n.substring(article.length());
            }
        }
        List<String> words = new ArrayList<>();
        for (String w : n.split("\\s+")) {
            String f = fold(w);
            if (!f.isEmpty()) {
                words.add(f);
            }
        }
        return words.isEmpty() ? null : String.join(" ", words);
    }

    /** One word folded: lower case, letters of [letters] rewritten, accents and apostrophes dropped, rules applied. */
    static String fold(String word) {
        String w = possessive(word).toLowerCase(Locale.ROOT);
        for (String[] r : LETTERS) {
            w = w.replace(r[0], r[1]);
        }
        w = Normalizer.normalize(w, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if ((c >= 'a' && c <= 'z') || c == '-' || (Character.isLetterOrDigit(c) && Character.getType(c) != Character.NON_SPACING_MARK)) {
                b.append(c);
            }
        }
        String s = b.toString();
        for (String[] r : TRANSLITERATION) {
            s = s.replace(r[0], r[1]);
        }
        StringBuilder once = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (i == 0 || s.charAt(i) != s.charAt(i - 1)) {
                once.append(s.charAt(i));
            }
        }
        return once.toString();
    }

    private static String possessive(String w) {
        int n = w.length();
        if (n > 2 && (w.charAt(n - 2) == '\'' || w.charAt(n - 2) == '’') && (w.charAt(n - 1) == 's' || w.charAt(n - 1) == 'S')) {
            return w.substring(0, n - 2);
        }
        return w;
    }
}
