#include <stdlib.h>
#include "CShequMemory.h"
#if defined(__GLIBC__)
#include <malloc.h>
#endif

void shq_release_free_heap(void) {
#if defined(__GLIBC__)
    // glibc keeps freed memory in per-thread arenas; a long stream of batches, each freed on
    // another thread than it was allocated on, otherwise raises the resident set slowly.
    malloc_trim(0);
#endif
}
