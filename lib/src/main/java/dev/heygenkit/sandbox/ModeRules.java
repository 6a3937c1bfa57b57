package dev.heygenkit.sandbox;

import com.fasterxml.jackson.databind.JsonNode;

/** The rules of one create mode of POST /v3/videos ({@code type} avatar, image, cinematic_avatar or studio). */
interface ModeRules {
    /** Checks a schema-valid body with defaults filled and plans its render; the first broken rule is a 400. */
    Plan plan(JsonNode body, Scope at);
}
