package dev.newsgraph.ingest;

import dev.newsgraph.extract.Extraction;

import java.util.List;

/** A split page with the extraction of each of its articles (same order), ready to be written. */
record ExtractedPage(String text, String contentHash, String sourceUrl, SplitPage split, List<Extraction> extractions) {
}
