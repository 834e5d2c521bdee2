/* Helpers shared by the C tests: read a whole file, compare a result with a file. */
#ifndef BUREAU_TEST_COMMON_H
#define BUREAU_TEST_COMMON_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bureau.h"

static int failures = 0;

#define CHECK(cond, ...)                                                   \
    do {                                                                   \
        if (!(cond)) {                                                     \
            fprintf(stderr, "FAIL %s:%d: ", __FILE__, __LINE__);           \
            fprintf(stderr, __VA_ARGS__);                                  \
            fprintf(stderr, "\n");                                         \
            failures++;                                                    \
        }                                                                  \
    } while (0)

/* Reads a whole file; returns NULL (and *len 0) when it cannot. The caller frees it. */
static inline unsigned char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    unsigned char *data = NULL;
    long size;
    *len = 0;
    if (f == NULL) return NULL;
    if (fseek(f, 0, SEEK_END) != 0 || (size = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) != 0) {
        fclose(f);
        return NULL;
    }
    data = malloc((size_t)size + 1);
    if (data != NULL && fread(data, 1, (size_t)size, f) == (size_t)size) {
        *len = (size_t)size;
    } else {
        free(data);
        data = NULL;
    }
    fclose(f);
    return data;
}

/* The bytes a call gave: its buffer on success, the last error body otherwise. */
static inline BureauBuffer *outcome(BureauStatus status, BureauBuffer *out) {
    BureauBuffer *err = NULL;
    if (status == BUREAU_STATUS_OK) return out;
    if (bureau_last_error(&err) != BUREAU_STATUS_OK) return NULL;
    return err;
}

/* Compares a result (or error body) with the expected file, byte for byte; frees the result. */
static inline void compare(const char *name, const char *what, BureauBuffer *got, const char *expected_path) {
    size_t want_len = 0;
    unsigned char *want = read_file(expected_path, &want_len);
    CHECK(want != NULL, "%s: cannot read %s", name, expected_path);
    CHECK(got != NULL, "%s %s: no result and no error body", name, what);
    if (want != NULL && got != NULL) {
        size_t len = bureau_buffer_len(got);
        CHECK(len == want_len && memcmp(bureau_buffer_data(got), want, len) == 0,
              "%s %s: bytes differ from %s (%zu vs %zu bytes)", name, what, expected_path, len, want_len);
    }
    free(want);
    bureau_buffer_free(got);
}

#endif
