package dev.newsgraph.extract.text;

import dev.newsgraph.extract.ArticleText;
import dev.newsgraph.extract.Section;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An article's text tokenised once, with its blocks (headline, sub-headings, paragraphs) and sentences.
 * Every recognizer works on this one view, so the text is scanned a single time.
 */
public final class Doc {

    public enum BlockKind { HEADLINE, HEADING, PARAGRAPH }

    /** A block of the article; tokens {@code [firstToken, endToken)}. */
    public record Block(BlockKind kind, int start, int end, int firstToken, int endToken, boolean bullet) {
    }

    /** A sentence; tokens {@code [firstToken, endToken)}. */
    public record Sentence(int start, int end, int block, int firstToken, int endToken) {
    }

    private static final Set<String> ABBREVIATIONS = Lexicon.ofEvery("text").words("abbreviations");

    private final String text;
    private final Token[] tokens;
    private final Block[] blocks;
    private final Sentence[] sentences;
    private final int[] sentenceOfToken;

    private Doc(String text, List<int[]> blockRanges, List<BlockKind> kinds) {
        this.text = text;
        this.tokens = Tokenizer.tokenize(text).toArray(new Token[0]);
        this.blocks = new Block[blockRanges.size()];
        int t = 0;
        for (int b = 0; b < blocks.length; b++) {
            int[] r = blockRanges.get(b);
            while (t < tokens.length && tokens[t].start() < r[0]) {
                t++;
            }
            int first = t;
            while (t < tokens.length && tokens[t].end() <= r[1]) {
                t++;
            }
            boolean bullet = first < t && isBulletMark(tokens[first]);
            blocks[b] = new Block(kinds.get(b), r[0], r[1], first, t, bullet);
        }
        List<Sentence> ss = new ArrayList<>();
        for (int b = 0; b < blocks.length; b++) {
            splitSentences(b, ss);
        }
        this.sentences = ss.toArray(new Sentence[0]);
        this.sentenceOfToken = new int[tokens.length];
        java.util.Arrays.fill(sentenceOfToken, -1);
        for (int s = 0; s < sentences.length; s++) {
            for (int k = sentences[s].firstToken(); k < sentences[s].endToken(); k++) {
                sentenceOfToken[k] = s;
            }
        }
    }

    /** The article as the splitter built it: headline, then headings and paragraphs. */
    public static Doc of(ArticleText article) {
        String text = article.text();
        List<int[]> ranges = new ArrayList<>();
        List<BlockKind> kinds = new ArrayList<>();
        int pos = 0;
        pos = add(ranges, kinds, pos, article.title(), BlockKind.HEADLINE);
        for (Section s : article.sections()) {
            if (s.heading() != null) {
                pos = add(ranges, kinds, pos + ArticleText.BLOCK_SEPARATOR.length(), s.heading(), BlockKind.HEADING);
            }
            for (String p : s.paragraphs()) {
                pos = add(ranges, kinds, pos + ArticleText.BLOCK_SEPARATOR.length(), p, BlockKind.PARAGRAPH);
            }
        }
        return new Doc(text, ranges, kinds);
    }

    /**
     * Plain text with blocks separated by line breaks; when {@code firstIsHeadline} the first block is the
     * headline.
     */
    public static Doc ofText(String text, boolean firstIsHeadline) {
        List<int[]> ranges = new ArrayList<>();
        List<BlockKind> kinds = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && (text.charAt(i) == '\n' || text.charAt(i) == '\r')) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int j = text.indexOf('\n', i);
            if (j < 0) {
                j = n;
            }
            boolean blank = text.substring(i, j).isBlank();
            if (!blank) {
                kinds.add(ranges.isEmpty() && firstIsHeadline ? BlockKind.HEADLINE : BlockKind.PARAGRAPH);
                ranges.add(new int[] {i, j});
            }
            i = j;
        }
        return new Doc(text, ranges, kinds);
    }

    private static int add(List<int[]> ranges, List<BlockKind> kinds, int pos, String s, BlockKind kind) {
        ranges.add(new int[] {pos, pos + s.length()});
        kinds.add(kind);
        return pos + s.length();
    }

    private static boolean isBulletMark(Token t) {
        return t.type() == Token.Type.SYMBOL && ("\u2022".equals(t.text()) || "\u25CF".equals(t.text())
                || "\u25AA".equals(t.text()) || "*".equals(t.text()) || "-".equals(t.text()) || "\u2013".equals(t.text()));
    }

    private void splitSentences(int b, List<Sentence> out) {
        Block blk = blocks[b];
        int first = blk.firstToken();
        for (int k = blk.firstToken(); k < blk.endToken(); k++) {
            Token tok = tokens[k];
            if (tok.type() != Token.Type.SYMBOL) {
                continue;
            }
            char c = tok.text().charAt(0);
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int last = k;
            while (last + 1 < blk.endToken() && isCloser(tokens[last + 1]) && !tokens[last + 1].spaceBefore()) {
                last++;
            }
            if (last + 1 >= blk.endToken()) {
                break;
            }
            Token next = tokens[last + 1];
            if (!next.spaceBefore() || !startsSentence(next)) {
                continue;
            }
            if (c == '.' && k > blk.firstToken()) {
                Token prev = tokens[k - 1];
                if (prev.isWord() && !prev.spaceBefore() && k - 2 >= 0 && tokens[k - 2].isSymbol('.')) {
                    continue; // U.S. / e.g.
                }
                if (prev.isWord() && (ABBREVIATIONS.contains(prev.lower()) && (prev.text().length() <= 4))
                        && !(prev.lower().length() > 1 && prev.isAllCaps())) {
                    continue;
                }
            }
            out.add(new Sentence(tokens[first].start(), tokens[last].end(), b, first, last + 1));
            first = last + 1;
            k = last;
        }
        if (first < blk.endToken()) {
            out.add(new Sentence(tokens[first].start(), tokens[blk.endToken() - 1].end(), b, first, blk.endToken()));
        }
    }

    private static boolean isCloser(Token t) {
        if (t.type() != Token.Type.SYMBOL) {
            return false;
        }
        String s = t.text();
        return s.equals("\"") || s.equals("\u201D") || s.equals("\u2019") || s.equals(")") || s.equals("'")
                || s.equals("\u00BB");
    }

    private static boolean startsSentence(Token t) {
        if (t.isWord()) {
            return Character.isUpperCase(t.text().charAt(0));
        }
        if (t.isNumber()) {
            return true;
        }
        String s = t.text();
        return s.equals("\"") || s.equals("\u201C") || s.equals("\u2018") || s.equals("(") || s.equals("'")
                || s.equals("\u00AB") || s.equals("$") || s.equals("\u2022") || s.equals("\u20AC");
    }

    public String text() {
        return text;
    }

    public Token[] tokens() {
        return tokens;
    }

    public int size() {
        return tokens.length;
    }

    public Token token(int i) {
        return tokens[i];
    }

    public Block[] blocks() {
        return blocks;
    }

    public Sentence[] sentences() {
        return sentences;
    }

    /** Index of the sentence holding token {@code i}, or -1. */
    public int sentenceOf(int i) {
        return sentenceOfToken[i];
    }

    public Sentence sentence(int s) {
        return sentences[s];
    }

    public Block blockOfSentence(int s) {
        return blocks[sentences[s].block()];
    }

    public boolean inHeadline(int tokenIndex) {
        int s = sentenceOfToken[tokenIndex];
        return s >= 0 && blocks[sentences[s].block()].kind() == BlockKind.HEADLINE;
    }

    /** Whether token {@code i} is in a headline or sub-heading (title case, so capitals mean little). */
    public boolean inTitleLine(int tokenIndex) {
        int s = sentenceOfToken[tokenIndex];
        return s >= 0 && blocks[sentences[s].block()].kind() != BlockKind.PARAGRAPH;
    }

    /** Whether token {@code i} opens its sentence (ignoring opening quotes and bullets). */
    public boolean startsSentence(int i) {
        int s = sentenceOfToken[i];
        if (s < 0) {
            return false;
        }
        int k = sentences[s].firstToken();
        while (k < i && tokens[k].type() == Token.Type.SYMBOL) {
            k++;
        }
        return k == i;
    }

    public String sentenceText(int s) {
        Sentence sn = sentences[s];
        return text.substring(sn.start(), sn.end());
    }
}
