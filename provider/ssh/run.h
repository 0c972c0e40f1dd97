/*
 * run.h: the runner of ssh.command and ssh.cron (run.c), which their
 * types' tables name (provider.h, struct resource_runner).
 */
#ifndef TERRACE_SSH_RUN_H
#define TERRACE_SSH_RUN_H

#include "provider/provider.h"

extern const struct resource_runner ssh_command_runner;

#endif
