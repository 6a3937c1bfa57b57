package dev.heygenkit.internal.render;

import dev.heygenkit.ProblemCodes;
import dev.heygenkit.PreflightException.Problem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pauses in scripts: the API honours {@code <break time="1.5s"/>} (seconds with an {@code s} suffix, double quotes,
 * self-closing, whitespace on both sides). Everything else written as a tag is reported with the corrected form.
 */
final class Breaks {
    private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*([A-Za-z][\\w:-]*)[^<>]*>?");
    private static final Pattern VALID = Pattern.compile("<break time=\"(\\d+(?:\\.\\d+)?)s\"\\s*/>");
    private static final Pattern TIME = Pattern.compile("time\\s*=\\s*[\"']?\\s*(\\d+(?:\\.\\d+)?)\\s*([a-zA-Z]*)");

    private Breaks() {
    }

    /** Whether the script contains any break tag. */
    static boolean present(String script) {
        return script != null && script.toLowerCase(Locale.ROOT).contains("<break");
    }

    /** The script as spoken: tags removed, whitespace collapsed. */
    static String spoken(String script) {
        return TAG.matcher(script).replaceAll(" ").replaceAll("\\s+", " ").strip();
    }

    /** The total of all well-formed pauses, in seconds. */
    static double pauseSeconds(String script) {
        double total = 0;
        Matcher m = VALID.matcher(script);
        while (m.find()) {
            total += Double.parseDouble(m.group(1));
        }
        return total;
    }

    /** Problems with the tags in a script. */
    static List<Problem> check(SpeakerSlot s, String param) {
        List<Problem> out = new ArrayList<>();
        String script = s.script();
        Matcher m = TAG.matcher(script);
        while (m.find()) {
            String tag = m.group();
            String name = m.group(1).toLowerCase(Locale.ROOT);
            if (!name.equals("break")) {
                out.add(Problem.warning(ProblemCodes.SCRIPT_TAG_UNSUPPORTED, param, s.say("tag " + quote(tag)
                        + " is not supported in scripts (only <break time=\"1s\"/>) and may be read aloud; remove it")));
                continue;
            }
            if (!VALID.matcher(tag).matches()) {
                out.add(Problem.error(code(tag), param, s.say("pause " + quote(tag) + " is malformed; write "
                        + corrected(tag) + " (seconds with an s suffix, double quotes, self-closing)")));
                continue;
            }
            boolean before = m.start() == 0 || Character.isWhitespace(script.charAt(m.start() - 1));
            boolean after = m.end() == script.length() || Character.isWhitespace(script.charAt(m.end()));
            if (!before || !after) {
                out.add(Problem.error(ProblemCodes.SCRIPT_BREAK_SPACING, param, s.say("pause " + quote(tag) + " near \""
                        + near(script, m.start(), m.end()) + "\" needs a space on both sides, or the API ignores it;"
                        + " write \"word " + tag + " word\" (or use .pause(...))")));
            }
        }
        return out;
    }

    private static String code(String tag) {
        Matcher t = TIME.matcher(tag);
        if (t.find() && t.group(2).equalsIgnoreCase("ms")) {
            return ProblemCodes.SCRIPT_BREAK_UNIT;
        }
        return ProblemCodes.SCRIPT_BREAK_MALFORMED;
    }

    /** The well-formed version of a malformed break tag. */
    static String corrected(String tag) {
        Matcher t = TIME.matcher(tag);
        String seconds = "1";
        if (t.find()) {
            BigDecimal value = new BigDecimal(t.group(1));
            String unit = t.group(2).toLowerCase(Locale.ROOT);
            if (unit.equals("ms")) {
                value = value.movePointLeft(3);
            } else if (unit.startsWith("m") && !unit.equals("ms")) {
                value = value.multiply(BigDecimal.valueOf(60));
            }
            seconds = value.stripTrailingZeros().toPlainString();
        }
        return "<break time=\"" + seconds + "s\"/>";
    }

    private static String near(String script, int start, int end) {
        int from = Math.max(0, start - 12);
        int to = Math.min(script.length(), end + 12);
        return script.substring(from, to).replace("\"", "'").replace('\n', ' ');
    }

    private static String quote(String tag) {
        return tag.length() > 60 ? tag.substring(0, 60) + "…" : tag;
    }
}
