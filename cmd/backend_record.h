/*
 * backend_record.h: the backend `terrace init` recorded beside a stack
 * (.terrace/backend.json) and the check every command makes against it
 * (init_check_backend, declared in cli.h). Used by cmd/context.c and the
 * init command (cmd/init.c), which migrates states between two places.
 */
#ifndef TERRACE_BACKEND_RECORD_H
#define TERRACE_BACKEND_RECORD_H

#include "cmd/cli.h"

/* A backend as init sees it. */
struct place {
	json_t *settings;  /* merged, credentials included, for opening it */
	char *where;       /* the default workspace's state: compared, printed */
	char *stack;       /* stack name, for derived S3 keys */
};

void place_release(struct place *p);
/* .terrace/backend.json beside the stack. */
char *record_path(const char *stack_path);
/* 0 with *out the record or NULL when there is none; -1 after an error. */
int read_record(const char *path, json_t **out);
/* Record p as the stack's backend; -1 after printing an error. */
int write_record(const char *path, const struct place *p);
/* The backend now configured. */
int current_place(const struct cli_setup *o, const json_t *block, const char *stack_name,
		  const char *stack_path, struct place *p);
/* The recorded backend; its credentials from the environment. */
int recorded_place(const struct cli_setup *o, const json_t *record, struct place *p);
/* The local file beside the stack: what held the state before any record. */
void implied_place(const struct cli_setup *o, const char *stack_path, struct place *p);
/* A state document's resources and outputs, serial and lineage. */
bool state_empty(const json_t *st);
json_int_t serial_of(const json_t *st);
const char *lineage_of(const json_t *st);
/* How many of p's local workspaces hold a state that would be left behind
 * (resources or outputs, or unreadable); their files are named in found.
 * -1 after printing an error. */
int local_states(const struct place *p, const char *stack_path, struct strbuf *found);
/* How to move on when the backend changed: init -migrate-state or -reconfigure. */
extern const char backend_record_hint[];

#endif
