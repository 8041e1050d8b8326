package dev.newsgraph.ingest;

import dev.newsgraph.config.NewsGraphConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Loads pages at start-up: the bundled sample page (so a new user sees data at once) and every
 * {@code *.txt} of a configured folder. Each is an ordinary ingest, so pages already stored are skipped;
 * a page that fails is logged and does not stop the service.
 */
@ApplicationScoped
public class StartupImporter {

    static final String SAMPLE_PAGE = "sample/central-asia-digest.txt";
    private static final Logger LOG = Logger.getLogger(StartupImporter.class);

    @Inject
    IngestService ingest;

    @Inject
    NewsGraphConfig config;

    void onStart(@Observes StartupEvent event) {
        if (config.importing().sample()) {
            importSample();
        }
        config.importing().dir().ifPresent(dir -> importFolder(Path.of(dir)));
    }

    void importSample() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(SAMPLE_PAGE)) {
            if (in == null) {
                LOG.warnf("The bundled sample page %s is missing", SAMPLE_PAGE);
                return;
            }
            importText("sample page", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            LOG.errorf(e, "Could not read the bundled sample page");
        }
    }

    void importFolder(Path dir) {
        if (!Files.isDirectory(dir)) {
            LOG.warnf("Import folder %s does not exist; nothing imported", dir);
            return;
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            LOG.errorf(e, "Could not list import folder %s", dir);
            return;
        }
        for (Path file : files) {
            try {
                importText(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                LOG.errorf("Could not read %s: %s", file, e.getMessage());
            }
        }
    }

    private void importText(String name, String text) {
        try {
            IngestOutcome outcome = ingest.ingest(new IngestRequest(text, null, null));
            LOG.infof("Imported %s: %d articles new, %d already stored", name, outcome.created(), outcome.duplicates());
        } catch (InvalidPageException e) {
            LOG.warnf("Skipped %s: %s", name, e.getMessage());
        } catch (RuntimeException e) {
            LOG.errorf("Could not import %s: %s", name, e.toString());
        }
    }
}
