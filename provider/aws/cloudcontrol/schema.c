/*
 * schema.c: finding an awscc type's row in schemas.gen.c and reading its
 * schema (zlib's uncompress of the row's bytes, then jansson), which
 * happens only for the types a stack uses.
 */
#include "provider/aws/cloudcontrol/schema.h"

#include <stdlib.h>
#include <string.h>
#include <zlib.h>

static int by_name(const void *key, const void *row)
{
	return strcmp(key, ((const struct cc_schema_row *)row)->name);
}

const struct cc_schema_row *cc_schema_find(const char *name)
{
	return bsearch(name, cc_schema_rows, cc_schema_count, sizeof(cc_schema_rows[0]), by_name);
}

const struct cc_schema_row *cc_schema_find_cfn(const char *cfn_type)
{
	for (size_t i = 0; i < cc_schema_count; i++)
		if (!strcmp(cc_schema_rows[i].cfn_type, cfn_type) &&
		    !(cc_schema_rows[i].handlers & CC_ROW_ALIAS))
			return &cc_schema_rows[i];
	return NULL;
}

json_t *cc_schema_load(const struct cc_schema_row *row, struct strbuf *err)
{
	uLongf size = row->size;
	char *text = malloc(size ? size : 1);
	if (!text) {
		strbuf_addf(err, "%s: out of memory reading its schema", row->name);
		return NULL;
	}
	int zrc = uncompress((Bytef *)text, &size, cc_schema_blob + row->offset, row->zsize);
	if (zrc != Z_OK || size != row->size) {
		strbuf_addf(err, "%s: its schema in schemas.gen.c does not decompress (zlib %d)",
			    row->name, zrc);
		free(text);
		return NULL;
	}
	json_error_t jerr;
	/* a pattern may hold a NUL ("[^\u0000-\u007f]": 18 types) */
	json_t *schema = json_loadb(text, size, JSON_ALLOW_NUL, &jerr);
	free(text);
	if (!schema)
		strbuf_addf(err, "%s: its schema in schemas.gen.c is not JSON (%s)", row->name,
			    jerr.text);
	return schema;
}

const json_t *cc_schema_resolve(const json_t *defs, const json_t *node, int *refs)
{
	while (json_is_object(node) && json_is_string(json_object_get(node, "ref"))) {
		if (++*refs > CC_MAX_REF_DEPTH)
			return NULL;
		node = json_object_get(defs, json_string_value(json_object_get(node, "ref")));
	}
	return json_is_object(node) ? node : NULL;
}
