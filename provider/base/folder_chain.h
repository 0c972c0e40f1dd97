/*
 * folder_chain.h: the folders a walk that follows symbolic links is inside,
 * from the one it entered first down to the one it reads, so that a link
 * leading back to one of them is named as the loop it is when the walk
 * meets it, whatever the file system's own limits on a path's length or its
 * links (a zip package's folder, a build's inputs, a copy).
 *
 * Each level of the walk keeps its link on its own stack frame:
 *
 *	struct folder_chain here;
 *	const struct folder_chain *loop = folder_chain_enter(&here, up, path, &st);
 *	if (loop) { folder_chain_loop_error(err, &here, loop); return -1; }
 *	... walk(child, &here) ...
 */
#ifndef TERRACE_FOLDER_CHAIN_H
#define TERRACE_FOLDER_CHAIN_H

#include <sys/stat.h>

struct strbuf;

struct folder_chain {
	const struct folder_chain *up; /* the folder holding this one; NULL at the top */
	const char *path;	       /* as the walk names it */
	dev_t dev;
	ino_t ino;
};

/* Fills `here` for the folder at `path` (st: its stat, links followed)
 * under `up`; returns the folder of `up`'s chain that is this same folder
 * (entering it again would never end), or NULL. */
const struct folder_chain *folder_chain_enter(struct folder_chain *here,
					      const struct folder_chain *up, const char *path,
					      const struct stat *st);

/* "<here> leads back to <loop> (a symbolic link loop)". */
void folder_chain_loop_error(struct strbuf *err, const struct folder_chain *here,
			     const struct folder_chain *loop);

#endif
