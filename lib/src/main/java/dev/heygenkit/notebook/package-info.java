/**
 * Rich display of the kit's values in Java notebooks (IJava, JJava, the kit's own kernel) without any compile-time
 * kernel dependency: {@link dev.heygenkit.notebook.Html} for markup, {@link dev.heygenkit.notebook.LookSheet} for
 * preview grids, players for audio and video, and {@link dev.heygenkit.notebook.Notebook} to register, display and show
 * render progress in the running cell.
 */
package dev.heygenkit.notebook;
