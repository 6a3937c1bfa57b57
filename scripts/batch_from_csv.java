///usr/bin/env jbang "$0" "$@" ; exit $?
// A personalized batch from a CSV (columns name, company and optionally look): every row is submitted first, then all
// are awaited and downloaded to batch/<name>.mp4. Re-running resumes the same videos from the render journal instead
// of paying again. Without an argument it uses the bundled sample data/customers.csv. No key: offline sandbox.
//   ./jbang batch-csv                          # the sample: 3 videos
//   ./jbang batch-csv my-customers.csv
//SOURCES kit/heygen_kit.java
//FILES customers.csv=data/customers.csv

import dev.heygenkit.Avatar;
import dev.heygenkit.HeyGen;
import dev.heygenkit.Overwrite;
import dev.heygenkit.RenderJob;
import dev.heygenkit.Video;
import dev.heygenkit.api.Look;
import dev.heygenkit.ProgressListener;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

class batch_from_csv {
    public static void main(String[] args) throws Exception {
        List<Map<String, String>> rows = readCsv(args.length > 0
                ? Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)
                : new InputStreamReader(batch_from_csv.class.getResourceAsStream("/customers.csv"), StandardCharsets.UTF_8));
        ProgressListener.replaceProcessDefault(e -> {
            if (!(e instanceof dev.heygenkit.ProgressEvent.Polled)) {
                System.err.println(e.message());
            }
        });

        HeyGen client = HeyGen.fromEnvOrSandbox();
        if (client.isSandbox()) {
            System.err.println("No HEYGEN_API_KEY found: rendering on the offline sandbox instead (nothing is billed).");
        }
        String fallbackLook = null;

        List<RenderJob> jobs = new ArrayList<>();
        for (Map<String, String> row : rows) {
            String look = row.getOrDefault("look", "");
            if (look.isBlank()) {
                fallbackLook = fallbackLook != null ? fallbackLook : firstLook(client);
                look = fallbackLook;
            }
            jobs.add(Avatar.look(look)
                    .say("Hi " + row.get("name") + "! Thank you for choosing " + row.get("company") + ".")
                    .title("Welcome " + row.get("name"))
                    .submit(client));
        }
        Path dir = Files.createDirectories(Path.of("batch"));
        for (int i = 0; i < jobs.size(); i++) {
            Video v = jobs.get(i).await();
            String slug = rows.get(i).get("name").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
            Path file = v.download(dir.resolve(slug + ".mp4"), Overwrite.YES);
            System.out.println(rows.get(i).get("name") + "\t" + v.id() + "\t" + file);
        }
    }

    static String firstLook(HeyGen client) {
        for (Look l : client.looks().list()) {
            if (l.isReady() && l.defaultVoiceId() != null) {
                return l.id();
            }
        }
        throw new IllegalStateException("no ready look with a default voice");
    }

    /** A small CSV reader: a header row, comma-separated cells, optional double quotes around a cell. */
    static List<Map<String, String>> readCsv(Reader source) throws Exception {
        try (BufferedReader r = new BufferedReader(source)) {
            List<String> header = null;
            List<Map<String, String>> rows = new ArrayList<>();
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                List<String> cells = cells(line);
                if (header == null) {
                    header = cells.stream().map(c -> c.trim().toLowerCase(Locale.ROOT)).toList();
                    if (!header.contains("name") || !header.contains("company")) {
                        throw new IllegalArgumentException("the CSV header needs name and company columns, found " + header);
                    }
                    continue;
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), i < cells.size() ? cells.get(i).trim() : "");
                }
                rows.add(row);
            }
            return rows;
        }
    }

    static List<String> cells(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
