/*
 * client.c: the postgres provider's client — the settings it connects with,
 * the SSH tunnel it may connect through, one libpq connection per database
 * (each used by one thread at a time), reconnection when a connection was
 * lost, running SQL with one-line messages that never hold the password,
 * and the dialect a session's server speaks (pg_session_dialect). See
 * postgres.h.
 */
#include <poll.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "provider/postgres/postgres.h"
#include "provider/ssh/ssh.h"
#include "provider/base/log.h"

struct pg_db {
	char *name;
	PGconn *conn;             /* NULL until first used, or after it was lost */
	pthread_mutex_t mu;       /* held by the session using conn */
	struct pg_db *next;
};

struct pg_client {
	char *host;
	char *port;               /* as text, for libpq */
	char *database;
	char *username;
	char *password;
	char *sslmode;
	char *connect_timeout;
	char *application_name;
	const struct pg_dialect *dialect;
	struct ssh_tunnel *tunnel;
	char *bastion;            /* "host:port" of the SSH bastion, for messages */
	char tunnel_port[16];
	pthread_mutex_t mu;       /* guards the list of databases */
	struct pg_db *dbs;
};

/* Append libpq's text on one line: line breaks become `newline` (a space,
 * or "; " between the lines of a DETAIL), runs of blanks one space, no
 * trailing blank. */
static void add_lines(struct strbuf *err, const char *text, const char *newline)
{
	const char *gap = NULL;
	size_t start = err->len;

	for (const char *p = text ? text : ""; *p; p++) {
		if (*p == '\n') {
			gap = newline;
			continue;
		}
		if (*p == '\t' || *p == ' ') {
			if (!gap)
				gap = " ";
			continue;
		}
		if (gap && err->len > start)
			strbuf_addstr(err, gap);
		gap = NULL;
		strbuf_addch(err, *p);
	}
}

static void add_one_line(struct strbuf *err, const char *text)
{
	add_lines(err, text, " ");
}

static void notice_to_log(void *arg, const char *message)
{
	struct strbuf line = STRBUF_INIT;

	(void)arg;
	add_one_line(&line, message);
	log_debugf("postgres: server notice: %s", line.buf);
	strbuf_release(&line);
}

/* ---- the tunnel ---- */

static int open_tunnel(struct pg_client *c, const json_t *cfg, struct strbuf *err)
{
	struct ssh_target bastion = { 0 };
	struct strbuf e = STRBUF_INIT;
	int rc = -1;

	if (ssh_target_from_json(cfg, &bastion, &e)) {
		strbuf_addf(err, "postgres: tunnel: %s", e.buf);
		goto out;
	}
	c->bastion = xasprintf("%s:%d", bastion.host ? bastion.host : "", bastion.port);
	if (ssh_tunnel_open(&bastion, c->host, atoi(c->port), &c->tunnel, &e)) {
		strbuf_addf(err, "postgres: tunnel to %s:%s through %s: %s", c->host, c->port,
			    c->bastion, e.buf);
		goto out;
	}
	snprintf(c->tunnel_port, sizeof(c->tunnel_port), "%d", ssh_tunnel_local_port(c->tunnel));
	log_debugf("postgres: tunnel to %s:%s through %s listens on 127.0.0.1:%s", c->host,
		   c->port, c->bastion, c->tunnel_port);
	rc = 0;
out:
	ssh_target_release(&bastion);
	strbuf_release(&e);
	return rc;
}

/* ---- connections ---- */

static PGconn *connect_db(struct pg_client *c, const char *database, struct strbuf *err)
{
	const char *keys[16], *values[16];
	int n = 0;
	PGconn *conn;

#define SET(k, v) do { if (v) { keys[n] = (k); values[n] = (v); n++; } } while (0)
	SET("host", c->host);
	if (c->tunnel) {
		/* libpq reaches the tunnel's address, and still checks the
		 * server's certificate against host (sslmode verify-full). */
		SET("hostaddr", "127.0.0.1");
		SET("port", c->tunnel_port);
	} else {
		SET("port", c->port);
	}
	SET("dbname", database);
	SET("user", c->username);
	SET("password", c->password);
	SET("sslmode", c->sslmode);
	SET("connect_timeout", c->connect_timeout);
	SET("application_name", c->application_name);
	SET("client_encoding", "UTF8");
#undef SET
	keys[n] = NULL;
	values[n] = NULL;
	/* expand_dbname 0: a database name is never read as a connection string. */
	conn = PQconnectdbParams(keys, values, 0);
	if (conn && PQstatus(conn) == CONNECTION_OK) {
		PQsetNoticeProcessor(conn, notice_to_log, NULL);
		log_debugf("postgres %s: connected to %s:%s%s%s", database, c->host, c->port,
			   c->tunnel ? " through the SSH tunnel via " : "",
			   c->tunnel ? c->bastion : "");
		return conn;
	}
	size_t from = err->len;
	strbuf_addf(err, "postgres %s: cannot connect to %s:%s", database, c->host, c->port);
	if (c->tunnel)
		strbuf_addf(err, " through the SSH tunnel via %s", c->bastion);
	if (c->username)
		strbuf_addf(err, " as %s", c->username);
	strbuf_addstr(err, ": ");
	add_one_line(err, conn ? PQerrorMessage(conn) : "out of memory");
	strbuf_redact(err, from, c->password);
	PQfinish(conn);
	return NULL;
}

/*
 * Whether an idle connection still works. A server that ended the session
 * (a restart, pg_terminate_backend) has sent an error and closed the socket,
 * which makes the socket readable while no query is running.
 */
static bool connection_usable(PGconn *conn)
{
	struct pollfd p = { .fd = PQsocket(conn), .events = POLLIN };
	PGresult *r;
	bool ok;

	if (PQstatus(conn) != CONNECTION_OK || p.fd < 0)
		return false;
	if (PQtransactionStatus(conn) != PQTRANS_IDLE)
		return false;
	if (poll(&p, 1, 0) <= 0)
		return true;
	if (!PQconsumeInput(conn) || PQstatus(conn) != CONNECTION_OK)
		return false;
	r = PQexec(conn, "SELECT 1");
	ok = PQresultStatus(r) == PGRES_TUPLES_OK;
	PQclear(r);
	return ok;
}

static struct pg_db *db_entry(struct pg_client *c, const char *database)
{
	struct pg_db *d;

	pthread_mutex_lock(&c->mu);
	for (d = c->dbs; d; d = d->next)
		if (!strcmp(d->name, database))
			break;
	if (!d) {
		d = xcalloc(1, sizeof(*d));
		d->name = xstrdup(database);
		pthread_mutex_init(&d->mu, NULL);
		d->next = c->dbs;
		c->dbs = d;
	}
	pthread_mutex_unlock(&c->mu);
	return d;
}

int pg_session_open(struct pg_client *c, const char *database, struct pg_session *s,
		    struct strbuf *err)
{
	struct pg_db *d = db_entry(c, database && *database ? database : c->database);

	memset(s, 0, sizeof(*s));
	pthread_mutex_lock(&d->mu);
	if (d->conn && !connection_usable(d->conn)) {
		log_debugf("postgres %s: the connection was lost; connecting again", d->name);
		PQfinish(d->conn);
		d->conn = NULL;
	}
	if (!d->conn)
		d->conn = connect_db(c, d->name, err);
	if (!d->conn) {
		pthread_mutex_unlock(&d->mu);
		return -1;
	}
	s->client = c;
	s->db = d;
	s->conn = d->conn;
	s->database = d->name;
	return 0;
}

void pg_session_close(struct pg_session *s)
{
	if (!s->db)
		return;
	/* A session must not leave a transaction open for the next one. */
	if (s->conn && PQtransactionStatus(s->conn) != PQTRANS_IDLE) {
		PQclear(PQexec(s->conn, "ROLLBACK"));
		if (PQtransactionStatus(s->conn) != PQTRANS_IDLE) {
			PQfinish(s->conn);
			s->db->conn = NULL;
		}
	}
	pthread_mutex_unlock(&s->db->mu);
	s->db = NULL;
	s->conn = NULL;
}

struct pg_db *pg_client_hold(struct pg_client *c, const char *database)
{
	struct pg_db *d = db_entry(c, database);

	pthread_mutex_lock(&d->mu);
	PQfinish(d->conn);
	d->conn = NULL;
	if (!strcmp(d->name, c->database)) {
		pthread_mutex_unlock(&d->mu);
		return NULL;
	}
	return d;
}

void pg_client_release(struct pg_db *held)
{
	if (held)
		pthread_mutex_unlock(&held->mu);
}

/* ---- running SQL ---- */

void pg_add_error(struct pg_session *s, const char *what, const PGresult *res, struct strbuf *err)
{
	const char *primary = res ? PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY) : NULL;
	const char *detail = res ? PQresultErrorField(res, PG_DIAG_MESSAGE_DETAIL) : NULL;
	const char *state = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : NULL;
	size_t from = err->len;

	snprintf(s->sqlstate, sizeof(s->sqlstate), "%s", state ? state : "");
	strbuf_addf(err, "postgres %s: %s: ", s->database, what);
	if (primary) {
		add_one_line(err, primary);
		if (detail) {
			strbuf_addstr(err, " (");
			add_lines(err, detail, "; ");
			strbuf_addstr(err, ")");
		}
	} else {
		add_one_line(err, PQerrorMessage(s->conn));
		if (PQstatus(s->conn) == CONNECTION_BAD)
			strbuf_addstr(err, " (the connection was lost)");
	}
	strbuf_redact(err, from, s->client->password);
}

static bool result_ok(const PGresult *r)
{
	ExecStatusType st = PQresultStatus(r);

	return st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK;
}

int pg_exec(struct pg_session *s, const char *what, const char *sql, struct strbuf *err)
{
	PGresult *r = PQexec(s->conn, sql);
	int rc = 0;

	log_debugf("postgres %s: %s", s->database, what);
	s->sqlstate[0] = '\0';
	if (!result_ok(r)) {
		pg_add_error(s, what, r, err);
		rc = -1;
	}
	PQclear(r);
	return rc;
}

int pg_exec_sql(struct pg_session *s, const char *what, struct sqlbuf *b, struct strbuf *err)
{
	const char *sql = sql_text(b, what, err);
	int rc = sql ? pg_exec(s, what, sql, err) : -1;

	sql_release(b);
	return rc;
}

/* Connect the session's database again after its connection was lost. */
static int reconnect(struct pg_session *s, struct strbuf *err)
{
	log_debugf("postgres %s: the connection was lost; connecting again", s->database);
	PQfinish(s->db->conn);
	s->db->conn = connect_db(s->client, s->database, err);
	s->conn = s->db->conn;
	return s->conn ? 0 : -1;
}

int pg_query(struct pg_session *s, const char *what, const char *sql, int n_params,
	     const char *const *params, bool read_only, PGresult **res, struct strbuf *err)
{
	PGresult *r;

	log_debugf("postgres %s: %s", s->database, what);
	s->sqlstate[0] = '\0';
	if (res)
		*res = NULL;
	r = PQexecParams(s->conn, sql, n_params, NULL, params, NULL, NULL, 0);
	if (!result_ok(r) && read_only && PQstatus(s->conn) == CONNECTION_BAD &&
	    PQtransactionStatus(s->conn) != PQTRANS_INTRANS) {
		PQclear(r);
		if (reconnect(s, err)) {
			/* The session still holds the database's mutex; with no
			 * connection the next session opens a new one. */
			return -1;
		}
		r = PQexecParams(s->conn, sql, n_params, NULL, params, NULL, NULL, 0);
	}
	if (!result_ok(r)) {
		pg_add_error(s, what, r, err);
		PQclear(r);
		return -1;
	}
	if (res)
		*res = r;
	else
		PQclear(r);
	return 0;
}

int pg_exists(struct pg_session *s, const char *what, const char *sql, int n_params,
	      const char *const *params, struct strbuf *err)
{
	PGresult *r = NULL;
	int rc = pg_query(s, what, sql, n_params, params, true, &r, err);

	if (rc == 0)
		rc = PQntuples(r) > 0 && !strcmp(pg_cell(r, 0, 0), "t") ? 1 : 0;
	PQclear(r);
	return rc;
}

int pg_database_exists(struct pg_client *c, const char *database, struct strbuf *err)
{
	const char *params[1] = { database };
	struct pg_session s;
	int rc;

	if (pg_session_open(c, NULL, &s, err))
		return -1;
	rc = pg_exists(&s, "look up database",
		       "SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)",
		       1, params, err);
	pg_session_close(&s);
	return rc;
}

const char *pg_cell(const PGresult *r, int row, int col)
{
	if (!r || row >= PQntuples(r) || col >= PQnfields(r) || PQgetisnull(r, row, col))
		return "";
	return PQgetvalue(r, row, col);
}

/* ---- the client ---- */

const char *pg_client_default_database(const struct pg_client *c)
{
	return c->database;
}

const struct pg_dialect *pg_client_dialect(const struct pg_client *c)
{
	return c->dialect;
}

/* The dialect of the server behind a session, by its version(). */
static int detect_dialect(struct pg_session *s, const struct pg_dialect **out,
			  struct strbuf *err)
{
	PGresult *r = NULL;

	if (pg_query(s, "read the server version", "SELECT version()", 0, NULL, true, &r, err))
		return -1;
	*out = pg_dialect_of_version(pg_cell(r, 0, 0));
	log_debugf("postgres %s: the server is %s (%s)", s->database, (*out)->name,
		   pg_cell(r, 0, 0));
	PQclear(r);
	return 0;
}

int pg_client_new(const struct pg_settings *s, struct pg_client **out, struct strbuf *err)
{
	struct pg_client *c = xcalloc(1, sizeof(*c));
	struct pg_session session;

	*out = NULL;
	pthread_mutex_init(&c->mu, NULL);
	c->host = xstrdup(s->host && *s->host ? s->host : "127.0.0.1");
	c->port = xasprintf("%d", s->port > 0 ? s->port : 5432);
	c->database = xstrdup(s->database && *s->database ? s->database : "postgres");
	c->username = xstrdup_or_null(nonempty_or_null(s->username));
	c->password = xstrdup_or_null(nonempty_or_null(s->password));
	c->sslmode = xstrdup(s->sslmode && *s->sslmode ? s->sslmode : "prefer");
	c->connect_timeout = xasprintf("%d", s->connect_timeout > 0 ? s->connect_timeout : 10);
	c->application_name = xstrdup(s->application_name && *s->application_name
				      ? s->application_name : "terrace");
	if (value_is_set(s->tunnel) && open_tunnel(c, s->tunnel, err)) {
		pg_client_free(c);
		return -1;
	}
	if (pg_dialect_by_name(s->engine, &c->dialect, err) ||
	    pg_session_open(c, NULL, &session, err)) {
		pg_client_free(c);
		return -1;
	}
	if (!c->dialect && detect_dialect(&session, &c->dialect, err)) {
		pg_session_close(&session);
		pg_client_free(c);
		return -1;
	}
	pg_session_close(&session);
	*out = c;
	return 0;
}

void pg_client_free(struct pg_client *c)
{
	struct pg_db *d, *next;

	if (!c)
		return;
	for (d = c->dbs; d; d = next) {
		next = d->next;
		PQfinish(d->conn);
		pthread_mutex_destroy(&d->mu);
		free(d->name);
		free(d);
	}
	if (c->tunnel)
		ssh_tunnel_close(c->tunnel);
	free(c->bastion);
	free(c->host);
	free(c->port);
	free(c->database);
	free(c->username);
	if (c->password) {
		memset(c->password, 0, strlen(c->password));
		free(c->password);
	}
	free(c->sslmode);
	free(c->connect_timeout);
	free(c->application_name);
	pthread_mutex_destroy(&c->mu);
	free(c);
}

const struct pg_dialect *pg_session_dialect(const struct pg_session *s)
{
	return pg_client_dialect(s->client);
}
