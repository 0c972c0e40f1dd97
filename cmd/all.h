/*
 * all.h: `terrace plan|apply|destroy|validate|output -all`, one command
 * over every stack of a folder (cmd/all.c).
 */
#ifndef TERRACE_CMD_ALL_H
#define TERRACE_CMD_ALL_H

#include <stdbool.h>

/* -all among args (the words after the command), for a command that takes it. */
bool all_requested(const char *command, int argc, char **argv);
/* Run command over the folder's stacks; args are the words after it. */
int cmd_all(const char *command, int argc, char **argv);

#endif
