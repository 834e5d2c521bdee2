/* Runs the shared conformance vectors through the C ABI and compares the bytes.
 * Arguments, twenty-two per vector: NAME INPUT PREVIOUS|- EXPECTED_VALIDATE|- EXPECTED_SEGMENT|-
 * EXPECTED_WORDS|- REQUEST|- EXPECTED_DOCUMENT|- PROFORMA|- SETTINGS|- EXPECTED_RECONCILE|-
 * INVOICE_REQUEST|- EXPECTED_INVOICE|- DIRECTORY|- EXPECTED_LOAD|- UPDATE|- EXPECTED_UPDATE|-
 * EXPECTED_SAVED|- OPTIONS|- EXPECTED_RECOMMEND|- LETTER_REQUEST|- EXPECTED_LETTER|- (each
 * operation runs when its expected file is given; a document is a PDF, a PNG or JSON, compared
 * byte for byte). */
#include "common.h"

#define ARGS 22

/* A partners vector: load the directory, apply its update, save it, then recommend or make a
 * letter; a failed step ends the vector. `a` is DIRECTORY EXPECTED_LOAD UPDATE EXPECTED_UPDATE
 * EXPECTED_SAVED OPTIONS EXPECTED_RECOMMEND LETTER_REQUEST EXPECTED_LETTER. */
static void partners(BureauEngine *engine, const char *name, const unsigned char *project, size_t project_len, char **a) {
    size_t len = 0;
    unsigned char *bytes = read_file(a[0], &len);
    BureauDirectory *directory = NULL;
    BureauBuffer *out = NULL;
    BureauStatus status;
    CHECK(bytes != NULL, "%s: cannot read %s", name, a[0]);
    if (bytes == NULL) return;
    status = bureau_directory_load(engine, bytes, len, &directory, &out);
    free(bytes);
    compare(name, "load", outcome(status, out), a[1]);
    if (status != BUREAU_STATUS_OK) return;
    if (strcmp(a[2], "-") != 0) {
        bytes = read_file(a[2], &len);
        out = NULL;
        status = bureau_directory_update(directory, bytes, len, &out);
        free(bytes);
        compare(name, "update", outcome(status, out), a[3]);
        if (status != BUREAU_STATUS_OK) {
            bureau_directory_free(directory);
            return;
        }
    }
    if (strcmp(a[4], "-") != 0) {
        out = NULL;
        status = bureau_directory_save(directory, &out);
        compare(name, "save", outcome(status, out), a[4]);
    }
    if (strcmp(a[7], "-") != 0) {
        bytes = read_file(a[7], &len);
        out = NULL;
        status = bureau_letter(engine, directory, project, project_len, bytes, len, &out);
        free(bytes);
        compare(name, "letter", outcome(status, out), a[8]);
    } else if (strcmp(a[6], "-") != 0) {
        size_t options_len = 0;
        unsigned char *options = strcmp(a[5], "-") == 0 ? NULL : read_file(a[5], &options_len);
        out = NULL;
        status = bureau_recommend(engine, directory, project, project_len, options, options_len, &out);
        free(options);
        compare(name, "recommend", outcome(status, out), a[6]);
    }
    bureau_directory_free(directory);
}

int main(int argc, char **argv) {
    BureauEngine *engine = NULL;
    int i, vectors = 0;
    if (bureau_engine_new(NULL, 0, &engine) != BUREAU_STATUS_OK) {
        fprintf(stderr, "FAIL: no engine\n");
        return 1;
    }
    for (i = 1; i + ARGS - 1 < argc; i += ARGS) {
        const char *name = argv[i];
        size_t input_len = 0, previous_len = 0;
        unsigned char *input = read_file(argv[i + 1], &input_len);
        unsigned char *previous = strcmp(argv[i + 2], "-") == 0 ? NULL : read_file(argv[i + 2], &previous_len);
        BureauBuffer *out = NULL;
        BureauStatus status;
        CHECK(input != NULL, "%s: cannot read %s", name, argv[i + 1]);
        if (input == NULL) continue;

        if (strcmp(argv[i + 3], "-") != 0) {
            out = NULL;
            status = bureau_validate(engine, input, input_len, &out);
            compare(name, "validate", outcome(status, out), argv[i + 3]);
        }
        if (strcmp(argv[i + 4], "-") != 0) {
            out = NULL;
            status = bureau_segment(engine, input, input_len, previous, previous_len, &out);
            compare(name, "segment", outcome(status, out), argv[i + 4]);
        }
        if (strcmp(argv[i + 5], "-") != 0) {
            out = NULL;
            status = bureau_words(engine, input, input_len, &out);
            compare(name, "words", outcome(status, out), argv[i + 5]);
        }
        if (strcmp(argv[i + 6], "-") != 0 && strcmp(argv[i + 7], "-") != 0) {
            size_t request_len = 0;
            unsigned char *request = read_file(argv[i + 6], &request_len);
            CHECK(request != NULL, "%s: cannot read %s", name, argv[i + 6]);
            if (request != NULL) {
                out = NULL;
                status = bureau_document(engine, input, input_len, request, request_len, &out);
                compare(name, "document", outcome(status, out), argv[i + 7]);
                free(request);
            }
        }
        if (strcmp(argv[i + 8], "-") != 0 && strcmp(argv[i + 10], "-") != 0) {
            size_t proforma_len = 0, settings_len = 0;
            unsigned char *proforma = read_file(argv[i + 8], &proforma_len);
            unsigned char *settings = strcmp(argv[i + 9], "-") == 0 ? NULL : read_file(argv[i + 9], &settings_len);
            CHECK(proforma != NULL, "%s: cannot read %s", name, argv[i + 8]);
            if (proforma != NULL) {
                out = NULL;
                status = bureau_reconcile(engine, input, input_len, proforma, proforma_len, settings, settings_len, &out);
                compare(name, "reconcile", outcome(status, out), argv[i + 10]);
            }
            free(proforma);
            free(settings);
        }
        if (strcmp(argv[i + 11], "-") != 0 && strcmp(argv[i + 12], "-") != 0) {
            size_t request_len = 0;
            unsigned char *request = read_file(argv[i + 11], &request_len);
            CHECK(request != NULL, "%s: cannot read %s", name, argv[i + 11]);
            if (request != NULL) {
                out = NULL;
                status = bureau_invoice(engine, input, input_len, request, request_len, &out);
                compare(name, "invoice", outcome(status, out), argv[i + 12]);
                free(request);
            }
        }
        if (strcmp(argv[i + 13], "-") != 0) {
            partners(engine, name, input, input_len, argv + i + 13);
        }
        free(input);
        free(previous);
        vectors++;
    }
    bureau_engine_free(engine);
    printf("%d vectors through the C ABI: %d failed\n", vectors, failures);
    return failures == 0 && vectors > 0 ? 0 : 1;
}
