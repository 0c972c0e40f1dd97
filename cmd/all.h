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
 * What apply and destroy refuse (unless -force), and plan says they will:
 * the destroy (destroy) of the stack in folder dir, or an apply that
 * removes outputs (those state has that snapshot no longer declares),
 * while other stacks read them. snapshot is the stack's (its workspace,
 * ws), state the one the plan was made from. The stacks of its system
 * (every stack under the nearest folder above that has terrace.stacks.yaml,
 * and those it lists; else every stack under dir's parent folder; 4
 * folders deep at most) whose state, in any of their workspaces (their own
 * backends': local or S3), records a terrace.stack read of it in ws, by
 * path or by backend (using one of the removed outputs: its outputs_used),
 * are its users, named "STACK (WORKSPACE)". *refusal gets the message
 * naming them and what to do (a new string), NULL when there is none. -1
 * after printing an error.
 */
int all_readers_refusal(const char *dir, const json_t *snapshot, const json_t *state,
			bool destroy, char **refusal);

#endif
