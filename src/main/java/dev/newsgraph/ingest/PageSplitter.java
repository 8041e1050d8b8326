package dev.newsgraph.ingest;

import dev.newsgraph.extract.ArticleText;
import dev.newsgraph.extract.Section;
import dev.newsgraph.extract.Tokens;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a page (digest layout or a single article) into ticker quotes, the date line and articles.
 * Plain Java, thread-safe, no I/O.
 *
 * <p><b>Reading the page.</b> The text is checked ({@link InvalidPageException} for empty, binary or
 * unreadable text) and cut into trimmed lines with CRLF/CR, NBSP and zero-width characters normalised. Each
 * line is then one of:
 * <ul>
 *   <li>a <em>ticker</em> line ({@code • KGS/USD = 0.01144 0%}): every distinct quote is kept once, in page
 *       order, wherever the line stands;</li>
 *   <li>the <em>date line</em> ({@code 08 December 2025}, {@code December 8, 2025}, {@code 2025-12-08},
 *       {@code Monday, 8 December 2025}, …): the first full date standing alone on a line before the first
 *       paragraph; on a single-article page that is its date stamp ({@code 18 June 2025, 14:05},
 *       {@code Updated: 18.06.2025}). Later date lines are dropped;</li>
 *   <li><em>boilerplate</em> ({@link Boilerplate}): navigation, listing lines, by-lines, stamps, captions and
 *       credits, site names. They are dropped; a closing one ("Continue reading") is remembered;</li>
 *   <li>a <em>bullet</em> ({@code •}, {@code -}, {@code *}, {@code –} items, indented or not): a paragraph of its
 *       own, written {@code • item};</li>
 *   <li>a <em>heading-shaped</em> line (see {@link HeadlineClassifier#shape}) or a <em>paragraph</em>. A line
 *       that starts in lower case continues the paragraph above it when that one does not end a sentence (hard
 *       wrapped text).</li>
 * </ul>
 * Below the first paragraph, three or more heading-shaped lines in a row with no paragraph between them are a
 * list of links (related stories, menus), not headings: all but the last, which may head the text below it, are
 * dropped; at the end of the page two are enough, and all go.
 *
 * <p><b>Articles.</b> The first heading-shaped line is a headline. A heading-shaped line that comes before the
 * article has any paragraph replaces a headline that was only a label ("Articles", a site name), or, in
 * sentence case under a real headline, is its standfirst (the first paragraph). Every later heading-shaped
 * line is scored by {@link HeadlineClassifier#score}: at or above the threshold it starts a new article,
 * otherwise a title-case line is a sub-heading and a sentence-case line a paragraph. On a page with a ticker
 * (the digest layout: articles back to back) the threshold is {@code digest-threshold} of {@code /extract/weights.txt};
 * on a page without one (a single article from any site) only a line after a closing line ("Continue reading")
 * or above a dateline ("DUSHANBE (TCA) —") can start another article, at a score of
 * {@code single-threshold}. Paragraphs before the first headline are dropped on a digest
 * page. A single-article page starts at the heading right above its first body paragraph (a sentence of 15
 * words or more, or one opening with a dateline), which drops the menus, labels and rates scraped above it; one
 * that opens with a long paragraph and no headline gets its first sentence as title. Articles and sections left
 * without paragraphs are dropped.
 */
public final class PageSplitter {

    private enum Kind { HEADING, PARAGRAPH, BULLET }

    private record Item(Kind kind, String text, HeadlineClassifier.Shape shape, boolean closed) {
    }

    /**
     * @throws InvalidPageException when the text is empty, binary or unreadable, or holds no article
     */
    /** Fewer words than this, headline included, is no article (a stray line, a blob of one token). */
    static final int MIN_ARTICLE_WORDS = 6;

    public SplitPage split(String text) {
        List<String> lines = TextNormalizer.lines(text);
        Map<String, TickerQuote> quotes = new LinkedHashMap<>();
        LocalDate dateLine = null;
        List<Item> items = new ArrayList<>();
        boolean closed = false;
        boolean sawParagraph = false;
        boolean previousBlank = true;
        for (String line : lines) {
            if (line.isEmpty()) {
                previousBlank = true;
                continue;
            }
            boolean blankBefore = previousBlank;
            previousBlank = false;
            List<TickerQuote> ticker = TickerParser.parseLine(line);
            if (ticker != null) {
                for (TickerQuote q : ticker) {
                    quotes.putIfAbsent(q.base() + '/' + q.quote() + '=' + q.rate().stripTrailingZeros().toPlainString()
                            + ':' + (q.changePercent() == null ? "" : q.changePercent().stripTrailingZeros().toPlainString()), q);
                }
                continue;
            }
            LocalDate date = DateLineParser.parse(line);
            if (date != null) {
                if (dateLine == null && !sawParagraph) {
                    dateLine = date;
                }
                continue;
            }
            String bullet = bulletContent(line);
            if (bullet != null) {
                if (!bullet.isEmpty() && !Boilerplate.isJunk(bullet)) {
                    items.add(new Item(Kind.BULLET, "• " + bullet, HeadlineClassifier.Shape.NONE, closed));
                    closed = false;
                    sawParagraph = true;
                }
                continue;
            }
            if (Boilerplate.isJunk(line)) {
                closed |= Boilerplate.isCloser(line);
                continue;
            }
            if (!blankBefore && Character.isLowerCase(line.charAt(0)) && !items.isEmpty()) {
                Item last = items.get(items.size() - 1);
                if (last.kind != Kind.BULLET && !Boilerplate.endsLikeSentence(last.text) && !last.text.endsWith(":")) {
                    String joined = last.text + ' ' + line; // a hard-wrapped paragraph
                    items.set(items.size() - 1, item(joined, last.closed));
                    sawParagraph |= items.get(items.size() - 1).kind == Kind.PARAGRAPH;
                    continue;
                }
            }
            Item item = item(line, closed);
            items.add(item);
            closed = false;
            sawParagraph |= item.kind == Kind.PARAGRAPH;
        }
        dropLinkLists(items);
        List<ArticleText> articles = assemble(items, !quotes.isEmpty());
        return new SplitPage(new ArrayList<>(quotes.values()), dateLine, articles);
    }

    private static Item item(String line, boolean closed) {
        HeadlineClassifier.Shape shape = Boilerplate.isPlaceDateline(line, false)
                ? HeadlineClassifier.Shape.NONE : HeadlineClassifier.shape(line);
        return new Item(shape == HeadlineClassifier.Shape.NONE ? Kind.PARAGRAPH : Kind.HEADING, line, shape, closed);
    }

    /** The text of a bullet item without its marker, or {@code null} when the line is not a bullet. */
    static String bulletContent(String line) {
        char c = line.charAt(0);
        boolean marker = c == '•' || c == '·' || c == '●' || c == '▪' || c == '◦' || c == '‣' || c == '○' || c == '■'
                || c == '□' || c == '►' || c == '▸' || c == '✓' || c == '✔';
        boolean dash = c == '-' || c == '*' || c == '–' || c == '—';
        if (!marker && !(dash && line.length() > 2 && line.charAt(1) == ' ')) {
            return null;
        }
        return line.substring(1).strip();
    }

    /**
     * Drops lists of links: after the first paragraph, a run of three or more headings with no paragraph
     * between them keeps only its last line (which may head the text below it); a run of two or more at the end
     * of the page goes entirely. Before the first paragraph, labels and headline are sorted out by
     * {@link #assemble}.
     */
    private static void dropLinkLists(List<Item> items) {
        boolean sawParagraph = false;
        int i = 0;
        while (i < items.size()) {
            if (items.get(i).kind != Kind.HEADING) {
                sawParagraph = true;
                i++;
                continue;
            }
            int j = i;
            while (j < items.size() && items.get(j).kind == Kind.HEADING) {
                j++;
            }
            boolean atEnd = j == items.size();
            if (sawParagraph && (atEnd ? j - i >= 2 : j - i >= 3)) {
                int end = atEnd ? j : j - 1;
                boolean closed = items.get(i).closed;
                items.subList(i, end).clear();
                if (!atEnd) {
                    Item last = items.get(i);
                    items.set(i, new Item(last.kind, last.text, last.shape, last.closed || closed));
                    i++;
                }
            } else {
                i = j;
            }
        }
    }

    /**
     * Where a single-article page's article starts: at the heading right above its first body paragraph (a long
     * sentence-case line under a real headline being the standfirst). What stands before it is the site's menu,
     * labels and rates. 0 when the page has no body paragraph or none with a heading above it.
     */
    private static int singleArticleStart(List<Item> items) {
        int body = -1;
        for (int i = 0; i < items.size() && body < 0; i++) {
            Item it = items.get(i);
            if (it.kind == Kind.PARAGRAPH && (Boilerplate.wordCount(it.text) >= 15 && Boilerplate.endsLikeSentence(it.text)
                    || Boilerplate.hasAgencyPrefix(it.text))) {
                body = i;
            }
        }
        for (int i = body - 1; i >= 0 && i >= body - 6; i--) {
            Item it = items.get(i);
            if (it.kind == Kind.HEADING) {
                boolean standfirst = it.shape == HeadlineClassifier.Shape.SENTENCE && Boilerplate.wordCount(it.text) >= 8
                        && i > 0 && items.get(i - 1).kind == Kind.HEADING && Boilerplate.wordCount(items.get(i - 1).text) >= 4;
                return standfirst ? i - 1 : i;
            }
            if (Boilerplate.wordCount(it.text) > 40) {
                break;
            }
        }
        return 0;
    }

    private static List<ArticleText> assemble(List<Item> all, boolean digest) {
        List<Item> items = digest ? all : all.subList(singleArticleStart(all), all.size());
        double threshold = digest ? HeadlineClassifier.DIGEST_THRESHOLD : HeadlineClassifier.SINGLE_THRESHOLD;
        List<ArticleBuilder> built = new ArrayList<>();
        List<String> orphans = new ArrayList<>();
        ArticleBuilder current = null;
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            if (item.kind != Kind.HEADING) {
                if (current == null) {
                    if (!digest && built.isEmpty() && item.kind == Kind.PARAGRAPH
                            && Boilerplate.wordCount(item.text) >= 15) {
                        current = ArticleBuilder.fromLeadParagraph(item.text);
                        built.add(current);
                    } else {
                        orphans.add(item.text);
                    }
                    continue;
                }
                current.addParagraph(item.text);
                continue;
            }
            if (current == null) {
                current = new ArticleBuilder(item.text);
                built.add(current);
                continue;
            }
            int words = Boilerplate.wordCount(item.text);
            if (current.paragraphCount() == 0) {
                if (item.shape == HeadlineClassifier.Shape.TITLE) {
                    if (words >= 3 || current.titleWords() <= 2) {
                        current.replaceTitle(item.text); // the line before was a label
                    }
                } else if (current.titleWords() <= 3) {
                    current.replaceTitle(item.text);
                } else {
                    current.addParagraph(item.text); // a standfirst
                }
                continue;
            }
            Item after = i + 1 < items.size() ? items.get(i + 1) : null;
            String next = after != null && after.kind != Kind.HEADING ? after.text : null;
            double score = HeadlineClassifier.score(item.text, item.shape, current.running(), next, item.closed);
            boolean split = digest ? score >= threshold
                    : score >= threshold && (item.closed || HeadlineClassifier.opensStory(next));
            if (split) {
                current = new ArticleBuilder(item.text);
                built.add(current);
            } else if (item.shape == HeadlineClassifier.Shape.TITLE) {
                current.addHeading(item.text);
            } else {
                current.addParagraph(item.text);
            }
        }
        List<ArticleText> articles = new ArrayList<>();
        for (ArticleBuilder b : built) {
            if (b.paragraphCount() > 0) {
                articles.add(b.build());
            }
        }
        articles.removeIf(a -> Boilerplate.wordCount(a.text()) < MIN_ARTICLE_WORDS); // a blob, not prose
        if (articles.isEmpty() && !orphans.isEmpty()) {
            ArticleBuilder b = ArticleBuilder.fromLeadParagraph(orphans.get(0));
            for (int k = 1; k < orphans.size(); k++) {
                b.addParagraph(orphans.get(k));
            }
            if (b.paragraphCount() > 0 && Boilerplate.wordCount(b.build().text()) >= MIN_ARTICLE_WORDS) {
                articles.add(b.build()); // a lone short sentence is no article
            }
        }
        if (articles.isEmpty()) {
            throw new InvalidPageException("The page holds no article: no headline with a paragraph was found"
                    + (digest ? " after the ticker." : "."));
        }
        return articles;
    }

    /** An article being filled: its headline, sections and what the classifier compares candidates with. */
    private static final class ArticleBuilder {
        private String title;
        private final List<String> headings = new ArrayList<>();
        private final List<List<String>> sectionParagraphs = new ArrayList<>();
        private HeadlineClassifier.RunningArticle running = new HeadlineClassifier.RunningArticle();

        ArticleBuilder(String title) {
            this.title = title;
            headings.add(null);
            sectionParagraphs.add(new ArrayList<>());
            running.addHeadline(title);
        }

        /** An article whose page gives no headline: the first sentence of its first paragraph is the title. */
        static ArticleBuilder fromLeadParagraph(String paragraph) {
            int end = Tokens.sentenceEnd(paragraph, 0, 300);
            if (end >= 300 && paragraph.length() > 300) {
                int space = paragraph.lastIndexOf(' ', 300);
                end = space > 0 ? space : end;
            }
            ArticleBuilder b = new ArticleBuilder(paragraph.substring(0, end).strip());
            String rest = paragraph.substring(end).strip();
            if (!rest.isEmpty()) {
                b.addParagraph(rest);
            } else if (Boilerplate.wordCount(paragraph) >= 8 && Boilerplate.endsLikeSentence(paragraph)) {
                b.running.paragraphs++; // a one-sentence news item: the title is the whole article
            }
            return b;
        }

        void replaceTitle(String newTitle) {
            title = newTitle;
            headings.subList(1, headings.size()).clear();
            sectionParagraphs.subList(1, sectionParagraphs.size()).clear();
            running = new HeadlineClassifier.RunningArticle();
            running.addHeadline(newTitle);
        }

        void addParagraph(String p) {
            sectionParagraphs.get(sectionParagraphs.size() - 1).add(p);
            running.addParagraph(p);
        }

        void addHeading(String h) {
            headings.add(h);
            sectionParagraphs.add(new ArrayList<>());
            running.addHeading(h);
        }

        int paragraphCount() {
            return running.paragraphs;
        }

        int titleWords() {
            return Boilerplate.wordCount(title);
        }

        HeadlineClassifier.RunningArticle running() {
            return running;
        }

        ArticleText build() {
            List<Section> sections = new ArrayList<>();
            for (int k = 0; k < headings.size(); k++) {
                if (!sectionParagraphs.get(k).isEmpty()) {
                    sections.add(new Section(headings.get(k), sectionParagraphs.get(k)));
                }
            }
            return new ArticleText(title, sections);
        }
    }
}
