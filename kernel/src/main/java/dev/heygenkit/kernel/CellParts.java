package dev.heygenkit.kernel;

import java.util.ArrayList;
import java.util.List;

/** A cell cut into its magic lines and the runs of Java code between them, in order, with 1-based line numbers. */
final class CellParts {
    /** A piece of a cell. */
    sealed interface Part permits Magic, Code {
        /** The cell line the part starts on. */
        int line();
    }

    /** A line magic. */
    record Magic(int line, String text) implements Part {
    }

    /** Consecutive lines of Java. */
    record Code(int line, String text) implements Part {
    }

    private CellParts() {
    }

    static List<Part> split(String cell) {
        List<Part> parts = new ArrayList<>();
        String[] lines = cell.split("\n", -1);
        StringBuilder code = new StringBuilder();
        int codeStart = 1;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (MagicLine.isMagic(line) || MagicLine.isCellMagic(line)) {
                if (!code.toString().isBlank()) {
                    parts.add(new Code(codeStart, code.toString()));
                }
                code.setLength(0);
                parts.add(new Magic(i + 1, line.strip()));
                codeStart = i + 2;
            } else {
                if (code.length() > 0) {
                    code.append('\n');
                }
                code.append(line);
            }
        }
        if (!code.toString().isBlank()) {
            parts.add(new Code(codeStart, code.toString()));
        }
        return parts;
    }
}
