/*
 * CEditLine: libedit loaded with dlopen, wrapped in plain C functions for Swift.
 *
 * The few libedit types and constants used here are declared locally (checked against
 * histedit.h of Debian's libedit 3.1-20221030) so that no -dev package is needed to build.
 */
#include "CEditLine.h"

#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <langinfo.h>
#include <locale.h>
#include <poll.h>
#include <pthread.h>
#include <wchar.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

/* ---- libedit's ABI, as in histedit.h ---- */

typedef struct editline EditLine;
typedef struct history History;
typedef struct { int num; const char *str; } HistEvent;
typedef struct { const char *buffer; const char *cursor; const char *lastchar; } LineInfo;

enum {
    EL_PROMPT = 0, EL_EDITOR = 2, EL_SIGNAL = 3, EL_BIND = 4, EL_ADDFN = 9, EL_HIST = 10,
    EL_GETCFN = 13, EL_CLIENTDATA = 14, EL_PROMPT_ESC = 21,
};
enum {
    H_SETSIZE = 1, H_GETSIZE = 2, H_ENTER = 10, H_LOAD = 17, H_SAVE = 18, H_SETUNIQUE = 20,
};
enum { CC_REFRESH = 4, CC_ERROR = 6, CC_REDISPLAY = 8, CC_REFRESH_BEEP = 9 };

typedef EditLine *(*el_init_t)(const char *, FILE *, FILE *, FILE *);
typedef void (*el_end_t)(EditLine *);
typedef const char *(*el_gets_t)(EditLine *, int *);
typedef int (*el_set_t)(EditLine *, int, ...);
typedef int (*el_get_t)(EditLine *, int, ...);
typedef const LineInfo *(*el_line_t)(EditLine *);
typedef int (*el_insertstr_t)(EditLine *, const char *);
typedef void (*el_deletestr_t)(EditLine *, int);
typedef void (*el_reset_t)(EditLine *);
typedef void (*el_resize_t)(EditLine *);
typedef History *(*history_init_t)(void);
typedef void (*history_end_t)(History *);
typedef int (*history_t)(History *, HistEvent *, int, ...);

static struct {
    el_init_t el_init;
    el_end_t el_end;
    el_gets_t el_gets;
    el_set_t el_set;
    el_get_t el_get;
    el_line_t el_line;
    el_insertstr_t el_insertstr;
    el_deletestr_t el_deletestr;
    el_reset_t el_reset;
    el_resize_t el_resize;
    history_init_t history_init;
    history_end_t history_end;
    history_t history;
} le;

static int loaded;
static char load_error[256];
static pthread_once_t load_once = PTHREAD_ONCE_INIT;

static void *resolve(void *lib, const char *name) {
    void *p = dlsym(lib, name);
    if (p == NULL && load_error[0] == '\0')
        snprintf(load_error, sizeof load_error, "libedit lacks %s", name);
    return p;
}

static void load(void) {
    static const char *const names[] = { "libedit.so.2", "libedit.so", "/usr/lib/libedit.3.dylib" };
    void *lib = NULL;
    for (size_t i = 0; i < sizeof names / sizeof names[0] && lib == NULL; i++)
        lib = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
    if (lib == NULL) {
        const char *e = dlerror();
        snprintf(load_error, sizeof load_error, "%s", e ? e : "libedit not found");
        return;
    }
    le.el_init = (el_init_t)resolve(lib, "el_init");
    le.el_end = (el_end_t)resolve(lib, "el_end");
    le.el_gets = (el_gets_t)resolve(lib, "el_gets");
    le.el_set = (el_set_t)resolve(lib, "el_set");
    le.el_get = (el_get_t)resolve(lib, "el_get");
    le.el_line = (el_line_t)resolve(lib, "el_line");
    le.el_insertstr = (el_insertstr_t)resolve(lib, "el_insertstr");
    le.el_deletestr = (el_deletestr_t)resolve(lib, "el_deletestr");
    le.el_reset = (el_reset_t)resolve(lib, "el_reset");
    /* Unused for now: libedit re-reads the size before each el_gets and on SIGWINCH (EL_SIGNAL). */
    le.el_resize = (el_resize_t)resolve(lib, "el_resize");
    le.history_init = (history_init_t)resolve(lib, "history_init");
    le.history_end = (history_end_t)resolve(lib, "history_end");
    le.history = (history_t)resolve(lib, "history");
    /* A library missing any of these is unusable; keep it loaded anyway (dlclose buys nothing). */
    loaded = load_error[0] == '\0';
}

int gl_load(void) {
    pthread_once(&load_once, load);
    return loaded;
}

const char *gl_load_error(void) {
    return load_error[0] ? load_error : NULL;
}

/* ---- SIGINT: our handler only records the interrupt ---- */

/*
 * With EL_SIGNAL, libedit's own handler (active only inside el_gets) restores the terminal,
 * reinstalls the previous handler (this one) and re-raises the signal. No SA_RESTART, so the
 * read inside el_gets fails with EINTR and el_gets returns NULL; the flag tells that apart
 * from end of input.
 */
static volatile sig_atomic_t interrupted;
static struct sigaction saved_sigint;
/* Self-pipe: the handler writes a byte so that a read that had not yet started (a Ctrl-C during
 * a screen refresh) still wakes up; see read_key. */
static int wake_pipe[2] = {-1, -1};

static void on_sigint(int signo) {
    (void)signo;
    interrupted = 1;
    if (wake_pipe[1] >= 0) {
        char c = 0;
        ssize_t ignored = write(wake_pipe[1], &c, 1);
        (void)ignored;
    }
}

/*
 * libedit's character reader (EL_GETCFN), replaced so that Ctrl-C is never lost: the default
 * one blocks in read(2), so a SIGINT that lands while libedit is still writing a refresh leaves
 * it blocked until the next key. Here the wait is a poll on the terminal and the self-pipe, and
 * the interrupt flag is checked before every wait. Returns 1 with a character, 0 at end of
 * input, -1 with errno EINTR on Ctrl-C (el_gets then returns NULL).
 */
static int read_key(EditLine *el, wchar_t *out) {
    (void)el;
    mbstate_t state;
    memset(&state, 0, sizeof state);
    for (;;) {
        if (interrupted) {
            errno = EINTR;
            return -1;
        }
        struct pollfd fds[2] = {{STDIN_FILENO, POLLIN, 0}, {wake_pipe[0], POLLIN, 0}};
        if (poll(fds, wake_pipe[0] >= 0 ? 2 : 1, -1) < 0) {
            if (errno == EINTR)
                continue; /* SIGWINCH and the like: libedit's own handler has dealt with it */
            return -1;
        }
        if (fds[1].revents & POLLIN) {
            char drain[32];
            ssize_t ignored = read(wake_pipe[0], drain, sizeof drain);
            (void)ignored;
            continue;
        }
        if (!(fds[0].revents & (POLLIN | POLLHUP | POLLERR)))
            continue;
        char c;
        ssize_t n = read(STDIN_FILENO, &c, 1);
        if (n == 0)
            return 0;
        if (n < 0) {
            if (errno == EINTR || errno == EAGAIN)
                continue;
            return -1;
        }
        wchar_t wc;
        size_t used = mbrtowc(&wc, &c, 1, &state);
        if (used == (size_t)-2)
            continue; /* the middle of a multi-byte character */
        if (used == (size_t)-1) {
            memset(&state, 0, sizeof state);
            wc = (unsigned char)c; /* not valid in the locale: pass the byte through */
        }
        *out = wc;
        return 1;
    }
}

int gl_take_interrupt(void) {
    int was = interrupted;
    interrupted = 0;
    return was;
}

/* ---- the editor ---- */

struct gl_editor {
    EditLine *el;
    History *hist;
    char *history_path;
    char *prompt;
    gl_complete_fn complete;
    void *context;
};

struct gl_completion {
    int delete_count;
    char *insert;
    char *listing;
};

static gl_editor *editor_of(EditLine *el) {
    gl_editor *ed = NULL;
    if (le.el_get(el, EL_CLIENTDATA, (void **)&ed) != 0)
        return NULL;
    return ed;
}

static char *prompt_of(EditLine *el) {
    gl_editor *ed = editor_of(el);
    return ed && ed->prompt ? ed->prompt : (char *)"";
}

void gl_completion_set(gl_completion *out, int delete_count, const char *insert, const char *listing) {
    out->delete_count = delete_count < 0 ? 0 : delete_count;
    free(out->insert);
    free(out->listing);
    out->insert = insert && *insert ? strdup(insert) : NULL;
    out->listing = listing && *listing ? strdup(listing) : NULL;
}

/* Bound to Tab: asks Swift what to do with the line up to the cursor, then does it. */
static unsigned char on_tab(EditLine *el, int ch) {
    (void)ch;
    gl_editor *ed = editor_of(el);
    if (ed == NULL || ed->complete == NULL)
        return CC_REFRESH_BEEP;

    /* el_line's buffer is not NUL-terminated: copy the part before the cursor. */
    const LineInfo *li = le.el_line(el);
    size_t n = (size_t)(li->cursor - li->buffer);
    char *line = malloc(n + 1);
    if (line == NULL)
        return CC_ERROR;
    memcpy(line, li->buffer, n);
    line[n] = '\0';

    gl_completion c = { 0, NULL, NULL };
    ed->complete(ed->context, line, &c);
    free(line);

    unsigned char rc = CC_REFRESH;
    if (c.delete_count == 0 && c.insert == NULL && c.listing == NULL)
        rc = CC_REFRESH_BEEP;
    if (c.delete_count > 0)
        le.el_deletestr(el, c.delete_count);
    if (c.insert != NULL && le.el_insertstr(el, c.insert) == -1)
        rc = CC_REFRESH_BEEP;
    if (c.listing != NULL) {
        /*
         * Print below the line, then CC_REDISPLAY makes libedit draw prompt and line afresh
         * on the row after the listing (libedit's own filename completion does the same).
         */
        fputs("\n", stdout);
        fputs(c.listing, stdout);
        if (c.listing[strlen(c.listing) - 1] != '\n')
            fputs("\n", stdout);
        fflush(stdout);
        rc = CC_REDISPLAY;
    }
    free(c.insert);
    free(c.listing);
    return rc;
}

/* libedit decodes input with the C library's multibyte functions: it needs a UTF-8 LC_CTYPE. */
static void use_utf8_ctype(void) {
    setlocale(LC_CTYPE, "");
    const char *codeset = nl_langinfo(CODESET);
    if (codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0))
        return;
    /* LANG unset (plain "C", common in containers): articles are UTF-8, so prefer C.UTF-8. */
    if (setlocale(LC_CTYPE, "C.UTF-8") == NULL)
        setlocale(LC_CTYPE, "UTF-8"); /* macOS spelling */
}

gl_editor *gl_open(const char *prog, const char *history_path, int history_size) {
    if (!gl_load())
        return NULL;
    use_utf8_ctype();

    gl_editor *ed = calloc(1, sizeof *ed);
    if (ed == NULL)
        return NULL;
    HistEvent ev;
    ed->hist = le.history_init();
    if (ed->hist != NULL) {
        le.history(ed->hist, &ev, H_SETSIZE, history_size > 0 ? history_size : 1000);
        le.history(ed->hist, &ev, H_SETUNIQUE, 1); /* no runs of the same command */
        if (history_path != NULL && *history_path) {
            ed->history_path = strdup(history_path);
            le.history(ed->hist, &ev, H_LOAD, history_path); /* a missing file is not an error here */
        }
    }

    ed->el = le.el_init(prog ? prog : "gloss", stdin, stdout, stderr);
    if (ed->el == NULL) {
        if (ed->hist)
            le.history_end(ed->hist);
        free(ed->history_path);
        free(ed);
        return NULL;
    }
    EditLine *el = ed->el;
    le.el_set(el, EL_CLIENTDATA, (void *)ed);
    le.el_set(el, EL_EDITOR, "emacs");
    le.el_set(el, EL_SIGNAL, 1);
    le.el_set(el, EL_PROMPT_ESC, prompt_of, '\1');
#ifdef __linux__
    /* libedit since 2016 takes a wide-character reader; macOS's older one a narrow one: keep its default. */
    if (wake_pipe[0] < 0 && pipe(wake_pipe) == 0) {
        fcntl(wake_pipe[0], F_SETFD, FD_CLOEXEC);
        fcntl(wake_pipe[1], F_SETFD, FD_CLOEXEC);
        fcntl(wake_pipe[1], F_SETFL, O_NONBLOCK);
    }
    if (wake_pipe[0] >= 0)
        le.el_set(el, EL_GETCFN, read_key);
#endif
    if (ed->hist)
        le.el_set(el, EL_HIST, le.history, ed->hist);
    le.el_set(el, EL_ADDFN, "gloss-complete", "Complete the word before the cursor", on_tab);
    le.el_set(el, EL_BIND, "^I", "gloss-complete", NULL);
    le.el_set(el, EL_BIND, "^R", "em-inc-search-prev", NULL);
    /* No el_source: ~/.editrc or ./.editrc must not change behaviour in tests and replays. */

    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0; /* no SA_RESTART: the blocked read must return EINTR */
    sigaction(SIGINT, &sa, &saved_sigint);
    interrupted = 0;
    return ed;
}

void gl_set_completer(gl_editor *ed, gl_complete_fn fn, void *context) {
    ed->complete = fn;
    ed->context = context;
}

const char *gl_gets(gl_editor *ed, const char *prompt, int *count) {
    free(ed->prompt);
    ed->prompt = strdup(prompt ? prompt : "");
    int n = 0;
    const char *line = le.el_gets(ed->el, &n);
    if (count)
        *count = n;
    return line;
}

void gl_reset(gl_editor *ed) {
    le.el_reset(ed->el);
}

int gl_history_save(gl_editor *ed) {
    if (ed->hist == NULL || ed->history_path == NULL)
        return -1;
    HistEvent ev;
    return le.history(ed->hist, &ev, H_SAVE, ed->history_path) < 0 ? -1 : 0;
}

void gl_history_enter(gl_editor *ed, const char *line) {
    if (ed->hist == NULL)
        return;
    HistEvent ev;
    le.history(ed->hist, &ev, H_ENTER, line);
    /* Saved at once so that a killed session keeps what was typed. */
    gl_history_save(ed);
}

int gl_history_count(gl_editor *ed) {
    if (ed->hist == NULL)
        return 0;
    HistEvent ev;
    if (le.history(ed->hist, &ev, H_GETSIZE) < 0)
        return 0;
    return ev.num;
}

void gl_close(gl_editor *ed) {
    if (ed == NULL)
        return;
    gl_history_save(ed);
    le.el_end(ed->el);
    if (ed->hist)
        le.history_end(ed->hist);
    sigaction(SIGINT, &saved_sigint, NULL);
    free(ed->history_path);
    free(ed->prompt);
    free(ed);
}
