/*
 * module_order.h: the order a stack's modules expand in (module_order.c).
 */
#ifndef TERRACE_STACKS_MODULE_ORDER_H
#define TERRACE_STACKS_MODULE_ORDER_H

#include <stddef.h>

struct stack;

/* Indexes of s's modules (n_modules of them, a new array): each after
 * the modules its inputs, count, for_each and depends_on read, as written
 * otherwise; modules that read each other as written. */
size_t *stack_module_order(const struct stack *s);

#endif
