/*
 * all.h: `terrace plan|apply|destroy|validate|output -all`, one command
 * over every stack of a folder (cmd/all.c).
 */
#ifndef TERRACE_CMD_ALL_H
#define TERRACE_CMD_ALL_H

#include <jansson.h>
#include <stdbool.h>

/* -all among args (the words after the command), for a command that takes it. */
bool all_requested(const char *command, int argc, char **argv);
/* Run command over the folder's stacks; args are the words after it. */
int cmd_all(const char *command, int argc, char **argv);

/*
 * Before `terrace destroy` of the stack in folder dir, workspace ws
 * (removed NULL), or an apply that removes the outputs named in the array
 * removed: the stacks of its system (every stack under the nearest folder
 * above that has terrace.stacks.yaml, and those it lists; else every stack
 * under dir's parent folder; 4 folders deep at most) whose state, in any
 * of their workspaces (their own backends': local or S3), records a
 * terrace.stack read of it in ws, by path or by backend (using one of
 * those outputs: its outputs_used), are its users, named "STACK
 * (WORKSPACE)". -1 after printing an error naming them; 0 when there is
 * none.
 */
int all_check_readers(const char *dir, const char *ws, const json_t *removed);

#endif
