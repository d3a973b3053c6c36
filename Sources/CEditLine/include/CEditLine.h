#ifndef GLOSS_CEDITLINE_H
#define GLOSS_CEDITLINE_H

/*
 * A small, non-variadic face over libedit, which is loaded at run time with dlopen so that
 * building Gloss needs no -dev headers. Swift cannot call libedit's variadic el_set/el_get/
 * history directly; these wrappers can be.
 */

/* One libedit session: the editor, its history and the Swift completion hook. */
typedef struct gl_editor gl_editor;

/* What one Tab press should do; filled by the Swift completion callback with gl_completion_set. */
typedef struct gl_completion gl_completion;

/*
 * Called on Tab with the line up to the cursor (NUL-terminated UTF-8). The callee fills `out`
 * with gl_completion_set; leaving it untouched means "nothing to complete" (a beep).
 */
typedef void (*gl_complete_fn)(void *context, const char *line, gl_completion *out);

/* Loads libedit and resolves its symbols once. Returns 1 when libedit is usable, else 0. */
int gl_load(void);

/* Why gl_load failed (dlerror text or the missing symbol), or NULL. */
const char *gl_load_error(void);

/*
 * Opens an editor on stdin/stdout/stderr in emacs mode, with libedit's signal handling on,
 * Ctrl-R bound to reverse incremental search, and the history file loaded (a missing file is
 * fine; NULL path = no file). Installs a SIGINT handler that only records the interrupt.
 * Returns NULL when libedit is not loaded or el_init fails.
 */
gl_editor *gl_open(const char *prog, const char *history_path, int history_size);

/* Sets (or clears, with NULL) the Tab completion hook. */
void gl_set_completer(gl_editor *ed, gl_complete_fn fn, void *context);

/*
 * Reads one line. Non-printing sequences in the prompt (colours) must be wrapped in '\1'.
 * Returns the line including its newline, or NULL at end of input or on error/interrupt;
 * *count is the number of bytes, 0 at end of input and -1 on error. The buffer belongs to
 * libedit and is valid until the next call.
 */
const char *gl_gets(gl_editor *ed, const char *prompt, int *count);

/* Returns 1 (and clears the flag) when SIGINT arrived since the last call, else 0. */
int gl_take_interrupt(void);

/* Clears the line being edited and resets the terminal to a known state. */
void gl_reset(gl_editor *ed);

/* Adds a line to the in-memory history and, when a path was given, saves the file. */
void gl_history_enter(gl_editor *ed, const char *line);

/* Saves the history file now. Returns 0 on success, -1 on failure or without a file. */
int gl_history_save(gl_editor *ed);

/* Number of entries in the in-memory history. */
int gl_history_count(gl_editor *ed);

/* Saves history, ends the editor (restoring the terminal) and restores the SIGINT handler. */
void gl_close(gl_editor *ed);

/*
 * Describes what Tab does: delete `delete_count` characters (Unicode scalars) before the
 * cursor, insert `insert` (may be NULL), then, when `listing` is not NULL, print it below the
 * line and redraw the prompt. With nothing to delete, insert or list, the terminal beeps.
 */
void gl_completion_set(gl_completion *out, int delete_count, const char *insert, const char *listing);


#endif
