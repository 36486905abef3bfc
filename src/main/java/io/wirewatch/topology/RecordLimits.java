package io.wirewatch.topology;

/**
 * How large a record may be, end to end, so that whatever passes intake can always be written.
 * Under exactly-once a record the producer or broker refuses aborts the whole transaction, and the
 * same input is then processed again and refused again: a size error must be caught before the
 * send, never after it. So the limits nest:
 * <ul>
 *   <li>an article's analysis is capped at {@link #ANALYSIS_BUDGET_BYTES} (sentences and mentions
 *       beyond are left out, the text is always whole; see {@link AnalysisBudget}): the text alone
 *       is at most 2-3 MiB for the longest article intake takes (1 MiB characters), so the
 *       analysis carries all of an ordinary article and most of an extreme one;</li>
 *   <li>every value the extractor serializes (output topics, internal topics, stores) is checked
 *       against {@link #MAX_VALUE_BYTES}: a larger one is refused before the send and dead-lettered
 *       with the reason;</li>
 *   <li>every topic Wirewatch creates and every internal topic accepts {@link #TOPIC_MAX_MESSAGE_BYTES},
 *       which leaves room for the key and headers of a value at the limit;</li>
 *   <li>the dead-letter topic and the extractor's producer accept {@link #DEAD_LETTER_MAX_BYTES}, so a
 *       dead letter (a whole input record plus the error headers) fits even when its input was as
 *       large as the input topic allows.</li>
 * </ul>
 */
public final class RecordLimits {
    private static final int MIB = 1024 * 1024;
    /** {@code max.message.bytes} of Wirewatch's topics and of the extractor's internal topics. */
    public static final int TOPIC_MAX_MESSAGE_BYTES = 8 * MIB;
    /** {@code max.message.bytes} of the dead-letter topic and {@code max.request.size} of the extractor. */
    public static final int DEAD_LETTER_MAX_BYTES = 9 * MIB;
    /** The largest value the extractor serializes; beyond, the record is dead-lettered. */
    public static final int MAX_VALUE_BYTES = 7 * MIB;
    /** The setting that lowers {@link #MAX_VALUE_BYTES} (for topics that accept less). */
    public static final String MAX_VALUE_BYTES_SETTING = "wirewatch.output.max.bytes";
    /** The most an analyzed article may weigh, estimated before it is built. */
    public static final int ANALYSIS_BUDGET_BYTES = 5 * MIB;
    /** Characters of one evidence sentence an event carries (the offsets locate the whole sentence). */
    public static final int EVIDENCE_TEXT_CHARS = 2_000;
    /** Characters of a quote the {@code speaker-statements} store keeps for the dashboard. */
    public static final int STORED_QUOTE_CHARS = 2_000;

    private RecordLimits() {
    }

    /** At most {@code max} characters of {@code s}, never half a surrogate pair, "…" where cut. */
    public static String clip(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
        return s.substring(0, end) + "…";
    }
}
