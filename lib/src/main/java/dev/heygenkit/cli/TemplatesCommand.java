package dev.heygenkit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.heygenkit.ApiException;
import dev.heygenkit.api.TemplateInfo;
import dev.heygenkit.api.TemplateSummary;
import dev.heygenkit.api.Templates.TemplateQuery;
import dev.heygenkit.internal.http.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code heygen templates list|get}: your HeyGen templates, and one template's variables (with their types) and
 * scene scripts, which is what a template render or a batch needs to fill in.
 */
@Command(name = "templates", mixinStandardHelpOptions = true,
        description = "List your HeyGen templates, or show one's variables and scene scripts.",
        footer = {"", "Examples:", "  heygen templates list", "  heygen templates get tpl_welcome", "  heygen --sandbox templates list --json"},
        subcommands = {TemplatesCommand.ListTemplates.class, TemplatesCommand.GetTemplate.class})
final class TemplatesCommand extends Base {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(io().out());
        return Main.OK;
    }

    /** {@code heygen templates list}: a table of id, name, aspect and variable names, or JSON. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List templates with their aspect ratio and variable names (one extra request per template).",
            footer = {"", "Examples:", "  heygen templates list", "  heygen templates list --limit 5 --json"})
    static final class ListTemplates implements Callable<Integer> {
        @ParentCommand
        TemplatesCommand group;

        @Option(names = "--limit", paramLabel = "N", description = "At most N templates (default: all).")
        Integer limit;

        @Override
        public Integer call() {
            return group.list(limit);
        }
    }

    /** {@code heygen templates get ID}: the variables with their types and defaults, and each scene's script. */
    @Command(name = "get", mixinStandardHelpOptions = true,
            description = "Show a template's variables (name, type, default, scenes using it) and its scenes' scripts.",
            footer = {"", "Examples:", "  heygen templates get tpl_welcome", "  heygen templates get tpl_welcome --json"})
    static final class GetTemplate implements Callable<Integer> {
        @ParentCommand
        TemplatesCommand group;

        @Parameters(paramLabel = "TEMPLATE_ID", description = "The template, as 'heygen templates list' shows it.")
        String id;

        @Override
        public Integer call() {
            return group.show(id);
        }
    }

    int list(Integer limit) {
        if (limit != null && limit < 1) {
            throw new IllegalArgumentException("--limit " + limit + " is not usable; pass 1 or more");
        }
        TemplateQuery q = limit == null ? TemplateQuery.of() : TemplateQuery.of().limit(Math.min(limit, 100));
        List<TemplateSummary> templates = new ArrayList<>();
        for (TemplateSummary t : client().templates().list(q)) {
            templates.add(t);
            if (limit != null && templates.size() >= limit) {
                break;
            }
        }
        ArrayNode json = Json.array();
        Table table = new Table("ID", "NAME", "ASPECT", "VARIABLES");
        for (TemplateSummary t : templates) {
            Map<String, String> vars = variables(t.id());
            ObjectNode item = (ObjectNode) Json.tree(t);
            item.set("variables", vars == null ? com.fasterxml.jackson.databind.node.NullNode.getInstance() : Json.tree(vars));
            json.add(item);
            table.row(t.id(), t.name(), t.aspectRatio(), vars == null ? null : names(List.copyOf(vars.keySet())));
        }
        if (json()) {
            printJson(json);
        } else {
            table.print(io().out());
            note(templates.size() + (templates.size() == 1 ? " template" : " templates")
                    + "; 'heygen templates get ID' shows a template's variable types and scripts");
        }
        return Main.OK;
    }

    /** Variable names that fit a table cell, the rest counted: {@code first_name, company, +3 more}. */
    static String names(List<String> names) {
        if (names.isEmpty()) {
            return "(none)";
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            String more = i + 1 < names.size() ? ", +" + (names.size() - i - 1) + " more" : "";
            String next = (b.length() == 0 ? "" : ", ") + names.get(i);
            if (b.length() > 0 && b.length() + next.length() + more.length() > Table.MAX_CELL) {
                return b + ", +" + (names.size() - i) + " more";
            }
            b.append(next);
        }
        return b.toString();
    }

    /** A template's variable types, or null (with a warning) when its detail cannot be read. */
    private Map<String, String> variables(String id) {
        try {
            return client().templates().get(id).variableTypes();
        } catch (ApiException e) {
            // One unreadable template (HeyGen refuses templates without variables set) must not hide the others.
            note("warning: template " + id + " could not be read (" + e.code() + "): " + e.getMessage());
            return null;
        }
    }

    int show(String id) {
        TemplateInfo t = client().templates().get(id);
        if (json()) {
            printJson(t);
            return Main.OK;
        }
        Map<String, String> head = new LinkedHashMap<>();
        head.put("id", t.id());
        head.put("name", t.name());
        head.put("aspect", t.aspectRatio() == null ? null : t.aspectRatio().value());
        head.put("scenes", String.valueOf(t.scenes().size()));
        head.put("thumbnail", t.thumbnailUrl());
        printFields(head);
        io().out().println();
        Table vars = new Table("VARIABLE", "TYPE", "DEFAULT", "SCENES");
        t.variableTypes().forEach((name, type) -> vars.row(name, type, defaultOf(t.variables().path(name)), scenesUsing(t, name)));
        vars.print(io().out());
        io().out().println();
        io().out().println("scenes:");
        for (TemplateInfo.Scene s : t.scenes()) {
            io().out().println("  " + Escapes.line(s.sceneId() + ": " + (s.script() == null ? "(no script)" : s.script())));
        }
        return Main.OK;
    }

    /** The default a template shows for a variable: its text, voice, URL or asset id. */
    private static String defaultOf(JsonNode variable) {
        JsonNode p = variable.path("properties");
        for (String key : List.of("content", "voice_id", "url", "asset_id")) {
            if (p.path(key).isTextual()) {
                return p.get(key).asText();
            }
        }
        return null;
    }

    private static String scenesUsing(TemplateInfo t, String name) {
        List<String> ids = t.scenes().stream().filter(s -> s.variables().stream().anyMatch(d -> name.equals(d.name())))
                .map(TemplateInfo.Scene::sceneId).toList();
        return ids.isEmpty() ? null : String.join(",", ids);
    }
}
