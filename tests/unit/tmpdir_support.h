/*
 * tmpdir_support.h: removing a unit test's temporary folder (made with
 * mkdtemp) and everything in it, at teardown.
 */
#ifndef TERRACE_TEST_TMPDIR_SUPPORT_H
#define TERRACE_TEST_TMPDIR_SUPPORT_H

#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "provider/base/strbuf.h"

static inline void remove_tree(const char *dir)
{
	DIR *d = opendir(dir);
	if (!d)
		return;
	struct dirent *e;
	while ((e = readdir(d))) {
		if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
			continue;
		char *p = xasprintf("%s/%s", dir, e->d_name);
		struct stat sb;
		if (lstat(p, &sb) == 0 && S_ISDIR(sb.st_mode))
			remove_tree(p);
		else
			unlink(p);
		free(p);
	}
	closedir(d);
	rmdir(dir);
}

#endif
