/*
 * lab.h: what the parts of `terrace lab` share: the class (struct lab) and
 * its attendees, and the functions one part offers the others. cmd/lab.c
 * runs the children and the subcommands; cmd/lab_attendees.c reads the
 * attendee list; cmd/lab_board.c draws the live board and the tables;
 * cmd/lab_outputs.c gathers each attendee's outputs and credentials;
 * cmd/lab_quotas.c holds the class against the account's quotas;
 * cmd/lab_lost.c finds what labs without a state left (lab down).
 */
#ifndef TERRACE_LAB_H
#define TERRACE_LAB_H

#include "cmd/child_pool.h"
#include "cmd/cli.h"

#include <stdbool.h>
#include <stdio.h>
#include <stddef.h>
#include <sys/types.h>
#include <time.h>

/* What became of an attendee in this run of lab; lab_state_word names it. */
enum lab_outcome {
	LAB_WAITING,      /* not started yet */
	LAB_RUNNING,
	LAB_OK,           /* the child exited 0 */
	LAB_CHANGES,      /* plan: the stack's changes are not applied (exit 2) */
	LAB_DRIFTED,      /* plan: objects changed outside terrace (exit 2) */
	LAB_FAILED,       /* any other exit, or a child that could not start */
	LAB_INTERRUPTED,  /* Ctrl-C (SIGINT, SIGTERM) came while it ran */
	LAB_NOT_STARTED,  /* never started: Ctrl-C, or l->stop_reason */
	LAB_SKIPPED,      /* not asked for (down, run, status: no workspace) */
	LAB_LEAVER,       /* a workspace of someone not on the list, kept */
};

struct attendee {
	char *id;
	json_t *vars;       /* variable name -> string, from the file; a YAML file's
			       number as it is, written as -var text in the attendee's
			       deployment's edition (child_argv: 1e+20 or
			       100000000000000000000 for a string variable) */
	json_t *extra;      /* the list's columns that are no variable (email, a full
			       name): name -> text, for the hand-out */
	pid_t pid;
	int exit_code;      /* -1 while waiting or running */
	bool started;
	time_t start, end;
	char *log;          /* .terrace/lab/ID.log */
	char *summary;      /* the result line, once done: for a failure, its
			       reason (never empty) */
	enum lab_outcome outcome;
	bool leaver;        /* a workspace not on the list (no variables) */
	char *state_arg;    /* lab plan without a workspace: -state=FILE (none) */
	size_t resources;   /* a leaver's: what its state holds */
	json_t *left;       /* lab down: the objects found of its lab without a
			       state ({"type", "name", "workspace"}: lab_find_left) */
	bool sweep;         /* lab down: its child is the sweep of left */
	bool fresh;         /* lab up: its state held nothing before */
	const char *change; /* lab up, once ready: "new", "changed" or "unchanged" */
};

/* How many attendees ended each way. */
struct lab_counts {
	size_t n[LAB_LEAVER + 1];
};

/* The subcommand: it names the outcomes (lab_state_word). */
enum lab_verb { LAB_UP, LAB_STATUS, LAB_DOWN, LAB_RUN, LAB_PLAN, LAB_OUTPUT };

struct lab {
	const struct cli_setup *o;
	enum lab_verb verb;
	const char *path;          /* the stack */
	struct stack *stack;
	char *dir;                 /* .terrace/lab beside the stack */
	const char *attendee_var;
	struct attendee *a;
	size_t n;
	int parallel;
	struct child_pool pool;    /* the running children, at most parallel */
	bool tty;
	bool quiet;                /* -json: no progress lines */
	size_t drawn;              /* the lines the board drew last (lab_draw) */
	bool auto_approve, dry_run, leavers; /* lab down's */
	bool csv;                  /* lab output -csv: nested outputs flattened */
	bool merge_credentials;    /* lab output -credentials: the files' values merged */
	const char *columns;       /* lab output -columns: which columns, in order, or NULL */
	char *slice;               /* " (shard K/N of M)" with -shard, else "" */
	char *stop_reason;         /* why the attendees not started were not */
	char *silent;              /* the endpoint the first failures got no answer from */
	size_t n_silent;           /* how many failed so, before any other ending */
	bool ended_well;           /* an attendee ended otherwise: no stop */
	json_t *listed;            /* every id of the list, whatever the shard */
	json_t *extra_columns;     /* the list's columns that are no variable, in order */
	json_t *unclaimed;         /* lab down: objects found by name of no attendee */
	json_t *not_listed;        /* lab down: the types sweep could not list when it
				      last looked (sweep -json's "not_listed") */
	json_t *headroom;          /* the quotas held (lab_check_quotas), each
				      {"quota", "service", "code", "type", "used",
				      "at_least", "limit", "limit_from", "verdict",
				      "line"}, the line: "Roles per account (iam
				      L-FE177D64): 1,050 of 1,000 (the account's),
				      over: lab up refuses the class" */
	bool first_slice;          /* no -shard, or -shard 1/N: it looks after the
				      leavers (workspaces not on the list) */
};

/* cmd/lab_attendees.c */
int lab_read_attendees(struct lab *l, const char *file);
int lab_take_shard(struct lab *l, const char *spec);
void lab_attendee_release(struct attendee *a);
void lab_attendees_free(struct lab *l);

/* cmd/lab.c */
struct lab_counts lab_count(const struct lab *l);
json_t *lab_load_state(struct lab *l, const struct attendee *a);
struct backend *lab_open_ws(struct lab *l, const char *ws, char **state_path);
char *lab_last_line(const char *file);

/* cmd/lab_lost.c */
bool lab_can_sweep(const struct lab *l);
int lab_find_left(struct lab *l, bool **have, char **why);
char **lab_sweep_argv(const struct lab *l, const struct attendee *a);
char *lab_sweep_command(const struct lab *l, const struct attendee *a);
char *lab_left_text(const json_t *left);

/* cmd/lab_children.c: one terrace child per attendee */
/* The attendee's variables as -var text (name -> string): the id, then the
 * list's columns, numbers as the attendee's deployment (st) writes them. */
json_t *lab_attendee_var_texts(struct lab *l, const struct attendee *a, const json_t *st);
/* Start argv (freed here) for attendee a, its output to a->log; in its
 * workspace (TERRACE_WORKSPACE) when in_workspace. */
int lab_start_process(struct lab *l, struct attendee *a, char **argv, bool in_workspace);
/* The first line of file starting with one of prefixes (NULL-terminated),
 * or NULL. */
char *lab_find_line(const char *file, const char *const *prefixes);
/* Run verb for the attendees with want[i] set (NULL: all; the others are
 * LAB_SKIPPED), `parallel` at a time; Ctrl-C stops new starts. Returns the
 * number that failed or were interrupted. */
size_t lab_run_all(struct lab *l, const char *const *verb, const bool *want);

/* cmd/lab_quotas.c */
int lab_check_quotas(struct lab *l);
char *lab_class_totals(const struct lab *l);
json_t *lab_class_totals_json(const struct lab *l);

/* cmd/lab_board.c */
const char *lab_state_word(const struct lab *l, const struct attendee *a);
int lab_id_width(const struct lab *l);
void lab_draw(struct lab *l, bool again);
void lab_print_done(const struct lab *l, const struct attendee *a);
void lab_print_failures(const struct lab *l);
char *lab_counts_text(const struct lab *l);
void lab_print_table(const json_t *heads, const json_t *rows);
void lab_write_table(FILE *f, const json_t *heads, const json_t *rows, int limit);
int lab_term_rows(void);
int lab_table_natural_width(const json_t *heads, const json_t *rows);
int lab_table_width(void);
void lab_print_csv(const json_t *heads, const json_t *rows);
json_t *lab_json(const struct lab *l);

/* cmd/lab_outputs.c */
int lab_aws_client(struct lab *l, void **client);
struct lab_outputs {
	json_t *columns;  /* the outputs' names as first met; " credentials" last */
	json_t **rows;    /* per attendee: name -> text */
};
int lab_gather_outputs(struct lab *l, bool write, struct lab_outputs *out);
void lab_outputs_release(struct lab_outputs *out, size_t n);
int lab_print_outputs(const struct lab *l, const struct lab_outputs *out, bool with_state,
		      bool csv);
void lab_json_outputs(const struct lab *l, const struct lab_outputs *out, json_t *list);

#endif
