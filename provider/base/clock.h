/*
 * clock.h: the monotonic clock in seconds, which every deadline, wait and
 * duration of terrace is measured on (never the wall clock, which an
 * operator's NTP may step).
 */
#ifndef TERRACE_BASE_CLOCK_H
#define TERRACE_BASE_CLOCK_H

/* Seconds on CLOCK_MONOTONIC, with nanoseconds as the fraction. */
double monotonic_seconds(void);

#endif
