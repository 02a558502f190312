#define _GNU_SOURCE
#include "CShequWorker.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <linux/capability.h>

static int shqw_limit(int resource, rlim_t soft, rlim_t hard) {
    struct rlimit limit = { soft, hard };
    return setrlimit(resource, &limit) == 0 ? 0 : errno;
}

int shqw_confine(const shqw_limits *limits, shqw_confinement *done, const char **step) {
    done->network_isolated = 0;
    done->capabilities_dropped = 0;
    *step = "close_range";
    // Nothing but the three pipes: an inherited descriptor would be a way out.
    if (syscall(SYS_close_range, 3U, ~0U, 0U) != 0) {
        for (int fd = 3; fd < 1024; fd++) close(fd);
    }
    *step = "PR_SET_NO_NEW_PRIVS";
    if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) return errno;
    *step = "PR_SET_PDEATHSIG";
    if (prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0) != 0) return errno;
    // The parent may have died before the death signal was armed.
    *step = "parent check";
    if (limits->parent != 0 && getppid() != limits->parent) return ESRCH;
    // A network namespace of its own: as root directly, otherwise inside a user namespace
    // where the system allows one. Refused (EPERM, EINVAL, ENOSPC) means no isolation here.
    if (unshare(CLONE_NEWNET) == 0 || unshare(CLONE_NEWUSER | CLONE_NEWNET) == 0) {
        done->network_isolated = 1;
    }
    *step = "RLIMIT_CORE";
    int status = shqw_limit(RLIMIT_CORE, 0, 0);
    if (status) return status;
    *step = "RLIMIT_FSIZE";
    if ((status = shqw_limit(RLIMIT_FSIZE, 0, 0))) return status;
    if (limits->address_space_bytes) {
        *step = "RLIMIT_AS";
        if ((status = shqw_limit(RLIMIT_AS, limits->address_space_bytes, limits->address_space_bytes))) return status;
    }
    if (limits->cpu_seconds) {
        *step = "RLIMIT_CPU";
        if ((status = shqw_limit(RLIMIT_CPU, limits->cpu_seconds, limits->cpu_seconds))) return status;
    }
    *step = "RLIMIT_NOFILE";
    if ((status = shqw_limit(RLIMIT_NOFILE, 3, 3))) return status;
    // Without capabilities, root could raise the hard limits again; give them all up.
    struct __user_cap_header_struct header = { _LINUX_CAPABILITY_VERSION_3, 0 };
    struct __user_cap_data_struct data[2];
    memset(data, 0, sizeof data);
    if (syscall(SYS_capget, &header, data) == 0
        && (data[0].effective | data[0].permitted | data[1].effective | data[1].permitted) != 0) {
        *step = "capset";
        memset(data, 0, sizeof data);
        if (syscall(SYS_capset, &header, data) != 0) return errno;
        done->capabilities_dropped = 1;
    }
    *step = NULL;
    return 0;
}

void shqw_cpu_allowance(uint64_t seconds) {
    struct rlimit limit;
    struct rusage usage;
    if (getrlimit(RLIMIT_CPU, &limit) != 0 || getrusage(RUSAGE_SELF, &usage) != 0) return;
    rlim_t used = (rlim_t)(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec + 1);
    rlim_t soft = used + (rlim_t)seconds;
    if (limit.rlim_max != RLIM_INFINITY && soft > limit.rlim_max) soft = limit.rlim_max;
    limit.rlim_cur = soft;
    setrlimit(RLIMIT_CPU, &limit);
}

int shqw_spawn(const char *path, char *const argv[], char *const envp[],
               pid_t *pid, int *to_child, int *from_child, int *child_errors) {
    int input[2], output[2], errors[2];
    // Close-on-exec, so that no other child the host starts inherits these pipes
    // (a stray writer would keep a dead worker's pipe open).
    if (pipe2(input, O_CLOEXEC) != 0) return errno;
    if (pipe2(output, O_CLOEXEC) != 0) {
        int saved = errno;
        close(input[0]); close(input[1]);
        return saved;
    }
    if (pipe2(errors, O_CLOEXEC) != 0) {
        int saved = errno;
        close(input[0]); close(input[1]); close(output[0]); close(output[1]);
        return saved;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, input[0], 0);
    posix_spawn_file_actions_adddup2(&actions, output[1], 1);
    posix_spawn_file_actions_adddup2(&actions, errors[1], 2);
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    // Default dispositions and an empty mask in the child, whatever the host set.
    sigset_t all, none;
    sigfillset(&all);
    sigemptyset(&none);
    posix_spawnattr_setsigdefault(&attributes, &all);
    posix_spawnattr_setsigmask(&attributes, &none);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK);
    int status = posix_spawn(pid, path, &actions, &attributes, argv, envp);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    close(input[0]);
    close(output[1]);
    close(errors[1]);
    if (status != 0) {
        close(input[1]); close(output[0]); close(errors[0]);
        return status;
    }
    *to_child = input[1];
    *from_child = output[0];
    *child_errors = errors[0];
    return 0;
}

ssize_t shqw_write_some(int fd, const void *bytes, size_t count) {
    // SIGPIPE is blocked on this thread around the write, and one it raised is taken back,
    // so a dead worker is an EPIPE here and never a signal for the whole host.
    sigset_t pipe_only, previous;
    sigemptyset(&pipe_only);
    sigaddset(&pipe_only, SIGPIPE);
    pthread_sigmask(SIG_BLOCK, &pipe_only, &previous);
    ssize_t written;
    do {
        written = write(fd, bytes, count);
    } while (written < 0 && errno == EINTR);
    int status = written < 0 ? errno : 0;
    if (status == EPIPE) {
        struct timespec now = { 0, 0 };
        sigtimedwait(&pipe_only, NULL, &now);
    }
    pthread_sigmask(SIG_SETMASK, &previous, NULL);
    return written < 0 ? -(ssize_t)status : written;
}

int shqw_set_nonblocking(int fd) {
    int flags = fcntl(fd, F_GETFL);
    if (flags < 0 || fcntl(fd, F_SETFL, flags | O_NONBLOCK) != 0) return errno;
    return 0;
}

void shqw_test_crash(void) {
    raise(SIGSEGV);
}

void shqw_test_spin(void) {
    volatile uint64_t turns = 0;
    for (;;) turns++;
}

uint64_t shqw_test_exhaust(void) {
    uint64_t total = 0;
    for (size_t size = (size_t)1 << 20; size >= 64; size /= 16) {
        for (;;) {
            char *block = malloc(size);
            if (block == NULL) break;
            memset(block, 1, size);
            total += size;
        }
    }
    return total;
}
