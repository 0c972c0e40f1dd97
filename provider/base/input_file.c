/*
 * input_file.c: the one place an input file is opened (input_file.h): a
 * regular file only, what else the path is named in the refusal. The open
 * does not block (O_NONBLOCK: a FIFO without a writer would hold open(2)
 * forever), fstat(2) then judges what was opened (not the path again, so
 * nothing swapped in between is read), and only a regular file goes on to
 * be read, blocking as usual; or an anonymous pipe, which a shell made with
 * its writer already there (`-var-file <(sops -d vars.json)`, /dev/stdin in
 * a pipeline), as Terraform reads one. A named FIFO is refused: nothing
 * says anything will ever write it.
 */
#include "provider/base/input_file.h"
#include "provider/base/strbuf.h"

#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* What a path that is no regular file is, in words. */
static const char *kind_refused(mode_t mode)
{
	if (S_ISDIR(mode))
		return "a folder, not a file";
	if (S_ISFIFO(mode))
		return "a FIFO (named pipe), not a regular file: it would be read only while "
		       "something writes it";
	if (S_ISSOCK(mode))
		return "a socket, not a regular file";
	if (S_ISCHR(mode))
		return "a character device, not a regular file";
	if (S_ISBLK(mode))
		return "a block device, not a regular file";
	return "not a regular file";
}

/* fd is a pipe without a name (the kernel's "pipe:[INODE]"), not a FIFO
 * of the file system: a shell's process substitution or pipeline. */
static bool anonymous_pipe(int fd)
{
	char link[64], target[32];
	snprintf(link, sizeof(link), "/proc/self/fd/%d", fd);
	ssize_t n = readlink(link, target, sizeof(target) - 1);
	if (n < 0)
		return false;
	target[n] = '\0';
	return !strncmp(target, "pipe:[", 6);
}

const char *input_file_errno_text(int err)
{
	return err == ELOOP ? "a symbolic link loop (ELOOP: too many levels of symbolic links)"
			    : strerror(err);
}

int input_file_open(const char *path, const char **why)
{
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
	if (fd < 0) {
		int err = errno;
		struct stat st;
		/* a socket is not opened at all (ENXIO): say what it is */
		*why = err == ENXIO && !stat(path, &st) && S_ISSOCK(st.st_mode)
		       ? kind_refused(st.st_mode) : input_file_errno_text(err);
		errno = err;
		return -1;
	}
	struct stat st = { 0 };
	const char *refused = NULL;
	if (fstat(fd, &st) < 0)
		refused = strerror(errno);
	else if (!S_ISREG(st.st_mode) && !(S_ISFIFO(st.st_mode) && anonymous_pipe(fd)))
		refused = kind_refused(st.st_mode);
	if (refused) {
		*why = refused;
		close(fd);
		errno = S_ISDIR(st.st_mode) ? EISDIR : EINVAL;
		return -1;
	}
	int flags = fcntl(fd, F_GETFL);
	if (flags < 0 || fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) < 0) {
		*why = strerror(errno);
		close(fd);
		return -1;
	}
	return fd;
}

int input_file_read(const char *path, struct strbuf *sb, const char **why)
{
	int fd = input_file_open(path, why);
	if (fd < 0)
		return -1;
	int rc = strbuf_read_fd(sb, fd);
	if (rc < 0)
		*why = strerror(errno);
	close(fd);
	return rc;
}
