/**
 * heygen-kit: a fluent DSL, typed client, CLI and offline sandbox for HeyGen's v3 avatar-video API. Scripts import
 * {@code dev.heygenkit} (the vocabulary) and {@code dev.heygenkit.api} (typed resources and records); notebooks add
 * {@code dev.heygenkit.notebook}; {@code dev.heygenkit.sandbox} starts the offline emulator. Everything else is
 * internal. The jar works the same on the class path, where JBang, notebooks and the tests use it.
 */
// jcodec and jjava-jupyter have no module names of their own; the ones derived from their file names are the only ones.
@SuppressWarnings("requires-automatic")
module dev.heygenkit {
    // JsonNode appears in the typed API (Raw, WebhookEvent), images and colours in notebook previews.
    requires transitive com.fasterxml.jackson.databind;
    // Batch data and manifests.
    requires com.fasterxml.jackson.dataformat.csv;
    requires transitive java.desktop;
    requires java.logging;
    requires java.net.http;
    requires jdk.httpserver;
    requires info.picocli;
    // Storyboard MP4s of the sandbox.
    requires jcodec;
    // JJava supplies its Extension interface at run time; only JJavaExtension needs it, to compile.
    requires static jjava.jupyter;

    exports dev.heygenkit;
    exports dev.heygenkit.api;
    exports dev.heygenkit.notebook;
    exports dev.heygenkit.sandbox;

    // Jackson reads and writes the records (some package-private); picocli injects the CLI's annotated fields.
    opens dev.heygenkit to com.fasterxml.jackson.databind;
    opens dev.heygenkit.api to com.fasterxml.jackson.databind;
    opens dev.heygenkit.cli to info.picocli, com.fasterxml.jackson.databind;

    // No "provides org.dflib.jjava.jupyter.Extension": without JJava on the module path the boot layer would refuse
    // to resolve. JJava loads the kit from its class path, where META-INF/services names JJavaExtension.
}
