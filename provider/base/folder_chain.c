/*
 * folder_chain.c: telling a symbolic link loop in a walk by the folders it
 * is inside (see folder_chain.h).
 */
#include "provider/base/folder_chain.h"
#include "provider/base/strbuf.h"

const struct folder_chain *folder_chain_enter(struct folder_chain *here,
					      const struct folder_chain *up, const char *path,
					      const struct stat *st)
{
	here->up = up;
	here->path = path;
	here->dev = st->st_dev;
	here->ino = st->st_ino;
	for (const struct folder_chain *c = up; c; c = c->up)
		if (c->dev == here->dev && c->ino == here->ino)
			return c;
	return NULL;
}

void folder_chain_loop_error(struct strbuf *err, const struct folder_chain *here,
			     const struct folder_chain *loop)
{
	strbuf_addf(err, "%s leads back to %s (a symbolic link loop)", here->path, loop->path);
}
