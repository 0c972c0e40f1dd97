/*
 * logs.c: `terrace logs` for ssh.command and ssh.cron: the lines of the
 * file the resource's log_file names on the host, read over SFTP from the
 * byte after the last one read, so each line is sent once and in order
 * however often the file is read; a last line without its newline is held
 * until the newline comes (or no read follows: logs_end). A file that got
 * shorter than what was read (rotated, truncated) is read again from its
 * start, with a note. -since and -run are refused: a file's lines carry no
 * time terrace could trust and belong to no run.
 */
#include <stdlib.h>
#include <string.h>

#include "provider/ssh/resources.h"
#include "provider/ssh/run.h"

#define READ_CHUNK (4u << 20) /* bytes read from the file at a time */

struct ssh_log_reader {
	struct ssh_client *client;
	char *path;
	char *host_key;        /* recorded by ssh.command, or NULL */
	uint64_t offset;       /* bytes of the file read so far */
	struct strbuf partial; /* read but not sent: the last line, no newline yet */
	bool told_missing;     /* the note that the file does not exist was sent */
};

static void send_line(const struct run_sink *sink, const char *line, size_t len)
{
	json_t *ev = run_event_new("log");
	json_object_set_new(ev, "stream", json_string("file"));
	json_object_set_new(ev, "message", json_stringn(line, len));
	run_sink_emit(sink, ev);
}

static void send_note(const struct run_sink *sink, json_t *message)
{
	json_t *ev = run_event_new("note");
	json_object_set_new(ev, "message", message);
	run_sink_emit(sink, ev);
}

/* Send the whole lines of r->partial; keep the rest. */
static void send_whole_lines(struct ssh_log_reader *r, const struct run_sink *sink)
{
	struct strbuf *b = &r->partial;
	size_t start = 0;
	const char *nl;

	while ((nl = memchr(b->buf + start, '\n', b->len - start))) {
		size_t len = (size_t)(nl - (b->buf + start));

		if (len && b->buf[start + len - 1] == '\r')
			len--;
		send_line(sink, b->buf + start, len);
		start = (size_t)(nl - b->buf) + 1;
	}
	memmove(b->buf, b->buf + start, b->len - start);
	strbuf_setlen(b, b->len - start);
}

int ssh_check_log_file(const json_t *v, struct strbuf *err)
{
	const char *path = json_string_value(v);

	if (!path || (path[0] == '/' && !strpbrk(path, "\r\n")))
		return 0;
	strbuf_addf(err, "attribute log_file: \"%s\" is not an absolute path on one line (as "
		    "in /var/log/nightly.log)", path);
	return -1;
}

int ssh_check_log_file_config(const json_t *config, const char **attr, struct strbuf *err)
{
	const json_t *v = json_object_get(config, "log_file");
	const char *text = json_string_value(v);

	if (!text || strstr(text, "${") || ssh_check_log_file(v, err) == 0)
		return 0;
	*attr = "log_file";
	return -1;
}

int ssh_logs_open(void *client, const char *id, const json_t *attrs, const char *run_id,
		  long long since_ms, void **reader, struct strbuf *err)
{
	(void)id;
	const char *path = value_get_string(attrs, "log_file");
	const char *key = value_get_string(attrs, "host_key");

	*reader = NULL;
	if (!path || !*path) {
		strbuf_addf(err, "it has no log_file: set log_file to the absolute path of the "
			    "file its command writes on the host and apply; terrace logs reads "
			    "that file");
		return 2;
	}
	if (run_id || since_ms) {
		strbuf_addf(err, "%s is not offered for a host's log file (%s): its lines carry "
			    "no time and belong to no run; read the whole file, or -follow it",
			    run_id ? "-run" : "-since", path);
		return 2;
	}
	struct ssh_log_reader *r = xcalloc(1, sizeof(*r));
	r->client = client;
	r->path = xstrdup(path);
	r->host_key = key ? xstrdup(key) : NULL;
	strbuf_init(&r->partial);
	*reader = r;
	return 0;
}

/* Read what the file holds past r->offset, sending whole lines as they come. */
static int read_new(struct ssh_log_reader *r, struct ssh_conn *conn, const struct run_sink *sink,
		    struct strbuf *err)
{
	for (;;) {
		uint64_t size = 0;
		size_t had = r->partial.len;
		int rc = ssh_sftp_read_at(conn, r->path, r->offset, READ_CHUNK, &r->partial, &size,
					  err);

		if (rc == 1) {
			/* Removed: whatever appears there later is new. */
			ssh_logs_end(r, sink);
			r->offset = 0;
			if (!r->told_missing)
				send_note(sink, json_sprintf("%s does not exist on %s (yet): "
							     "nothing to read", r->path,
							     conn->where));
			r->told_missing = true;
			return 0;
		}
		if (rc)
			return -1;
		r->told_missing = false;
		if (size < r->offset) {
			/* Rotated or truncated: what is there now is new. */
			if (r->partial.len)
				send_line(sink, r->partial.buf, r->partial.len);
			strbuf_reset(&r->partial);
			send_note(sink, json_sprintf("%s on %s got shorter (rotated or truncated): "
						     "reading it from its start", r->path,
						     conn->where));
			r->offset = 0;
			continue;
		}
		size_t got = r->partial.len - had;

		r->offset += got;
		send_whole_lines(r, sink);
		if (got < READ_CHUNK)
			return 0;
	}
}

int ssh_logs_read(void *reader, const struct run_sink *sink, struct strbuf *err)
{
	struct ssh_log_reader *r = reader;
	struct ssh_conn *conn = ssh_client_acquire(r->client, err);
	char fp[64];
	int rc;

	if (!conn)
		return -1;
	ssh_conn_host_fingerprint(conn, fp);
	if (r->host_key && strcmp(r->host_key, fp)) {
		strbuf_addf(err, "ssh %s: HOST KEY CHANGED since terrace first ran this command: "
			    "state records %s, the host now offers %s; refusing to read %s",
			    conn->where, r->host_key, fp, r->path);
		rc = -1;
	} else {
		rc = read_new(r, conn, sink, err);
	}
	ssh_client_release(r->client);
	return rc;
}

void ssh_logs_end(void *reader, const struct run_sink *sink)
{
	struct ssh_log_reader *r = reader;

	if (r->partial.len)
		send_line(sink, r->partial.buf, r->partial.len);
	strbuf_reset(&r->partial);
}

void ssh_logs_close(void *reader)
{
	struct ssh_log_reader *r = reader;

	if (!r)
		return;
	free(r->path);
	free(r->host_key);
	strbuf_release(&r->partial);
	free(r);
}
