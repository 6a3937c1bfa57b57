package dev.heygenkit.sandbox;

import dev.heygenkit.sandbox.Http.Req;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** The requests tests can inspect: the newest {@value #MAX_RECORDED}, without credentials, binary bodies summarised. */
final class Recorder {
    static final int MAX_RECORDED = 10_000;

    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();

    void record(Req req) {
        Map<String, List<String>> headers = new HashMap<>();
        req.headers().forEach((k, v) -> {
            String name = k.toLowerCase(Locale.ROOT);
            if (!name.equals("x-api-key") && !name.equals("authorization")) {
                headers.put(name, List.copyOf(v));
            }
        });
        String ct = req.header("Content-Type");
        byte[] raw = req.body();
        String body;
        if (raw.length == 0) {
            body = "";
        } else if (ct == null || ct.contains("json") || ct.startsWith("text/") || ct.contains("x-www-form-urlencoded")) {
            body = new String(raw, StandardCharsets.UTF_8);
        } else {
            body = "<" + raw.length + " bytes>";
        }
        requests.add(new RecordedRequest(req.method(), req.path(), req.rawQuery(), headers, body));
        // a standalone sandbox runs for days: keep the newest requests only
        while (requests.size() > MAX_RECORDED) {
            requests.remove(0);
        }
    }

    /** Oldest first. */
    List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    void clear() {
        requests.clear();
    }
}
