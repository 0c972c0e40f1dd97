/*
 * backend_local.c: the state kept in a local file. Writes are crash-safe
 * (temp file, fsync, rename, fsync of the folder) and keep the previous
 * state as PATH.backup; the lock is an flock on PATH.lock, which the kernel
 * releases when the holder dies, with the holder's details written inside
 * so a waiting process can say who holds it.
 *
 * At every instant PATH holds either the old or the new state in full, and
 * PATH.backup either the previous backup or the old state in full.
 *
 * With an encryption key (b->keys, plan/encrypt.h) both files are sealed:
 * the state on every write, and a backup taken of a plain state (the first
 * write after a key was set) is sealed rather than linked.
 *
 * The journal, PATH.journal: apply makes each resource's change durable by
 * appending one line to it (a write and an fdatasync) rather than writing
 * the whole state, which cost O(resources) per change, and compacts it with
 * a save at the end. Its first line names the state it extends
 * {"journal": 1, "lineage": L, "serial": S}; each further line is a group
 * of changes (struct backend_ops, journal). Load replays the lines of a
 * journal whose state is the one on disk, up to the first incomplete line
 * (an append cut by a crash, which nobody relied on), and counts the
 * replayed state as one serial later, so that a plan saved before is
 * stale (the header and the merge are plan/journal.c's, shared with the
 * S3 backend). A save renames the new state in place before removing the
 * journal: a journal left behind names an older serial and is ignored.
 * Not used with a sealing key: the journal would hold the state in clear.
 */
#include "plan/state.h"
#include "plan/journal.h"
#include "provider/base/clock.h"
#include "provider/base/text.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

struct local {
	char *path;
	char *backup_path;
	char *lock_path;
	char *journal_path;
	int lock_fd;    /* open and flocked while we hold the lock, else -1 */
	int journal_fd; /* open for appends once this process started one, else -1 */
	/* The state PATH holds as this process last loaded or saved it
	 * (base_lineage NULL: unknown, or the loaded state has a journal
	 * replayed into it): journal records extend only that state. */
	char *base_lineage;
	json_int_t base_serial;
};

static struct local *impl(struct backend *b)
{
	return b->impl;
}

/* ---- load ---- */

/* Drop the pages of the mapped state that have been parsed: they are
 * counted in the resident memory otherwise. */
struct mapped {
	char *base;
	size_t dropped;
};

static void drop_parsed(void *ctx, size_t upto)
{
	struct mapped *m = ctx;
	size_t page = (size_t)sysconf(_SC_PAGESIZE);
	size_t to = upto / page * page;
	if (to >= m->dropped + (1u << 20)) {
		madvise(m->base + m->dropped, to - m->dropped, MADV_DONTNEED);
		m->dropped = to;
	}
}

/* A plain state parsed from its file mapped in memory, one resource at a
 * time (state_parse), so neither its text (6 MB at 10,000 resources) nor
 * its values unshared are ever held whole; NULL for anything else (no
 * file, unreadable, empty, sealed, irregular), which local_load then reads
 * as before, so every message stays its own. */
static json_t *load_plain(const char *path)
{
	/* Only a regular file is mapped; anything else (a pipe) is not even
	 * opened here: its one answer is for the read that follows. */
	struct stat sb;
	if (stat(path, &sb) || !S_ISREG(sb.st_mode))
		return NULL;
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return NULL;
	void *base = fstat(fd, &sb) || sb.st_size <= 0 ? MAP_FAILED
		     : mmap(NULL, (size_t)sb.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
	close(fd);
	if (base == MAP_FAILED)
		return NULL;
	madvise(base, (size_t)sb.st_size, MADV_SEQUENTIAL);
	struct mapped m = { base, 0 };
	json_t *st = state_parse(base, (size_t)sb.st_size, drop_parsed, &m);
	munmap(base, (size_t)sb.st_size);
	return st;
}

/* ---- writing files ---- */

/* Create path exclusively with mode 0600. A leftover from an earlier process
 * that had our pid and crashed is removed first. */
static int create_private(const char *path)
{
	int fd = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
	if (fd < 0 && errno == EEXIST && unlink(path) == 0)
		fd = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
	if (fd < 0)
		return -1;
	/* The umask may have narrowed the mode further; make it exactly 0600. */
	if (fchmod(fd, 0600) < 0) {
		int e = errno;
		close(fd);
		unlink(path);
		errno = e;
		return -1;
	}
	return fd;
}

/* Write all of buf to fd; -1 with errno set. */
static int write_all(int fd, const char *buf, size_t len)
{
	for (size_t off = 0; off < len;) {
		ssize_t w = write(fd, buf + off, len - off);
		if (w < 0 && errno == EINTR)
			continue;
		if (w < 0)
			return -1;
		off += (size_t)w;
	}
	return 0;
}

/* Write bytes to a new file tmp (mode 0600), fsynced. On failure tmp does
 * not exist. */
static int write_new_file(const char *tmp, const struct strbuf *bytes, struct strbuf *err)
{
	int fd = create_private(tmp);
	if (fd < 0) {
		strbuf_addf(err, "%s: cannot create: %s", tmp, strerror(errno));
		return -1;
	}
	const char *step = NULL;
	if (write_all(fd, bytes->buf, bytes->len) < 0)
		step = "write";
	else if (fsync(fd) < 0)
		step = "fsync";
	int e = errno;
	if (close(fd) < 0 && !step) {
		e = errno;
		step = "close";
	}
	if (step) {
		strbuf_addf(err, "%s: cannot %s: %s", tmp, step, strerror(e));
		unlink(tmp);
		return -1;
	}
	return 0;
}

/* Copy src into a new file dst (mode 0600), fsynced; for file systems
 * without hard links. On failure dst does not exist. */
static int copy_file(const char *src, const char *dst, struct strbuf *err)
{
	int in = open(src, O_RDONLY | O_CLOEXEC);
	if (in < 0) {
		strbuf_addf(err, "%s: cannot read: %s", src, strerror(errno));
		return -1;
	}
	int out = create_private(dst);
	if (out < 0) {
		strbuf_addf(err, "%s: cannot create: %s", dst, strerror(errno));
		close(in);
		return -1;
	}
	char buf[65536];
	ssize_t n;
	int rc = 0;
	while (!rc && (n = read(in, buf, sizeof(buf))) != 0) {
		if (n < 0) {
			if (errno == EINTR)
				continue;
			strbuf_addf(err, "%s: cannot read: %s", src, strerror(errno));
			rc = -1;
			break;
		}
		if (write_all(out, buf, (size_t)n) < 0) {
			strbuf_addf(err, "%s: cannot write: %s", dst, strerror(errno));
			rc = -1;
		}
	}
	if (!rc && fsync(out) < 0) {
		strbuf_addf(err, "%s: cannot fsync: %s", dst, strerror(errno));
		rc = -1;
	}
	close(in);
	if (close(out) < 0 && !rc) {
		strbuf_addf(err, "%s: cannot close: %s", dst, strerror(errno));
		rc = -1;
	}
	if (rc)
		unlink(dst);
	return rc;
}

/*
 * With a sealing key, a plain PATH is sealed into tmp (1: done, tmp holds
 * it); 0 when PATH is missing or already sealed (link it as it is).
 */
static int seal_plain_backup(struct backend *b, const char *tmp, struct strbuf *err)
{
	struct local *l = impl(b);
	if (!b->keys.seal)
		return 0;
	struct strbuf raw = STRBUF_INIT, sealed = STRBUF_INIT;
	int rc = encrypt_read_raw(l->path, &raw, err);
	if (rc == 1 || (rc == 0 && encrypt_is_sealed(raw.buf, raw.len)))
		rc = 0;
	else if (rc == 0)
		rc = encrypt_seal(&b->keys, raw.buf, raw.len, &sealed, err) ||
		     write_new_file(tmp, &sealed, err) ? -1 : 1;
	strbuf_release(&raw);
	strbuf_release(&sealed);
	return rc;
}

/*
 * Make PATH.backup hold the current PATH, atomically: a hard link (or, where
 * links are not supported, a copy; or, for a plain state and a sealing key,
 * its sealed copy) under a temporary name, renamed over the old backup. A
 * missing PATH (first save) leaves any backup alone.
 */
static int keep_backup(struct backend *b, struct strbuf *err)
{
	struct local *l = impl(b);
	char *tmp = xasprintf("%s.tmp.%ld", l->backup_path, (long)getpid());
	int rc = 0;
	unlink(tmp);
	int sealed = seal_plain_backup(b, tmp, err);
	if (sealed < 0) {
		rc = -1;
		goto out;
	}
	if (!sealed && link(l->path, tmp) < 0) {
		if (errno == ENOENT)
			goto out;
		if (errno != EPERM && errno != EXDEV && errno != ENOTSUP &&
		    errno != EOPNOTSUPP && errno != EMLINK && errno != ENOSYS) {
			strbuf_addf(err, "%s: cannot link %s: %s", tmp, l->path, strerror(errno));
			rc = -1;
			goto out;
		}
		if (copy_file(l->path, tmp, err)) {
			rc = -1;
			goto out;
		}
	}
	if (rename(tmp, l->backup_path) < 0) {
		strbuf_addf(err, "%s: cannot rename to %s: %s", tmp, l->backup_path,
			    strerror(errno));
		unlink(tmp);
		rc = -1;
	}
out:
	free(tmp);
	return rc;
}

static int sync_dir(const char *path, struct strbuf *err)
{
	char *dir = path_dir(path);
	int rc = 0;
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd < 0 || (fsync(fd) < 0 && errno != EINVAL)) {
		strbuf_addf(err, "%s: cannot sync folder: %s", dir, strerror(errno));
		rc = -1;
	}
	if (fd >= 0)
		close(fd);
	free(dir);
	return rc;
}

/* ---- the journal ---- */

/* What PATH holds, as far as this process knows: st (or unknown, NULL). */
static void set_base(struct local *l, const json_t *st)
{
	free(l->base_lineage);
	l->base_lineage = NULL;
	const char *lineage = json_string_value(json_object_get(st, "lineage"));
	if (lineage) {
		l->base_lineage = xstrdup(lineage);
		l->base_serial = json_integer_value(json_object_get(st, "serial"));
	}
}

/*
 * Apply PATH.journal to st, the state PATH holds: 1 when it had changes for
 * st (whose serial then goes up by one), 0 when there is none or it extends
 * another state, -1 when it cannot be read.
 */
static int replay_journal(struct local *l, json_t *st, struct strbuf *err)
{
	struct strbuf text = STRBUF_INIT;
	int fd = open(l->journal_path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		if (errno == ENOENT)
			return 0;
		strbuf_addf(err, "%s: cannot read: %s", l->journal_path, strerror(errno));
		return -1;
	}
	char buf[65536];
	ssize_t n;
	while ((n = read(fd, buf, sizeof(buf))) != 0) {
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			strbuf_addf(err, "%s: cannot read: %s", l->journal_path, strerror(errno));
			close(fd);
			strbuf_release(&text);
			return -1;
		}
		strbuf_add(&text, buf, (size_t)n);
	}
	close(fd);

	int applied = 0;
	bool header = true;
	for (size_t at = 0; at < text.len;) {
		const char *line = text.buf + at;
		const char *end = memchr(line, '\n', text.len - at);
		if (!end)
			break; /* cut by a crash: never reported done */
		json_t *rec = json_loadb(line, (size_t)(end - line), 0, NULL);
		at = (size_t)(end - text.buf) + 1;
		if (!json_is_object(rec)) {
			json_decref(rec);
			break;
		}
		if (header) {
			header = false;
			bool ours = journal_extends(rec, st);
			json_decref(rec);
			if (!ours)
				break; /* left by an apply whose final save went through */
			continue;
		}
		journal_merge(st, rec);
		applied = 1;
		json_decref(rec);
	}
	strbuf_release(&text);
	if (applied)
		journal_replayed(st);
	return applied;
}

/* Close the journal this process appends to, if any. */
static void journal_close(struct local *l)
{
	if (l->journal_fd >= 0)
		close(l->journal_fd);
	l->journal_fd = -1;
}

/* Start PATH.journal for the state (lineage, serial): its header line,
 * durable, the folder entry too. */
static int journal_open(struct local *l, const char *lineage, json_int_t serial,
			struct strbuf *err)
{
	unlink(l->journal_path);
	int fd = create_private(l->journal_path);
	if (fd < 0) {
		strbuf_addf(err, "%s: cannot create: %s", l->journal_path, strerror(errno));
		return -1;
	}
	json_t *head = journal_header(lineage, serial);
	char *text = json_dumps(head, JSON_COMPACT | JSON_SORT_KEYS);
	json_decref(head);
	struct strbuf line = STRBUF_INIT;
	strbuf_addf(&line, "%s\n", text);
	free(text);
	int rc = write_all(fd, line.buf, line.len) < 0 || fdatasync(fd) < 0 ? -1 : 0;
	if (rc)
		strbuf_addf(err, "%s: cannot write: %s", l->journal_path, strerror(errno));
	strbuf_release(&line);
	if (!rc)
		rc = sync_dir(l->journal_path, err);
	if (rc) {
		close(fd);
		unlink(l->journal_path);
		return -1;
	}
	l->journal_fd = fd;
	return 0;
}

static int local_journal(struct backend *b, const char *lineage, json_int_t serial,
			 const json_t *changes, struct strbuf *err)
{
	struct local *l = impl(b);
	if (b->keys.seal || !l->base_lineage || !lineage || strcmp(lineage, l->base_lineage) ||
	    serial != l->base_serial)
		return 1;
	if (l->journal_fd < 0 && journal_open(l, lineage, serial, err))
		return -1;
	char *text = json_dumps(changes, JSON_COMPACT | JSON_SORT_KEYS);
	if (!text) {
		strbuf_addf(err, "%s: cannot encode a journal record", l->journal_path);
		return -1;
	}
	size_t len = strlen(text);
	text[len] = '\n'; /* replaces the terminator: written by length */
	int rc = write_all(l->journal_fd, text, len + 1) < 0 || fdatasync(l->journal_fd) < 0 ? -1 : 0;
	free(text);
	if (rc) {
		strbuf_addf(err, "%s: cannot append: %s", l->journal_path, strerror(errno));
		/* A line may be cut: nothing more goes after it. The next save
		 * writes the whole state and supersedes the journal. */
		journal_close(l);
		set_base(l, NULL);
	}
	return rc;
}

/* ---- load ---- */

static int local_load(struct backend *b, json_t **out, struct strbuf *err)
{
	struct local *l = impl(b);
	*out = NULL;
	set_base(l, NULL);
	json_t *st = load_plain(l->path);
	bool plain = st != NULL;
	if (!st) {
		struct strbuf text = STRBUF_INIT;
		int rc = encrypt_read_file(&b->keys, l->path, &text, err);
		if (rc == 1) {
			*out = state_new();
			if (!*out) {
				strbuf_addf(err, "%s: cannot create a state: no random lineage available",
					    l->path);
				return -1;
			}
			return 0;
		}
		if (rc < 0) {
			strbuf_release(&text);
			return -1;
		}
		json_error_t jerr;
		st = json_loadb(text.buf, text.len, JSON_REJECT_DUPLICATES, &jerr);
		strbuf_release(&text);
		if (!st) {
			if (jerr.line > 0)
				strbuf_addf(err, "%s:%d:%d: state file is not valid JSON: %s", l->path,
					    jerr.line, jerr.column > 0 ? jerr.column : 1, jerr.text);
			else
				strbuf_addf(err, "%s: state file is not valid JSON: %s", l->path,
					    jerr.text);
			if (access(l->backup_path, F_OK) == 0)
				strbuf_addf(err, " (the state before its last write is in %s)",
					    l->backup_path);
			return -1;
		}
	}
	int replayed = replay_journal(l, st, err);
	if (replayed < 0) {
		json_decref(st);
		return -1;
	}
	struct strbuf why = STRBUF_INIT;
	if (state_validate(st, &why)) {
		strbuf_addf(err, "%s: %s%s", l->path, why.buf,
			    replayed ? " (after replaying the journal of an interrupted apply)" : "");
		strbuf_release(&why);
		json_decref(st);
		return -1;
	}
	set_base(l, replayed ? NULL : st);
	/* A plain state's values were shared as they were parsed; the
	 * entries a journal replaced, and a state read whole, share now. */
	if (!plain || replayed)
		state_share_values(st);
	*out = st;
	return 0;
}

/* ---- save ---- */

static int local_save(struct backend *b, json_t *st, struct strbuf *err)
{
	struct local *l = impl(b);
	struct strbuf why = STRBUF_INIT;
	if (state_validate(st, &why)) {
		strbuf_addf(err, "%s: refusing to save an invalid state: %s", l->path, why.buf);
		strbuf_release(&why);
		return -1;
	}
	json_t *serial = json_object_get(st, "serial");
	json_int_t old_serial = json_integer_value(serial);
	json_integer_set(serial, old_serial + 1);

	struct strbuf bytes = STRBUF_INIT;
	char *tmp = xasprintf("%s.tmp.%ld", l->path, (long)getpid());
	int rc = state_serialize(st, &b->keys, &bytes, err);
	if (rc)
		strbuf_prefixf(err, "%s: ", l->path);
	else
		rc = write_new_file(tmp, &bytes, err);
	strbuf_release(&bytes);
	if (!rc && keep_backup(b, err)) {
		unlink(tmp);
		rc = -1;
	}
	if (!rc && rename(tmp, l->path) < 0) {
		strbuf_addf(err, "%s: cannot rename to %s: %s", tmp, l->path, strerror(errno));
		unlink(tmp);
		rc = -1;
	}
	free(tmp);
	if (rc) {
		json_integer_set(serial, old_serial); /* nothing was written */
		return -1;
	}
	/* The new state holds everything the journal did. */
	journal_close(l);
	unlink(l->journal_path);
	set_base(l, st);
	/* The new state is in place; only its durability is in question here. */
	if (sync_dir(l->path, err)) {
		strbuf_addstr(err, " (the state was written but may not survive a crash)");
		return -1;
	}
	return 0;
}

/* ---- lock ---- */

static int write_holder(int fd, const char *operation, struct strbuf *err,
			const char *lock_path)
{
	char id[37];
	if (state_uuid(id) < 0) {
		strbuf_addf(err, "%s: no randomness available for a lock id", lock_path);
		return -1;
	}
	char *text = state_lock_record(id, operation);
	size_t len = strlen(text);
	int rc = 0;
	if (ftruncate(fd, 0) < 0 || pwrite(fd, text, len, 0) != (ssize_t)len ||
	    fsync(fd) < 0) {
		strbuf_addf(err, "%s: cannot write the lock holder: %s", lock_path,
			    strerror(errno));
		rc = -1;
	}
	free(text);
	return rc;
}

/* Read the holder record from the lock file; -1 when it is empty or garbled
 * (the holder is between taking the lock and writing it, or releasing). */
static int read_holder(int fd, struct state_lock_info *li)
{
	char buf[4096];
	ssize_t n = pread(fd, buf, sizeof(buf) - 1, 0);
	if (n <= 0)
		return -1;
	buf[n] = '\0';
	return state_lock_parse(buf, (size_t)n, li);
}

/* Whether fd still refers to the file at path (nobody replaced or removed
 * the lock file between our open and our flock). */
static bool same_file(int fd, const char *path)
{
	struct stat a, b;
	return fstat(fd, &a) == 0 && stat(path, &b) == 0 &&
	       a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

static int local_lock(struct backend *b, const char *operation, double timeout_seconds,
		      struct strbuf *err)
{
	struct local *l = impl(b);
	if (l->lock_fd >= 0) {
		strbuf_addf(err, "%s: this terrace already holds the state lock", l->lock_path);
		return -1;
	}
	double start = monotonic_seconds();
	struct state_lock_info holder = { 0 };
	long delay_ms = 100;

	for (;;) {
		int fd = open(l->lock_path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
		if (fd < 0) {
			strbuf_addf(err, "%s: cannot open the lock file: %s", l->lock_path,
				    strerror(errno));
			state_lock_info_free(&holder);
			return -1;
		}
		if (flock(fd, LOCK_EX | LOCK_NB) == 0) {
			if (!same_file(fd, l->lock_path)) {
				close(fd);
				continue;
			}
			state_lock_info_free(&holder);
			if (write_holder(fd, operation, err, l->lock_path)) {
				flock(fd, LOCK_UN);
				close(fd);
				return -1;
			}
			l->lock_fd = fd;
			return 0;
		}
		if (errno != EWOULDBLOCK && errno != EINTR) {
			strbuf_addf(err, "%s: cannot lock: %s", l->lock_path, strerror(errno));
			close(fd);
			state_lock_info_free(&holder);
			return -1;
		}
		/* Keep the last complete record seen: the holder may be between
		 * taking the lock and writing its details. */
		struct state_lock_info now = { 0 };
		if (read_holder(fd, &now) == 0) {
			state_lock_info_free(&holder);
			holder = now;
		}
		close(fd);

		double left = timeout_seconds - (monotonic_seconds() - start);
		if (left <= 0)
			break;
		long sleep_ms = delay_ms;
		if (sleep_ms > (long)(left * 1000) + 1)
			sleep_ms = (long)(left * 1000) + 1;
		struct timespec ts = { sleep_ms / 1000, (sleep_ms % 1000) * 1000000L };
		nanosleep(&ts, NULL);
		if (delay_ms < 250)
			delay_ms += 50;
	}

	state_lock_describe(err, &holder, timeout_seconds, l->lock_path);
	state_lock_info_free(&holder);
	return -1;
}

static int local_unlock(struct backend *b, struct strbuf *err)
{
	struct local *l = impl(b);
	if (l->lock_fd < 0) {
		strbuf_addf(err, "%s: the state lock is not held", l->lock_path);
		return -1;
	}
	int rc = 0;
	/* Empty the record first, so nobody reads a holder that has left. */
	if (ftruncate(l->lock_fd, 0) < 0) {
		strbuf_addf(err, "%s: cannot clear the lock holder: %s", l->lock_path,
			    strerror(errno));
		rc = -1;
	}
	if (flock(l->lock_fd, LOCK_UN) < 0 && !rc) {
		strbuf_addf(err, "%s: cannot unlock: %s", l->lock_path, strerror(errno));
		rc = -1;
	}
	close(l->lock_fd); /* releases the flock in any case */
	l->lock_fd = -1;
	return rc;
}

static void local_free(struct backend *b)
{
	if (!b)
		return;
	struct local *l = impl(b);
	if (l->lock_fd >= 0) {
		struct strbuf ignored = STRBUF_INIT;
		local_unlock(b, &ignored);
		strbuf_release(&ignored);
	}
	free(l->path);
	free(l->backup_path);
	free(l->lock_path);
	journal_close(l);
	free(l->journal_path);
	free(l->base_lineage);
	free(l);
	encrypt_keys_clear(&b->keys);
	free(b);
}

static const struct backend_ops local_ops = {
	.name = "local",
	.load = local_load,
	.save = local_save,
	.journal = local_journal,
	.lock = local_lock,
	.unlock = local_unlock,
	.free = local_free,
};

struct backend *backend_local_new(const char *given)
{
	struct local *l = xcalloc(1, sizeof(*l));
	/* Absolute: plans and applies read the stack's files from its
	 * folder (plan_enter_dir), the state stays where it was given. */
	char *cwd = given[0] == '/' ? NULL : getcwd(NULL, 0);
	char *path = cwd ? xasprintf("%s/%s", cwd, given) : xstrdup(given);
	free(cwd);
	l->path = path;
	l->backup_path = xasprintf("%s.backup", path);
	l->lock_path = xasprintf("%s.lock", path);
	l->journal_path = xasprintf("%s.journal", path);
	l->lock_fd = -1;
	l->journal_fd = -1;
	struct backend *b = xcalloc(1, sizeof(*b));
	b->ops = &local_ops;
	b->impl = l;
	return b;
}
