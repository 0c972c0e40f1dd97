/*
 * expr_eval.c: evaluating ${...} expressions over the tree stacks/expr_parse.c
 * builds: references through the caller's resolver, calls (stacks/expr_func.c),
 * operators, for expressions, indexes, splats, templates, try and can; unknown
 * and sensitive values carried through. Also the function editions' names.
 */
#include "stacks/expr.h"
#include "stacks/expr_internal.h"
#include "stacks/expr_path.h"
#include "stacks/expr_func.h"
#include "provider/provider.h"

#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- evaluation ---------------------------------------------------------- */

/* A name a for expression (or a splat, "*") binds, innermost first, with
 * the parts of its value that are secret (see eval_parts). */
struct binding {
	const char *name;
	const json_t *value;
	const struct binding *outer;
	const json_t *secret;
};

struct eval {
	expr_resolve_fn resolve;
	void *ctx;
	bool sensitive;
	struct strbuf *err;
	enum func_edition edition; /* handed to every call */
	const struct binding *scope;
	int in_try;                /* inside try() or can(): a missing key is an error */
	bool before_plan;          /* expr_eval_before_plan: what reads files is unknown */
};

static void describe_expr(const struct expr_node *n, struct strbuf *out)
{
	if (n->kind == EXPR_REF)
		strbuf_addf(out, "${%s%s%s}", n->ref.root, n->ref.path ? "." : "",
			    n->ref.path ? n->ref.path : "");
	else if (n->text && (n->kind == EXPR_TPL_IF || n->kind == EXPR_TPL_FOR))
		strbuf_addstr(out, n->text); /* "%{if ...}...%{endif}" */
	else if (n->text)
		strbuf_addf(out, "${%s}", n->text);
	else
		strbuf_addstr(out, "${...}");
}

static json_t *eval_node(struct eval *ev, const struct expr_node *n);
static json_t *eval_parts(struct eval *ev, const struct expr_node *n, json_t **secret);

/*
 * Which parts of a value are secret, as a resolver gives them
 * (expr_resolve_fn): NULL none, true all, else a tree of the value's shape
 * (objects by key, arrays by index) whose true leaves are. secret_any: does
 * it hold a secret at all; secret_step and secret_at: the part under one
 * step or a reference's path (a new reference, or NULL).
 */
static bool secret_any(const json_t *secret)
{
	if (!secret || json_is_true(secret))
		return secret != NULL;
	size_t i;
	const char *k;
	json_t *part;
	if (json_is_array(secret))
		json_array_foreach(secret, i, part)
			if (secret_any(part))
				return true;
	if (json_is_object(secret))
		json_object_foreach((json_t *)secret, k, part)
			if (secret_any(part))
				return true;
	return false;
}

static json_t *secret_step(const json_t *secret, const char *name, size_t index)
{
	if (json_is_true(secret))
		return json_true();
	const json_t *part = name ? json_object_get(secret, name) : json_array_get(secret, index);
	return secret_any(part) ? json_incref((json_t *)part) : NULL;
}

static json_t *secret_at(const json_t *secret, const char *path)
{
	struct expr_path p;
	struct strbuf err = STRBUF_INIT;
	if (!secret || !path || expr_path_parse(path, &p, &err) < 0) {
		strbuf_release(&err);
		/* a path that does not parse is refused elsewhere: all of it */
		return secret ? json_incref((json_t *)secret) : NULL;
	}
	json_t *part = json_incref((json_t *)secret);
	for (size_t i = 0; i < p.n && part && !json_is_true(part); i++) {
		json_t *next = secret_step(part, p.steps[i].name, p.steps[i].index);
		json_decref(part);
		part = next;
	}
	expr_path_free(&p);
	return part;
}

/* Append v to a message, shortened, unless the expression has touched a
 * secret: " (the value \"abc\")". */
static void describe_value(const struct eval *ev, const json_t *v, struct strbuf *out)
{
	if (ev->sensitive) {
		strbuf_addstr(out, " (a sensitive value)");
		return;
	}
	char *text = json_dumps(v, JSON_ENCODE_ANY | JSON_COMPACT);
	if (!text)
		return;
	size_t len = strlen(text);
	if (len > 60)
		strbuf_addf(out, " (%s %.50s...)", value_kind(v), text);
	else
		strbuf_addf(out, " (%s)", text);
	free(text);
}

/* describe_value of a value whose parts `secret` are secret. */
static void describe_part(const struct eval *ev, const json_t *v, const json_t *secret,
			  struct strbuf *out)
{
	if (secret_any(secret))
		strbuf_addstr(out, " (a sensitive value)");
	else
		describe_value(ev, v, out);
}

static json_t *eval_list(struct eval *ev, const struct expr_node *n)
{
	json_t *list = json_array();
	for (size_t i = 0; i < n->n_args; i++) {
		json_t *item = eval_node(ev, n->args[i]);
		if (!item) {
			json_decref(list);
			return NULL;
		}
		json_array_append_new(list, item);
	}
	return list;
}

/* Argument i of call n, evaluated: one not known yet sets *unknown (as
 * the function's row says); a known one is checked. -1 with ev->err set
 * when the check fails. */
static int take_arg(struct eval *ev, const struct expr_node *n, size_t i, const json_t *v,
		    bool *unknown)
{
	if (value_is_unknown(v)) {
		if (n->func->unknowns < FU_WHOLE)
			*unknown = true;
	} else if (n->func->unknowns < FU_PARTS && value_contains_unknown(v)) {
		*unknown = true;
	} else if (expr_func_check_arg(n->func, i, v, ev->sensitive, ev->err) < 0) {
		return -1;
	}
	return 0;
}

/*
 * A call: arguments are evaluated first; an argument that is not known yet
 * makes the result unknown, after the known ones passed their checks. One
 * known but with unknown parts (a list with one element known after apply)
 * makes it unknown too, unless the function takes such values (its row's
 * unknowns: FU_PARTS, as Terraform's length, concat, merge, ... place the
 * parts without reading them; FU_WHOLE, coalesce and lookup, take wholly
 * unknown arguments too). The function learns whether an argument was
 * sensitive so its messages can leave values out. A last argument
 * expanded with "..." gives its elements as the arguments in its place
 * (then their number is checked); when it is not known yet, neither is
 * their number, nor the result.
 */
static json_t *eval_call(struct eval *ev, const struct expr_node *n)
{
	bool outer_sensitive = ev->sensitive;
	size_t written = n->n_args - n->expand, count = 0;
	json_t **args = xcalloc(n->n_args + 1, sizeof(*args));
	json_t *result = NULL, *list = NULL;
	bool unknown = false;
	ev->sensitive = false;
	while (count < written) {
		json_t *v = eval_node(ev, n->args[count]);
		if (!v)
			goto done;
		args[count++] = v;
		if (take_arg(ev, n, count - 1, v, &unknown) < 0)
			goto done;
	}
	if (n->expand) {
		if (!(list = eval_node(ev, n->args[written])) || check_expanded(n, list, ev->err) < 0)
			goto done;
		if (value_is_unknown(list)) {
			unknown = true;
		} else {
			size_t total = written + json_array_size(list);
			if (expr_func_check_count(n->func, total, ev->err) < 0)
				goto done;
			args = xrealloc(args, (total + 1) * sizeof(*args));
			while (count < total) {
				json_t *v = json_array_get(list, count - written);
				args[count++] = json_incref(v);
				if (take_arg(ev, n, count - 1, v, &unknown) < 0)
					goto done;
			}
		}
	}
	if (unknown || (ev->before_plan && n->func->reads_files)) {
		result = value_unknown();
	} else {
		struct func_args a = { args, count, ev->sensitive, expr_eval_as, ev->edition };
		result = n->func->call(&a, ev->err);
	}
done:
	ev->sensitive = ev->sensitive || outer_sensitive;
	for (size_t i = 0; i < count; i++)
		json_decref(args[i]);
	json_decref(list);
	free(args);
	return result;
}

static bool is_number(const json_t *v)
{
	return json_is_integer(v) || json_is_real(v);
}

/* A bool operand of n, or -1 with an error naming the operator. */
static int want_bool(struct eval *ev, const struct expr_node *n, const json_t *v,
		     const char *role)
{
	if (json_is_boolean(v))
		return json_is_true(v);
	strbuf_addf(ev->err, "%s must be true or false, got %s: ", role, value_kind(v));
	describe_expr(n, ev->err);
	return -1;
}

static bool values_equal(const json_t *a, const json_t *b)
{
	if (is_number(a) && is_number(b))
		return json_number_value(a) == json_number_value(b);
	return json_equal((json_t *)a, (json_t *)b);
}

/* v as a number: numbers as they are, a string that reads as a number
 * (as Terraform converts "5" for arithmetic); NULL otherwise. */
static json_t *number_of(const json_t *v)
{
	if (json_is_integer(v) || json_is_real(v))
		return json_incref((json_t *)v);
	if (!json_is_string(v) || !json_string_length(v))
		return NULL;
	const char *text = json_string_value(v);
	char *end;
	errno = 0;
	long long i = strtoll(text, &end, 10);
	if (!*end && !errno)
		return json_integer(i);
	errno = 0;
	double d = strtod(text, &end);
	if (*end || errno || !isfinite(d) || !strpbrk(text, "0123456789"))
		return NULL;
	return json_real(d);
}

/* A result of arithmetic: whole numbers are integers (3, not 3.0), as
 * Terraform prints them. */
static json_t *number_result(double d)
{
	if (d == floor(d) && fabs(d) < 9007199254740992.0) /* 2^53 */
		return json_integer((json_int_t)d);
	/* Terraform computes in decimal: 0.1 + 0.2 is 0.3, not the double's
	 * 0.30000000000000004; sixteen significant digits drop that last bit. */
	char text[32];
	snprintf(text, sizeof(text), "%.16g", d);
	double r = strtod(text, NULL);
	if (r == floor(r) && fabs(r) < 9007199254740992.0)
		return json_integer((json_int_t)r);
	return json_real(r);
}

/* a OP b for + - * / %: integers stay exact unless they overflow. */
static json_t *eval_arith(struct eval *ev, const struct expr_node *n, const json_t *a,
			  const json_t *b)
{
	json_t *na = number_of(a), *nb = number_of(b), *out = NULL;
	char op = n->op[0];
	if (!na || !nb) {
		strbuf_addf(ev->err, "the operands of \"%s\" must be numbers, got %s and %s: ",
			    n->op, value_kind(a), value_kind(b));
		describe_expr(n, ev->err);
		describe_value(ev, na ? b : a, ev->err);
		goto done;
	}
	double x = json_number_value(na), y = json_number_value(nb);
	if ((op == '/' || op == '%') && y == 0) {
		strbuf_addstr(ev->err, op == '/' ? "division by zero: " : "modulo by zero: ");
		describe_expr(n, ev->err);
		if (n->args[1]->kind != EXPR_LITERAL) {
			strbuf_addstr(ev->err, " (");
			describe_expr(n->args[1], ev->err);
			strbuf_addstr(ev->err, " is 0)");
		}
		goto done;
	}
	if (json_is_integer(na) && json_is_integer(nb)) {
		long long i = json_integer_value(na), j = json_integer_value(nb), r;
		bool over = false;
		switch (op) {
		case '+': over = __builtin_add_overflow(i, j, &r); break;
		case '-': over = __builtin_sub_overflow(i, j, &r); break;
		case '*': over = __builtin_mul_overflow(i, j, &r); break;
		case '%': over = j == -1; r = over ? 0 : i % j; break;
		default: over = i % j != 0 || (i == LLONG_MIN && j == -1); r = over ? 0 : i / j;
		}
		if (!over) {
			out = json_integer(r);
			goto done;
		}
		if (op == '%') {
			out = json_integer(0);
			goto done;
		}
	}
	switch (op) {
	case '+': out = number_result(x + y); break;
	case '-': out = number_result(x - y); break;
	case '*': out = number_result(x * y); break;
	case '/': out = number_result(x / y); break;
	default: out = number_result(fmod(x, y));
	}
	if (out && json_is_real(out) && !isfinite(json_real_value(out))) {
		json_decref(out);
		out = NULL;
		strbuf_addstr(ev->err, "the result is out of range: ");
		describe_expr(n, ev->err);
	}
done:
	json_decref(na);
	json_decref(nb);
	return out;
}

static json_t *eval_negate(struct eval *ev, const struct expr_node *n, const json_t *a)
{
	json_t *na = number_of(a), *out;
	if (!na) {
		strbuf_addf(ev->err, "the operand of \"-\" must be a number, got %s: ", value_kind(a));
		describe_expr(n, ev->err);
		describe_value(ev, a, ev->err);
		return NULL;
	}
	if (json_is_integer(na) && json_integer_value(na) != LLONG_MIN)
		out = json_integer(-json_integer_value(na));
	else
		out = number_result(-json_number_value(na));
	json_decref(na);
	return out;
}

static json_t *eval_compare(struct eval *ev, const struct expr_node *n, const json_t *a,
			    const json_t *b)
{
	if (!strcmp(n->op, "=="))
		return json_boolean(values_equal(a, b));
	if (!strcmp(n->op, "!="))
		return json_boolean(!values_equal(a, b));
	json_t *na = number_of(a), *nb = number_of(b);
	if (!na || !nb) {
		strbuf_addf(ev->err, "the operands of \"%s\" must be numbers, got %s and %s: ", n->op,
			    value_kind(a), value_kind(b));
		describe_expr(n, ev->err);
		describe_value(ev, na ? b : a, ev->err);
		json_decref(na);
		json_decref(nb);
		return NULL;
	}
	double x = json_number_value(na), y = json_number_value(nb);
	json_decref(na);
	json_decref(nb);
	if (!strcmp(n->op, "<"))
		return json_boolean(x < y);
	if (!strcmp(n->op, "<="))
		return json_boolean(x <= y);
	if (!strcmp(n->op, ">"))
		return json_boolean(x > y);
	return json_boolean(x >= y);
}

/*
 * Operators. A conditional evaluates only the branch chosen; an operand not
 * known until apply makes the result unknown.
 */
static bool is_equality(const struct expr_node *n)
{
	return !strcmp(n->op, "==") || !strcmp(n->op, "!=");
}

static json_t *eval_op(struct eval *ev, const struct expr_node *n)
{
	json_t *a = eval_node(ev, n->args[0]), *b = NULL, *out = NULL;
	if (!a)
		return NULL;
	if (value_contains_unknown(a) && !is_equality(n)) {
		out = value_unknown();
		goto done;
	}
	if (!strcmp(n->op, "?") || !strcmp(n->op, "!") || !strcmp(n->op, "&&") ||
	    !strcmp(n->op, "||")) {
		const char *role = !strcmp(n->op, "?") ? "the condition" : "an operand of a boolean operator";
		int truth = want_bool(ev, n, a, role);
		if (truth < 0)
			goto done;
		if (!strcmp(n->op, "?")) {
			out = eval_node(ev, n->args[truth ? 1 : 2]);
			goto done;
		}
		if (!strcmp(n->op, "!")) {
			out = json_boolean(!truth);
			goto done;
		}
		if (truth == !strcmp(n->op, "||")) {
			out = json_boolean(truth);
			goto done;
		}
		b = eval_node(ev, n->args[1]);
		if (!b)
			goto done;
		if (value_contains_unknown(b)) {
			out = value_unknown();
			goto done;
		}
		truth = want_bool(ev, n, b, role);
		if (truth >= 0)
			out = json_boolean(truth);
		goto done;
	}
	if (n->n_args == 1) { /* unary minus */
		out = eval_negate(ev, n, a);
		goto done;
	}
	b = eval_node(ev, n->args[1]);
	if (!b)
		goto done;
	if (value_contains_unknown(a) || value_contains_unknown(b)) {
		int equal = is_equality(n) ? expr_equal_known(a, b) : -1;
		out = equal < 0 ? value_unknown() : json_boolean(equal == (n->op[0] == '='));
	}
	else if (strchr("+-*/%", n->op[0]))
		out = eval_arith(ev, n, a, b);
	else
		out = eval_compare(ev, n, a, b);
done:
	json_decref(a);
	json_decref(b);
	return out;
}

/* ---- for expressions, indexes, splats, templates, try ---------------------- */

/* A for variable or a splat's element, and the path after it. */
static json_t *eval_bound(struct eval *ev, const struct expr_node *n, json_t **secret)
{
	const struct binding *b = ev->scope;
	while (b && strcmp(b->name, n->ref.root))
		b = b->outer;
	if (!b) { /* the parser binds only names it has seen bound */
		strbuf_addf(ev->err, "\"%s\" is not bound here", n->ref.root);
		return NULL;
	}
	struct strbuf why = STRBUF_INIT;
	const json_t *v = expr_path_get(b->value, n->ref.path, &why);
	if (!v) {
		strbuf_addf(ev->err, "%s: ", why.buf);
		if (!strcmp(n->ref.root, "*"))
			strbuf_addf(ev->err, "[*].%s", n->ref.path);
		else
			describe_expr(n, ev->err);
		describe_part(ev, b->value, b->secret, ev->err);
		strbuf_release(&why);
		return NULL;
	}
	strbuf_release(&why);
	*secret = secret_at(b->secret, n->ref.path);
	return json_deep_copy(v);
}

/* The parts of a template string: text and values, or the one value of
 * "${x}" as it is (as Terraform does). */
/* The keys of a map in lexical order, as for expressions and %{for} go
 * over them. */
static const char **sorted_keys(const json_t *map)
{
	return value_sorted_keys(map, NULL);
}

/* Where the values not known yet of a template fall in its text: the text
 * known around all of them is kept (value_unknown_text: "alias/aws/" of
 * "alias/aws/${k.key_id}"), and the text known of each (its own prefix and
 * suffix) is written in its place. */
struct unknown_span {
	bool any;
	size_t first, last_end; /* where the first begins, the last ends */
};

static void note_unknown(struct unknown_span *u, struct strbuf *out, const json_t *v)
{
	struct strbuf prefix = STRBUF_INIT, suffix = STRBUF_INIT;
	value_known_affixes(v, &prefix, &suffix);
	strbuf_add(out, prefix.buf, prefix.len);
	if (!u->any)
		u->first = out->len;
	u->any = true;
	u->last_end = out->len;
	strbuf_add(out, suffix.buf, suffix.len);
	strbuf_release(&prefix);
	strbuf_release(&suffix);
}

/* A template's parts are evaluated between template_begin (which gives
 * whether the evaluation was sensitive before) and template_value. */
static bool template_begin(struct eval *ev)
{
	bool outer_sensitive = ev->sensitive;
	ev->sensitive = false;
	return outer_sensitive;
}

/* A template's value: its text, or what is known of it. The text known
 * around a part not known yet is kept for the checks, which may quote it:
 * never when a sensitive value made any of it (then plainly unknown). */
static json_t *template_value(struct eval *ev, bool outer_sensitive, const struct unknown_span *u,
			      const struct strbuf *out)
{
	json_t *v = !u->any ? json_stringn(out->buf, out->len)
		    : ev->sensitive ? value_unknown()
		    : value_unknown_text(out->buf, u->first, out->buf + u->last_end,
					 out->len - u->last_end);
	ev->sensitive = ev->sensitive || outer_sensitive;
	return v;
}

/* The parts of template n appended to out as text; *unknown set when a
 * part is not known yet. -1 with ev->err set. */
static int append_template(struct eval *ev, const struct expr_node *n, struct strbuf *out,
			   struct unknown_span *unknown)
{
	for (size_t i = 0; i < n->n_args; i++) {
		const struct expr_node *p = n->args[i];
		json_t *v = eval_node(ev, p->kind == EXPR_TPL_IF || p->kind == EXPR_TPL_FOR
					  ? p->args[0] : p);
		int rc = 0;
		if (!v)
			return -1;
		if (value_is_unknown(v)) {
			note_unknown(unknown, out, v);
		} else if (p->kind == EXPR_TPL_IF) {
			if (!json_is_boolean(v)) {
				strbuf_addf(ev->err, "the condition of %%{if} must be true or false, got "
					    "%s: ", value_kind(v));
				describe_expr(p, ev->err);
				describe_value(ev, v, ev->err);
				rc = -1;
			} else if (p->args[json_is_true(v) ? 1 : 2]) {
				rc = append_template(ev, p->args[json_is_true(v) ? 1 : 2], out, unknown);
			}
		} else if (p->kind == EXPR_TPL_FOR) {
			if (!json_is_array(v) && !json_is_object(v)) {
				strbuf_addf(ev->err, "%%{for} goes over a list or a map, got %s: ",
					    value_kind(v));
				describe_expr(p, ev->err);
				describe_value(ev, v, ev->err);
				rc = -1;
			}
			const char **keys = json_is_object(v) ? sorted_keys(v) : NULL;
			size_t count = json_is_array(v) ? json_array_size(v) : json_object_size(v);
			const struct binding *outer = ev->scope;
			for (size_t k = 0; k < count && rc == 0; k++) {
				json_t *key = keys ? json_string(keys[k]) : json_integer((json_int_t)k);
				struct binding kb = { p->for_key, key, outer };
				struct binding vb = { p->for_value, keys ? json_object_get(v, keys[k])
						      : json_array_get(v, k), p->for_key ? &kb : outer };
				ev->scope = &vb;
				rc = append_template(ev, p->args[1], out, unknown);
				ev->scope = outer;
				json_decref(key);
			}
			free(keys);
		} else if (expr_stringify_as(v, ev->edition, out) < 0) {
			strbuf_addf(ev->err, "cannot interpolate %s%s into a string: ",
				    json_is_null(v) ? "" : "a ", json_is_null(v) ? "null" :
				    json_is_array(v) ? "list" : "map");
			describe_expr(p, ev->err);
			rc = -1;
		}
		json_decref(v);
		if (rc < 0)
			return -1;
	}
	return 0;
}

/* The parts of a template string: text and values, or the one value of
 * "${x}" as it is (as Terraform does). */
static json_t *eval_template(struct eval *ev, const struct expr_node *n)
{
	if (n->n_args == 1 && n->args[0]->kind != EXPR_LITERAL &&
	    n->args[0]->kind != EXPR_TPL_IF && n->args[0]->kind != EXPR_TPL_FOR)
		return eval_node(ev, n->args[0]);
	struct strbuf out = STRBUF_INIT;
	struct unknown_span unknown = { 0 };
	json_t *result = NULL;
	bool outer_sensitive = template_begin(ev);
	if (append_template(ev, n, &out, &unknown) == 0)
		result = template_value(ev, outer_sensitive, &unknown, &out);
	else
		ev->sensitive = ev->sensitive || outer_sensitive;
	strbuf_release(&out);
	return result;
}

/* A key of {for ...} as Terraform converts it: a string, number or bool. */
static int for_key_text(struct eval *ev, const struct expr_node *n, const json_t *k,
			struct strbuf *out)
{
	if (!json_is_null(k) && !json_is_array(k) && !json_is_object(k))
		return expr_stringify_as(k, ev->edition, out);
	strbuf_addf(ev->err, "a key of a for expression must be a string, got %s: ",
		    value_kind(k));
	describe_expr(n, ev->err);
	return -1;
}

/*
 * [for k, v in C : V if F] and {for k, v in C : K => V... if F}: lists by
 * index, maps by key in lexical order. An unknown collection, key or
 * condition makes the whole result unknown.
 */
static json_t *eval_for(struct eval *ev, const struct expr_node *n)
{
	json_t *secret;
	json_t *coll = eval_parts(ev, n->args[0], &secret), *out = NULL, *result = NULL;
	const char **keys = NULL;
	size_t count = 0;
	/* the parts are followed into the elements; a secret whole, or an
	 * unknown one with secret parts, marks the result */
	if (json_is_true(secret) || (coll && value_is_unknown(coll) && secret_any(secret)))
		ev->sensitive = true;
	if (!coll)
		return NULL;
	if (value_is_unknown(coll)) {
		result = value_unknown();
		goto done;
	}
	if (json_is_array(coll)) {
		count = json_array_size(coll);
	} else if (json_is_object(coll)) {
		count = json_object_size(coll);
		keys = sorted_keys(coll);
	} else {
		strbuf_addf(ev->err, "a for expression goes over a list or a map, got %s: ",
			    value_kind(coll));
		describe_expr(n, ev->err);
		describe_part(ev, coll, secret, ev->err);
		goto done;
	}
	bool object = n->args[1] != NULL;
	out = object ? json_object() : json_array();
	for (size_t i = 0; i < count; i++) {
		json_t *key = keys ? json_string(keys[i]) : json_integer((json_int_t)i);
		const json_t *value = keys ? json_object_get(coll, keys[i]) : json_array_get(coll, i);
		json_t *part = secret_step(secret, keys ? keys[i] : NULL, i);
		struct binding kb = { n->for_key, key, ev->scope, NULL };
		struct binding vb = { n->for_value, value, n->for_key ? &kb : ev->scope, part };
		const struct binding *outer = ev->scope;
		json_t *cond = NULL, *k = NULL, *v = NULL;
		int rc = -1;
		ev->scope = &vb;
		if (n->args[3]) {
			if (!(cond = eval_node(ev, n->args[3])))
				goto item_done;
			if (value_is_unknown(cond)) {
				rc = 1;
				goto item_done;
			}
			if (!json_is_boolean(cond)) {
				strbuf_addf(ev->err, "the \"if\" of a for expression must be true or "
					    "false, got %s: ", value_kind(cond));
				describe_expr(n, ev->err);
				describe_value(ev, cond, ev->err);
				goto item_done;
			}
			if (json_is_false(cond)) {
				rc = 0;
				goto item_done;
			}
		}
		if (object && !(k = eval_node(ev, n->args[1])))
			goto item_done;
		if (k && value_is_unknown(k)) {
			rc = 1;
			goto item_done;
		}
		if (!(v = eval_node(ev, n->args[2])))
			goto item_done;
		rc = 0;
		if (!object) {
			json_array_append(out, v);
			goto item_done;
		}
		struct strbuf text = STRBUF_INIT;
		if (for_key_text(ev, n, k, &text) < 0) {
			rc = -1;
		} else if (n->grouping) {
			json_t *group = json_object_get(out, text.buf);
			if (!group)
				json_object_set_new(out, text.buf, group = json_array());
			json_array_append(group, v);
		} else if (json_object_get(out, text.buf)) {
			strbuf_addf(ev->err, "two elements give the key \"%s\" in a for expression "
				    "(write \"...\" after the value to group them): ", text.buf);
			describe_expr(n, ev->err);
			rc = -1;
		} else {
			json_object_set(out, text.buf, v);
		}
		strbuf_release(&text);
item_done:
		ev->scope = outer;
		json_decref(part);
		json_decref(key);
		json_decref(cond);
		json_decref(k);
		json_decref(v);
		if (rc < 0)
			goto done;
		if (rc > 0) {
			result = value_unknown();
			goto done;
		}
	}
	result = out;
	out = NULL;
done:
	free(keys);
	json_decref(out);
	json_decref(coll);
	json_decref(secret);
	return result;
}

/* C[I]: a list by a whole number, a map by a key. */
static json_t *eval_index(struct eval *ev, const struct expr_node *n, json_t **secret)
{
	json_t *whole;
	json_t *c = eval_parts(ev, n->args[0], &whole), *i = c ? eval_node(ev, n->args[1]) : NULL;
	json_t *out = NULL;
	if (!c || !i)
		goto done;
	if (value_is_unknown(c) || value_is_unknown(i)) {
		out = value_unknown();
		*secret = json_incref(whole);
		goto done;
	}
	if (json_is_array(c)) {
		json_t *num = number_of(i);
		double d = num ? json_number_value(num) : -1;
		json_decref(num);
		if (!num || d != floor(d) || d < 0) {
			strbuf_addf(ev->err, "a list is indexed by a whole number from 0, got ");
			strbuf_addstr(ev->err, value_kind(i));
			strbuf_addstr(ev->err, ": ");
			describe_expr(n, ev->err);
			describe_value(ev, i, ev->err);
		} else if ((size_t)d >= json_array_size(c)) {
			strbuf_addf(ev->err, "index %.0f is out of range (the list has %zu elements): ",
				    d, json_array_size(c));
			describe_expr(n, ev->err);
		} else {
			out = json_deep_copy(json_array_get(c, (size_t)d));
			*secret = secret_step(whole, NULL, (size_t)d);
		}
		goto done;
	}
	if (json_is_object(c)) {
		struct strbuf key = STRBUF_INIT;
		if (json_is_array(i) || json_is_object(i) || expr_stringify_as(i, ev->edition, &key) < 0) {
			strbuf_addf(ev->err, "a map is indexed by a string, got %s: ", value_kind(i));
			describe_expr(n, ev->err);
		} else if (!json_object_get(c, key.buf)) {
			strbuf_addf(ev->err, "no key \"%s\" in the map: ", key.buf);
			describe_expr(n, ev->err);
		} else {
			out = json_deep_copy(json_object_get(c, key.buf));
			*secret = secret_step(whole, key.buf, 0);
		}
		strbuf_release(&key);
		goto done;
	}
	strbuf_addf(ev->err, "cannot index %s: ", value_kind(c));
	describe_expr(n, ev->err);
	describe_part(ev, c, whole, ev->err);
done:
	json_decref(c);
	json_decref(i);
	json_decref(whole);
	return out;
}

/* E.name after a value that is not a reference (a call, an index). */
static json_t *eval_attr(struct eval *ev, const struct expr_node *n, json_t **secret)
{
	json_t *whole;
	json_t *v = eval_parts(ev, n->args[0], &whole), *out = NULL;
	if (!v)
		return NULL;
	*secret = secret_step(whole, n->name, 0);
	json_decref(whole);
	if (value_is_unknown(v))
		out = json_incref(v);
	else if (json_is_object(v) && json_object_get(v, n->name))
		out = json_deep_copy(json_object_get(v, n->name));
	else {
		strbuf_addf(ev->err, json_is_object(v) ? "no attribute \"%s\": " :
			    "cannot read \"%s\" of %s: ", n->name, value_kind(v));
		describe_expr(n, ev->err);
	}
	json_decref(v);
	return out;
}

/* C[*].a: the steps after the splat applied to each element of a list;
 * null gives [], any other value is a list of one (as Terraform does). */
static json_t *eval_splat(struct eval *ev, const struct expr_node *n, json_t **secret)
{
	json_t *whole;
	json_t *c = eval_parts(ev, n->args[0], &whole), *out;
	if (!c)
		return NULL;
	if (value_is_unknown(c)) {
		*secret = whole;
		return c;
	}
	if (json_is_null(c)) {
		json_decref(c);
		json_decref(whole);
		return json_array();
	}
	if (!json_is_array(c)) {
		json_t *one = json_array();
		json_array_append_new(one, c);
		c = one;
		if (whole && !json_is_true(whole))
			whole = json_pack("[o]", whole);
	}
	out = json_array();
	json_t *parts = json_array();
	const struct binding *outer = ev->scope;
	size_t i;
	json_t *item;
	json_array_foreach(c, i, item) {
		json_t *part = secret_step(whole, NULL, i), *v_secret;
		struct binding b = { "*", item, outer, part };
		ev->scope = &b;
		json_t *v = eval_parts(ev, n->args[1], &v_secret);
		ev->scope = outer;
		json_decref(part);
		if (!v) {
			json_decref(out);
			out = NULL;
			break;
		}
		json_array_append_new(out, v);
		json_array_append_new(parts, v_secret ? v_secret : json_null());
	}
	json_decref(c);
	json_decref(whole);
	if (out && secret_any(parts))
		*secret = json_incref(parts);
	json_decref(parts);
	return out;
}

/* try(a, b, ...): the first argument that evaluates without an error (an
 * unknown one makes the result unknown); can(a): whether a does. */
static json_t *eval_try(struct eval *ev, const struct expr_node *n)
{
	struct strbuf last = STRBUF_INIT;
	struct strbuf *err = ev->err;
	json_t *out = NULL;
	for (size_t i = 0; i < n->n_args && !out; i++) {
		bool sensitive = ev->sensitive;
		strbuf_reset(&last);
		ev->err = &last;
		ev->in_try++;
		out = eval_node(ev, n->args[i]);
		ev->in_try--;
		ev->err = err;
		if (out && n->expand && i + 1 == n->n_args && !value_is_unknown(out)) {
			/* The elements are the arguments left, evaluated
			 * already: the first is taken. */
			json_t *list = out;
			if (check_expanded(n, list, err) < 0 ||
			    !try_count_ok(n->op, i + json_array_size(list), err)) {
				json_decref(list);
				strbuf_release(&last);
				return NULL;
			}
			out = json_incref(json_array_get(list, 0));
			json_decref(list);
			if (!out)
				strbuf_addstr(&last, "no argument in the expanded list");
		}
		if (!out)
			ev->sensitive = sensitive;
	}
	if (n->op[0] == 'c') {
		if (!out || !value_contains_unknown(out)) {
			json_t *known = json_boolean(out != NULL);
			json_decref(out);
			out = known;
		} else {
			json_decref(out);
			out = value_unknown();
		}
	} else if (!out) {
		strbuf_addf(err, "no argument of try could be evaluated (the last: %s): ", last.buf);
		describe_expr(n, err);
	}
	strbuf_release(&last);
	return out;
}

/* {a = 1, "${p}:aud" = 2, (var.k) = 3}: a key written as an expression is
 * its value as text (a string, number or bool, as Terraform converts it);
 * one not known yet makes the whole object unknown. The later of two equal
 * keys wins. */
static json_t *eval_map(struct eval *ev, const struct expr_node *n)
{
	json_t *map = json_object();
	bool unknown = false;
	for (size_t i = 0; i + 1 < n->n_args; i += 2) {
		const struct expr_node *kn = n->args[i];
		struct strbuf key = STRBUF_INIT;
		json_t *k = kn->kind == EXPR_LITERAL && json_is_string(kn->literal)
			    ? json_incref(kn->literal) : eval_node(ev, kn);
		if (k && value_is_unknown(k)) {
			unknown = true;
		} else if (k && (json_is_null(k) || json_is_array(k) || json_is_object(k))) {
			strbuf_addf(ev->err, "a key of an object must be a string, got %s: ",
				    value_kind(k));
			describe_expr(kn, ev->err);
			json_decref(k);
			k = NULL;
		} else if (k) {
			expr_stringify_as(k, ev->edition, &key);
		}
		json_t *v = k ? eval_node(ev, n->args[i + 1]) : NULL;
		json_decref(k);
		if (!v) {
			strbuf_release(&key);
			json_decref(map);
			return NULL;
		}
		if (!unknown)
			json_object_set_new(map, key.buf, v);
		else
			json_decref(v);
		strbuf_release(&key);
	}
	if (unknown) {
		json_decref(map);
		return value_unknown();
	}
	return map;
}

/* The length of a canonical path's first step: "tags" of "tags.env",
 * "[\"a.b\"]" of "[\"a.b\"].x". */
static size_t first_step_len(const char *path)
{
	size_t i = 0;
	if (path[0] != '[') {
		while (path[i] && path[i] != '.' && path[i] != '[')
			i++;
		return i;
	}
	bool quoted = false;
	for (i = 1; path[i]; i++) {
		if (quoted && path[i] == '\\' && path[i + 1])
			i++;
		else if (path[i] == '"')
			quoted = !quoted;
		else if (!quoted && path[i] == ']')
			return i + 1;
	}
	return i;
}

/*
 * Inside try() and can(), a reference that resolved to null is an error when
 * a step of its path after the first is not there: local.settings.size of
 * an object without "size", a map's missing key, an index past a list's end
 * (as Terraform, whose try then takes the next argument). Resolvers read
 * such a path as null (what stacks always had outside try); the first step,
 * a resource's attribute or a local's or variable's name, is theirs to judge.
 * True with ev->err set when the path is missing.
 */
static bool ref_path_missing(struct eval *ev, const struct expr_node *n)
{
	if (!n->ref.path)
		return false;
	size_t first = first_step_len(n->ref.path);
	const char *rest = n->ref.path + first;
	if (*rest == '.')
		rest++;
	if (!*rest)
		return false;
	struct expr_ref head = n->ref;
	head.path = xstrndup(n->ref.path, first);
	json_t *v = NULL, *secret = NULL;
	struct strbuf why = STRBUF_INIT;
	bool missing = false;
	if (ev->resolve(ev->ctx, &head, &v, &secret, &why) == 0 && v &&
	    !expr_path_get(v, rest, &why)) {
		strbuf_addf(ev->err, "%s: ", why.buf);
		describe_expr(n, ev->err);
		missing = true;
	}
	json_decref(v);
	json_decref(secret);
	strbuf_release(&why);
	free(head.path);
	return missing;
}

/* A reference its resolver gives, with the parts of it that are secret. */
static json_t *eval_ref(struct eval *ev, const struct expr_node *n, json_t **secret)
{
	json_t *out = NULL;
	if (ev->resolve(ev->ctx, &n->ref, &out, secret, ev->err) < 0) {
		json_decref(out);
		return NULL;
	}
	if (!out) {
		strbuf_addstr(ev->err, "reference ");
		describe_expr(n, ev->err);
		strbuf_addstr(ev->err, " has no value");
		return NULL;
	}
	if (ev->in_try && json_is_null(out) && ref_path_missing(ev, n)) {
		json_decref(out);
		return NULL;
	}
	return out;
}

/*
 * Sensitivity follows the parts of a value, as Terraform's marks do: a
 * resolver says which parts of what it gives are secret (a resource's
 * sensitive attributes, not the rest of it), and a reference, an attribute,
 * an index, a splat (and the names a for expression binds) give the parts
 * they select (home[*].name is not sensitive, home[*].password is). *secret
 * gets what of the result is secret (NULL: nothing; see secret_any);
 * eval_node makes any other use of a secret part mark the whole evaluation.
 */
static json_t *eval_parts(struct eval *ev, const struct expr_node *n, json_t **secret)
{
	json_t *out = NULL;
	*secret = NULL;
	switch (n->kind) {
	case EXPR_INDEX: out = eval_index(ev, n, secret); break;
	case EXPR_ATTR: out = eval_attr(ev, n, secret); break;
	case EXPR_SPLAT: out = eval_splat(ev, n, secret); break;
	case EXPR_REF: out = n->bound ? eval_bound(ev, n, secret) : eval_ref(ev, n, secret); break;
	default: return eval_node(ev, n);
	}
	if (!out) {
		json_decref(*secret);
		*secret = NULL;
	}
	return out;
}

static json_t *eval_node(struct eval *ev, const struct expr_node *n)
{
	switch (n->kind) {
	case EXPR_TEMPLATE: return eval_template(ev, n);
	case EXPR_FOR: return eval_for(ev, n);
	case EXPR_TRY: return eval_try(ev, n);
	case EXPR_OP: return eval_op(ev, n);
	case EXPR_MAP: return eval_map(ev, n);
	case EXPR_LITERAL: return json_deep_copy(n->literal);
	case EXPR_LIST: return eval_list(ev, n);
	case EXPR_CALL: return eval_call(ev, n);
	case EXPR_REF:
	case EXPR_INDEX:
	case EXPR_ATTR:
	case EXPR_SPLAT: {
		json_t *secret;
		json_t *out = eval_parts(ev, n, &secret);
		if (secret_any(secret))
			ev->sensitive = true;
		json_decref(secret);
		return out;
	}
	default: /* %{if} and %{for}: parts of a template only */
		strbuf_addstr(ev->err, "a template directive outside a template: ");
		describe_expr(n, ev->err);
		return NULL;
	}
}

static json_t *eval_string(struct eval *ev, const json_t *v)
{
	const char *s = json_string_value(v);
	size_t len = json_string_length(v);
	if (!has_template_marker(s, len))
		return json_stringn(s, len);

	struct template t;
	if (template_parse(s, len, &t, ev->err, NULL) < 0)
		return NULL;
	if (t.n == 1 && t.parts[0].expr) {
		json_t *whole = eval_node(ev, t.parts[0].expr);
		template_free(&t);
		return whole;
	}

	struct strbuf out = STRBUF_INIT;
	struct unknown_span unknown = { 0 };
	json_t *result = NULL;
	bool outer_sensitive = template_begin(ev);
	for (size_t i = 0; i < t.n; i++) {
		struct template_part *p = &t.parts[i];
		if (!p->expr) {
			strbuf_add(&out, p->text, p->text_len);
			continue;
		}
		json_t *part = eval_node(ev, p->expr);
		if (!part)
			goto done;
		if (value_is_unknown(part)) {
			note_unknown(&unknown, &out, part);
		} else if (expr_stringify_as(part, ev->edition, &out) < 0) {
			strbuf_addf(ev->err, "cannot interpolate %s%s into a string: ",
				    json_is_null(part) ? "" : "a ", json_is_null(part) ? "null" :
				    json_is_array(part) ? "list" : "map");
			describe_expr(p->expr, ev->err);
			json_decref(part);
			goto done;
		}
		json_decref(part);
	}
	result = template_value(ev, outer_sensitive, &unknown, &out);
done:
	if (!result)
		ev->sensitive = ev->sensitive || outer_sensitive;
	strbuf_release(&out);
	template_free(&t);
	return result;
}

static json_t *eval_tree(struct eval *ev, const json_t *v)
{
	if (json_is_object(v)) {
		json_t *obj = json_object();
		const char *key;
		json_t *item;
		json_object_foreach((json_t *)v, key, item) {
			json_t *e = eval_tree(ev, item);
			if (!e) {
				json_decref(obj);
				return NULL;
			}
			json_object_set_new(obj, key, e);
		}
		return obj;
	}
	if (json_is_array(v)) {
		json_t *list = json_array();
		size_t i;
		json_t *item;
		json_array_foreach(v, i, item) {
			json_t *e = eval_tree(ev, item);
			if (!e) {
				json_decref(list);
				return NULL;
			}
			json_array_append_new(list, e);
		}
		return list;
	}
	if (json_is_string(v))
		return eval_string(ev, v);
	return json_deep_copy(v);
}

static const char *const edition_names[] = {
	[FUNC_TERRAFORM_2] = "terraform-2",
	[FUNC_TERRAFORM] = "terraform",
	[FUNC_EARLIER] = "earlier",
};

const char *func_edition_name(enum func_edition e)
{
	return edition_names[e];
}

int func_edition_parse(const char *name, enum func_edition *out)
{
	for (size_t i = 0; name && i < sizeof(edition_names) / sizeof(edition_names[0]); i++)
		if (!strcmp(name, edition_names[i])) {
			*out = (enum func_edition)i;
			return 0;
		}
	return -1;
}

json_t *expr_eval(const json_t *value, expr_resolve_fn resolve, void *ctx,
		  bool *sensitive, struct strbuf *err)
{
	return expr_eval_as(value, resolve, ctx, FUNC_NEWEST, sensitive, err);
}

json_t *expr_eval_as(const json_t *value, expr_resolve_fn resolve, void *ctx,
		     enum func_edition edition, bool *sensitive, struct strbuf *err)
{
	struct eval ev = { resolve, ctx, false, err, edition, NULL, 0, false };
	json_t *out = eval_tree(&ev, value);
	if (out && ev.sensitive && sensitive)
		*sensitive = true;
	return out;
}

json_t *expr_eval_before_plan(const json_t *value, expr_resolve_fn resolve, void *ctx,
			      enum func_edition edition, struct strbuf *err)
{
	struct eval ev = { resolve, ctx, false, err, edition, NULL, 0, true };
	return eval_tree(&ev, value);
}
