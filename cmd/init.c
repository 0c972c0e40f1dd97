/*
 * init.c: `terrace init`: records which backend holds the stack's state in
 * .terrace/backend.json beside the stack, so that a backend changed since
 * (a backend: block added, removed or edited, other TERRACE_BACKEND_* or
 * -backend-config) is noticed instead of silently starting from an empty
 * state. With -migrate-state it copies every workspace's state from the
 * recorded backend to the one now configured, under both backends' locks;
 * -reconfigure records the new one without copying. The record and the
 * check the other commands make are cmd/backend_record.c's.
 */
#include "cmd/backend_record.h"
#include "cmd/cli.h"
#include "plan/state.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define OPERATION "init -migrate-state"

static const struct cli_command init_cmd = {
	"init", "terrace init [options]",
	"Record which backend holds the stack's state (in .terrace/backend.json beside the\n"
	"stack). When the backend changed since, -migrate-state copies every workspace's\n"
	"state from the recorded backend to the new one (refusing to replace a state the new\n"
	"one already holds unless -force-copy); -reconfigure uses the new one as it is.\n"
	"Credentials for the old backend come from the environment (TERRACE_BACKEND_*,\n"
	"AWS_*); the record never holds them.",
	0,
};

/* init's options. */
struct init_opts {
	struct cli_setup setup;
	bool migrate_state;  /* copy every workspace's state to the new backend */
	bool reconfigure;    /* use the new backend as it is, copy nothing */
	bool force_copy;     /* with -migrate-state: replace a destination's state */
};

/* ---- migration ---- */

enum move_action { MOVE_SKIP, MOVE_SAME, MOVE_CREATE, MOVE_COPY };

struct ws_move {
	const char *name;
	struct backend *src, *dst;
	char *src_path, *dst_path;   /* local files, or NULL */
	bool src_locked, dst_locked;
	bool dst_missing;            /* a local workspace folder not made yet */
	json_t *src_state, *dst_state;
	enum move_action action;
};

struct migration {
	const struct cli_setup *o;
	bool force_copy;
	const char *stack_path;
	double timeout;
	struct place *from, *to;
	struct ws_move *moves;
	size_t n;
};

static bool dir_exists(const char *file)
{
	char *dir = xstrndup(file, strrchr(file, '/') ? (size_t)(strrchr(file, '/') - file) : 0);
	struct stat st;
	bool ok = !*dir || (stat(dir, &st) == 0 && S_ISDIR(st.st_mode));
	free(dir);
	return ok;
}

static int lock_and_load(struct migration *m, struct backend *b, bool *locked, json_t **state)
{
	struct strbuf err = STRBUF_INIT;
	int rc = 0;
	if (m->o->lock && b->ops->lock(b, OPERATION, m->timeout, &err))
		rc = -1;
	else
		*locked = m->o->lock;
	if (!rc && b->ops->load(b, state, &err))
		rc = -1;
	if (rc)
		ui_error("%s", err.buf);
	strbuf_release(&err);
	return rc;
}

/* Open, lock and read both sides of one workspace; decide what to do.
 * 0, 1 when the destination refuses, -1 after an error. */
static int prepare_move(struct migration *m, struct ws_move *mv)
{
	const char *sp = m->stack_path;
	mv->src = ctx_backend_from_settings(m->from->settings, NULL, m->from->stack, sp, mv->name,
					    &mv->src_path);
	mv->dst = ctx_backend_from_settings(m->to->settings, NULL, m->to->stack, sp, mv->name,
					    &mv->dst_path);
	if (!mv->src || !mv->dst || lock_and_load(m, mv->src, &mv->src_locked, &mv->src_state))
		return -1;
	/* A local workspace's folder is made only when something goes there. */
	mv->dst_missing = mv->dst_path && !dir_exists(mv->dst_path);
	if (!mv->dst_missing &&
	    lock_and_load(m, mv->dst, &mv->dst_locked, &mv->dst_state))
		return -1;
	json_int_t ss = serial_of(mv->src_state), ds = serial_of(mv->dst_state);
	bool is_default = !strcmp(mv->name, "default");
	bool same = mv->dst_state && !strcmp(lineage_of(mv->src_state), lineage_of(mv->dst_state));
	bool dst_exists = mv->dst_path ? !mv->dst_missing : ds > 0;
	if (ss == 0) /* never written: only the workspace itself moves */
		mv->action = is_default || dst_exists ? MOVE_SKIP : MOVE_CREATE;
	else if (same && ds == ss)
		mv->action = MOVE_SAME;
	else if (!mv->dst_state || ds == 0 || state_empty(mv->dst_state) || (same && ds < ss) ||
		 m->force_copy)
		mv->action = MOVE_COPY;
	else if (same)
		return ui_error("workspace \"%s\": the new backend holds a newer version of this "
				"state (serial %lld; the old backend's is %lld)", mv->name,
				(long long)ds, (long long)ss), 1;
	else
		return ui_error("workspace \"%s\": the new backend already holds another state "
				"(lineage %s, %zu resources)", mv->name, lineage_of(mv->dst_state),
				json_object_size(json_object_get(mv->dst_state, "resources"))), 1;
	return 0;
}

static int carry_out(struct migration *m, struct ws_move *mv)
{
	struct strbuf err = STRBUF_INIT;
	int rc = 0;
	if (mv->action == MOVE_SKIP || mv->action == MOVE_SAME)
		return 0;
	if (mv->dst_missing || (mv->action == MOVE_CREATE && !mv->dst_path))
		rc = ws_create(mv->dst, mv->dst_path);
	if (!rc && mv->action == MOVE_COPY && !mv->dst_locked) {
		json_decref(mv->dst_state);
		mv->dst_state = NULL;
		rc = lock_and_load(m, mv->dst, &mv->dst_locked, &mv->dst_state);
	}
	if (!rc && mv->action == MOVE_COPY) {
		/* save() numbers the write: the copy keeps the source's serial. */
		json_t *copy = json_deep_copy(mv->src_state);
		json_object_set_new(copy, "serial", json_integer(serial_of(mv->src_state) - 1));
		if (mv->dst->ops->save(mv->dst, copy, &err))
			rc = ui_error("workspace \"%s\": %s", mv->name, err.buf);
		json_decref(copy);
	}
	strbuf_release(&err);
	return rc ? -1 : 0;
}

static void release_move(struct ws_move *mv)
{
	struct backend *sides[2] = { mv->src, mv->dst };
	bool locked[2] = { mv->src_locked, mv->dst_locked };
	for (int i = 0; i < 2; i++) {
		if (!sides[i])
			continue;
		struct strbuf err = STRBUF_INIT;
		if (locked[i] && sides[i]->ops->unlock(sides[i], &err))
			ui_error("releasing the state lock: %s", err.buf);
		strbuf_release(&err);
		sides[i]->ops->free(sides[i]);
	}
	free(mv->src_path);
	free(mv->dst_path);
	json_decref(mv->src_state);
	json_decref(mv->dst_state);
}

static void report_move(const struct ws_move *mv)
{
	size_t n = json_object_size(json_object_get(mv->src_state, "resources"));
	switch (mv->action) {
	case MOVE_COPY:
		ui_printf(stdout, "  %s: copied (serial %lld, %zu resource%s)\n", mv->name,
			  (long long)serial_of(mv->src_state), n, n == 1 ? "" : "s");
		break;
	case MOVE_SAME:
		ui_printf(stdout, "  %s: already there (serial %lld)\n", mv->name,
			  (long long)serial_of(mv->src_state));
		break;
	case MOVE_CREATE:
		ui_printf(stdout, "  %s: created (it has no state yet)\n", mv->name);
		break;
	case MOVE_SKIP:
		ui_printf(stdout, "  %s: nothing to copy\n", mv->name);
		break;
	}
}

static int migrate(struct migration *m)
{
	char *path = NULL;
	struct backend *b = ctx_backend_from_settings(m->from->settings, NULL, m->from->stack,
						      m->stack_path, "default", &path);
	json_t *names = json_pack("[s]", "default");
	int rc = b ? ws_list(b, path, names) : -1;
	if (b)
		b->ops->free(b);
	free(path);
	m->n = json_array_size(names);
	m->moves = xcalloc(m->n, sizeof(*m->moves));
	int refused = 0;
	/* Every workspace is checked, under both locks, before anything is
	 * copied: a refusal leaves both backends as they were. */
	for (size_t i = 0; !rc && i < m->n; i++) {
		m->moves[i].name = json_string_value(json_array_get(names, i));
		int r = prepare_move(m, &m->moves[i]);
		if (r < 0)
			rc = -1;
		refused += r > 0;
	}
	if (!rc && refused)
		rc = ui_error("init -migrate-state: nothing was copied. -force-copy replaces what "
			      "the new backend holds (it is then lost unless kept elsewhere)");
	if (!rc)
		ui_printf(stdout, "Migrating the state from %s to %s:\n", m->from->where,
			  m->to->where);
	for (size_t i = 0; !rc && i < m->n; i++) {
		rc = carry_out(m, &m->moves[i]);
		if (!rc)
			report_move(&m->moves[i]);
	}
	for (size_t i = 0; i < m->n; i++)
		release_move(&m->moves[i]);
	free(m->moves);
	json_decref(names);
	if (!rc)
		ui_printf(stdout, "The state in %s was left as it was; delete it once you no longer "
			  "need it.\n", m->from->where);
	return rc ? -1 : 0;
}

/* The backend can be read (credentials, bucket, key). */
static int check_access(const struct place *p, const char *stack_path)
{
	char *path = NULL;
	struct backend *b = ctx_backend_from_settings(p->settings, NULL, p->stack, stack_path,
						      "default", &path);
	json_t *st = NULL;
	struct strbuf err = STRBUF_INIT;
	int rc = b ? 0 : -1;
	if (b && b->ops->load(b, &st, &err))
		rc = ui_error("%s", err.buf);
	json_decref(st);
	strbuf_release(&err);
	if (b)
		b->ops->free(b);
	free(path);
	return rc ? -1 : 0;
}

static int init_stack(const struct init_opts *io, const char *stack_path, const struct stack *stack)
{
	const struct cli_setup *o = &io->setup;
	struct place cur = { 0 }, old = { 0 };
	json_t *record = NULL;
	char *path = record_path(stack_path);
	struct migration m = { o, io->force_copy, stack_path, 0, &old, &cur, NULL, 0 };
	int rc = ctx_parse_duration(o->lock_timeout, &m.timeout)
		 ? ui_error("-lock-timeout: \"%s\" is not a duration (examples: 0s, 30s, 2m)",
			    o->lock_timeout)
		 : 0;
	if (!rc && (current_place(o, stack->backend, stack->name, stack_path, &cur) ||
		    read_record(path, &record)))
		rc = -1;
	bool changed = false;
	if (!rc && record) {
		rc = recorded_place(o, record, &old);
		changed = !rc && strcmp(old.where, cur.where);
	} else if (!rc) {
		implied_place(o, stack_path, &old);
		struct strbuf found = STRBUF_INIT;
		int n = strcmp(old.where, cur.where) ? local_states(&old, stack_path, &found) : 0;
		rc = n < 0 ? -1 : 0;
		changed = n > 0;
		strbuf_release(&found);
	}
	if (!rc && changed && io->migrate_state)
		rc = migrate(&m);
	else if (!rc && changed && io->reconfigure)
		ui_printf(stdout, "Reconfigured: the state in %s was left as it was and is no "
			  "longer used.\n", old.where);
	else if (!rc && changed)
		rc = ui_error("the backend changed: the state is in %s, the stack now names %s.\n"
			      "  %s", old.where, cur.where, backend_record_hint);
	else if (!rc && io->migrate_state)
		ui_printf(stdout, "Nothing to migrate: the state is already in %s.\n", cur.where);
	if (!rc)
		rc = check_access(&cur, stack_path);
	if (!rc)
		rc = write_record(path, &cur);
	if (!rc)
		ui_printf(stdout, "terrace has been initialized: the state is in %s.\n", cur.where);
	place_release(&cur);
	place_release(&old);
	json_decref(record);
	free(path);
	return rc ? 1 : 0;
}

int cmd_init(int argc, char **argv)
{
	struct init_opts io = { .migrate_state = false };
	const struct cli_option options[] = {
		OPT_SETUP(SETUP_STACK | SETUP_BACKEND_CONFIG | SETUP_LOCK | SETUP_NO_COLOR),
		OPT_BOOL("migrate-state", "copy every workspace's state from the backend recorded "
			 "before to the one now configured", &io.migrate_state),
		OPT_BOOL("reconfigure", "use the backend now configured as it is, copying nothing",
			 &io.reconfigure),
		OPT_BOOL("force-copy", "with -migrate-state: replace states the new backend already "
			 "holds", &io.force_copy),
		OPT_END(),
	};
	struct cli_setup *o = &io.setup;
	enum cli_parsed parsed = cli_parse(&init_cmd, options, argc, argv, o);
	if (parsed != CLI_RUN)
		return CLI_EXIT_CODE(parsed);
	int code = 1;
	struct stack *stack = NULL;
	const char *stack_path = o->stack_path ? o->stack_path : ".";
	if (io.migrate_state && io.reconfigure) {
		ui_error("init: -migrate-state and -reconfigure exclude each other");
	} else if (io.force_copy && !io.migrate_state) {
		ui_error("init: -force-copy goes with -migrate-state");
	} else {
		struct diags d = DIAGS_INIT;
		int rc = stack_load(stack_path, &stack, &d);
		ui_diags(&d);
		diags_free(&d);
		if (!rc)
			code = init_stack(&io, stack_path, stack);
	}
	if (stack)
		stack_free(stack);
	cli_setup_release(o);
	return code;
}
