#ifndef CSHEQU_MEMORY_H
#define CSHEQU_MEMORY_H

/// Hands the heap's free pages back to the system (glibc's `malloc_trim`), in every malloc
/// arena; does nothing on a C library without it. Streaming commands call it between
/// batches, so their resident memory stays at one batch's worth however long the input.
void shq_release_free_heap(void);

#endif
