/*
 * journal.c: the header and the merge of state journal records, shared by
 * the local and S3 backends (journal.h).
 */
#include "plan/journal.h"

json_t *journal_header(const char *lineage, json_int_t serial)
{
	return json_pack("{s:i, s:s, s:I}", "journal", JOURNAL_FORMAT, "lineage", lineage,
			 "serial", serial);
}

bool journal_extends(const json_t *rec, const json_t *st)
{
	const json_t *serial = json_object_get(rec, "serial");
	return json_integer_value(json_object_get(rec, "journal")) == JOURNAL_FORMAT &&
	       json_is_string(json_object_get(rec, "lineage")) && json_is_integer(serial) &&
	       json_equal(json_object_get(rec, "lineage"), json_object_get(st, "lineage")) &&
	       json_equal(serial, json_object_get(st, "serial"));
}

/* Merge one section ({NAME: ENTRY or null}) into st's section of that name. */
static void merge_section(json_t *st, const char *section, const json_t *changes)
{
	if (!json_is_object(changes) || !json_object_size(changes))
		return;
	json_t *into = json_object_get(st, section);
	if (!json_is_object(into)) {
		into = json_object();
		json_object_set_new(st, section, into);
	}
	const char *name;
	json_t *entry;
	json_object_foreach((json_t *)changes, name, entry) {
		if (json_is_null(entry))
			json_object_del(into, name);
		else
			json_object_set(into, name, entry);
	}
}

void journal_merge(json_t *st, const json_t *rec)
{
	merge_section(st, "resources", json_object_get(rec, "resources"));
	merge_section(st, "data", json_object_get(rec, "data"));
}

void journal_replayed(json_t *st)
{
	json_t *serial = json_object_get(st, "serial");
	json_integer_set(serial, json_integer_value(serial) + 1);
}
