/* Example: split a project file into segments and print the JSON.
 *   cc -std=c11 -Iinclude bindings/c/examples/segment.c -Ltarget/debug -lbureau -o segment
 *   LD_LIBRARY_PATH=target/debug ./segment examples/villa-barvikha.json */
#include <stdio.h>
#include <stdlib.h>

#include "bureau.h"

int main(int argc, char **argv) {
    FILE *f;
    long size;
    unsigned char *json;
    BureauEngine *engine = NULL;
    BureauBuffer *out = NULL;
    BureauStatus status;

    if (argc != 2 || (f = fopen(argv[1], "rb")) == NULL) {
        fprintf(stderr, "usage: segment PROJECT.json\n");
        return 2;
    }
    if (bureau_abi_version() != BUREAU_ABI_VERSION) {
        fprintf(stderr, "libbureau ABI %u, this program was built for %u\n", bureau_abi_version(), BUREAU_ABI_VERSION);
        return 2;
    }
    fseek(f, 0, SEEK_END);
    size = ftell(f);
    fseek(f, 0, SEEK_SET);
    json = malloc((size_t)size);
    if (json == NULL || fread(json, 1, (size_t)size, f) != (size_t)size) return 2;
    fclose(f);

    bureau_engine_new(NULL, 0, &engine);
    status = bureau_segment(engine, json, (size_t)size, NULL, 0, &out);
    if (status != BUREAU_STATUS_OK) {
        bureau_last_error(&out); /* { "errors": [ ... ] } */
    }
    fwrite(bureau_buffer_data(out), 1, bureau_buffer_len(out), stdout);
    putchar('\n');
    bureau_buffer_free(out);
    bureau_engine_free(engine);
    free(json);
    return status == BUREAU_STATUS_OK ? 0 : 1;
}
