package dev.heygenkit.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import dev.heygenkit.sandbox.Http.Req;
import dev.heygenkit.sandbox.Http.Resp;
import dev.heygenkit.sandbox.Http.Router;
import dev.heygenkit.sandbox.TemplateCatalog.Template;

/**
 * Templates: list and read the built-in {@link TemplateCatalog}, and generate a video from one. A generated video is
 * an ordinary render: it is charged when it completes, moves through the statuses on the sandbox clock, has a
 * storyboard and fires the same webhooks and callback as {@code POST /v3/videos}.
 */
final class TemplateApi extends ApiSupport {
    private final TemplateCatalog templates;
    private final TemplateViews views;
    private final TemplateRules rules;
    private final Paging paging;
    private final SandboxClock clock;
    private final Renders renders;
    private final VideoViews videoViews;
    private final World world;

    TemplateApi(Services s) {
        super(s.validator());
        this.templates = TemplateCatalog.BUILT_IN;
        this.views = new TemplateViews(s.catalog(), s.urls());
        this.rules = new TemplateRules(s.catalog(), s.world(), s.ids());
        this.paging = s.paging();
        this.clock = s.clock();
        this.renders = s.renders();
        this.videoViews = s.videoViews();
        this.world = s.world();
    }

    @Override
    public void register(Router r) {
        r.add("GET", "/v3/templates", (req, p) -> list(req));
        r.add("GET", "/v3/templates/{template_id}", (req, p) -> Resp.data(views.detail(find(p.get("template_id")))));
        r.add("POST", "/v3/templates/{template_id}", (req, p) -> generate(req, p.get("template_id")));
    }

    private Resp list(Req req) {
        int limit = limit(req);
        Paging.Page<Template> page = paging.page(templates.all(), Template::index, "templates", "", limit, req.query("token"));
        return list(page, views::summary);
    }

    private Template find(String id) {
        Template t = templates.get(id);
        if (t == null) {
            throw ApiError.notFound("template_not_found", "template " + id + " not found; list yours with GET /v3/templates");
        }
        return t;
    }

    private Resp generate(Req req, String id) {
        Template t = find(id);
        JsonNode body = body(req);
        Plan plan = rules.plan(t, body);
        VideoJob v = renders.submit(plan, clock.now(), null, null);
        synchronized (world) {
            return Resp.data(videoViews.video(v, clock.now()))
                    .header(VideoViews.RENDER_HEADER, VideoViews.renderSeconds(java.util.List.of(v)));
        }
    }
}
