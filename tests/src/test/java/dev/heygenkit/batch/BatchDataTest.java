package dev.heygenkit.batch;

import dev.heygenkit.Avatar;
import dev.heygenkit.Batch;
import dev.heygenkit.BatchCheck;
import dev.heygenkit.HeyGen;
import dev.heygenkit.PreflightException;
import dev.heygenkit.ProblemCodes;
import dev.heygenkit.VideoSpec;
import dev.heygenkit.sandbox.RecordedRequest;
import dev.heygenkit.sandbox.Sandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The bad-data catalogue: spreadsheet exports and row mistakes, each reported with its row number (0 for the file)
 * and, where a placeholder filled the field, its column — all before a single create call.
 */
class BatchDataTest {
    private static final Avatar HI = Avatar.look("anna").say("Hi {{name}}.");
    @TempDir
    static Path dir;
    static Sandbox sb;
    static HeyGen client;

    @BeforeAll
    static void start() {
        sb = Sandbox.builder().clockSpeed(600).start();
        client = HeyGen.builder().apiKey("k").baseUrl(sb.baseUri().toString()).noJournal().build();
    }

    @AfterAll
    static void stop() {
        sb.close();
    }

    record Case(String name, String csv, VideoSpec spec, String code, int row, String column, String fragment) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> catalogue() {
        return Stream.of(
                new Case("unknown placeholder", "name\nAna\n", Avatar.look("anna").say("Hi {{nmae}}."),
                        ProblemCodes.PLACEHOLDER_UNKNOWN, 0, null, "did you mean {{name}}"),
                new Case("missing column", "first\nAna\n", HI, ProblemCodes.PLACEHOLDER_UNKNOWN, 0, null, "names no column"),
                new Case("bad colour in a row", "name,background\nAna,#0A84FF\nBo,#12\n", HI,
                        ProblemCodes.BACKGROUND_COLOR_INVALID, 2, null, "\"#12\""),
                new Case("unknown look in a row", "name,look\nAna,anna\nBo,ghost_look\n", HI,
                        ProblemCodes.LOOK_NOT_FOUND, 2, null, "ghost_look"),
                new Case("unknown voice in a row", "name,voice\nAna,nobody_voice\n", HI,
                        ProblemCodes.VOICE_NOT_FOUND, 1, null, "nobody_voice"),
                new Case("over-long script", "name\nAna\n" + "\"" + "word ".repeat(1300) + "\"\n", HI,
                        ProblemCodes.SCRIPT_TOO_LONG, 2, "name", "characters"),
                new Case("empty row", "name\nAna\n,\nBo\n", HI, ProblemCodes.DATA_ROW_EMPTY, 2, null, "is empty"),
                new Case("malformed quoting", "name\nAna\n\"Bo\n", HI, ProblemCodes.DATA_MALFORMED, 0, null, "quote"),
                new Case("duplicate header", "name,Name\nAna,Bo\n", HI, ProblemCodes.DATA_HEADER_INVALID, 0, "Name", "twice"),
                new Case("header only", "name\n", HI, ProblemCodes.DATA_EMPTY, 0, null, "no rows"),
                new Case("unnamed column with data", "name,,company\nAna,x,Acme\n", HI, ProblemCodes.DATA_HEADER_INVALID, 0,
                        null, "has no name"),
                new Case("data beyond the last named column", "name\nAna,x\n", HI, ProblemCodes.DATA_ROW_INVALID, 1, null,
                        "add the missing column names"),
                new Case("more cells than columns", "name\nAna\nBo,extra\n", HI, ProblemCodes.DATA_ROW_INVALID, 2, null,
                        "quote cells"),
                new Case("empty cell for a placeholder", "name,company\nAna,Acme\n,Beta\n",
                        Avatar.look("anna").say("Hi {{name}} from {{company}}."), ProblemCodes.PLACEHOLDER_EMPTY, 2, "name",
                        "becomes nothing"),
                new Case("photo file that does not exist", "name,photo\nAna,missing.jpg\n",
                        Avatar.photo(Path.of("{{photo}}")).say("Hi {{name}}").voice("en_emma"), ProblemCodes.FILE_MISSING, 1,
                        "photo", "does not exist"),
                new Case("bad callback URL in a row", "name,hook\nAna,ftp://x\n", HI.callback("{{hook}}"),
                        ProblemCodes.CALLBACK_URL_INVALID, 1, "hook", "ftp://x"),
                new Case("unknown look id through a placeholder", "name,who\nAna,anna_typo\n",
                        Avatar.look("{{who}}").say("Hi {{name}}"), ProblemCodes.LOOK_NOT_FOUND, 1, "who", "anna_typo"))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void every_problem_names_its_row_and_nothing_is_sent(Case c) throws IOException {
        Path csv = Files.writeString(dir.resolve(c.name().replace(' ', '_') + ".csv"), c.csv());
        long before = posts();
        Batch batch = Batch.of(c.spec()).rows(csv);
        BatchCheck check = batch.check(client);
        assertThat(check.issues()).as(check.toString()).anySatisfy(i -> {
            assertThat(i.problem().code()).isEqualTo(c.code());
            assertThat(i.row()).isEqualTo(c.row());
            assertThat(i.problem().message()).startsWith(c.row() == 0 ? "data" : "row " + c.row()).contains(c.fragment())
                    .doesNotContain("\n");
            if (c.column() != null) {
                assertThat(i.column()).isEqualTo(c.column());
            }
        });
        if (!check.isOk()) {
            assertThatThrownBy(() -> batch.run(client, dir.resolve("out-" + c.name().replace(' ', '_'))))
                    .isInstanceOf(PreflightException.class);
        }
        assertThat(posts()).as("create calls sent").isEqualTo(before);
    }

    @Test
    void every_problem_of_every_row_is_reported_at_once() throws IOException {
        Path csv = Files.writeString(dir.resolve("many.csv"), "name,background\nAna,#12\n,\nBo,#0A84FF\nCy,red\n");
        BatchCheck check = Batch.of(HI).rows(csv).check(client);
        assertThat(check.errors()).extracting(BatchCheck.Issue::row).contains(1, 2, 4);
        assertThat(check.valid()).isEqualTo(1);
    }

    @Test
    void excel_and_sheets_exports_read_cleanly() throws IOException {
        byte[] excel = "\uFEFFname;company;note;;\r\nAna;\"Acme; Inc.\";\"said \"\"hi\"\"\r\non two lines\";;\r\n"
                .getBytes(StandardCharsets.UTF_8);
        Path csv = Files.write(dir.resolve("excel.csv"), excel);
        Batch batch = Batch.of(Avatar.look("anna").say("Hi {{name}} of {{company}}: {{note}}")).rows(csv);
        assertThat(batch.check(client).isOk()).as(batch.check(client).toString()).isTrue();
        assertThat(batch.bodies()).singleElement().asString()
                .contains("Hi Ana of Acme; Inc.: said \\\"hi\\\"\\r\\non two lines");
    }

    @Test
    void a_file_that_is_not_utf8_or_missing_is_one_clear_problem() throws IOException {
        Path latin = Files.write(dir.resolve("latin1.csv"), "name\nJos\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(Batch.of(HI).rows(latin).check().errors()).singleElement()
                .satisfies(i -> assertThat(i.problem().code()).isEqualTo(ProblemCodes.DATA_NOT_UTF8));
        assertThat(Batch.of(HI).rows(dir.resolve("nope.csv")).check().errors()).singleElement()
                .satisfies(i -> assertThat(i.problem().message()).contains("nope.csv", "does not exist"));
    }

    @Test
    void a_wrong_separator_is_explained_and_the_right_one_works() throws IOException {
        Path csv = Files.writeString(dir.resolve("semi.csv"), "name;company\nAna;Acme\n");
        assertThat(Batch.of(HI).rows(csv).delimiter(',').check().errors()).anySatisfy(i ->
                assertThat(i.problem().message()).contains("--delimiter ';'"));
        assertThat(Batch.of(HI).rows(csv).check().isOk()).isTrue();
    }

    @Test
    void two_rows_that_would_download_to_one_file_are_refused() throws IOException {
        Path csv = Files.writeString(dir.resolve("dup.csv"), "name\nAna\nAna\n");
        assertThat(Batch.of(HI).rows(csv).download("{{name}}.mp4").check().errors()).singleElement().satisfies(i -> {
            assertThat(i.problem().code()).isEqualTo(ProblemCodes.FILE_NAME_TAKEN);
            assertThat(i.row()).isEqualTo(2);
        });
    }

    private static long posts() {
        return sb.requests().stream().filter(r -> r.method().equals("POST")).map(RecordedRequest::path).count();
    }
}
