package dev.newsgraph.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

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
 * Prints MB/s of article text after a warm-up.
 */
public final class ExtractionBenchmark {

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
        for (int w = 0; w < 5; w++) {
            sink += run(extractor, articles);
        }
        long best = Long.MAX_VALUE;
        long total = 0;
        for (int i = 0; i < iterations; i++) {
            long t0 = System.nanoTime();
            sink += run(extractor, articles);
            long dt = System.nanoTime() - t0;
            best = Math.min(best, dt);
            total += dt;
        }
        double mb = bytes / 1e6;
        System.out.printf("articles=%d text=%.2f MB iterations=%d figures=%d%n", articles.size(), mb, iterations,
                sink / (iterations + 5));
        System.out.printf("ArticleExtractor: mean %.1f MB/s, best %.1f MB/s (one thread)%n",
                mb / (total / 1e9 / iterations), mb / (best / 1e9));
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
