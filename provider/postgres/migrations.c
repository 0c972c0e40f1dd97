/*
 * migrations.c: the postgres.sql resource type — a folder of SQL migration
 * files applied to a database in name order, each once, each in its own
 * transaction, and recorded in a history table:
 *
 *   HISTORY_SCHEMA.terrace_migrations (name text primary key, sha256 text,
 *                                      applied_at timestamptz)
 *
 * (on Redshift VARCHAR(256), CHAR(64) and TIMESTAMP DEFAULT GETDATE(); the
 * dialect, dialect.c, spells the table, its clock and its lock)
 *
 * The computed attribute `migrations` maps each file name to the SHA-256 of
 * its bytes. plan_desired fills it from the local files, read() from the
 * history table, so a new file plans as an update that adds its key, and a
 * migration applied by someone else reads as applied.
 *
 * An applied migration must never change or go away. The check needs what
 * the history holds and what the files hold at once: plan_desired() is
 * given what the refresh read (prior, whose `migrations` is the history)
 * and refuses a changed or missing file naming it and both checksums.
 * Apply checks again against the history itself, so a plan made without
 * refresh (prior is then what state holds), or a stale saved plan, cannot
 * slip a changed file through.
 *
 * Each file runs inside BEGIN ... COMMIT together with its history row,
 * under a transaction-level lock so two runs cannot apply the same file
 * (PostgreSQL: an advisory lock; Redshift, which has none: LOCK on the
 * history table); a failing file is rolled back whole and stops the apply, and those
 * before it stay applied and recorded. Files must not hold transaction
 * control or COPY FROM STDIN.
 *
 * With `vars` set, each file is a template first: ${NAME} becomes vars'
 * NAME (a value from the stack: a role ARN for CREATE EXTERNAL SCHEMA, a
 * bucket), $${ a literal ${, and the checksum is the rendered text's. A
 * file whose name starts with R__ is repeatable (as in Flyway): when its
 * rendered text changes, because it or an input it uses changed, it runs
 * again and its history row gets the new checksum; a changed input thus
 * plans a change of exactly the repeatable files using it. Any other
 * applied file whose rendered text changes is refused like an edited one.
 *
 * Destroy un-applies nothing: it forgets the resource and leaves the
 * database and its history table as they are, so the same folder applied
 * again later adopts the history instead of running the files twice.
 */
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <openssl/evp.h>

#include "provider/postgres/postgres.h"
#include "provider/base/log.h"
#include "provider/base/encoding.h"

#define HISTORY_TABLE "terrace_migrations"

static const struct attr_schema sql_attrs[] = {
	{ .name = "source", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_CONFIG_ONLY,
	  .description = "folder of migration files (*.sql), applied in name order" },
	{ .name = "database", .type = ATTR_STRING,
	  .flags = ATTR_OPTIONAL | ATTR_COMPUTED | ATTR_FORCE_NEW,
	  .description = "database the migrations run in; default the provider's" },
	{ .name = "history_schema", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_FORCE_NEW,
	  .description = "existing schema that holds the history table terrace_migrations "
			 "(one folder of migrations per history table)",
	  .default_json = "\"public\"" },
	{ .name = "vars", .type = ATTR_MAP, .flags = ATTR_OPTIONAL | ATTR_CONFIG_ONLY,
	  .elem_type = ATTR_STRING,
	  .description = "values put into the files' ${NAME} before they run (files are then "
			 "templates; $${ is a literal ${); a file named R__*.sql runs again when "
			 "its rendered text changes" },
	{ .name = "migrations", .type = ATTR_MAP, .flags = ATTR_COMPUTED, .elem_type = ATTR_STRING,
	  .description = "applied migrations: file name -> SHA-256 of its content" },
	{ .name = NULL },
};

/* ---- local files ---- */

static int sha256_file(const char *path, char hex[65], struct strbuf *err)
{
	unsigned char buf[65536], md[EVP_MAX_MD_SIZE];
	unsigned int n_md = 0;
	EVP_MD_CTX *ctx;
	FILE *f = fopen(path, "rb");
	size_t n;
	int rc = 0;

	if (!f) {
		strbuf_addf(err, "cannot read %s: %s", path, strerror(errno));
		return -1;
	}
	ctx = EVP_MD_CTX_new();
	EVP_DigestInit_ex(ctx, EVP_sha256(), NULL);
	while ((n = fread(buf, 1, sizeof(buf), f)) > 0)
		EVP_DigestUpdate(ctx, buf, n);
	if (ferror(f)) {
		strbuf_addf(err, "cannot read %s: %s", path, strerror(errno));
		rc = -1;
	}
	EVP_DigestFinal_ex(ctx, md, &n_md);
	EVP_MD_CTX_free(ctx);
	fclose(f);
	hex_text(md, n_md < 32 ? n_md : 32, hex);
	return rc;
}

static bool is_migration_name(const char *name)
{
	size_t n = strlen(name);

	return name[0] != '.' && n > 4 && !strcmp(name + n - 4, ".sql");
}

static char *read_text(const char *path, struct strbuf *err);

static bool is_repeatable(const char *name)
{
	return !strncmp(name, "R__", 3);
}

/* text with ${NAME} replaced by vars' NAME and $${ by ${ (a new string),
 * or NULL with err naming the file and line of an unknown or unclosed
 * name. */
static char *render(const char *name, const char *text, const json_t *vars, struct strbuf *err)
{
	struct strbuf out = STRBUF_INIT;
	int line = 1;

	for (const char *p = text; *p; p++) {
		if (*p == '\n')
			line++;
		if (p[0] == '$' && p[1] == '$' && p[2] == '{') {
			strbuf_addstr(&out, "${");
			p += 2;
			continue;
		}
		if (p[0] != '$' || p[1] != '{') {
			strbuf_addch(&out, *p);
			continue;
		}
		const char *end = strchr(p + 2, '}');
		size_t n = end ? (size_t)(end - p - 2) : 0;
		char *key = end ? xstrndup(p + 2, n) : NULL;
		const json_t *v = key ? json_object_get(vars, key) : NULL;
		if (!end || !json_is_string(v)) {
			if (!end)
				strbuf_addf(err, "postgres.sql: migration %s line %d: \"${\" is not "
					    "closed (write $${ for a literal ${)", name, line);
			else
				strbuf_addf(err, "postgres.sql: migration %s line %d: ${%s} is not "
					    "one of vars (write $${ for a literal ${)", name, line, key);
			free(key);
			strbuf_release(&out);
			return NULL;
		}
		strbuf_add(&out, json_string_value(v), json_string_length(v));
		free(key);
		p = end;
	}
	return strbuf_detach(&out);
}

static void sha256_text(const char *text, char hex[65])
{
	sha256_hex(text, strlen(text), hex);
}

/* A migration as it runs: the file, rendered with vars when vars is an
 * object; hex gets its checksum, *text (may be NULL) the text. */
static int migration_text(const char *path, const char *name, const json_t *vars,
			  char **text, char hex[65], struct strbuf *err)
{
	char *raw, *done;

	if (text)
		*text = NULL;
	if (!json_is_object(vars) && !text)
		return sha256_file(path, hex, err);
	if (!(raw = read_text(path, err)))
		return -1;
	done = json_is_object(vars) ? render(name, raw, vars, err) : raw;
	if (done != raw)
		free(raw);
	if (!done)
		return -1;
	if (json_is_object(vars))
		sha256_text(done, hex);
	else if (sha256_file(path, hex, err)) {
		free(done);
		return -1;
	}
	if (text)
		*text = done;
	else
		free(done);
	return 0;
}

/* The folder's migration files: name -> sha256 (a new object). */
static json_t *local_migrations(const char *folder, const json_t *vars, struct strbuf *err)
{
	DIR *d = opendir(folder);
	json_t *files;
	struct dirent *e;

	if (!d) {
		strbuf_addf(err, "postgres.sql: source %s: %s", folder, strerror(errno));
		return NULL;
	}
	files = json_object();
	while ((e = readdir(d))) {
		char *path, hex[65];
		struct stat st;
		int rc;

		if (!is_migration_name(e->d_name))
			continue;
		path = xasprintf("%s/%s", folder, e->d_name);
		if (stat(path, &st) || !S_ISREG(st.st_mode)) {
			free(path);
			continue;
		}
		rc = migration_text(path, e->d_name, vars, NULL, hex, err);
		free(path);
		if (rc) {
			if (strncmp(err->buf, "postgres.sql: ", 14))
				strbuf_prefixf(err, "postgres.sql: ");
			json_decref(files);
			closedir(d);
			return NULL;
		}
		json_object_set_new(files, e->d_name, json_string(hex));
	}
	closedir(d);
	return files;
}

/*
 * Every applied migration must still be there, unchanged. `where` names the
 * folder in messages.
 */
static int check_history(const json_t *applied, const json_t *local, const char *where,
			 struct strbuf *err)
{
	size_t n;
	const char **names = value_sorted_keys(applied, &n);
	int rc = 0;

	for (size_t i = 0; i < n && rc == 0; i++) {
		const char *was = json_string_value(json_object_get(applied, names[i]));
		const char *now = json_string_value(json_object_get(local, names[i]));

		if (!now) {
			strbuf_addf(err, "postgres.sql: migration %s was applied (sha256 %s) but is "
				    "no longer in %s: an applied migration cannot be removed or "
				    "renamed; put it back", names[i], was ? was : "?", where);
			rc = -1;
		} else if ((!was || strcmp(was, now)) && !is_repeatable(names[i])) {
			strbuf_addf(err, "postgres.sql: migration %s was applied with sha256 %s, "
				    "but the file now has sha256 %s: an applied migration must not "
				    "change; restore it and add a new migration for the change",
				    names[i], was ? was : "?", now);
			rc = -1;
		}
	}
	free(names);
	return rc;
}

/* ---- the history table ---- */

static void add_history_table(struct sqlbuf *b, const char *history_schema)
{
	sql_ident(b, history_schema);
	sql_add(b, "." HISTORY_TABLE);
}

static const char *history_schema_of(const json_t *o)
{
	const char *s = value_get_string(o, "history_schema");

	return s && *s ? s : "public";
}

/* 1 when the history table exists, 0 when not, -1 on error. */
static int history_exists(struct pg_session *s, const char *history_schema, struct strbuf *err)
{
	const char *params[1] = { history_schema };

	return pg_exists(s, "look up the migration history",
			 "SELECT EXISTS (SELECT 1 FROM pg_class c JOIN pg_namespace n "
			 "ON n.oid = c.relnamespace WHERE n.nspname = $1 "
			 "AND c.relname = '" HISTORY_TABLE "')", 1, params, err);
}

/* The applied migrations (name -> sha256), {} when there is no history
 * table yet. */
static int read_history(struct pg_session *s, const char *history_schema, json_t **out,
			struct strbuf *err)
{
	PGresult *r = NULL;
	struct sqlbuf b;
	const char *sql;
	int rc = history_exists(s, history_schema, err);

	*out = NULL;
	if (rc < 0)
		return -1;
	if (rc == 0) {
		*out = json_object();
		return 0;
	}
	sql_init(&b, s->conn);
	sql_add(&b, "SELECT name, sha256 FROM ");
	add_history_table(&b, history_schema);
	sql = sql_text(&b, "read the migration history", err);
	rc = sql ? pg_query(s, "read the migration history", sql, 0, NULL, true, &r, err) : -1;
	sql_release(&b);
	if (rc)
		return -1;
	*out = json_object();
	for (int i = 0; i < PQntuples(r); i++)
		json_object_set_new(*out, pg_cell(r, i, 0), json_string(pg_cell(r, i, 1)));
	PQclear(r);
	return 0;
}

/* Make the history table unless it is there (creating needs the CREATE
 * privilege on its schema, using it does not). */
static int ensure_history_table(struct pg_session *s, const char *history_schema,
				struct strbuf *err)
{
	struct sqlbuf b;
	int rc = history_exists(s, history_schema, err);

	if (rc)
		return rc < 0 ? -1 : 0;
	sql_init(&b, s->conn);
	sql_add(&b, "CREATE TABLE IF NOT EXISTS ");
	add_history_table(&b, history_schema);
	sql_add(&b, pg_session_dialect(s)->history_columns);
	return pg_exec_sql(s, "CREATE TABLE " HISTORY_TABLE, &b, err);
}

/* ---- applying one file ---- */

/* The line of a 1-based character position in UTF-8 text. */
static int line_of(const char *text, long position)
{
	long chars = 0;
	int line = 1;

	for (const char *p = text; *p; p++) {
		if (((unsigned char)*p & 0xC0) != 0x80 && ++chars >= position)
			break;
		if (*p == '\n')
			line++;
	}
	return line;
}

static char *read_text(const char *path, struct strbuf *err)
{
	FILE *f = fopen(path, "rb");
	struct strbuf sb = STRBUF_INIT;
	char buf[65536];
	size_t n;

	if (!f) {
		strbuf_addf(err, "postgres.sql: cannot read %s: %s", path, strerror(errno));
		return NULL;
	}
	while ((n = fread(buf, 1, sizeof(buf), f)) > 0)
		strbuf_add(&sb, buf, n);
	fclose(f);
	if (strlen(sb.buf) != sb.len) {
		strbuf_addf(err, "postgres.sql: %s holds a NUL byte", path);
		strbuf_release(&sb);
		return NULL;
	}
	return strbuf_detach(&sb);
}

/* End a COPY the file started: terrace has no data to send it. */
static void end_copy(PGconn *conn, PGresult *r)
{
	if (PQresultStatus(r) == PGRES_COPY_IN) {
		PQputCopyEnd(conn, "terrace migrations cannot feed COPY FROM STDIN");
	} else if (PQresultStatus(r) == PGRES_COPY_OUT) {
		char *row;

		while (PQgetCopyData(conn, &row, 0) > 0)
			PQfreemem(row);
	}
	PQclear(r);
	while ((r = PQgetResult(conn)))
		PQclear(r);
}

/* Run the file's SQL in the open transaction; -1 with the server's message
 * and the line it points at. */
static int run_file(struct pg_session *s, const char *name, const char *text, struct strbuf *err)
{
	PGresult *r = PQexec(s->conn, text);
	ExecStatusType st = PQresultStatus(r);
	char *what;

	if (st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK || st == PGRES_EMPTY_QUERY) {
		PQclear(r);
		return 0;
	}
	what = xasprintf("migration %s", name);
	if (st == PGRES_COPY_IN || st == PGRES_COPY_OUT) {
		end_copy(s->conn, r);
		strbuf_addf(err, "postgres %s: %s: COPY ... FROM STDIN / TO STDOUT cannot run in "
			    "a migration", s->database, what);
		free(what);
		return -1;
	}
	pg_add_error(s, what, r, err);
	const char *position = PQresultErrorField(r, PG_DIAG_STATEMENT_POSITION);
	if (position)
		strbuf_addf(err, " at line %d", line_of(text, atol(position)));
	PQclear(r);
	free(what);
	return -1;
}

/*
 * Apply one file in a transaction with its history row. A row that appeared
 * meanwhile (another run applied it) with the same checksum is success; with
 * another checksum it is an error.
 */
static int apply_file(struct pg_session *s, const char *history_schema, const char *folder,
		      const json_t *vars, const char *name, const char *want_sha,
		      struct strbuf *err)
{
	char *path = xasprintf("%s/%s", folder, name), *text = NULL, hex[65];
	const char *params[2] = { name, want_sha };
	struct sqlbuf b;
	const char *sql;
	PGresult *r = NULL;
	int rc = -1;

	if (migration_text(path, name, vars, &text, hex, err)) {
		if (strncmp(err->buf, "postgres.sql: ", 14))
			strbuf_prefixf(err, "postgres.sql: ");
		goto out;
	}
	if (strcmp(hex, want_sha)) {
		strbuf_addf(err, "postgres.sql: migration %s changed after it was planned "
			    "(sha256 %s, planned %s); plan again", name, hex, want_sha);
		goto out;
	}
	if (pg_exec(s, "BEGIN", "BEGIN", err))
		goto out;
	sql_init(&b, s->conn);
	pg_sql_history_lock(&b, pg_session_dialect(s), history_schema, HISTORY_TABLE);
	if (pg_exec_sql(s, "lock the migration history", &b, err))
		goto out;
	sql_init(&b, s->conn);
	sql_add(&b, "SELECT sha256 FROM ");
	add_history_table(&b, history_schema);
	sql_add(&b, " WHERE name = $1");
	sql = sql_text(&b, "read the migration history", err);
	rc = sql ? pg_query(s, "read the migration history", sql, 1, params, false, &r, err) : -1;
	sql_release(&b);
	if (rc)
		goto out;
	rc = -1;
	if (PQntuples(r) == 1 && is_repeatable(name) && strcmp(pg_cell(r, 0, 0), want_sha)) {
		log_debugf("postgres %s: running repeatable migration %s again", s->database, name);
		if (run_file(s, name, text, err))
			goto out;
		sql_init(&b, s->conn);
		sql_add(&b, "UPDATE ");
		add_history_table(&b, history_schema);
		sql_add(&b, " SET sha256 = $2, applied_at = ");
		sql_add(&b, pg_session_dialect(s)->history_now);
		sql_add(&b, " WHERE name = $1");
		sql = sql_text(&b, "record the migration", err);
		rc = sql ? pg_query(s, "record the migration", sql, 2, params, false, NULL, err) : -1;
		sql_release(&b);
		if (rc) {
			rc = -1;
			goto out;
		}
	} else if (PQntuples(r) == 1) {
		if (strcmp(pg_cell(r, 0, 0), want_sha)) {
			strbuf_addf(err, "postgres.sql: migration %s was applied meanwhile with "
				    "sha256 %s, but the file has sha256 %s", name, pg_cell(r, 0, 0),
				    want_sha);
			goto out;
		}
		log_debugf("postgres %s: migration %s was applied meanwhile", s->database, name);
	} else {
		log_debugf("postgres %s: applying migration %s", s->database, name);
		if (run_file(s, name, text, err))
			goto out;
		sql_init(&b, s->conn);
		sql_add(&b, "INSERT INTO ");
		add_history_table(&b, history_schema);
		sql_add(&b, " (name, sha256) VALUES ($1, $2)");
		sql = sql_text(&b, "record the migration", err);
		rc = sql ? pg_query(s, "record the migration", sql, 2, params, false, NULL, err) : -1;
		sql_release(&b);
		if (rc) {
			rc = -1;
			goto out;
		}
	}
	rc = pg_exec(s, "COMMIT", "COMMIT", err);
out:
	/* pg_session_close rolls back a transaction left open. */
	if (rc && s->conn && PQtransactionStatus(s->conn) != PQTRANS_IDLE)
		PQclear(PQexec(s->conn, "ROLLBACK"));
	PQclear(r);
	free(text);
	free(path);
	return rc;
}

/* ---- the resource type ---- */

static const char *database_of(struct pg_client *c, const json_t *o)
{
	const char *d = value_get_string(o, "database");

	return d && *d ? d : pg_client_default_database(c);
}

static json_t *attrs_of(const char *database, const char *history_schema, json_t *applied)
{
	return json_pack("{s:s, s:s, s:o}", "database", database, "history_schema",
			 history_schema, "migrations", applied);
}

/*
 * The history an id "DATABASE/HISTORY_SCHEMA.terrace_migrations" names, when
 * it names another one than the attributes do (an import: the attributes
 * are then the configuration, the id the history to adopt): 1 with *db and
 * *schema (free them), else 0.
 */
static int history_of_id(struct pg_client *c, const char *id, const json_t *o, char **db,
			 char **schema)
{
	const char *slash = id ? strchr(id, '/') : NULL;
	size_t n = id ? strlen(id) : 0, suffix = strlen("." HISTORY_TABLE);
	char *own = xasprintf("%s/%s." HISTORY_TABLE, database_of(c, o), history_schema_of(o));
	int named = slash && strcmp(own, id) && n > suffix &&
		    !strcmp(id + n - suffix, "." HISTORY_TABLE) && slash < id + n - suffix;

	free(own);
	if (!named)
		return 0;
	*db = xstrndup(id, (size_t)(slash - id));
	*schema = xstrndup(slash + 1, (size_t)(id + n - suffix - slash - 1));
	return 1;
}

static int sql_read(void *client, const char *id, const json_t *prior, json_t **out,
		    struct strbuf *err)
{
	const char *database = database_of(client, prior);
	const char *history_schema = history_schema_of(prior);
	char *id_db = NULL, *id_schema = NULL;
	json_t *applied = NULL;
	struct pg_session s;
	int rc;

	*out = NULL;
	if (history_of_id(client, id, prior, &id_db, &id_schema)) {
		database = id_db;
		history_schema = id_schema;
	}
	rc = pg_database_exists(client, database, err);
	if (rc <= 0)
		goto out;
	rc = -1;
	if (pg_session_open(client, database, &s, err))
		goto out;
	/* Without its history table the resource is gone (never made here). */
	rc = history_exists(&s, history_schema, err);
	if (rc == 1)
		rc = read_history(&s, history_schema, &applied, err);
	else if (rc == 0)
		rc = 1;
	pg_session_close(&s);
	if (rc)
		goto out;
	*out = attrs_of(database, history_schema, applied);
out:
	free(id_db);
	free(id_schema);
	return rc < 0 ? -1 : 0;
}

/* Apply every local file the history lacks, in name order; *out gets the
 * attributes to store. */
static int apply_pending(struct pg_client *c, const json_t *desired, json_t **out,
			 struct strbuf *err)
{
	const char *database = database_of(c, desired);
	const char *history_schema = history_schema_of(desired);
	const char *source = value_get_string(desired, "source");
	const json_t *vars = value_get(desired, "vars");
	json_t *local = local_migrations(source ? source : "", vars, err), *applied = NULL;
	const char **names = NULL;
	struct pg_session s;
	size_t n = 0;
	int rc = -1;

	*out = NULL;
	if (!local)
		return -1;
	if (pg_session_open(c, database, &s, err)) {
		json_decref(local);
		return -1;
	}
	if (ensure_history_table(&s, history_schema, err) ||
	    read_history(&s, history_schema, &applied, err) ||
	    check_history(applied, local, source, err))
		goto out;
	names = value_sorted_keys(local, &n);
	for (size_t i = 0; i < n; i++) {
		const char *was = json_string_value(json_object_get(applied, names[i]));
		const char *now = json_string_value(json_object_get(local, names[i]));
		if (was && (!now || !strcmp(was, now) || !is_repeatable(names[i])))
			continue;
		if (apply_file(&s, history_schema, source, vars, names[i],
			       json_string_value(json_object_get(local, names[i])), err))
			goto out;
	}
	json_decref(applied);
	applied = NULL;
	if (read_history(&s, history_schema, &applied, err))
		goto out;
	*out = attrs_of(s.database, history_schema, json_incref(applied));
	rc = 0;
out:
	pg_session_close(&s);
	free(names);
	json_decref(applied);
	json_decref(local);
	return rc;
}

static int sql_create(void *client, const json_t *desired, const struct create_call *call,
		      char **id, json_t **out, struct strbuf *err)
{
	/* Nothing is tracked until every file is applied: an apply that fails
	 * midway leaves its work in the history table, which the next create
	 * reads and goes on from. An existing history is always adopted. */
	(void)call->may_exist;
	*id = NULL;
	if (apply_pending(client, desired, out, err))
		return -1;
	*id = xasprintf("%s/%s." HISTORY_TABLE, value_get_string(*out, "database"),
			history_schema_of(desired));
	return 0;
}

static int sql_update(void *client, const char *id, const json_t *prior, const json_t *desired,
		      json_t **out, struct strbuf *err)
{
	(void)id;
	(void)prior;
	return apply_pending(client, desired, out, err);
}

static int sql_delete(void *client, const char *id, const json_t *prior, struct strbuf *err)
{
	(void)client;
	(void)prior;
	(void)err;
	log_debugf("postgres: %s: migrations are not undone; the history table stays", id);
	return 0;
}

/* Whether prior, what this run's refresh read (or state holds), is the
 * history desired writes to: the same history schema, and the same
 * database unless desired leaves it to the provider. */
static bool same_history(const json_t *prior, const json_t *desired)
{
	const char *database = value_get_string(desired, "database");
	const char *was = value_get_string(prior, "database");

	return json_is_object(value_get(prior, "migrations")) &&
	       !strcmp(history_schema_of(prior), history_schema_of(desired)) &&
	       (!database || (was && !strcmp(was, database)));
}

/*
 * The local files' checksums become `migrations`; a file the history (as
 * prior has it: what this run's refresh read) holds with another checksum,
 * or one that is gone, is an error now rather than at apply.
 */
static int sql_plan_desired(json_t *desired, const json_t *prior, struct strbuf *err)
{
	const json_t *source = json_object_get(desired, "source");
	json_t *local;

	if (!json_is_string(source))
		return 0;
	local = local_migrations(json_string_value(source), value_get(desired, "vars"), err);
	if (!local)
		return -1;
	if (prior && same_history(prior, desired) &&
	    check_history(value_get(prior, "migrations"), local, json_string_value(source), err)) {
		json_decref(local);
		return -1;
	}
	json_object_set_new(desired, "migrations", local);
	return 0;
}

const struct resource_type postgres_sql_type = {
	.name = "postgres.sql",
	.description = "a folder of SQL migration files, each applied once in name order and "
		       "recorded in a history table",
	.attrs = sql_attrs,
	.read = sql_read,
	.create = sql_create,
	.update = sql_update,
	.delete = sql_delete,
	.plan_desired = sql_plan_desired,
	.import_id = "DATABASE/HISTORY_SCHEMA.terrace_migrations",
};
