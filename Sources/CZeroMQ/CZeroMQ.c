/*
 * CZeroMQ: libzmq loaded with dlopen, wrapped in plain C functions for Swift.
 *
 * zmq_msg_t and zmq_pollitem_t are declared locally as in zmq.h (libzmq 4.x, POSIX) so that no
 * -dev package is needed to build.
 */
#include "CZeroMQ.h"

#include <dlfcn.h>
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct { unsigned char bytes[64]; } __attribute__((aligned(8))) zmq_msg_t;
typedef struct { void *socket; int fd; short events; short revents; } zmq_pollitem_t;

enum { ZMQ_LINGER = 17, ZMQ_MAXMSGSIZE = 22, ZMQ_POLLIN = 1 };

static struct {
    void *(*ctx_new)(void);
    int (*ctx_term)(void *);
    void *(*socket)(void *, int);
    int (*close)(void *);
    int (*bind)(void *, const char *);
    int (*setsockopt)(void *, int, const void *, size_t);
    int (*send)(void *, const void *, size_t, int);
    int (*msg_init)(zmq_msg_t *);
    int (*msg_recv)(zmq_msg_t *, void *, int);
    void *(*msg_data)(zmq_msg_t *);
    size_t (*msg_size)(const zmq_msg_t *);
    int (*msg_more)(const zmq_msg_t *);
    int (*msg_close)(zmq_msg_t *);
    int (*poll)(zmq_pollitem_t *, int, long);
    int (*proxy)(void *, void *, void *);
    int (*errno_)(void);
    const char *(*strerror)(int);
    void (*version)(int *, int *, int *);
} z;

static int loaded = -1;
static char load_error[512];

int gz_load(void) {
    if (loaded >= 0) return loaded;
    static const char *names[] = {
        "libzmq.so.5", "libzmq.so", "libzmq.5.dylib", "/opt/homebrew/lib/libzmq.5.dylib",
        "/usr/local/lib/libzmq.5.dylib", NULL,
    };
    void *lib = NULL;
    for (int i = 0; names[i] && !lib; i++) {
        lib = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
        if (!lib) {
            const char *e = dlerror();
            if (e && !load_error[0]) snprintf(load_error, sizeof load_error, "%s", e);
        }
    }
    loaded = 0;
    if (!lib) return 0;
#define RESOLVE(field, symbol)                                                                      \
    do {                                                                                            \
        *(void **)(&z.field) = dlsym(lib, symbol);                                                  \
        if (!z.field) { snprintf(load_error, sizeof load_error, "libzmq has no %s", symbol); return 0; } \
    } while (0)
    RESOLVE(ctx_new, "zmq_ctx_new");
    RESOLVE(ctx_term, "zmq_ctx_term");
    RESOLVE(socket, "zmq_socket");
    RESOLVE(close, "zmq_close");
    RESOLVE(bind, "zmq_bind");
    RESOLVE(setsockopt, "zmq_setsockopt");
    RESOLVE(send, "zmq_send");
    RESOLVE(msg_init, "zmq_msg_init");
    RESOLVE(msg_recv, "zmq_msg_recv");
    RESOLVE(msg_data, "zmq_msg_data");
    RESOLVE(msg_size, "zmq_msg_size");
    RESOLVE(msg_more, "zmq_msg_more");
    RESOLVE(msg_close, "zmq_msg_close");
    RESOLVE(poll, "zmq_poll");
    RESOLVE(proxy, "zmq_proxy");
    RESOLVE(errno_, "zmq_errno");
    RESOLVE(strerror, "zmq_strerror");
    RESOLVE(version, "zmq_version");
#undef RESOLVE
    load_error[0] = 0;
    loaded = 1;
    return 1;
}

const char *gz_load_error(void) { return load_error[0] ? load_error : NULL; }

int gz_version(void) {
    if (loaded != 1) return 0;
    int major = 0, minor = 0, patch = 0;
    z.version(&major, &minor, &patch);
    return major * 10000 + minor * 100 + patch;
}

int gz_errno(void) { return loaded == 1 ? z.errno_() : 0; }
const char *gz_strerror(void) { return loaded == 1 ? z.strerror(z.errno_()) : "libzmq is not loaded"; }
int gz_interrupted(void) { return gz_errno() == EINTR; }

void *gz_context(void) { return loaded == 1 ? z.ctx_new() : NULL; }

void *gz_socket(void *context, int type, long long max_bytes) {
    void *s = z.socket(context, type);
    if (!s) return NULL;
    int linger = 0;
    z.setsockopt(s, ZMQ_LINGER, &linger, sizeof linger);
    if (max_bytes > 0) {
        long long limit = max_bytes;
        z.setsockopt(s, ZMQ_MAXMSGSIZE, &limit, sizeof limit);
    }
    return s;
}

int gz_bind(void *socket, const char *endpoint) { return z.bind(socket, endpoint); }
int gz_close(void *socket) { return z.close(socket); }
void gz_context_term(void *context) {
    while (z.ctx_term(context) != 0 && z.errno_() == EINTR) {}
}

int gz_send(void *socket, const void *bytes, size_t count, int flags) {
    int n;
    do { n = z.send(socket, bytes, count, flags); } while (n < 0 && z.errno_() == EINTR);
    return n < 0 ? -1 : 0;
}

int gz_receive(void *socket, void **bytes, size_t *count, int *more, int flags) {
    zmq_msg_t msg;
    z.msg_init(&msg);
    int n;
    do { n = z.msg_recv(&msg, socket, flags); } while (n < 0 && z.errno_() == EINTR);
    if (n < 0) { z.msg_close(&msg); return -1; }
    size_t size = z.msg_size(&msg);
    void *copy = malloc(size ? size : 1);
    if (!copy) { z.msg_close(&msg); errno = ENOMEM; return -1; }
    memcpy(copy, z.msg_data(&msg), size);
    *bytes = copy;
    *count = size;
    *more = z.msg_more(&msg);
    z.msg_close(&msg);
    return 0;
}

void gz_free(void *bytes) { free(bytes); }

int gz_poll(void *const *sockets, int count, long timeout_ms, int *ready) {
    zmq_pollitem_t items[8];
    if (count < 0 || count > 8) { errno = EINVAL; return -1; }
    for (int i = 0; i < count; i++) {
        items[i].socket = sockets[i];
        items[i].fd = 0;
        items[i].events = ZMQ_POLLIN;
        items[i].revents = 0;
    }
    int n = z.poll(items, count, timeout_ms);
    for (int i = 0; i < count; i++) ready[i] = n > 0 && (items[i].revents & ZMQ_POLLIN) ? 1 : 0;
    return n;
}

static void *echo(void *socket) {
    /* zmq_proxy returns only when the context is terminated (ETERM); an EINTR restarts it. */
    while (z.proxy(socket, socket, NULL) < 0 && z.errno_() == EINTR) {}
    z.close(socket);
    return NULL;
}

int gz_start_echo(void *socket) {
    pthread_t thread;
    pthread_attr_t attributes;
    pthread_attr_init(&attributes);
    pthread_attr_setdetachstate(&attributes, PTHREAD_CREATE_DETACHED);
    int status = pthread_create(&thread, &attributes, echo, socket);
    pthread_attr_destroy(&attributes);
    return status == 0 ? 0 : -1;
}
