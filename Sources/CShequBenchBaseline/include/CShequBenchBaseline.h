#ifndef CSHEQUBENCHBASELINE_H
#define CSHEQUBENCHBASELINE_H
// The ceiling of the hook benchmark: a bare C host that calls a plugin's Lua
// function through the C API with no sandbox, no limits and no conversion layer.
// It builds each event's argument tables from the plain structs below, prepared
// before timing, calls the function and reads every field of every result.
#include <stddef.h>
#include <stdint.h>

/// A string as pointer and byte length (NULL pointer: absent).
typedef struct shqb_text {
    const char *bytes;
    size_t length;
} shqb_text;

enum { SHQB_FACT_INTEGER = 1, SHQB_FACT_NUMBER = 2, SHQB_FACT_STRING = 3 };

/// One entry of an event's `facts`.
typedef struct shqb_fact {
    shqb_text key;
    int type;
    int64_t integer;
    double number;
    shqb_text string;
} shqb_fact;

/// One behaviour event in the shape the `measures` hook receives, plus its `ctx.subject`.
typedef struct shqb_event {
    shqb_text id, kind, subject_type, subject_id, household, community, occurred_at, place, reporter;
    const shqb_text *evidence;
    size_t evidence_count;
    const shqb_fact *facts;
    size_t fact_count;
    int has_age;
    int64_t age;
    int has_household_size;
    int64_t household_size;
} shqb_event;

/// What one call returned: how many measures, their points, and the bytes of their texts.
typedef struct shqb_result {
    int ok;
    int32_t measures;
    int64_t award_points;
    int64_t deduct_points;
    int64_t text_bytes;
} shqb_result;

typedef struct shqb_host shqb_host;

/// A plain Lua state (all standard libraries) with the plugin's modules preloaded and
/// `shequ.config()` returning the manifest's `config` table. NULL with `error` set on failure.
/// With `limited` non-zero the state also keeps the limits every sandboxed state must keep, and
/// nothing else: a capped allocator and a count hook (every 1,000 instructions) that checks an
/// instruction budget and a deadline, both reset before each call.
shqb_host *shqb_host_new(const char *manifest, size_t manifest_length,
                         const shqb_text *module_names, const shqb_text *module_sources, size_t module_count,
                         const char *module, const char *function, int limited, char *error, size_t error_capacity);
void shqb_host_free(shqb_host *host);

/// Starts building `ctx.convention`: a table with string and integer fields and an `articles` list.
void shqb_convention_begin(shqb_host *host);
void shqb_convention_string(shqb_host *host, const char *key, shqb_text value);
void shqb_convention_integer(shqb_host *host, const char *key, int64_t value);
void shqb_convention_article(shqb_host *host, int64_t number, shqb_text label, shqb_text text);
void shqb_convention_end(shqb_host *host);

/// Calls the function once per event; returns how many calls failed.
/// With `latencies` (count entries) each call's duration in nanoseconds is written there.
size_t shqb_run(shqb_host *host, const shqb_event *events, size_t count, shqb_result *results, uint64_t *latencies);

/// Bytes the state holds (Lua's own count).
size_t shqb_memory_used(shqb_host *host);

#endif
