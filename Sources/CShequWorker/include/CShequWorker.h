#ifndef CSHEQU_WORKER_H
#define CSHEQU_WORKER_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

/// The operating-system limits a plugin worker process puts on itself before any plugin
/// code runs. Zero in a field means "leave that limit as it is".
typedef struct shqw_limits {
    /// RLIMIT_AS: the most address space the process may map, in bytes.
    uint64_t address_space_bytes;
    /// RLIMIT_CPU hard limit: CPU seconds over the worker's whole life.
    uint64_t cpu_seconds;
    /// The process id the worker must have as parent (it exits at once otherwise).
    pid_t parent;
} shqw_limits;

/// What `shqw_confine` managed to do, for diagnostics.
typedef struct shqw_confinement {
    /// 1 when the worker lives in a network namespace of its own (no interface but loopback).
    int network_isolated;
    /// 1 when the worker gave up every capability it had (it ran as root).
    int capabilities_dropped;
} shqw_confinement;

/// Confines the calling process: closes every descriptor above 2, no new privileges,
/// SIGKILL when the parent dies, a network namespace of its own where the system allows,
/// RLIMIT_CORE 0, RLIMIT_FSIZE 0, RLIMIT_AS and RLIMIT_CPU as given, RLIMIT_NOFILE 3 (no
/// new file or socket), and no capabilities. Must run while the process has one thread.
/// Returns 0, or an errno value with `step` naming the step that failed.
int shqw_confine(const shqw_limits *limits, shqw_confinement *done, const char **step);

/// Sets the soft RLIMIT_CPU to the CPU time used so far plus `seconds` (at most the hard limit).
void shqw_cpu_allowance(uint64_t seconds);

/// Starts `path` with `argv` and `envp` (no shell, no PATH search), its standard input,
/// output and error connected to new pipes and no other descriptor inherited.
/// Returns 0 and fills the pid and the host's ends of the pipes, or an errno value.
int shqw_spawn(const char *path, char *const argv[], char *const envp[],
               pid_t *pid, int *to_child, int *from_child, int *child_errors);

/// Writes what `fd` takes of `bytes` now (the host's ends are non-blocking), retrying on
/// EINTR. Returns the bytes written, or minus an errno value (-EAGAIN: full; -EPIPE: the
/// reader is gone, and never a SIGPIPE for the calling process).
ssize_t shqw_write_some(int fd, const void *bytes, size_t count);

/// Makes `fd` non-blocking. Returns 0 or an errno value.
int shqw_set_nonblocking(int fd);

/// Test faults, installed as host functions only in a worker started with the test
/// environment variable: a crash, a loop no Lua hook can see, and memory exhaustion.
void shqw_test_crash(void);
void shqw_test_spin(void);
/// Allocates and touches memory until malloc fails; returns the bytes obtained (kept).
uint64_t shqw_test_exhaust(void);

#endif
