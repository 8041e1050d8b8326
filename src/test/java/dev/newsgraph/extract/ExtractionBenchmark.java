package dev.newsgraph.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.newsgraph.extract.quotation.QuotationRecognizer;
import dev.newsgraph.ingest.PageSplitter;
import dev.newsgraph.ingest.SplitPage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Throughput of the whole {@link ArticleExtractor} on one thread (not a test: run by
 * {@code bench/extraction-throughput.sh}). Articles are built from the sentences of the test corpora and,
 * when present, the fixture pages under {@code src/test/resources/pages/}; a few hundred KB in all.
 * Prints MB/s of article text after a warm-up: for the whole {@link ArticleExtractor}, for its quotation
 * recognizer alone, and for the page splitter followed by the extractor on whole pages (the fixture pages
 * and, when present, the shared dev corpus), which is what one ingest does.
 */
public final class ExtractionBenchmark {

    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws IOException {
        int targetBytes = args.length > 0 ? Integer.parseInt(args[0]) : 400_000;
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        List<ArticleText> articles = articles(targetBytes);
        long bytes = 0;
        for (ArticleText a : articles) {
            bytes += a.text().getBytes(StandardCharsets.UTF_8).length;
        }
        ArticleExtractor extractor = new ArticleExtractor();
        long sink = 0;
        for (int w = 0; w < 40; w++) { // the JIT needs ~40 passes over 0.4 MB before the figures settle
            sink += run(extractor, articles);
        }
        long best = Long.MAX_VALUE;
        long total = 0;
        long cpu = 0;
        for (int i = 0; i < iterations; i++) {
            long c0 = CPU.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            sink += run(extractor, articles);
            long dt = System.nanoTime() - t0;
            cpu += CPU.getCurrentThreadCpuTime() - c0;
            best = Math.min(best, dt);
            total += dt;
        }
        double mb = bytes / 1e6;
        System.out.printf("articles=%d text=%.2f MB iterations=%d figures=%d%n", articles.size(), mb, iterations,
                sink / (iterations + 5));
        // on a shared machine the wall clock also counts other processes; thread CPU time does not
        System.out.printf("ArticleExtractor: mean %.1f MB/s, best %.1f MB/s wall; %.1f MB/s of thread CPU time (one thread)%n",
                mb / (total / 1e9 / iterations), mb / (best / 1e9), mb / (cpu / 1e9 / iterations));

        QuotationRecognizer quotes = new QuotationRecognizer();
        List<String> texts = articles.stream().map(ArticleText::text).toList();
        best = Long.MAX_VALUE;
        for (int i = 0; i < iterations + 5; i++) {
            long t0 = System.nanoTime();
            for (String t : texts) {
                sink += quotes.find(t).size();
            }
            best = Math.min(best, System.nanoTime() - t0);
        }
        System.out.printf("  of which QuotationRecognizer alone: best %.1f MB/s%n", mb / (best / 1e9));

        List<String> pages = pages(targetBytes);
        if (!pages.isEmpty()) {
            PageSplitter splitter = new PageSplitter();
            long pageBytes = 0;
            for (String p : pages) {
                pageBytes += p.getBytes(StandardCharsets.UTF_8).length;
            }
            best = Long.MAX_VALUE;
            total = 0;
            cpu = 0;
            for (int i = 0; i < iterations + 5; i++) {
                long c0 = CPU.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                for (String p : pages) {
                    SplitPage page = splitter.split(p);
                    for (ArticleText a : page.articles()) {
                        sink += extractor.extract(a).metrics().size();
                    }
                }
                long dt = System.nanoTime() - t0;
                best = Math.min(best, dt);
                if (i >= 5) {
                    total += dt;
                    cpu += CPU.getCurrentThreadCpuTime() - c0;
                }
            }
            double pmb = pageBytes / 1e6;
            System.out.printf("PageSplitter + ArticleExtractor on %d pages (%.2f MB): mean %.1f MB/s, best %.1f MB/s "
                    + "wall; %.1f MB/s of thread CPU time%n",
                    pages.size(), pmb, pmb / (total / 1e9 / iterations), pmb / (best / 1e9), pmb / (cpu / 1e9 / iterations));
        }
        if (sink == 42) {
            System.out.println();
        }
    }

    /** Whole pages (fixtures, the shared dev corpus when present), repeated up to about {@code targetBytes}. */
    private static List<String> pages(int targetBytes) throws IOException {
        List<String> one = new ArrayList<>();
        for (Path dir : List.of(Path.of("src/test/resources/pages"), Path.of("../shared/corpus/dev"))) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    one.add(Files.readString(p));
                }
            }
        }
        List<String> out = new ArrayList<>();
        int size = 0;
        while (!one.isEmpty() && size < targetBytes) {
            for (String p : one) {
                out.add(p);
                size += p.length();
            }
        }
        return out;
    }

    private static long run(ArticleExtractor extractor, List<ArticleText> articles) {
        long n = 0;
        for (ArticleText a : articles) {
            Extraction e = extractor.extract(a);
            n += e.metrics().size() + e.countries().size();
        }
        return n;
    }

    /** Articles of 6–10 paragraphs, each of 3–5 corpus sentences, until {@code targetBytes}. */
    static List<ArticleText> articles(int targetBytes) throws IOException {
        List<String> sentences = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String name : List.of("money", "percent", "quantity", "count", "multiplier", "numbers", "negatives",
                "countries", "primary-country")) {
            try (InputStream in = ExtractionBenchmark.class.getResourceAsStream("/extract/" + name + ".json")) {
                for (JsonNode c : json.readTree(in).get("cases")) {
                    sentences.add(c.get("text").asText());
                }
            }
        }
        Path pages = Path.of("src/test/resources/pages");
        if (Files.isDirectory(pages)) {
            try (Stream<Path> files = Files.list(pages)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                    for (String para : Files.readString(p).split("\n\\s*\n")) {
                        if (para.length() > 80) {
                            sentences.add(para.strip());
                        }
                    }
                }
            }
        }
        Random rnd = new Random(42);
        List<ArticleText> out = new ArrayList<>();
        int size = 0;
        while (size < targetBytes) {
            List<String> paras = new ArrayList<>();
            int np = 6 + rnd.nextInt(5);
            for (int p = 0; p < np; p++) {
                StringBuilder sb = new StringBuilder();
                int ns = 3 + rnd.nextInt(3);
                for (int s = 0; s < ns; s++) {
                    sb.append(s > 0 ? " " : "").append(sentences.get(rnd.nextInt(sentences.size())));
                }
                paras.add(sb.toString());
            }
            ArticleText a = new ArticleText("Kazakhstan and Kyrgyzstan Expand Trade With China",
                    List.of(new Section(null, paras)));
            size += a.text().length();
            out.add(a);
        }
        return out;
    }
}
