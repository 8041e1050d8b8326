package dev.newsgraph.extract;

/**
 * Direct speech attributed to a speaker.
 *
 * @param speaker the speaker as named in the article, or {@code null} when none can be resolved
 * @param text    the quoted words without the quote marks
 * @param start   offset of the quoted words in {@link ArticleText#text()}
 * @param end     end offset (exclusive)
 * @param who     the speaker as a person or organisation; null for an unnamed source, a group ("officials") or a
 *                role nobody in the article fills
 */
public record QuotationMention(String speaker, String text, int start, int end, Speaker who) {

    /** A quotation whose speaker is not yet known as a person or organisation. */
    public QuotationMention(String speaker, String text, int start, int end) {
        this(speaker, text, start, end, null);
    }

    public QuotationMention withWho(Speaker speaker) {
        return new QuotationMention(this.speaker, text, start, end, speaker);
    }
}
