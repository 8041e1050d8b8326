package dev.newsgraph.extract.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Multi-token phrases (unit names, currency names, country names) looked up by their first token's lower
 * case in a hash map, longest phrase first. One lookup per token: no regular expressions, no per-entry scan.
 *
 * @param <V> what a phrase stands for
 */
public final class PhraseTable<V> {

    /** How the letters of a phrase must agree with the text. */
    public enum CaseRule {
        /** every token as written */
        EXACT,
        /** any case */
        IGNORE,
        /** the first token as written (or the text's token in all capitals), the rest in any case */
        PROPER
    }

    public record Match<V>(V value, int start, int end) {
    }

    private record Entry<V>(Token[] tokens, V value, CaseRule rule) {
    }

    private final Map<String, List<Entry<V>>> byFirst = new HashMap<>();

    public void add(String phrase, V value, CaseRule rule) {
        Token[] toks = Tokenizer.tokenize(phrase).toArray(new Token[0]);
        if (toks.length == 0) {
            return;
        }
        List<Entry<V>> list = byFirst.computeIfAbsent(toks[0].lower(), k -> new ArrayList<>(2));
        list.add(new Entry<>(toks, value, rule));
        list.sort(Comparator.comparingInt((Entry<V> e) -> -e.tokens().length));
    }

    /** The longest phrase starting at token {@code i} and ending before {@code limit}, or {@code null}. */
    public Match<V> match(Token[] text, int i, int limit) {
        if (i >= limit) {
            return null;
        }
        List<Entry<V>> list = byFirst.get(text[i].lower());
        if (list == null) {
            return null;
        }
        for (Entry<V> e : list) {
            Token[] p = e.tokens();
            if (i + p.length > limit) {
                continue;
            }
            boolean ok = true;
            for (int k = 0; k < p.length && ok; k++) {
                Token t = text[i + k];
                if (k > 0 && t.spaceBefore() != p[k].spaceBefore()) {
                    ok = false;
                } else {
                    ok = agrees(t, p[k], e.rule(), k == 0, p);
                }
            }
            if (ok) {
                return new Match<>(e.value(), i, i + p.length);
            }
        }
        return null;
    }

    private static boolean agrees(Token t, Token p, CaseRule rule, boolean first, Token[] phrase) {
        switch (rule) {
            case EXACT:
                return t.text().equals(p.text());
            case IGNORE:
                return t.lower().equals(p.lower());
            default:
                if (!first) {
                    return t.lower().equals(p.lower());
                }
                if (t.text().equals(p.text())) {
                    return true;
                }
                // "ASTANA", "KAZAKHSTAN" in capitals; a short form like "US" only as written
                return t.isAllCaps() && t.text().length() > 3 && t.lower().equals(p.lower());
        }
    }
}
