/*
 * expr_func_number.c: the number functions, as Terraform's: min, max, sum,
 * abs, ceil, floor, pow, log, signum, parseint, range and tonumber.
 * Numbers are whole (exact to 2^53 and beyond as 64-bit integers) or
 * doubles; Terraform's are arbitrary-precision, which shows only past 15
 * significant digits.
 */
#include "stacks/expr_func_lib.h"
#include "provider/provider.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* min(numbers...), max(numbers...). */
static json_t *extreme(const struct func_args *a, const char *name, bool largest,
		       struct strbuf *err)
{
	if (!a->n) {
		strbuf_addf(err, "%s: give at least one number", name);
		return NULL;
	}
	double best = 0;
	size_t at = 0;
	for (size_t i = 0; i < a->n; i++) {
		double d;
		if (fn_number(a, i, name, &d, err) < 0)
			return NULL;
		if (!i || (largest ? d > best : d < best)) {
			best = d;
			at = i;
		}
	}
	return json_is_number(a->v[at]) ? json_deep_copy(a->v[at]) : fn_number_json(best);
}

json_t *fn_min(const struct func_args *a, struct strbuf *err)
{
	return extreme(a, "min", false, err);
}

json_t *fn_max(const struct func_args *a, struct strbuf *err)
{
	return extreme(a, "max", true, err);
}

/* sum(list): the numbers of list added; whole numbers stay exact. */
json_t *fn_sum(const struct func_args *a, struct strbuf *err)
{
	size_t n = json_array_size(a->v[0]);
	if (!n) {
		strbuf_addstr(err, "sum: the list (argument 1) is empty");
		return NULL;
	}
	long long whole = 0;
	double total = 0;
	bool exact = true;
	size_t i;
	json_t *item;
	json_array_foreach(a->v[0], i, item) {
		double d;
		if (!fn_number_of(item, &d)) {
			strbuf_addf(err, "sum: element %zu of argument 1 must be a number, got ", i);
			fn_describe(err, item, a->secret);
			return NULL;
		}
		total += d;
		if (exact && json_is_integer(item) &&
		    !__builtin_add_overflow(whole, (long long)json_integer_value(item), &whole))
			continue;
		exact = false;
	}
	return exact ? json_integer((json_int_t)whole) : fn_number_json(total);
}

static json_t *one_number(const struct func_args *a, const char *name, double (*f)(double),
			  struct strbuf *err)
{
	double d;
	if (fn_number(a, 0, name, &d, err) < 0)
		return NULL;
	if (json_is_integer(a->v[0]) && f != fabs)
		return json_deep_copy(a->v[0]);
	if (json_is_integer(a->v[0]) && json_integer_value(a->v[0]) > -(1LL << 62))
		return json_integer(llabs((long long)json_integer_value(a->v[0])));
	return fn_number_json(f(d));
}

json_t *fn_abs(const struct func_args *a, struct strbuf *err)
{
	return one_number(a, "abs", fabs, err);
}

json_t *fn_ceil(const struct func_args *a, struct strbuf *err)
{
	return one_number(a, "ceil", ceil, err);
}

json_t *fn_floor(const struct func_args *a, struct strbuf *err)
{
	return one_number(a, "floor", floor, err);
}

json_t *fn_pow(const struct func_args *a, struct strbuf *err)
{
	double x, y;
	if (fn_number(a, 0, "pow", &x, err) < 0 || fn_number(a, 1, "pow", &y, err) < 0)
		return NULL;
	double r = pow(x, y);
	if (!isfinite(r)) {
		strbuf_addf(err, "pow: %g to the power %g is not a finite number", x, y);
		return NULL;
	}
	return fn_number_json(r);
}

/* log(number, base). */
json_t *fn_log(const struct func_args *a, struct strbuf *err)
{
	double x, base;
	if (fn_number(a, 0, "log", &x, err) < 0 || fn_number(a, 1, "log", &base, err) < 0)
		return NULL;
	double r = log(x) / log(base);
	if (!isfinite(r)) {
		strbuf_addf(err, "log: the logarithm of %g in base %g is not a finite number", x, base);
		return NULL;
	}
	return fn_number_json(r);
}

json_t *fn_signum(const struct func_args *a, struct strbuf *err)
{
	long long n;
	if (fn_whole(a, 0, "signum", &n, err) < 0)
		return NULL;
	return json_integer(n > 0 ? 1 : n < 0 ? -1 : 0);
}

static int digit_value(char c, long long base)
{
	int v = -1;
	if (c >= '0' && c <= '9')
		v = c - '0';
	else if (c >= 'a' && c <= 'z')
		v = c - 'a' + 10;
	else if (c >= 'A' && c <= 'Z')
		v = c - 'A' + (base <= 36 ? 10 : 36);
	return v >= 0 && v < base ? v : -1;
}

/* parseint(string, base): the whole number string writes in base (2 to
 * 62: 0-9, then a-z, then A-Z; up to base 36 letters of either case). */
json_t *fn_parseint(const struct func_args *a, struct strbuf *err)
{
	long long base;
	if (fn_whole(a, 1, "parseint", &base, err) < 0)
		return NULL;
	if (base < 2 || base > 62) {
		fn_bad_arg(err, "parseint", 1, "a base from 2 to 62", a->v[1], a->secret);
		return NULL;
	}
	char *s = fn_text(a, 0);
	const char *p = s;
	bool negative = *p == '-';
	if (*p == '-' || *p == '+')
		p++;
	long long n = 0;
	json_t *out = NULL;
	bool ok = *p != '\0';
	for (; *p && ok; p++) {
		int d = digit_value(*p, base);
		ok = d >= 0 && !__builtin_mul_overflow(n, base, &n) && !__builtin_add_overflow(n, d, &n);
	}
	if (ok) {
		out = json_integer(negative ? -n : n);
	} else {
		strbuf_addf(err, "parseint: argument 1 must be a whole number in base %lld, got ", base);
		fn_describe(err, a->v[0], a->secret);
	}
	free(s);
	return out;
}

#define RANGE_MAX 1024 /* as Terraform: range() makes at most this many numbers */

/* range(end), range(start, end), range(start, end, step): start, then
 * each step on, up to (not including) end. */
json_t *fn_range(const struct func_args *a, struct strbuf *err)
{
	double start = 0, end, step;
	size_t i = 0;
	if (a->n > 1 && fn_number(a, i++, "range", &start, err) < 0)
		return NULL;
	if (fn_number(a, i++, "range", &end, err) < 0)
		return NULL;
	step = start <= end ? 1 : -1;
	if (a->n > 2 && fn_number(a, 2, "range", &step, err) < 0)
		return NULL;
	if (step < 0 && end > start) {
		strbuf_addf(err, "range: with a negative step (%g) the end (%g) must be less than the "
			    "start (%g)", step, end, start);
		return NULL;
	}
	if (step > 0 && end < start) {
		strbuf_addf(err, "range: with a positive step (%g) the end (%g) must be more than the "
			    "start (%g)", step, end, start);
		return NULL;
	}
	json_t *out = json_array();
	for (double v = start; step < 0 ? v > end : v < end; v += step) {
		if (json_array_size(out) == RANGE_MAX || step == 0) {
			strbuf_addf(err, "range: more than %d numbers (from %g to %g by %g)", RANGE_MAX,
				    start, end, step);
			json_decref(out);
			return NULL;
		}
		json_array_append_new(out, fn_number_json(v));
	}
	return out;
}

json_t *fn_tonumber(const struct func_args *a, struct strbuf *err)
{
	const json_t *v = a->v[0];
	if (json_is_null(v))
		return json_null();
	if (json_is_number(v))
		return json_deep_copy(v);
	json_t *out = json_is_string(v) ? fn_number_from_text(json_string_value(v)) : NULL;
	if (out)
		return out;
	fn_bad_arg(err, "tonumber", 0, "a number or a string that reads as one", v, a->secret);
	return NULL;
}
