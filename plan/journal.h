/*
 * journal.h: the records of a state journal, one mechanism for the backends
 * that keep one (backend_local.c: the lines of PATH.journal; backend_s3.c:
 * one object per record under KEY.journal/). A journal extends exactly one
 * stored state, named by its header {"journal": 1, "lineage": L, "serial":
 * S}; each record is a group of changes {"resources": {NAME: ENTRY or null
 * (removed)}, "data": {NAME: ENTRY}} (struct backend_ops, journal). Load
 * merges the records in order into the state they extend and counts the
 * result one serial later, so that a plan saved before it is stale.
 */
#ifndef TERRACE_JOURNAL_H
#define TERRACE_JOURNAL_H

#include <jansson.h>
#include <stdbool.h>

#define JOURNAL_FORMAT 1

/* {"journal": 1, "lineage": lineage, "serial": serial}, a new reference. */
json_t *journal_header(const char *lineage, json_int_t serial);
/* Whether rec (a header, or a record carrying the header's members) names
 * st: its format, lineage and serial. */
bool journal_extends(const json_t *rec, const json_t *st);
/* Merge one record's changes into st (other members of rec are ignored). */
void journal_merge(json_t *st, const json_t *rec);
/* After merging at least one record: st's serial goes up by one. */
void journal_replayed(json_t *st);

#endif
