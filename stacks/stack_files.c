/*
 * stack_files.c: which files are a stack: the stack files of a folder, and
 * the variable files among them that are never read as a stack file.
 *
 * Choices made here:
 * - In a folder, every *.yaml / *.yml file is read in name order, except
 *   hidden files, terrace.stacks.yaml (the stacks `-all` runs) and variable
 *   files: *.vars.yaml / *.vars.yml, the files
 *   given to -var-file, and a file with none of a stack file's top-level
 *   keys whose keys are all variables the stack declares (any such file
 *   when only the settings are read). docs/stack-language.md, "Which files
 *   are a stack", says why; a variable file is never read for values unless
 *   given to -var-file. Nor is a state machine's definition beside the
 *   stack: a file named *.asl.yaml / *.asl.yml (Amazon States Language,
 *   as AWS's tools name such files) holding StartAt and States and none of
 *   a stack file's top-level keys.
 * - Every other entry of a stack file's name but a folder is listed, and
 *   the one reader (provider/base/input_file.h) refuses what is no regular
 *   file by what it is: a FIFO, a symbolic link loop or to nothing is an
 *   error, never a file left out with its resources.
 */
#include "stacks/stack.h"
#include "provider/base/input_file.h"
#include "stacks/stack_internal.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* ---- finding the files ---------------------------------------------------- */

static bool has_suffix(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);
	return n >= m && !strcmp(s + n - m, suffix);
}

static bool is_stack_file_name(const char *name)
{
	if (name[0] == '.')
		return false;
	if (has_suffix(name, ".vars.yaml") || has_suffix(name, ".vars.yml"))
		return false;
	if (!strcmp(name, STACK_SYSTEM_LIST))
		return false; /* the stacks -all runs, not a stack */
	return has_suffix(name, ".yaml") || has_suffix(name, ".yml");
}

static int cmp_strings(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

char *stack_join_path(const char *dir, const char *name)
{
	size_t n = strlen(dir);
	return xasprintf("%s%s%s", dir, n && dir[n - 1] == '/' ? "" : "/", name);
}

/* Is path one of the files given to -var-file (the same file, by inode)? */
static bool is_var_file(const struct stat *st, const char *const *var_files)
{
	for (size_t i = 0; var_files && var_files[i]; i++) {
		struct stat vst;
		if (stat(var_files[i], &vst) == 0 && vst.st_dev == st->st_dev &&
		    vst.st_ino == st->st_ino)
			return true;
	}
	return false;
}

/* Does the folder at path hold a file of a stack file's name? */
static bool holds_stack_files(const char *path)
{
	DIR *dp = opendir(path);
	struct dirent *de;
	bool holds = false;
	while (dp && !holds && (de = readdir(dp)))
		holds = is_stack_file_name(de->d_name);
	if (dp)
		closedir(dp);
	return holds;
}

/* How many folders of dir (hidden ones aside) hold stack files: a folder
 * of stacks given where a stack is meant, when dir holds none itself. */
static size_t stack_folders_in(const char *dir)
{
	DIR *dp = opendir(dir);
	struct dirent *de;
	size_t n = 0;
	while (dp && (de = readdir(dp))) {
		char *path = stack_join_path(dir, de->d_name);
		struct stat st;
		n += de->d_name[0] != '.' && !stat(path, &st) && S_ISDIR(st.st_mode) &&
		     holds_stack_files(path);
		free(path);
	}
	if (dp)
		closedir(dp);
	return n;
}

/* The stack files of a folder but the -var-file ones, sorted; -1 when it
 * cannot be read. */
int stack_list_files(const char *dir, const char *const *var_files, char ***files,
		     size_t *n, struct diags *d)
{
	DIR *dp = opendir(dir);
	*files = NULL;
	*n = 0;
	if (!dp)
		return diag_errorf(d, NULL, "cannot read %s: %s", dir, input_file_errno_text(errno));
	struct dirent *de;
	while ((de = readdir(dp))) {
		if (!is_stack_file_name(de->d_name))
			continue;
		char *path = stack_join_path(dir, de->d_name);
		struct stat st;
		/* Anything of a stack file's name but a folder is read, so that
		 * what is no regular file (a FIFO, a symbolic link loop or to
		 * nothing) is named by the one reader (input_file.h) rather
		 * than left out silently with the resources it was meant to
		 * hold. */
		if (!stat(path, &st) && (S_ISDIR(st.st_mode) || is_var_file(&st, var_files))) {
			free(path);
			continue;
		}
		*files = xrealloc(*files, (*n + 1) * sizeof(**files));
		(*files)[(*n)++] = path;
	}
	closedir(dp);
	if (*n)
		qsort(*files, *n, sizeof(**files), cmp_strings);
	if (!*n) {
		char *list = stack_join_path(dir, STACK_SYSTEM_LIST);
		bool system = access(list, F_OK) == 0;
		free(list);
		diag_errorf(d, NULL, "no stack files (*.yaml, *.yml) in %s%s", dir,
			    system ? ": its " STACK_SYSTEM_LIST " lists stacks; run the command "
				     "with -all" : "");
		size_t folders = system ? 0 : stack_folders_in(dir);
		if (folders)
			diag_set_detail(d, "%zu of its folders hold%s stack files: run the command "
					"with -all, or give one folder with -stack", folders,
					folders == 1 ? "s" : "");
		return -1;
	}
	return 0;
}

/* ---- which files are a stack ---------------------------------------------- */

/* The top-level keys of a stack file, in the order messages list them. */
const char *const stack_top_level_keys[STACK_N_TOP_LEVEL_KEYS] = {
	"stack", "variables", "providers", "locals", "resources", "modules", "outputs", "backend",
	"environments", "lab", "moved", "removed", "import", "checks", "data",
};

static bool is_top_level_key(const char *key)
{
	for (size_t i = 0; i < STACK_N_TOP_LEVEL_KEYS; i++)
		if (!strcmp(key, stack_top_level_keys[i]))
			return true;
	return false;
}

/* Does a non-empty map have at least one key a stack file may have? (An
 * empty map is an empty stack file.) */
bool stack_has_top_level_key(json_t *doc)
{
	const char *key;
	json_t *value;
	if (!json_object_size(doc))
		return true;
	json_object_foreach(doc, key, value)
		if (is_top_level_key(key))
			return true;
	return false;
}

/* The names of the variables that the documents with a stack file's keys
 * declare (either read gives the variables: map its names at least), as
 * name -> true. */
json_t *stack_declared_variables(json_t *const *docs, size_t n)
{
	json_t *names = json_object();
	for (size_t i = 0; i < n; i++) {
		if (!json_is_object(docs[i]) || !stack_has_top_level_key(docs[i]))
			continue;
		const char *name;
		json_t *def;
		json_object_foreach(json_object_get(docs[i], "variables"), name, def)
			json_object_set_new(names, name, json_true());
	}
	return names;
}

/*
 * Is this document of a stack folder a variable file, never read as a stack
 * file (docs/stack-language.md, "Which files are a stack")? A map with none
 * of a stack file's top-level keys is one when every key is a variable the
 * stack declares; a read for the settings alone (what finds the state) skips
 * every such map, since nothing in it could name the state. Any other map of
 * unknown keys is left to merge_document (stack.c), which reports it: a stack file
 * whose keys went wrong (resource:, a lost resources: line) must not
 * silently drop what it defines.
 */
bool stack_is_variable_file(const json_t *doc, const json_t *declared, bool settings_only)
{
	if (!json_is_object(doc) || stack_has_top_level_key((json_t *)doc))
		return false;
	if (settings_only)
		return true;
	const char *key;
	json_t *value;
	json_object_foreach((json_t *)doc, key, value)
		if (!json_object_get(declared, key))
			return false;
	return true;
}

/* Is this document of a stack folder, at path, a Step Functions state
 * machine's definition, which the stack may read with file() but never as
 * a stack file? A file named *.asl.yaml or *.asl.yml, AWS's tools' name for
 * one (Amazon States Language), holding the two fields the language
 * requires of a state machine, StartAt and States, and none of a stack
 * file's top-level keys. Any other such file is read as before: a stack
 * file, or an unknown key reported (a misspelt resources: is not skipped). */
bool stack_is_definition_file(const char *path, const json_t *doc)
{
	if (!has_suffix(path, ".asl.yaml") && !has_suffix(path, ".asl.yml"))
		return false;
	return json_is_object(doc) && json_object_size(doc) &&
	       !stack_has_top_level_key((json_t *)doc) && json_object_get(doc, "StartAt") &&
	       json_object_get(doc, "States");
}

/* Which variables a variable file of the folder sets (stack.h,
 * variable_files): for the message of a variable without a value. */
void stack_note_variable_file(struct stack *s, const char *path, const json_t *doc)
{
	const char *key;
	json_t *value;
	if (!s->variable_files)
		s->variable_files = json_object();
	json_object_foreach((json_t *)doc, key, value)
		if (!json_object_get(s->variable_files, key))
			json_object_set_new(s->variable_files, key, json_string(path));
}
