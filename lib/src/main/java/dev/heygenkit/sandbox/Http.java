package dev.heygenkit.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.Headers;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Request, response and routing types of the sandbox's HTTP layer. */
final class Http {
    private Http() {
    }

    /** A received request with its body read. */
    static final class Req {
        private final String method;
        private final String path;
        private final String rawQuery;
        private final Headers headers;
        private final byte[] body;
        private final Map<String, List<String>> query;
        private String template;
        private JsonNode json;

        Req(String method, String path, String rawQuery, Headers headers, byte[] body) {
            this.method = method;
            this.path = path;
            this.rawQuery = rawQuery;
            this.headers = headers;
            this.body = body;
            this.query = parseQuery(rawQuery);
        }

        String method() {
            return method;
        }

        String path() {
            return path;
        }

        /** The raw query string, or null. */
        String rawQuery() {
            return rawQuery;
        }

        Headers headers() {
            return headers;
        }

        /** The body as received (never null; empty when there was none). */
        byte[] body() {
            return body;
        }

        /** The path template of the route that took this request, e.g. {@code /v3/videos/{video_id}}, or null. */
        String template() {
            return template;
        }

        /** Notes the route template that matched, which names the request schema and query limits. */
        void route(String matchedTemplate) {
            this.template = matchedTemplate;
        }

        String query(String name) {
            List<String> v = query.get(name);
            return v == null || v.isEmpty() ? null : v.get(0);
        }

        String header(String name) {
            return headers.getFirst(name);
        }

        /** The body as JSON; a body that is not JSON (or not an object) is a 400. */
        JsonNode json() {
            if (json == null) {
                if (body.length == 0) {
                    throw ApiError.invalid(null, "the request body is empty; send a JSON object with Content-Type: application/json");
                }
                try {
                    json = Json.parse(body);
                } catch (IOException e) {
                    String why = e.getMessage() == null ? "" : e.getMessage().split("\n")[0];
                    throw ApiError.invalid(null, "the request body is not valid JSON (" + why + "); send a JSON object");
                }
                if (json == null || !json.isObject()) {
                    throw ApiError.invalid(null, "the request body must be a JSON object, not " + (json == null ? "nothing" : json.getNodeType().toString().toLowerCase(java.util.Locale.ROOT)));
                }
            }
            return json;
        }

        private static Map<String, List<String>> parseQuery(String raw) {
            Map<String, List<String>> out = new LinkedHashMap<>();
            if (raw == null || raw.isEmpty()) {
                return out;
            }
            for (String pair : raw.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String k = decode(eq < 0 ? pair : pair.substring(0, eq));
                String v = eq < 0 ? "" : decode(pair.substring(eq + 1));
                out.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
            }
            return out;
        }

        private static String decode(String s) {
            try {
                return URLDecoder.decode(s, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return s;
            }
        }
    }

    /** A response to send. */
    static final class Resp {
        static final Resp DROP = new Resp(0, null, new byte[0]);

        private final int status;
        private final String contentType;
        private final byte[] body;
        private final Map<String, String> headers = new LinkedHashMap<>();

        Resp(int status, String contentType, byte[] body) {
            this.status = status;
            this.contentType = contentType;
            this.body = body;
        }

        int status() {
            return status;
        }

        /** The Content-Type, or null for none. */
        String contentType() {
            return contentType;
        }

        byte[] body() {
            return body;
        }

        /** The extra headers, read-only. */
        Map<String, String> headers() {
            return java.util.Collections.unmodifiableMap(headers);
        }

        static Resp json(int status, JsonNode node) {
            return new Resp(status, "application/json", Json.bytes(node));
        }

        static Resp ok(JsonNode node) {
            return json(200, node);
        }

        static Resp data(JsonNode value) {
            return json(200, Json.data(value));
        }

        static Resp error(ApiError e) {
            Resp r = json(e.status(), e.body());
            r.headers.putAll(e.headers());
            return r;
        }

        Resp header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        /** Adds every header of {@code more}. */
        Resp headers(Map<String, String> more) {
            headers.putAll(more);
            return this;
        }
    }

    /** Handles one routed request. */
    interface Handler {
        Resp handle(Req req, Map<String, String> params) throws IOException;
    }

    /** Method and path-template routing; literal segments win over parameters. */
    static final class Router {
        private record Route(String method, String template, String[] segments, Handler handler) {
        }

        /** A matched route and its path parameters. */
        record Match(Handler handler, String template, Map<String, String> params) {
        }

        private final List<Route> routes = new ArrayList<>();

        void add(String method, String template, Handler handler) {
            routes.add(new Route(method, template, template.substring(1).split("/"), handler));
            routes.sort((a, b) -> Integer.compare(literals(b.segments), literals(a.segments)));
        }

        private static int literals(String[] segments) {
            int n = 0;
            for (String s : segments) {
                if (!s.startsWith("{")) {
                    n++;
                }
            }
            return n;
        }

        /** The route for this method and path, or null. */
        Match match(String method, String path) {
            String[] parts = path.length() <= 1 ? new String[0] : path.substring(1).split("/", -1);
            for (Route r : routes) {
                if (!r.method.equals(method) || r.segments.length != parts.length) {
                    continue;
                }
                Map<String, String> params = new LinkedHashMap<>();
                boolean ok = true;
                for (int i = 0; i < parts.length && ok; i++) {
                    String seg = r.segments[i];
                    if (seg.startsWith("{")) {
                        ok = !parts[i].isEmpty();
                        params.put(seg.substring(1, seg.length() - 1), URLDecoder.decode(parts[i], StandardCharsets.UTF_8));
                    } else {
                        ok = seg.equals(parts[i]);
                    }
                }
                if (ok) {
                    return new Match(r.handler, r.template, params);
                }
            }
            return null;
        }

        /** Whether any route (any method) has this path shape. */
        boolean knowsPath(String path) {
            for (String m : List.of("GET", "POST", "PUT", "PATCH", "DELETE")) {
                if (match(m, path) != null) {
                    return true;
                }
            }
            return false;
        }
    }
}
