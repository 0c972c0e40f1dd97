/*
 * yaml.c: the YAML reader (libyaml's event API into jansson trees, YAML 1.2
 * core schema for plain scalars) and the node -> position map. A syntax
 * error is libyaml's message at its position, with a hint from
 * stacks/yaml_hint.c's table.
 */
#include "stacks/yaml.h"
#include "provider/base/input_file.h"
#include "stacks/yaml_hint.h"
#include "provider/base/log.h"
#include "provider/base/strbuf.h"
#include "provider/base/text.h"

#include <ctype.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistr.h>
#include <yaml.h>

/* Deeper nesting than this is certainly a mistake (or an attack on the
 * recursion in load_node). */
#define YAML_MAX_DEPTH 256

/* ---- the position map ---------------------------------------------------- */

/*
 * Every position is an entry in blocks that never move (so the pointers
 * handed out stay valid while the map grows), found through an open
 * addressing index of entry numbers. An entry is keyed by its node and a
 * 64-bit hash of (node, key): the key itself is not kept. A 10,000-resource
 * stack has some 150,000 entries: 7 MB so, 15 MB with a copy of each key,
 * its position apart and 24-byte slots at most half full (and 22 MB while
 * that table grew). Keys of one object are told apart by their 64-bit
 * hashes: two keys of one object with the same hash would share a
 * position, which for FNV-1a takes strings made for it.
 */
struct pos_entry {
	const json_t *node;
	uint64_t hash;       /* hash_entry(node, key); odd for a key's position */
	struct src_pos pos;
};

#define POS_BLOCK_SHIFT 10
#define POS_BLOCK_SIZE ((size_t)1 << POS_BLOCK_SHIFT)

/* A slot of the index: 0 when empty, else the entry's number + 1, beside
 * 32 more bits of its hash so most mismatches are told without reading the
 * entry. */
struct pos_slot {
	uint32_t entry;
	uint32_t tag;
};

struct yaml_positions {
	struct pos_entry **blocks; /* entry i is blocks[i / POS_BLOCK_SIZE][i % ...] */
	size_t n_blocks;
	struct pos_slot *slots;
	size_t n_used, n_slots;    /* n_slots is 0 or a power of two */
	char **files;
	size_t n_files;
	json_t **held;
	size_t n_held, alloc_held;
};

struct yaml_positions *yaml_positions_new(void)
{
	return xcalloc(1, sizeof(struct yaml_positions));
}

void yaml_positions_free(struct yaml_positions *p)
{
	if (!p)
		return;
	free(p->slots);
	for (size_t i = 0; i < p->n_blocks; i++)
		free(p->blocks[i]);
	free(p->blocks);
	for (size_t i = 0; i < p->n_files; i++)
		free(p->files[i]);
	free(p->files);
	for (size_t i = 0; i < p->n_held; i++)
		json_decref(p->held[i]);
	free(p->held);
	free(p);
}

void yaml_positions_hold(struct yaml_positions *p, json_t *node)
{
	if (p->n_held == p->alloc_held) {
		p->alloc_held = p->alloc_held ? 2 * p->alloc_held : 8;
		p->held = xrealloc(p->held, p->alloc_held * sizeof(*p->held));
	}
	p->held[p->n_held++] = json_incref(node);
}

const char *yaml_intern_file(struct yaml_positions *p, const char *file)
{
	for (size_t i = 0; i < p->n_files; i++)
		if (!strcmp(p->files[i], file))
			return p->files[i];
	p->files = xrealloc(p->files, (p->n_files + 1) * sizeof(*p->files));
	return p->files[p->n_files++] = xstrdup(file);
}

static uint64_t mix64(uint64_t h)
{
	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdULL;
	h ^= h >> 33;
	h *= 0xc4ceb9fe1a85ec53ULL;
	h ^= h >> 33;
	return h;
}

/* Bit 31 clear for the node's own position, set for one of its keys. Not
 * bit 0: the slot index is the hash's low bits, and a bit fixed there would
 * put each kind in every other slot, in clusters that linear probing walks
 * (a 100,000-resource stack spent 2 s here). Bit 31 is in neither the index
 * (under 2^31 slots) nor the tag (the high half). */
#define POS_KEY_BIT ((uint64_t)1 << 31)
static uint64_t hash_entry(const json_t *node, const char *key)
{
	uint64_t h = mix64((uint64_t)(uintptr_t)node);
	if (!key)
		return h & ~POS_KEY_BIT;
	/* FNV-1a over the key, mixed in. */
	uint64_t k = 1469598103934665603ULL;
	for (const unsigned char *c = (const unsigned char *)key; *c; c++)
		k = (k ^ *c) * 1099511628211ULL;
	return mix64(h ^ mix64(k)) | POS_KEY_BIT;
}

static bool is_singleton(const json_t *node)
{
	return json_is_true(node) || json_is_false(node) || json_is_null(node);
}

static struct pos_entry *entry_at(const struct yaml_positions *p, uint32_t n)
{
	return &p->blocks[n >> POS_BLOCK_SHIFT][n & (POS_BLOCK_SIZE - 1)];
}

/* The slot holding (node, hash), or the empty slot where it would go. */
static struct pos_slot *find_slot(const struct yaml_positions *p, const json_t *node,
				  uint64_t hash)
{
	size_t mask = p->n_slots - 1;
	uint32_t tag = (uint32_t)(hash >> 32);
	for (size_t i = (size_t)hash & mask;; i = (i + 1) & mask) {
		struct pos_slot *s = &p->slots[i];
		if (!s->entry)
			return s;
		if (s->tag == tag) {
			const struct pos_entry *e = entry_at(p, s->entry - 1);
			if (e->hash == hash && e->node == node)
				return s;
		}
	}
}

/* A bigger index, filled again from the entries in order. */
static void grow_slots(struct yaml_positions *p)
{
	free(p->slots);
	p->n_slots = p->n_slots ? 2 * p->n_slots : 256;
	p->slots = xcalloc(p->n_slots, sizeof(*p->slots));
	size_t mask = p->n_slots - 1;
	for (size_t n = 0; n < p->n_used; n++) {
		uint64_t hash = entry_at(p, (uint32_t)n)->hash;
		size_t i = (size_t)hash & mask;
		while (p->slots[i].entry)
			i = (i + 1) & mask;
		p->slots[i].entry = (uint32_t)n + 1;
		p->slots[i].tag = (uint32_t)(hash >> 32);
	}
}

static void set_entry(struct yaml_positions *p, const json_t *node, const char *key,
		      const struct src_pos *pos)
{
	if (!p || !node || !pos)
		return;
	struct src_pos copy = *pos; /* pos may point into this map */
	/* At most three quarters full: the tags keep probing cheap. */
	if (4 * (p->n_used + 1) > 3 * p->n_slots)
		grow_slots(p);
	uint64_t hash = hash_entry(node, key);
	struct pos_slot *s = find_slot(p, node, hash);
	if (!s->entry) {
		if (p->n_used == UINT32_MAX - 1)
			abort(); /* four billion positions: out of memory long before */
		size_t b = p->n_used >> POS_BLOCK_SHIFT;
		if (b == p->n_blocks) {
			p->blocks = xrealloc(p->blocks, (b + 1) * sizeof(*p->blocks));
			p->blocks[p->n_blocks++] = xmalloc(POS_BLOCK_SIZE * sizeof(struct pos_entry));
		}
		struct pos_entry *e = entry_at(p, (uint32_t)p->n_used);
		e->node = node;
		e->hash = hash;
		s->entry = (uint32_t)++p->n_used;
		s->tag = (uint32_t)(hash >> 32);
	}
	entry_at(p, s->entry - 1)->pos = copy;
}

void yaml_set_pos(struct yaml_positions *p, const json_t *node, const struct src_pos *pos)
{
	if (is_singleton(node))
		return;
	set_entry(p, node, NULL, pos);
}

void yaml_set_key_pos(struct yaml_positions *p, const json_t *object, const char *key,
		      const struct src_pos *pos)
{
	set_entry(p, object, key, pos);
}

static const struct src_pos *get_entry(const struct yaml_positions *p, const json_t *node,
				       const char *key)
{
	struct pos_slot *s = find_slot(p, node, hash_entry(node, key));
	return s->entry ? &entry_at(p, s->entry - 1)->pos : NULL;
}

const struct src_pos *yaml_pos_of(const struct yaml_positions *p, const json_t *node)
{
	if (!p || !node || !p->n_slots || is_singleton(node))
		return NULL;
	return get_entry(p, node, NULL);
}

const struct src_pos *yaml_key_pos(const struct yaml_positions *p, const json_t *object,
				   const char *key)
{
	if (!p || !object || !key || !p->n_slots)
		return NULL;
	return get_entry(p, object, key);
}

const char *yaml_type_name(const json_t *v)
{
	switch (json_typeof(v)) {
	case JSON_OBJECT:
		return "map";
	case JSON_ARRAY:
		return "list";
	case JSON_STRING:
		return "string";
	case JSON_INTEGER:
	case JSON_REAL:
		return "number";
	case JSON_TRUE:
	case JSON_FALSE:
		return "bool";
	case JSON_NULL:
		return "null";
	}
	return "value";
}

/* ---- the reader ---------------------------------------------------------- */

struct loader {
	yaml_parser_t parser;
	const char *file;  /* interned in p, or owned_file */
	char *owned_file;  /* when there is no positions map */
	const char *text;
	size_t len;
	struct yaml_positions *p;
	struct diags *d;
	int errors;        /* problems that did not stop the reading */
	const char *const *deep_keys; /* NULL, or the top-level keys read whole */
	bool local_tags;   /* a !NAME node becomes {"!NAME": node} (yaml_load_string_tagged) */
};

static struct src_pos mark_pos(const struct loader *l, yaml_mark_t m)
{
	struct src_pos pos = { l->file, (int)m.line + 1, (int)m.column + 1 };
	return pos;
}

/* libyaml's reader errors carry a byte offset, not a mark: count lines, and
 * columns in characters as the marks do (a UTF-8 continuation byte is not
 * one; the text before the offset is valid UTF-8, since the reader took it). */
static struct src_pos offset_pos(const struct loader *l, size_t offset)
{
	struct src_pos pos = { l->file, 1, 1 };
	for (size_t i = 0; i < offset && i < l->len; i++) {
		if (l->text[i] == '\n') {
			pos.line++;
			pos.col = 1;
		} else if (((unsigned char)l->text[i] & 0xC0) != 0x80) {
			pos.col++;
		}
	}
	return pos;
}

static void syntax_error(struct loader *l)
{
	yaml_parser_t *ps = &l->parser;
	const char *problem = ps->problem ? ps->problem : "invalid YAML";
	struct src_pos pos;
	if (ps->error == YAML_READER_ERROR)
		pos = offset_pos(l, ps->problem_offset);
	else
		pos = mark_pos(l, ps->problem_mark);
	diag_errorf(l->d, &pos, "%s", problem);
	bool context = ps->context && ps->error != YAML_READER_ERROR;
	struct yaml_problem yp = { problem, pos, context ? ps->context : NULL,
				   mark_pos(l, ps->context_mark) };
	char *hint = yaml_hint(l->text, l->len, &yp);
	if (hint)
		diag_set_detail(l->d, "%s", hint);
	else if (context)
		diag_set_detail(l->d, "%s at %d:%d", ps->context, yp.context_at.line,
				yp.context_at.col);
	free(hint);
}

static int next_event(struct loader *l, yaml_event_t *ev)
{
	if (!yaml_parser_parse(&l->parser, ev)) {
		syntax_error(l);
		return -1;
	}
	return 0;
}

static int error_at(struct loader *l, yaml_mark_t m, const char *fmt, const char *arg)
	__attribute__((format(printf, 3, 0)));
static int error_at(struct loader *l, yaml_mark_t m, const char *fmt, const char *arg)
{
	struct src_pos pos = mark_pos(l, m);
	diag_errorf(l->d, &pos, fmt, arg);
	l->errors++;
	return -1;
}

static bool all_in(const char *s, size_t n, const char *set)
{
	if (!n)
		return false;
	for (size_t i = 0; i < n; i++)
		if (!strchr(set, s[i]))
			return false;
	return true;
}

static bool is_null_word(const char *s)
{
	return !*s || !strcmp(s, "~") || !strcmp(s, "null") || !strcmp(s, "Null") ||
	       !strcmp(s, "NULL");
}

static int bool_word(const char *s)
{
	if (!strcmp(s, "true") || !strcmp(s, "True") || !strcmp(s, "TRUE"))
		return 1;
	if (!strcmp(s, "false") || !strcmp(s, "False") || !strcmp(s, "FALSE"))
		return 0;
	return -1;
}

/* [-+]?[0-9]+ | 0o[0-7]+ | 0x[0-9a-fA-F]+ */
static bool is_int_word(const char *s)
{
	size_t n = strlen(s);
	if (n > 2 && s[0] == '0' && s[1] == 'o')
		return all_in(s + 2, n - 2, "01234567");
	if (n > 2 && s[0] == '0' && s[1] == 'x')
		return all_in(s + 2, n - 2, "0123456789abcdefABCDEF");
	if (*s == '-' || *s == '+')
		s++, n--;
	return all_in(s, n, "0123456789");
}

/* [-+]? ( \.[0-9]+ | [0-9]+ ( \.[0-9]* )? ) ( [eE][-+]?[0-9]+ )? */
static bool is_float_word(const char *s)
{
	if (*s == '-' || *s == '+')
		s++;
	size_t int_digits = strspn(s, "0123456789");
	s += int_digits;
	size_t frac_digits = 0;
	if (*s == '.') {
		s++;
		frac_digits = strspn(s, "0123456789");
		s += frac_digits;
	}
	if (!int_digits && !frac_digits)
		return false;
	if (*s == 'e' || *s == 'E') {
		s++;
		if (*s == '-' || *s == '+')
			s++;
		size_t exp_digits = strspn(s, "0123456789");
		if (!exp_digits)
			return false;
		s += exp_digits;
	}
	return !*s;
}

static bool is_inf_or_nan_word(const char *s)
{
	if (*s == '-' || *s == '+')
		s++;
	return !strcmp(s, ".inf") || !strcmp(s, ".Inf") || !strcmp(s, ".INF") ||
	       !strcmp(s, ".nan") || !strcmp(s, ".NaN") || !strcmp(s, ".NAN");
}

enum scalar_kind { SK_ANY, SK_STR, SK_INT, SK_FLOAT, SK_BOOL, SK_NULL };

/* Resolve a plain scalar (or one tagged !!int etc.; kind says which types
 * are allowed). Returns NULL with an error recorded when it cannot. */
static json_t *resolve_scalar(struct loader *l, const yaml_event_t *ev, enum scalar_kind kind)
{
	const char *s = (const char *)ev->data.scalar.value;
	size_t n = ev->data.scalar.length;

	if (kind == SK_STR)
		return json_stringn(s, n);
	if ((kind == SK_ANY || kind == SK_NULL) && is_null_word(s))
		return json_null();
	int b = bool_word(s);
	if ((kind == SK_ANY || kind == SK_BOOL) && b >= 0)
		return json_boolean(b);
	if ((kind == SK_ANY || kind == SK_INT) && is_int_word(s)) {
		int base = 10;
		const char *digits = s;
		if (s[0] == '0' && (s[1] == 'o' || s[1] == 'x')) {
			base = s[1] == 'o' ? 8 : 16;
			digits = s + 2;
		}
		errno = 0;
		long long v = strtoll(digits, NULL, base);
		/* A plain decimal integer past 64 bits is a number still, as in
		 * Terraform (which keeps it exact; a double here, the
		 * expressions' numbers): the float reading below. */
		if (errno == ERANGE && (kind != SK_ANY || base != 10)) {
			error_at(l, ev->start_mark, "integer %s is out of range", s);
			return NULL;
		}
		if (errno != ERANGE)
			return json_integer(v);
	}
	if ((kind == SK_ANY || kind == SK_FLOAT) && is_inf_or_nan_word(s)) {
		error_at(l, ev->start_mark, "%s: infinite and NaN numbers are not supported", s);
		return NULL;
	}
	if ((kind == SK_ANY || kind == SK_FLOAT) && (is_float_word(s) || is_int_word(s))) {
		errno = 0;
		double v = strtod(s, NULL);
		if (errno == ERANGE && (v > 1 || v < -1)) {
			error_at(l, ev->start_mark, "number %s is out of range", s);
			return NULL;
		}
		return json_real(v);
	}
	if (kind == SK_ANY)
		return json_stringn(s, n);
	static const char *const kind_names[] = {
		[SK_INT] = "!!int", [SK_FLOAT] = "!!float", [SK_BOOL] = "!!bool", [SK_NULL] = "!!null",
	};
	struct src_pos pos = mark_pos(l, ev->start_mark);
	diag_errorf(l->d, &pos, "\"%s\" is not a valid %s", s, kind_names[kind]);
	l->errors++;
	return NULL;
}

/* A local tag (!Ref) that the reader keeps (yaml_load_string_tagged). */
static bool is_local_tag(const struct loader *l, const char *tag)
{
	return l->local_tags && tag && tag[0] == '!' && tag[1] && tag[1] != '!';
}

static json_t *load_scalar(struct loader *l, const yaml_event_t *ev)
{
	const char *tag = (const char *)ev->data.scalar.tag;
	enum scalar_kind kind;
	if (!tag)
		kind = ev->data.scalar.style == YAML_PLAIN_SCALAR_STYLE ? SK_ANY : SK_STR;
	else if (!strcmp(tag, "!") || !strcmp(tag, YAML_STR_TAG))
		kind = SK_STR;
	else if (!strcmp(tag, YAML_INT_TAG))
		kind = SK_INT;
	else if (!strcmp(tag, YAML_FLOAT_TAG))
		kind = SK_FLOAT;
	else if (!strcmp(tag, YAML_BOOL_TAG))
		kind = SK_BOOL;
	else if (!strcmp(tag, YAML_NULL_TAG))
		kind = SK_NULL;
	else if (is_local_tag(l, tag))
		kind = SK_STR;
	else {
		error_at(l, ev->start_mark, "unsupported tag \"%s\"", tag);
		return json_null();
	}
	json_t *v = resolve_scalar(l, ev, kind);
	return v ? v : json_null();
}

static json_t *load_node(struct loader *l, yaml_event_t *ev, int depth);

/* The error of a node at depth past YAML_MAX_DEPTH: the reading stops
 * there, whatever reads it (a deeper file costs libyaml time quadratic in
 * its depth: 100,000 nested `[` took 14.6 s). */
static void too_deep(struct loader *l, yaml_mark_t m)
{
	struct src_pos pos = mark_pos(l, m);
	diag_errorf(l->d, &pos, "nesting deeper than %d levels", YAML_MAX_DEPTH);
}

/* Past the node at depth that starts with ev (already read), nothing built
 * or checked but its syntax and its depth, as load_node checks it; -1 on a
 * syntax error or a node too deep. */
static int skip_node(struct loader *l, const yaml_event_t *ev, int depth)
{
	if (ev->type != YAML_SEQUENCE_START_EVENT && ev->type != YAML_MAPPING_START_EVENT)
		return 0;
	for (int open = 1; open;) {
		yaml_event_t e;
		if (next_event(l, &e) < 0)
			return -1;
		if (e.type == YAML_SEQUENCE_START_EVENT || e.type == YAML_MAPPING_START_EVENT) {
			if (depth + open > YAML_MAX_DEPTH) {
				too_deep(l, e.start_mark);
				yaml_event_delete(&e);
				return -1;
			}
			open++;
		} else if (e.type == YAML_SEQUENCE_END_EVENT || e.type == YAML_MAPPING_END_EVENT) {
			open--;
		}
		yaml_event_delete(&e);
	}
	return 0;
}

static int load_mapping(struct loader *l, json_t *obj, int depth, bool names_only);

/* A top-level value read for its names: a map of its keys to null (what
 * they hold skipped), an empty list, or the scalar. NULL on a syntax error. */
static json_t *load_names(struct loader *l, yaml_event_t *ev, int depth)
{
	struct src_pos pos = mark_pos(l, ev->start_mark);
	json_t *node;
	if (ev->type == YAML_MAPPING_START_EVENT) {
		node = json_object();
		if (load_mapping(l, node, depth, true) < 0) {
			json_decref(node);
			return NULL;
		}
	} else if (ev->type == YAML_SEQUENCE_START_EVENT) {
		if (skip_node(l, ev, depth) < 0)
			return NULL;
		node = json_array();
	} else {
		return load_node(l, ev, depth);
	}
	yaml_set_pos(l->p, node, &pos);
	return node;
}

/* Read nodes until the event that ends this collection; returns -1 only on
 * a syntax error (the reading cannot go on). */
static int load_sequence(struct loader *l, json_t *list, int depth)
{
	for (;;) {
		yaml_event_t ev;
		if (next_event(l, &ev) < 0)
			return -1;
		if (ev.type == YAML_SEQUENCE_END_EVENT) {
			yaml_event_delete(&ev);
			return 0;
		}
		json_t *item = load_node(l, &ev, depth + 1);
		yaml_event_delete(&ev);
		if (!item)
			return -1;
		json_array_append_new(list, item);
	}
}

/* names_only: the values are skipped and read as null. */
static int load_mapping(struct loader *l, json_t *obj, int depth, bool names_only)
{
	for (;;) {
		yaml_event_t kev;
		if (next_event(l, &kev) < 0)
			return -1;
		if (kev.type == YAML_MAPPING_END_EVENT) {
			yaml_event_delete(&kev);
			return 0;
		}
		char *key = NULL;
		struct src_pos kpos = mark_pos(l, kev.start_mark);
		if (kev.type != YAML_SCALAR_EVENT) {
			error_at(l, kev.start_mark, "%s", "a map key must be a plain value, not a list or map");
		} else if (strlen((const char *)kev.data.scalar.value) != kev.data.scalar.length) {
			error_at(l, kev.start_mark, "%s", "a map key must not contain a NUL character");
		} else {
			key = xstrdup((const char *)kev.data.scalar.value);
			if (kev.data.scalar.anchor)
				error_at(l, kev.start_mark, "anchors (&%s) are not supported",
					 (const char *)kev.data.scalar.anchor);
		}
		/* A bad key is reported; its node is still read to stay in step. */
		if (kev.type != YAML_SCALAR_EVENT) {
			json_t *skipped = load_node(l, &kev, depth + 1);
			yaml_event_delete(&kev);
			if (!skipped)
				return -1;
			json_decref(skipped);
		} else {
			yaml_event_delete(&kev);
		}

		yaml_event_t vev;
		if (next_event(l, &vev) < 0) {
			free(key);
			return -1;
		}
		json_t *value;
		if (names_only)
			value = skip_node(l, &vev, depth + 1) < 0 ? NULL : json_null();
		else if (!depth && l->deep_keys && key && !text_listed(l->deep_keys, key))
			value = load_names(l, &vev, depth + 1);
		else
			value = load_node(l, &vev, depth + 1);
		yaml_event_delete(&vev);
		if (!value) {
			free(key);
			return -1;
		}
		if (key && json_object_get(obj, key)) {
			const struct src_pos *first = yaml_key_pos(l->p, obj, key);
			diag_errorf(l->d, &kpos, "duplicate key \"%s\"", key);
			if (first)
				diag_set_detail(l->d, "first defined at %s:%d:%d", first->file,
						first->line, first->col);
			l->errors++;
			json_decref(value);
		} else if (key) {
			json_object_set_new(obj, key, value);
			yaml_set_key_pos(l->p, obj, key, &kpos);
		} else {
			json_decref(value);
		}
		free(key);
	}
}

/* Convert the node that starts with ev (already read; the caller deletes it).
 * Returns a new reference, or NULL when a syntax error stopped the reading;
 * other problems are recorded in l->errors and the reading goes on. */
static json_t *load_node(struct loader *l, yaml_event_t *ev, int depth)
{
	struct src_pos pos = mark_pos(l, ev->start_mark);
	const yaml_char_t *anchor = NULL;
	const char *tag = NULL;
	json_t *node = NULL;

	if (depth > YAML_MAX_DEPTH) {
		too_deep(l, ev->start_mark);
		return NULL;
	}
	switch (ev->type) {
	case YAML_ALIAS_EVENT:
		error_at(l, ev->start_mark, "aliases (*%s) are not supported",
			 (const char *)ev->data.alias.anchor);
		return json_null();
	case YAML_SCALAR_EVENT:
		anchor = ev->data.scalar.anchor;
		node = load_scalar(l, ev);
		break;
	case YAML_SEQUENCE_START_EVENT:
		anchor = ev->data.sequence_start.anchor;
		tag = (const char *)ev->data.sequence_start.tag;
		if (tag && strcmp(tag, YAML_SEQ_TAG) && strcmp(tag, "!") && !is_local_tag(l, tag))
			error_at(l, ev->start_mark, "unsupported tag \"%s\"", tag);
		node = json_array();
		if (load_sequence(l, node, depth) < 0) {
			json_decref(node);
			return NULL;
		}
		break;
	case YAML_MAPPING_START_EVENT:
		anchor = ev->data.mapping_start.anchor;
		tag = (const char *)ev->data.mapping_start.tag;
		if (tag && strcmp(tag, YAML_MAP_TAG) && strcmp(tag, "!") && !is_local_tag(l, tag))
			error_at(l, ev->start_mark, "unsupported tag \"%s\"", tag);
		node = json_object();
		if (load_mapping(l, node, depth, false) < 0) {
			json_decref(node);
			return NULL;
		}
		break;
	default:
		diag_errorf(l->d, &pos, "unexpected YAML event");
		return NULL;
	}
	if (anchor)
		error_at(l, ev->start_mark, "anchors (&%s) are not supported", (const char *)anchor);
	yaml_set_pos(l->p, node, &pos);
	if (ev->type == YAML_SCALAR_EVENT)
		tag = (const char *)ev->data.scalar.tag;
	if (is_local_tag(l, tag)) {
		json_t *tagged = json_object();
		json_object_set_new(tagged, tag, node);
		yaml_set_key_pos(l->p, tagged, tag, &pos);
		yaml_set_pos(l->p, tagged, &pos);
		node = tagged;
	}
	return node;
}

/* STREAM-START, then at most one document, then STREAM-END. */
static json_t *load_stream(struct loader *l)
{
	yaml_event_t ev;
	json_t *root = NULL;

	if (next_event(l, &ev) < 0)
		return NULL;
	yaml_event_delete(&ev); /* stream start */
	if (next_event(l, &ev) < 0)
		return NULL;
	if (ev.type == YAML_STREAM_END_EVENT) {
		yaml_event_delete(&ev);
		return json_null();
	}
	yaml_event_delete(&ev); /* document start */

	if (next_event(l, &ev) < 0)
		return NULL;
	root = load_node(l, &ev, 0);
	yaml_event_delete(&ev);
	if (!root)
		return NULL;
	if (next_event(l, &ev) < 0)
		goto fail;
	yaml_event_delete(&ev); /* document end */
	if (next_event(l, &ev) < 0)
		goto fail;
	if (ev.type == YAML_DOCUMENT_START_EVENT) {
		struct src_pos pos = mark_pos(l, ev.start_mark);
		yaml_event_delete(&ev);
		diag_errorf(l->d, &pos, "a second YAML document in one file is not supported");
		goto fail;
	}
	yaml_event_delete(&ev); /* stream end */
	return root;
fail:
	json_decref(root);
	return NULL;
}

static int load_string(const char *name, const char *text, size_t len,
		       const char *const *deep_keys, bool local_tags, struct yaml_positions *p,
		       json_t **out, struct diags *d)
{
	struct loader l;
	memset(&l, 0, sizeof(l));
	l.deep_keys = deep_keys;
	l.local_tags = local_tags;
	l.p = p;
	l.d = d;
	l.text = text;
	l.len = len;
	if (p) {
		l.file = yaml_intern_file(p, name);
	} else {
		l.owned_file = xstrdup(name);
		l.file = l.owned_file;
	}
	*out = NULL;
	if (!yaml_parser_initialize(&l.parser))
		abort(); /* libyaml fails here only when out of memory */
	yaml_parser_set_input_string(&l.parser, (const unsigned char *)text, len);
	json_t *root = load_stream(&l);
	yaml_parser_delete(&l.parser);
	free(l.owned_file);
	if (!root)
		return -1;
	if (l.errors) {
		json_decref(root);
		return -1;
	}
	if (p)
		yaml_positions_hold(p, root);
	*out = root;
	return 0;
}

int yaml_load_string(const char *name, const char *text, size_t len,
		     struct yaml_positions *p, json_t **out, struct diags *d)
{
	return load_string(name, text, len, NULL, false, p, out, d);
}

int yaml_load_string_tagged(const char *name, const char *text, size_t len,
			    struct yaml_positions *p, json_t **out, struct diags *d)
{
	return load_string(name, text, len, NULL, true, p, out, d);
}

/* The \uXXXX escape at s (n bytes left) as its number, or -1. */
static long escape_u(const char *s, size_t n)
{
	if (n < 6 || s[0] != '\\' || s[1] != 'u')
		return -1;
	long v = 0;
	for (int i = 2; i < 6; i++) {
		int c = (unsigned char)s[i], h = isdigit(c) ? c - '0'
						 : isxdigit(c) ? (tolower(c) - 'a' + 10) : -1;
		if (h < 0)
			return -1;
		v = v * 16 + h;
	}
	return v;
}

/* A raw character libyaml's reader takes and reads as its own (its
 * printable set but for the three YAML 1.1 line breaks, which it would
 * fold or count as lines): the others of a JSON string are escaped. */
static bool yaml_takes_raw(ucs4_t c)
{
	return c == 0x09 || (c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c <= 0xD7FF && c != 0x2028 &&
		c != 0x2029) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
}

/* A valid JSON text (jansson has read it) as YAML text that libyaml reads
 * as the same values: in a string, a surrogate pair's escape (which libyaml
 * refuses) is the character's \UXXXXXXXX, and a raw character libyaml
 * reads otherwise (U+0085, U+2028, U+2029: line breaks to YAML 1.1, so
 * folded into a space or counted as a line; a C1 control it refuses) its
 * escape; outside strings a tab (JSON's white space, never YAML's) a
 * blank. Lines stay as they are; a column after such an escape on its line
 * is off by the difference in length. */
static void json_as_yaml(const char *text, size_t len, struct strbuf *out)
{
	bool in_string = false;
	for (size_t i = 0; i < len;) {
		unsigned char b = (unsigned char)text[i];
		long hi = in_string ? escape_u(text + i, len - i) : -1;
		long lo = hi >= 0xD800 && hi <= 0xDBFF ? escape_u(text + i + 6, len - i - 6) : -1;
		ucs4_t c;
		int took;
		if (lo >= 0xDC00 && lo <= 0xDFFF) {
			strbuf_addf(out, "\\U%08lX", 0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00));
			i += 12;
		} else if (in_string && b == '\\') {
			strbuf_add(out, text + i, 2);
			i += 2;
		} else if (in_string && b >= 0x80 &&
			   (took = u8_mbtoucr(&c, (const uint8_t *)text + i, len - i)) > 0 &&
			   !yaml_takes_raw(c)) {
			strbuf_addf(out, "\\u%04X", (unsigned)c);
			i += (size_t)took;
		} else {
			in_string ^= b == '"';
			strbuf_addch(out, !in_string && b == '\t' ? ' ' : (char)b);
			i++;
		}
	}
}

int yaml_load_json_string(const char *name, const char *text, size_t len,
			  struct yaml_positions *p, json_t **out, struct diags *d)
{
	struct strbuf yaml = STRBUF_INIT;
	json_as_yaml(text, len, &yaml);
	int rc = load_string(name, yaml.buf, yaml.len, NULL, false, p, out, d);
	strbuf_release(&yaml);
	return rc;
}

static int load_file(const char *path, const char *const *deep_keys, struct yaml_positions *p,
		     json_t **out, struct diags *d)
{
	*out = NULL;
	struct strbuf sb = STRBUF_INIT;
	const char *why;
	if (input_file_read(path, &sb, &why) < 0) {
		strbuf_release(&sb);
		return diag_errorf(d, NULL, "cannot read %s: %s", path, why);
	}
	log_debugf("yaml: reading %s (%zu bytes%s)", path, sb.len, deep_keys ? ", its top level" : "");
	int rc = load_string(path, sb.buf, sb.len, deep_keys, false, p, out, d);
	strbuf_release(&sb);
	return rc;
}

int yaml_load_file(const char *path, struct yaml_positions *p, json_t **out,
		   struct diags *d)
{
	return load_file(path, NULL, p, out, d);
}

int yaml_load_file_top(const char *path, const char *const *deep_keys,
		       struct yaml_positions *p, json_t **out, struct diags *d)
{
	return load_file(path, deep_keys, p, out, d);
}
