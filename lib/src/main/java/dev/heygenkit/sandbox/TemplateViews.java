package dev.heygenkit.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.heygenkit.sandbox.TemplateCatalog.Scene;
import dev.heygenkit.sandbox.TemplateCatalog.Template;

/** The JSON a client sees of a template: the list item and the {@code GET /v3/templates/{id}} detail. */
final class TemplateViews {
    private final Catalog catalog;
    private final Urls urls;

    TemplateViews(Catalog catalog, Urls urls) {
        this.catalog = catalog;
        this.urls = urls;
    }

    /** A {@code GET /v3/templates} item. */
    ObjectNode summary(Template t) {
        ObjectNode o = Json.object();
        o.put("id", t.id());
        o.put("name", t.name());
        o.put("aspect_ratio", t.aspectRatio());
        o.put("created_at", t.createdAt());
        o.put("updated_at", t.updatedAt());
        // a template's still is its look's preview, which the sandbox already serves
        o.put("thumbnail_url", urls.base() + CatalogViews.lookPreviewPath(catalog.look(t.lookId())));
        return o;
    }

    /** The detail: the summary plus scene ids, scenes with their scripts and typed variables, and the variables object. */
    ObjectNode detail(Template t) {
        ObjectNode o = summary(t);
        ArrayNode ids = o.putArray("scene_ids");
        ArrayNode scenes = o.putArray("scenes");
        for (Scene s : t.scenes()) {
            ids.add(s.id());
            ObjectNode scene = scenes.addObject();
            scene.put("scene_id", s.id());
            scene.put("script", s.script());
            ArrayNode vars = scene.putArray("variables");
            for (String name : s.variables()) {
                vars.addObject().put("name", name).put("variable_type", t.typeOf(name));
            }
        }
        o.set("variables", t.variables().deepCopy());
        return o;
    }
}
