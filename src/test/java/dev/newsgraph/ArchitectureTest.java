package dev.newsgraph;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules the service is built by, checked on its sources: frameworks only through their public extension
 * points (no reflection into them, no graphql-java type marked {@code @Internal}, only SmallRye GraphQL's API, SPI
 * and schema model, no JVM-wide defaults changed), and packages that depend one way, along the pipeline.
 */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(static\\s+)?([\\w.]+?)(\\.\\*)?;", Pattern.MULTILINE);
    private static final Pattern QUALIFIED_GRAPHQL = Pattern.compile("(?<![\\w.])(graphql(?:\\.[a-z]\\w*)+\\.[A-Z]\\w*)");
    private static final Pattern OWN_PACKAGE = Pattern.compile("\\bdev\\.newsgraph\\.([a-z]+)\\.");

    /** Which of our packages each may use: ingest -> extract -> nothing; graphql on top; config below all. */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "config", Set.of(),
            "extract", Set.of(),
            "model", Set.of("extract", "config"),
            "security", Set.of("config"),
            "ingest", Set.of("extract", "model", "config", "security"),
            "graphql", Set.of("ingest", "model", "extract", "config", "security"));

    private static final List<Source> SOURCES = new ArrayList<>();

    private record Source(Path path, String pkg, String text) {
    }

    @BeforeAll
    static void read() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String relative = MAIN.relativize(p).toString().replace('\\', '/');
                String[] parts = relative.split("/");
                SOURCES.add(new Source(p, parts.length > 3 ? parts[2] : "", Files.readString(p)));
            }
        }
        assertThat(SOURCES).as("main sources found").hasSizeGreaterThan(50);
    }

    @Test
    void noReflectionIntoFrameworksAndNoJvmWideDefaults() {
        List<String> found = new ArrayList<>();
        for (Source s : SOURCES) {
            for (String banned : List.of("setAccessible(", "getDeclaredField(", "getDeclaredFields(", "getDeclaredMethod(",
                    "System.setProperty(", "ParserOptions.setDefault", "Locale.setDefault(", "TimeZone.setDefault(")) {
                if (s.text().contains(banned)) {
                    found.add(s.path() + ": " + banned);
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void noGraphqlJavaTypeMarkedInternal() throws Exception {
        Set<String> used = new TreeSet<>();
        for (Source s : SOURCES) {
            Matcher m = IMPORT.matcher(s.text());
            while (m.find()) {
                String name = m.group(2);
                if (name.startsWith("graphql.")) {
                    used.add(m.group(1) != null ? name.substring(0, name.lastIndexOf('.')) : name + (m.group(3) != null ? ".*" : ""));
                }
            }
            Matcher q = QUALIFIED_GRAPHQL.matcher(s.text().replaceAll("(?m)^import .*$", ""));
            while (q.find()) {
                used.add(q.group(1));
            }
        }
        assertThat(used).as("graphql-java types in use").isNotEmpty();
        List<String> internal = new ArrayList<>();
        ClassLoader loader = getClass().getClassLoader();
        for (String name : used) {
            if (name.endsWith(".*")) {
                Package p = loader.getDefinedPackage(name.substring(0, name.length() - 2));
                if (p != null && p.isAnnotationPresent(graphql.Internal.class)) {
                    internal.add(name);
                }
                continue;
            }
            Class<?> type = load(name, loader);
            if (type.isAnnotationPresent(graphql.Internal.class)
                    || (type.getPackage() != null && type.getPackage().isAnnotationPresent(graphql.Internal.class))) {
                internal.add(name);
            }
        }
        assertThat(internal).as("graphql-java types marked @Internal").isEmpty();
    }

    /** The class of a name that may be a nested class written with dots (graphql.GraphQL.Builder). */
    private static Class<?> load(String name, ClassLoader loader) throws ClassNotFoundException {
        String candidate = name;
        while (true) {
            try {
                return Class.forName(candidate, false, loader);
            } catch (ClassNotFoundException e) {
                int dot = candidate.lastIndexOf('.');
                if (dot < 0) {
                    throw new ClassNotFoundException(name);
                }
                candidate = candidate.substring(0, dot) + '$' + candidate.substring(dot + 1);
            }
        }
    }

    @Test
    void smallRyeGraphqlOnlyThroughItsApiSpiAndSchemaModel() {
        List<String> found = new ArrayList<>();
        for (Source s : SOURCES) {
            Matcher m = IMPORT.matcher(s.text());
            while (m.find()) {
                String name = m.group(2);
                if (name.startsWith("io.smallrye.graphql.") && !name.startsWith("io.smallrye.graphql.api.")
                        && !name.startsWith("io.smallrye.graphql.spi.") && !name.startsWith("io.smallrye.graphql.schema.model.")) {
                    found.add(s.path() + ": " + name);
                }
            }
            if (s.text().contains("\"io.smallrye.graphql.")) {
                found.add(s.path() + ": a SmallRye class named in a string");
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void packagesDependOneWayAlongThePipeline() {
        Map<String, Set<String>> uses = new TreeMap<>();
        for (Source s : SOURCES) {
            Matcher m = OWN_PACKAGE.matcher(s.text());
            while (m.find()) {
                if (!m.group(1).equals(s.pkg()) && !s.pkg().isEmpty()) {
                    uses.computeIfAbsent(s.pkg(), k -> new TreeSet<>()).add(m.group(1));
                }
            }
        }
        List<String> unexpected = new ArrayList<>();
        uses.forEach((pkg, deps) -> {
            Set<String> allowed = ALLOWED.get(pkg);
            assertThat(allowed).as("package " + pkg + " is one of the pipeline's").isNotNull();
            for (String d : deps) {
                if (!allowed.contains(d)) {
                    unexpected.add(pkg + " -> " + d);
                }
            }
        });
        assertThat(unexpected).as("dependencies against the pipeline's direction").isEmpty();
        assertThat(cycle(uses)).as("an import cycle between packages").isEmpty();
    }

    /** A cycle in the graph, as a list of packages; empty when there is none. */
    private static List<String> cycle(Map<String, Set<String>> graph) {
        Set<String> done = new HashSet<>();
        for (String start : graph.keySet()) {
            List<String> path = new ArrayList<>();
            List<String> found = visit(start, graph, path, new HashSet<>(), done);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    private static List<String> visit(String node, Map<String, Set<String>> graph, List<String> path, Set<String> onPath,
                                      Set<String> done) {
        if (onPath.contains(node)) {
            List<String> loop = new ArrayList<>(path.subList(path.indexOf(node), path.size()));
            loop.add(node);
            return loop;
        }
        if (!done.add(node)) {
            return List.of();
        }
        path.add(node);
        onPath.add(node);
        for (String next : graph.getOrDefault(node, Set.of())) {
            List<String> found = visit(next, graph, path, onPath, done);
            if (!found.isEmpty()) {
                return found;
            }
        }
        path.remove(path.size() - 1);
        onPath.remove(node);
        return List.of();
    }
}
