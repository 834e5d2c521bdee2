/* The C ABI's conventions: NULLs, statuses, out-params, the last error, frees, versions. */
#include "common.h"

static int contains(const BureauBuffer *buf, const char *needle) {
    size_t len = bureau_buffer_len(buf), n = strlen(needle), i;
    const unsigned char *data = bureau_buffer_data(buf);
    for (i = 0; i + n <= len; i++) {
        if (memcmp(data + i, needle, n) == 0) return 1;
    }
    return 0;
}

int main(void) {
    BureauEngine *engine = NULL;
    BureauBuffer *out = NULL, *err = NULL;
    const char *bad = "{\"format\":\"studio-project/1\",\"project\":{\"id\":\"p\"},\"companies\":[],\"items\":[{\"quantity\":12}]}";
    const char *options = "{\"colour\":1}";

    CHECK(bureau_abi_version() == BUREAU_ABI_VERSION, "ABI %u vs header %u", bureau_abi_version(), BUREAU_ABI_VERSION);
    CHECK(strcmp(bureau_version(), BUREAU_VERSION) == 0, "version %s vs %s", bureau_version(), BUREAU_VERSION);

    /* Options that are not known are rejected, and the out-param stays as it was. */
    CHECK(bureau_engine_new((const uint8_t *)options, strlen(options), &engine) == BUREAU_STATUS_INVALID_INPUT, "unknown option accepted");
    CHECK(engine == NULL, "out-param written on failure");
    CHECK(bureau_last_error(&err) == BUREAU_STATUS_OK && contains(err, "options.invalid"), "no options.invalid error");
    bureau_buffer_free(err);
    err = NULL;

    CHECK(bureau_engine_new((const uint8_t *)"{}", 2, &engine) == BUREAU_STATUS_OK && engine != NULL, "no engine");

    /* NULL arguments are a status, never a crash. */
    CHECK(bureau_engine_new(NULL, 0, NULL) == BUREAU_STATUS_NULL_ARGUMENT, "NULL out");
    CHECK(bureau_validate(NULL, (const uint8_t *)"{}", 2, &out) == BUREAU_STATUS_NULL_ARGUMENT, "NULL engine");
    CHECK(bureau_validate(engine, NULL, 0, &out) == BUREAU_STATUS_NULL_ARGUMENT, "NULL input");
    CHECK(bureau_validate(engine, (const uint8_t *)"{}", 2, NULL) == BUREAU_STATUS_NULL_ARGUMENT, "NULL out");
    CHECK(bureau_segment(engine, NULL, 0, NULL, 0, &out) == BUREAU_STATUS_NULL_ARGUMENT, "NULL project");
    CHECK(bureau_last_error(&err) == BUREAU_STATUS_OK && contains(err, "argument.null") && contains(err, "project"), "no argument.null error");
    bureau_buffer_free(err);
    err = NULL;
    CHECK(bureau_last_error(NULL) == BUREAU_STATUS_NULL_ARGUMENT, "NULL last_error out");
    CHECK(out == NULL, "out-param written on failure");

    /* A rejected input: status 1, every problem in the body with its path. */
    CHECK(bureau_segment(engine, (const uint8_t *)bad, strlen(bad), NULL, 0, &out) == BUREAU_STATUS_INVALID_INPUT, "bad project accepted");
    CHECK(out == NULL, "out-param written on failure");
    CHECK(bureau_last_error(&err) == BUREAU_STATUS_OK, "no error body");
    CHECK(contains(err, "\"code\":\"decimal.not_a_string\",\"path\":\"/items/0/quantity\""), "no path-precise decimal error");
    CHECK(contains(err, "\"path\":\"/project/name\""), "not every problem at once");
    bureau_buffer_free(err);
    err = NULL;

    /* Invalid JSON and invalid UTF-8. */
    CHECK(bureau_validate(engine, (const uint8_t *)"{\"a\":", 5, &out) == BUREAU_STATUS_INVALID_INPUT, "truncated JSON accepted");
    CHECK(bureau_validate(engine, (const uint8_t *)"\"\xff\"", 3, &out) == BUREAU_STATUS_INVALID_INPUT, "invalid UTF-8 accepted");
    CHECK(bureau_last_error(&err) == BUREAU_STATUS_OK && contains(err, "json.syntax") && contains(err, "\"line\":1"), "no json.syntax with line");
    bureau_buffer_free(err);
    err = NULL;

    /* A 50 MB string (under the 64 MiB input limit) and 100,000 levels of nesting: a path-precise error, never a crash. */
    {
        const char *head = "{\"format\":\"studio-project/1\",\"project\":{\"id\":\"p\",\"name\":\"";
        const char *tail = "\"}}";
        size_t n = 50u * 1024u * 1024u, hl = strlen(head), tl = strlen(tail), depth = 100000;
        unsigned char *big = malloc(hl + n + tl);
        CHECK(big != NULL, "no memory for the big input");
        if (big != NULL) {
            memcpy(big, head, hl);
            memset(big + hl, 'x', n);
            memcpy(big + hl + n, tail, tl);
            CHECK(bureau_segment(engine, big, hl + n + tl, NULL, 0, &out) == BUREAU_STATUS_INVALID_INPUT, "50 MB name accepted");
            CHECK(bureau_last_error(&err) == BUREAU_STATUS_OK && contains(err, "\"code\":\"string.too_long\",\"path\":\"/project/name\""), "no string.too_long at /project/name");
            bureau_buffer_free(err);
            err = NULL;
            free(big);
        }
        big = malloc(13 + 2 * depth); /* {"items": [ + depth × [ + depth × ] + ]} */
        if (big != NULL) {
            memcpy(big, "{\"items\": [", 11);
            memset(big + 11, '[', depth);
            memset(big + 11 + depth, ']', depth);
            memcpy(big + 11 + 2 * depth, "]}", 2);
            CHECK(bureau_validate(engine, big, 13 + 2 * depth, &out) == BUREAU_STATUS_INVALID_INPUT, "deep nesting accepted");
            CHECK(bureau_last_error(&err) == BUREAU_STATUS_OK && contains(err, "\"code\":\"field.type\",\"path\":\"/items/0\""), "no field.type at /items/0");
            bureau_buffer_free(err);
            err = NULL;
            free(big);
        }
    }

    /* A document: NULL request is a status; a bad request names the request; a PDF comes back
     * as bytes in an owned buffer. */
    {
        const char *project = "{\"format\":\"studio-project/1\",\"project\":{\"id\":\"P\",\"name\":\"N\",\"locale\":\"en\","
                              "\"currency\":\"EUR\",\"owner\":\"s\",\"date\":\"2026-11-20\"},\"companies\":[{\"id\":\"s\",\"kind\":\"supplier\","
                              "\"name\":\"S\"},{\"id\":\"f\",\"kind\":\"factory\",\"name\":\"F\"}],\"items\":[{\"id\":\"i\",\"sku\":\"K\","
                              "\"name\":\"Lamp\",\"manufacturer\":\"f\",\"source\":\"f\",\"quantity\":\"2\",\"unit_price\":\"10.00\","
                              "\"currency\":\"EUR\",\"vat_pct\":\"0\"}]}";
        const char *request = "{\"kind\":\"proforma\",\"segment\":\"P/f\"}";
        const char *wrong = "{\"kind\":\"invoice\"}";
        CHECK(bureau_document(engine, (const uint8_t *)project, strlen(project), NULL, 0, &out) == BUREAU_STATUS_NULL_ARGUMENT, "NULL request");
        CHECK(bureau_last_error(&err) == BUREAU_STATUS_OK && contains(err, "request"), "NULL request not named");
        bureau_buffer_free(err);
        err = NULL;
        CHECK(bureau_document(engine, (const uint8_t *)project, strlen(project), (const uint8_t *)wrong, strlen(wrong), &out) == BUREAU_STATUS_INVALID_INPUT, "unknown kind accepted");
        CHECK(bureau_last_error(&err) == BUREAU_STATUS_OK && contains(err, "\"path\":\"/kind\"") && contains(err, "\"input\":\"request\""), "no /kind error");
        bureau_buffer_free(err);
        err = NULL;
        CHECK(bureau_document(engine, (const uint8_t *)project, strlen(project), (const uint8_t *)request, strlen(request), &out) == BUREAU_STATUS_OK, "no PDF");
        CHECK(out != NULL && bureau_buffer_len(out) > 1000 && memcmp(bureau_buffer_data(out), "%PDF-", 5) == 0, "not a PDF");
        CHECK(contains(out, "/Title"), "PDF without a title");
        bureau_buffer_free(out);
        out = NULL;

        /* Reconciliation: the proforma is required, the settings are not. */
        {
            const char *proforma = "{\"format\":\"proforma/1\",\"segment\":\"P/f\",\"issuer\":\"f\",\"number\":\"1\",\"date\":\"2026-11-24\","
                                   "\"currency\":\"EUR\",\"lines\":[{\"sku\":\"K\",\"quantity\":\"2\",\"unit_price\":\"11.00\"}]}";
            CHECK(bureau_reconcile(engine, (const uint8_t *)project, strlen(project), NULL, 0, NULL, 0, &out) == BUREAU_STATUS_NULL_ARGUMENT, "NULL proforma");
            CHECK(bureau_last_error(&err) == BUREAU_STATUS_OK && contains(err, "proforma"), "NULL proforma not named");
            bureau_buffer_free(err);
            err = NULL;
            CHECK(bureau_reconcile(engine, (const uint8_t *)project, strlen(project), (const uint8_t *)proforma, strlen(proforma), NULL, 0, &out) == BUREAU_STATUS_OK, "no reconciliation");
            CHECK(out != NULL && contains(out, "\"status\":\"changed\"") && contains(out, "\"effect\":\"2.00\""), "wrong reconciliation");
            bureau_buffer_free(out);
            out = NULL;
        }
        /* A client invoice: the request is required; the model by default, a PDF when asked. */
        {
            const char *inv = "{\"segments\":[\"P/f\"],\"seller\":\"s\",\"markup_pct\":\"50\",\"vat\":{\"rate\":\"20\"},\"costs\":[{\"kind\":\"logistics\",\"amount\":\"3.00\",\"allocate\":\"equal\"}]}";
            const char *inv_pdf = "{\"segments\":[\"P/f\"],\"seller\":\"s\",\"vat\":{\"rate\":\"0\"},\"format\":\"pdf\"}";
            CHECK(bureau_invoice(engine, (const uint8_t *)project, strlen(project), NULL, 0, &out) == BUREAU_STATUS_NULL_ARGUMENT, "NULL invoice request");
            bureau_last_error(&err);
            bureau_buffer_free(err);
            err = NULL;
            CHECK(bureau_invoice(engine, (const uint8_t *)project, strlen(project), (const uint8_t *)inv, strlen(inv), &out) == BUREAU_STATUS_OK, "no invoice");
            /* 2 × 15.00 = 30.00, + 3.00 logistics, VAT 20 % = 6.60, total 39.60. */
            CHECK(out != NULL && contains(out, "\"amount\":\"30.00\"") && contains(out, "\"total\":\"39.60\""), "wrong invoice");
            bureau_buffer_free(out);
            out = NULL;
            CHECK(bureau_invoice(engine, (const uint8_t *)project, strlen(project), (const uint8_t *)inv_pdf, strlen(inv_pdf), &out) == BUREAU_STATUS_OK, "no invoice PDF");
            CHECK(out != NULL && memcmp(bureau_buffer_data(out), "%PDF-", 5) == 0, "not a PDF");
            bureau_buffer_free(out);
            out = NULL;
        }
    }

    /* A partner directory: a handle loaded once, queried, updated in place, freed. */
    {
        const char *dir = "{\"format\":\"partner-directory/1\",\"companies\":["
                          "{\"id\":\"s\",\"kind\":\"supplier\",\"name\":\"S\"},{\"id\":\"t\",\"kind\":\"supplier\",\"name\":\"T\"},"
                          "{\"id\":\"f\",\"kind\":\"factory\",\"name\":\"F\"}],"
                          "\"partnerships\":[{\"supplier\":\"s\",\"manufacturer\":\"f\",\"status\":\"active\"}]}";
        const char *bad = "{\"format\":\"partner-directory/1\",\"companies\":[],\"partnerships\":[{\"supplier\":\"x\",\"manufacturer\":\"f\",\"status\":\"active\"}]}";
        const char *update = "{\"format\":\"partner-directory/1\",\"companies\":[],"
                             "\"partnerships\":[{\"supplier\":\"s\",\"manufacturer\":\"f\",\"status\":\"expired\"},"
                             "{\"supplier\":\"t\",\"manufacturer\":\"f\",\"status\":\"active\"}]}";
        const char *designed = "{\"format\":\"studio-project/1\",\"project\":{\"id\":\"P\",\"name\":\"N\",\"locale\":\"en\",\"currency\":\"EUR\",\"owner\":\"d\"},"
                               "\"companies\":[{\"id\":\"d\",\"kind\":\"designer\",\"name\":\"D\"},{\"id\":\"f\",\"kind\":\"factory\",\"name\":\"F\"}],"
                               "\"items\":[{\"id\":\"i\",\"sku\":\"K\",\"name\":\"N\",\"manufacturer\":\"f\",\"source\":\"f\",\"quantity\":\"1\"}]}";
        BureauDirectory *directory = NULL;
        CHECK(bureau_directory_load(engine, NULL, 0, &directory, &out) == BUREAU_STATUS_NULL_ARGUMENT, "NULL directory bytes");
        CHECK(bureau_directory_load(engine, (const uint8_t *)bad, strlen(bad), &directory, &out) == BUREAU_STATUS_INVALID_INPUT && directory == NULL, "bad directory loaded");
        CHECK(bureau_last_error(&err) == BUREAU_STATUS_OK && contains(err, "\"path\":\"/partnerships/0/supplier\""), "no path for the unknown supplier");
        bureau_buffer_free(err);
        err = NULL;
        CHECK(bureau_directory_load(engine, (const uint8_t *)dir, strlen(dir), &directory, &out) == BUREAU_STATUS_OK && directory != NULL, "no directory");
        CHECK(out != NULL && contains(out, "\"partnerships\":1"), "wrong load summary");
        bureau_buffer_free(out);
        out = NULL;
        CHECK(bureau_recommend(engine, NULL, (const uint8_t *)designed, strlen(designed), NULL, 0, &out) == BUREAU_STATUS_NULL_ARGUMENT, "NULL directory");
        CHECK(bureau_recommend(engine, directory, (const uint8_t *)designed, strlen(designed), NULL, 0, &out) == BUREAU_STATUS_OK, "no recommendation");
        CHECK(out != NULL && contains(out, "\"suppliers\":[\"s\"]"), "s does not cover f");
        bureau_buffer_free(out);
        out = NULL;
        CHECK(bureau_directory_update(directory, (const uint8_t *)update, strlen(update), &out) == BUREAU_STATUS_OK, "no update");
        bureau_buffer_free(out);
        out = NULL;
        CHECK(bureau_recommend(engine, directory, (const uint8_t *)designed, strlen(designed), NULL, 0, &out) == BUREAU_STATUS_OK, "no recommendation after the update");
        CHECK(out != NULL && contains(out, "\"suppliers\":[\"t\"]"), "the update did not move the cover to t");
        bureau_buffer_free(out);
        out = NULL;
        CHECK(bureau_letter(engine, directory, (const uint8_t *)designed, strlen(designed), NULL, 0, &out) == BUREAU_STATUS_NULL_ARGUMENT, "NULL letter request");
        bureau_last_error(&err);
        bureau_buffer_free(err);
        err = NULL;
        bureau_directory_free(directory);
        bureau_directory_free(NULL);

        /* A deal: NULLs refused, a refusal is an error with the code, a cut file does not load. */
        {
            const char *ask = "{\"actor\":\"d\",\"at\":\"2026-11-21T10:00:00Z\",\"action\":\"request_documents\",\"segment\":\"P/f\",\"kind\":\"proforma\"}";
            BureauDeal *deal = NULL, *again = NULL;
            BureauBuffer *saved = NULL;
            CHECK(bureau_deal_new(engine, (const uint8_t *)designed, strlen(designed), NULL, NULL, &out) == BUREAU_STATUS_NULL_ARGUMENT, "NULL out_deal");
            CHECK(bureau_deal_new(engine, (const uint8_t *)designed, strlen(designed), NULL, &deal, &out) == BUREAU_STATUS_OK && deal != NULL, "no deal");
            bureau_buffer_free(out);
            out = NULL;
            CHECK(bureau_deal_apply(NULL, (const uint8_t *)ask, strlen(ask), NULL, &out) == BUREAU_STATUS_NULL_ARGUMENT, "NULL deal");
            CHECK(bureau_deal_apply(deal, (const uint8_t *)ask, strlen(ask), NULL, &out) == BUREAU_STATUS_INVALID_INPUT && out == NULL, "the designer asked a factory");
            CHECK(bureau_last_error(&err) == BUREAU_STATUS_OK && contains(err, "forbidden.supplier_required"), "no refusal code");
            bureau_buffer_free(err);
            err = NULL;
            CHECK(bureau_deal_view(deal, (const uint8_t *)"client", 6, &out) == BUREAU_STATUS_OK && contains(out, "\"role\":\"client\""), "no client view");
            bureau_buffer_free(out);
            out = NULL;
            CHECK(bureau_deal_json(deal, &saved) == BUREAU_STATUS_OK && saved != NULL, "no saved deal");
            CHECK(bureau_deal_load(engine, bureau_buffer_data(saved), bureau_buffer_len(saved) / 2, &again) == BUREAU_STATUS_INVALID_INPUT && again == NULL, "a cut deal loaded");
            CHECK(bureau_last_error(&err) == BUREAU_STATUS_OK && contains(err, "json.syntax"), "no syntax error for a cut deal");
            bureau_buffer_free(err);
            err = NULL;
            CHECK(bureau_deal_load(engine, bureau_buffer_data(saved), bureau_buffer_len(saved), &again) == BUREAU_STATUS_OK && again != NULL, "the saved deal did not load");
            bureau_buffer_free(saved);
            bureau_deal_free(again);
            bureau_deal_free(deal);
            bureau_deal_free(NULL);
        }
    }

    /* Success clears the last error; the catalogue lists every code. */
    CHECK(bureau_codes(&out) == BUREAU_STATUS_OK && contains(out, "ref.unknown_company"), "no catalogue");
    CHECK(bureau_last_error(&err) == BUREAU_STATUS_INVALID_INPUT && err == NULL, "stale last error");
    bureau_buffer_free(out);

    /* Freeing NULL is a no-op; NULL buffers read as empty. */
    bureau_buffer_free(NULL);
    bureau_engine_free(NULL);
    CHECK(bureau_buffer_len(NULL) == 0 && bureau_buffer_data(NULL) == NULL, "NULL buffer not empty");

    bureau_engine_free(engine);
    printf("C API conventions: %d failed\n", failures);
    return failures == 0 ? 0 : 1;
}
