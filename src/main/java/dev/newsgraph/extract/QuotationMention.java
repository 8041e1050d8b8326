package dev.newsgraph.extract;

/**
 * Direct speech attributed to a speaker.
 *
 * @param speaker the speaker as named in the article, or {@code null} when none can be resolved
 * @param text    the quoted words without the quote marks
 * @param start   offset of the quoted words in {@link ArticleText#text()}
 * @param end     end offset (exclusive)
 */
public record QuotationMention(String speaker, String text, int start, int end) {
}
