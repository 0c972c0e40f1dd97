/*
 * progress.h: the terminal rendering of transfer progress (the sink of
 * provider/base/progress.h), for apply and destroy.
 */
#ifndef TERRACE_CMD_PROGRESS_H
#define TERRACE_CMD_PROGRESS_H

#include <stdbool.h>
#include <stdint.h>
#include <stddef.h>

#include "plan/plan.h"

/*
 * Install the progress sink for this process and return the run events to
 * pass to run_init(): `inner`'s, wrapped so that each progress line is
 * labelled with the resource it belongs to and so that inner's own lines
 * ("art: Creating...") never land inside the progress lines.
 *
 * While an upload runs, stdout shows one line per upload, redrawn in place:
 *   art: 112.0 MiB / 256.0 MiB (43%), 180.2 MiB/s, ETA 1s
 * and the lines disappear when it ends. They are drawn only when stdout is a
 * terminal, CI is unset (or "false"/"0"), TERM is not "dumb" and `json` is
 * false; otherwise nothing is drawn and `inner` comes back unwrapped. Either
 * way the sink passes plan_stop_requested() on to transfers, so an
 * interrupted apply aborts a multipart upload instead of finishing it.
 */
const struct run_events *progress_ui_setup(const struct run_events *inner, bool json);

/* One progress line, as drawn (without a newline), into out (size n). */
void progress_format_line(char *out, size_t n, const char *label, uint64_t done,
			  uint64_t total, double seconds);

#endif
