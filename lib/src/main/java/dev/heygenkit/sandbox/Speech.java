package dev.heygenkit.sandbox;

import dev.heygenkit.internal.media.Cue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long a script takes to say: 150 words per minute at speed 1.0 (0.4 s per word divided by the speed), plus
 * each {@code <break time="1.5s"/>} when the voice honours pauses. Also cuts the words into caption lines.
 */
final class Speech {
    static final double SECONDS_PER_WORD = 60.0 / 150.0;
    static final int MAX_WORDS_PER_CUE = 7;
    private static final Pattern BREAK = Pattern.compile("<break\\s+time\\s*=\\s*\"(\\d+(?:\\.\\d+)?)s\"\\s*/>");
    private static final Pattern ANY_BREAK = Pattern.compile("<\\s*break\\b[^>]*>?");

    /** Timed words and caption lines of one utterance, in video time. */
    record Spoken(List<Cue> words, List<Cue> cues, double end) {
    }

    private Speech() {
    }

    /** A one-line problem with the script's break tags, or null when they are well-formed. */
    static String breakProblem(String script) {
        Matcher any = ANY_BREAK.matcher(script);
        while (any.find()) {
            String tag = any.group();
            if (!BREAK.matcher(tag).matches()) {
                return "script has a malformed pause " + tag + "; write seconds with an s suffix, like <break time=\"1.5s\"/>";
            }
        }
        return null;
    }

    static int characters(String script) {
        return script.length();
    }

    /** Times {@code script} starting at {@code offset} seconds. */
    static Spoken speak(String script, double speed, boolean pauses, double offset) {
        double perWord = SECONDS_PER_WORD / (speed <= 0 ? 1 : speed);
        List<Cue> words = new ArrayList<>();
        List<Cue> cues = new ArrayList<>();
        List<Cue> line = new ArrayList<>();
        double t = offset;
        Matcher m = BREAK.matcher(script);
        int pos = 0;
        List<Object> tokens = new ArrayList<>();
        while (m.find()) {
            addWords(script.substring(pos, m.start()), tokens);
            tokens.add(Double.parseDouble(m.group(1)));
            pos = m.end();
        }
        addWords(script.substring(pos), tokens);
        for (Object token : tokens) {
            if (token instanceof Double pause) {
                flush(line, cues);
                if (pauses) {
                    t += pause;
                }
                continue;
            }
            String word = (String) token;
            Cue w = new Cue(round(t), round(t + perWord), word);
            t += perWord;
            words.add(w);
            line.add(w);
            if (line.size() >= MAX_WORDS_PER_CUE || word.matches(".*[.!?;:]$")) {
                flush(line, cues);
            }
        }
        flush(line, cues);
        return new Spoken(List.copyOf(words), List.copyOf(cues), round(t));
    }

    private static void addWords(String text, List<Object> tokens) {
        for (String w : text.trim().split("\\s+")) {
            if (!w.isEmpty()) {
                tokens.add(w);
            }
        }
    }

    private static void flush(List<Cue> line, List<Cue> cues) {
        if (line.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        for (Cue w : line) {
            text.append(text.length() == 0 ? "" : " ").append(w.text());
        }
        cues.add(new Cue(line.get(0).start(), line.get(line.size() - 1).end(), text.toString()));
        line.clear();
    }

    static double round(double seconds) {
        return Math.round(seconds * 1000) / 1000.0;
    }
}
