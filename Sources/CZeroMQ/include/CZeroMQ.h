#ifndef GLOSS_CZEROMQ_H
#define GLOSS_CZEROMQ_H

#include <stddef.h>

/*
 * The few libzmq calls the Jupyter kernel needs, with libzmq loaded at run time by dlopen
 * (libzmq.so.5, libzmq.so, then macOS's dylib names), so building Gloss needs no -dev package
 * and a machine without libzmq still runs every other gloss command.
 */

/* Socket types and flags, as in zmq.h (libzmq 4.x). */
enum {
    GZ_PUB = 1, GZ_REP = 4, GZ_ROUTER = 6,
    GZ_DONTWAIT = 1, GZ_SNDMORE = 2,
};

/* Loads libzmq and resolves its symbols once. Returns 1 when usable, else 0. */
int gz_load(void);

/* Why gz_load failed (dlerror text or the missing symbol), or NULL. */
const char *gz_load_error(void);

/* libzmq's version as major*10000 + minor*100 + patch (0 before gz_load). */
int gz_version(void);

/* The last libzmq error as text, and as errno value. */
const char *gz_strerror(void);
int gz_errno(void);
/* Whether the last error was an interrupted call (EINTR): the caller retries or checks its flag. */
int gz_interrupted(void);

void *gz_context(void);
/* A socket of TYPE with linger 0 (closing never blocks) and frames larger than max_bytes refused by libzmq. */
void *gz_socket(void *context, int type, long long max_bytes);
int gz_bind(void *socket, const char *endpoint);
int gz_close(void *socket);
void gz_context_term(void *context);

/* Sends one frame; GZ_SNDMORE when more frames of the message follow. Returns 0, or -1. */
int gz_send(void *socket, const void *bytes, size_t count, int flags);

/*
 * Receives one frame into a malloc'd buffer (*bytes, *count; free with gz_free), *more set when
 * frames follow. Returns 0, or -1 (EAGAIN with GZ_DONTWAIT when nothing is waiting).
 */
int gz_receive(void *socket, void **bytes, size_t *count, int *more, int flags);
void gz_free(void *bytes);

/*
 * Waits up to timeout_ms (-1: for ever) until one of count sockets can be read; ready[k] is set
 * to 1 for each readable socket. Returns the number ready, 0 on timeout, -1 on error (EINTR too).
 */
int gz_poll(void *const *sockets, int count, long timeout_ms, int *ready);

/*
 * Echoes every message on a ROUTER socket back to its sender, on a thread of its own, for
 * Jupyter's heartbeat: a kernel busy with a cell still answers. The socket belongs to that
 * thread from now on; it ends when the context is terminated. Returns 0, or -1.
 */
int gz_start_echo(void *socket);

#endif
