/* Runs the shared deal vectors through the C ABI and compares the bytes.
 * Arguments per vector: NAME INPUT DIRECTORY|- SAVED|- EXPECTED_LOAD|- EXPECTED_NEW|-
 * EXPECTED_DEAL|- N, then N pairs ACTION EXPECTED_APPLIED, then M, then M pairs AUDIENCE
 * EXPECTED_VIEW, then P, then P pairs REQUEST EXPECTED_DOCUMENT. A vector with SAVED only loads it (EXPECTED_LOAD: the deal or the error);
 * otherwise the deal is opened on INPUT (with the directory), each action applied, and the
 * deal, each view, and the deal saved and loaded back are compared byte for byte. */
#include "common.h"

/* Loads `path` as a deal and compares its JSON (or the error) with `expected`. */
static void load(BureauEngine *engine, const char *name, const char *path, const char *expected) {
    size_t len = 0;
    unsigned char *bytes = read_file(path, &len);
    BureauDeal *deal = NULL;
    BureauBuffer *out = NULL;
    BureauStatus status;
    CHECK(bytes != NULL, "%s: cannot read %s", name, path);
    if (bytes == NULL) return;
    status = bureau_deal_load(engine, bytes, len, &deal);
    free(bytes);
    if (status == BUREAU_STATUS_OK) {
        CHECK(deal != NULL, "%s: no deal", name);
        status = bureau_deal_json(deal, &out);
    }
    compare(name, "load", outcome(status, out), expected);
    bureau_deal_free(deal);
}

/* One vector; returns how many arguments it used. */
static int run(BureauEngine *engine, char **a) {
    const char *name = a[0];
    int actions = atoi(a[7]);
    int views = atoi(a[8 + 2 * actions]);
    int prints = atoi(a[9 + 2 * actions + 2 * views]);
    int used = 10 + 2 * actions + 2 * views + 2 * prints;
    size_t len = 0, project_len = 0;
    unsigned char *project = NULL, *bytes = NULL;
    BureauDirectory *directory = NULL;
    BureauDeal *deal = NULL;
    BureauBuffer *out = NULL;
    BureauStatus status;
    int i;
    if (strcmp(a[3], "-") != 0) {
        load(engine, name, a[3], a[4]);
        return used;
    }
    if (strcmp(a[2], "-") != 0) {
        bytes = read_file(a[2], &len);
        CHECK(bytes != NULL, "%s: cannot read %s", name, a[2]);
        status = bureau_directory_load(engine, bytes, len, &directory, &out);
        free(bytes);
        CHECK(status == BUREAU_STATUS_OK, "%s: the directory did not load", name);
        bureau_buffer_free(out);
        out = NULL;
    }
    project = read_file(a[1], &project_len);
    CHECK(project != NULL, "%s: cannot read %s", name, a[1]);
    status = bureau_deal_new(engine, project, project_len, directory, &deal, &out);
    free(project);
    compare(name, "new", outcome(status, out), a[5]);
    if (status != BUREAU_STATUS_OK) {
        bureau_directory_free(directory);
        return used;
    }
    for (i = 0; i < actions; i++) {
        bytes = read_file(a[8 + 2 * i], &len);
        CHECK(bytes != NULL, "%s: cannot read %s", name, a[8 + 2 * i]);
        out = NULL;
        status = bureau_deal_apply(deal, bytes, len, directory, &out);
        free(bytes);
        compare(name, a[8 + 2 * i], outcome(status, out), a[9 + 2 * i]);
    }
    out = NULL;
    status = bureau_deal_json(deal, &out);
    compare(name, "deal", outcome(status, out), a[6]);
    for (i = 0; i < views; i++) {
        const char *audience = a[9 + 2 * actions + 2 * i];
        out = NULL;
        status = bureau_deal_view(deal, (const unsigned char *)audience, strlen(audience), &out);
        compare(name, audience, outcome(status, out), a[10 + 2 * actions + 2 * i]);
    }
    for (i = 0; i < prints; i++) {
        const char *request = a[10 + 2 * actions + 2 * views + 2 * i];
        bytes = read_file(request, &len);
        CHECK(bytes != NULL, "%s: cannot read %s", name, request);
        out = NULL;
        status = bureau_deal_document(deal, bytes, len, &out);
        free(bytes);
        compare(name, request, outcome(status, out), a[11 + 2 * actions + 2 * views + 2 * i]);
    }
    /* Saved and loaded back, the deal gives the same bytes. */
    load(engine, name, a[6], a[6]);
    bureau_deal_free(deal);
    bureau_directory_free(directory);
    return used;
}

int main(int argc, char **argv) {
    BureauEngine *engine = NULL;
    int i = 1, vectors = 0;
    if (bureau_engine_new(NULL, 0, &engine) != BUREAU_STATUS_OK) {
        fprintf(stderr, "FAIL: no engine\n");
        return 1;
    }
    while (i + 9 < argc) {
        i += run(engine, argv + i);
        vectors++;
    }
    bureau_engine_free(engine);
    CHECK(i == argc, "arguments left over: %d of %d used", i, argc);
    CHECK(vectors >= 5, "only %d deal vectors", vectors);
    if (failures == 0) printf("%d deal vectors passed\n", vectors);
    return failures == 0 ? 0 : 1;
}
