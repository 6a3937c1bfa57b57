package dev.heygenkit.notebook;

/**
 * The note under a player that streams from a link rather than a copy: presigned links expire and a sandbox's links
 * end with its kernel, so it says how to get a fresh one. Where the page may run scripts, a failed load makes the
 * note stand out; elsewhere (GitHub, nbviewer) it stays a quiet line.
 */
final class LinkNote {
    /** An {@code onerror} handler for a media element inside the element that holds the note. */
    static final String ON_ERROR = "var n=this.closest('figure,div').querySelector('.heygen-link-note');"
            + "if(n){n.style.color='#b3261e';n.style.fontWeight='bold';}";

    private LinkNote() {
    }

    /** The note for a {@code kind} of media ({@code video}, {@code audio}). */
    static String html(String kind) {
        return "<div class=\"heygen-link-note\" style=\"font-size:smaller;color:#666\">This " + kind
                + " plays from a temporary link: if it no longer plays, re-run the cell to refresh the link.</div>";
    }
}
