package dev.newsgraph.extract.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists, word maps and weights of the rules, read from a data file: {@code /extract/LANGUAGE/NAME.txt} for
 * what belongs to a language (English is {@code en}; another language is another folder with the same files), or
 * {@code /extract/NAME.txt} for what does not. A rule added is a line here, not a Java edit.
 *
 * <p>The format: {@code [section]} opens a section; each following line holds words separated by spaces (a phrase is
 * written with underscores, {@code according_to}), or one {@code key = value} pair; {@code #} starts a comment.
 * Immutable once loaded, no library (native-image friendly).
 */
public final class Lexicon {

    private final String resource;
    private final Map<String, List<String>> lines;

    private Lexicon(String resource, Map<String, List<String>> lines) {
        this.resource = resource;
        this.lines = lines;
    }

    /** {@code /extract/LANGUAGE/NAME.txt}. */
    public static Lexicon of(String language, String name) {
        return read("/extract/" + language + "/" + name + ".txt");
    }

    /**
     * The same file of every language with rules, its sections merged: for what a page's furniture and text are made
     * of before the language of each article is known (sentence abbreviations, stamps, navigation, place names). Words
     * of different scripts do not collide, so the union reads each language as its own file does.
     */
    public static Lexicon ofEvery(String name) {
        Map<String, List<String>> merged = new LinkedHashMap<>();
        StringBuilder resources = new StringBuilder();
        for (String language : LANGUAGES) {
            Lexicon one = of(language, name);
            one.lines.forEach((section, l) -> merged.computeIfAbsent(section, k -> new java.util.ArrayList<>()).addAll(l));
            resources.append(resources.length() == 0 ? "" : " + ").append(one.resource);
        }
        return new Lexicon(resources.toString(), merged);
    }

    /** The languages with a rule folder of their own, {@code /extract/LANGUAGE/}. */
    public static final List<String> LANGUAGES = List.of("en", "ru");

    /** {@code /extract/NAME.txt}: data that no language owns (weights). */
    public static Lexicon of(String name) {
        return read("/extract/" + name + ".txt");
    }

    private static Lexicon read(String resource) {
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, List<String>> sections = new LinkedHashMap<>();
            List<String> current = null;
            String line;
            while ((line = r.readLine()) != null) {
                int hash = line.indexOf('#');
                String l = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (l.isEmpty()) {
                    continue;
                }
                if (l.startsWith("[") && l.endsWith("]")) {
                    current = sections.computeIfAbsent(l.substring(1, l.length() - 1).strip(), k -> new java.util.ArrayList<>());
                } else if (current == null) {
                    throw new IllegalStateException(resource + ": a line before any [section]: " + l);
                } else {
                    current.add(l);
                }
            }
            return new Lexicon(resource, sections);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> section(String name) {
        List<String> s = lines.get(name);
        if (s == null) {
            throw new IllegalStateException(resource + ": no section [" + name + "]");
        }
        return s;
    }

    /** Whether the file has a section {@code [name]} (a rule only one language needs). */
    public boolean has(String name) {
        return lines.containsKey(name);
    }

    /** {@link #words} of a section, or no words when the file has no such section. */
    public Set<String> wordsIfAny(String name) {
        return has(name) ? words(name) : Set.of();
    }

    /** {@link #map} of a section, or an empty map when the file has no such section. */
    public Map<String, String> mapIfAny(String name) {
        return has(name) ? map(name) : Map.of();
    }

    /** Every word of a section, lower case; underscores become spaces. */
    public Set<String> words(String name) {
        Set<String> out = new HashSet<>();
        for (String l : section(name)) {
            for (String w : l.split("\\s+")) {
                out.add(w.replace('_', ' ').toLowerCase(Locale.ROOT));
            }
        }
        return Set.copyOf(out);
    }

    /** Every word of a section as written (for case-sensitive lists such as month abbreviations). */
    public Set<String> wordsAsWritten(String name) {
        Set<String> out = new HashSet<>();
        for (String l : section(name)) {
            out.addAll(Arrays.asList(l.split("\\s+")));
        }
        return Set.copyOf(out);
    }

    /** Each line of a section as its words, as written (one group per line: currency families). */
    public List<List<String>> lines(String name) {
        List<List<String>> out = new java.util.ArrayList<>();
        for (String l : section(name)) {
            out.add(List.of(l.split("\\s+")));
        }
        return List.copyOf(out);
    }

    /** The {@code key = value} lines of a section, keys lower case. */
    public Map<String, String> map(String name) {
        Map<String, String> out = new HashMap<>();
        for (String l : section(name)) {
            int eq = l.indexOf('=');
            if (eq < 0) {
                throw new IllegalStateException(resource + ": [" + name + "] expects key = value: " + l);
            }
            out.put(l.substring(0, eq).strip().replace('_', ' ').toLowerCase(Locale.ROOT), l.substring(eq + 1).strip());
        }
        return Map.copyOf(out);
    }

    /** A number of a {@code key = value} section. */
    public double number(String section, String key) {
        String v = map(section).get(key);
        if (v == null) {
            throw new IllegalStateException(resource + ": [" + section + "] has no " + key);
        }
        return Double.parseDouble(v);
    }
}
