/*
 * test_yaml.c: the stack language's YAML (stacks/yaml.c): syntax and reader
 * errors naming file:line:col or the byte, YAML 1.2's core schema for plain
 * scalars, the positions of nodes and keys, duplicate keys, anchors, tags
 * and second documents refused, local tags kept, hints that name the cause;
 * and the forms the converters write, kept only when they read back
 * (stacks/yaml_write.c).
 * (Split from test_stacks.c, which keeps loading, validation and variables.)
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "stacks/stack.h"
#include "provider/base/strbuf.h"
#include "stacks/yaml.h"
#include "stacks/yaml_write.h"
#include "tmpdir_support.h"
#include "tests/unit/stacks_support.h"

static void test_yaml_syntax_error_names_file_line_col(void **state)
{
	(void)state;
	assert_load_fails(FIX "syntax_error2.yaml",
			  FIX "syntax_error2.yaml:4:4: error: did not find expected key\n"
			  "  line 4 starts at column 4, but the keys of the map opened at 2:3 start "
			  "at column 3: indent it as the keys it belongs with\n");
	assert_load_fails(FIX "syntax_error.yaml",
			  FIX "syntax_error.yaml:6:1: error: found unexpected end of stream\n"
			  "  while scanning a quoted scalar at 5:11\n");
}

static json_t *yaml_ok(const char *text, struct yaml_positions *p)
{
	struct diags d = DIAGS_INIT;
	json_t *doc = NULL;
	int rc = yaml_load_string("inline.yaml", text, strlen(text), p, &doc, &d);
	if (rc) {
		char *msg = render(&d);
		print_error("%s", msg);
		free(msg);
	}
	assert_int_equal(rc, 0);
	diags_free(&d);
	return doc;
}

static void assert_yaml_fails(const char *text, const char *expected)
{
	struct diags d = DIAGS_INIT;
	json_t *doc = NULL;
	assert_int_equal(yaml_load_string("inline.yaml", text, strlen(text), NULL, &doc, &d), -1);
	assert_null(doc);
	assert_diags(&d, expected);
	diags_free(&d);
}

/* A byte libyaml's reader refuses (a control character, a byte that is not
 * UTF-8) is reported at its own line and column, counted in characters as
 * the parser's marks are: the reader gives only a byte offset (offset_pos).
 * A bad trailing octet is the byte refused, after its lead byte. */
static void test_yaml_reader_errors_name_the_byte(void **state)
{
	(void)state;
	assert_yaml_fails("a: 1\nb: x\001y\n",
			  "inline.yaml:2:5: error: control characters are not allowed\n");
	assert_yaml_fails("\001\n", "inline.yaml:1:1: error: control characters are not allowed\n");
	assert_yaml_fails("a: 1\nname: ab\xff\n",
			  "inline.yaml:2:9: error: invalid leading UTF-8 octet\n");
	assert_yaml_fails("a: 1\nname: ab\xc3(\n",
			  "inline.yaml:2:10: error: invalid trailing UTF-8 octet\n");
	/* two-byte characters before it count one column each */
	assert_yaml_fails("caf\xc3\xa9: \xc3\xa9t\xc3\xa9\001\n",
			  "inline.yaml:1:10: error: control characters are not allowed\n");
}

static void test_yaml_plain_scalars_follow_the_core_schema(void **state)
{
	(void)state;
	json_t *doc = yaml_ok("int: 42\n"
			      "negative: -7\n"
			      "hex: 0x1F\n"
			      "octal: 0o17\n"
			      "float: 2.5\n"
			      "exponent: 1e3\n"
			      "version: 1.10\n"
			      "t: true\n"
			      "f: False\n"
			      "tilde: ~\n"
			      "null_word: null\n"
			      "empty:\n"
			      "yes_is_a_string: yes\n"
			      "on_is_a_string: on\n"
			      "word: hello world\n"
			      "quoted_int: \"42\"\n"
			      "quoted_bool: 'true'\n"
			      "quoted_null: \"null\"\n"
			      "tagged: !!str 12\n"
			      "tagged_int: !!int \"12\"\n"
			      "block: |\n"
			      "  3\n"
			      "past_64_bits: 100000000000000000000\n"
			      "negative_past_64_bits: -100000000000000000000\n",
			      NULL);
	assert_int_equal(json_integer_value(json_object_get(doc, "int")), 42);
	assert_int_equal(json_integer_value(json_object_get(doc, "negative")), -7);
	assert_int_equal(json_integer_value(json_object_get(doc, "hex")), 31);
	assert_int_equal(json_integer_value(json_object_get(doc, "octal")), 15);
	assert_true(json_is_real(json_object_get(doc, "float")));
	assert_true(json_real_value(json_object_get(doc, "float")) == 2.5);
	assert_true(json_real_value(json_object_get(doc, "exponent")) == 1000.0);
	assert_true(json_real_value(json_object_get(doc, "version")) == 1.1);
	assert_true(json_is_true(json_object_get(doc, "t")));
	assert_true(json_is_false(json_object_get(doc, "f")));
	assert_true(json_is_null(json_object_get(doc, "tilde")));
	assert_true(json_is_null(json_object_get(doc, "null_word")));
	assert_true(json_is_null(json_object_get(doc, "empty")));
	/* YAML 1.2: yes/no/on/off are strings. */
	assert_string_equal(json_string_value(json_object_get(doc, "yes_is_a_string")), "yes");
	assert_string_equal(json_string_value(json_object_get(doc, "on_is_a_string")), "on");
	assert_string_equal(json_string_value(json_object_get(doc, "word")), "hello world");
	/* Quoted, tagged !!str and block scalars stay strings. */
	assert_string_equal(json_string_value(json_object_get(doc, "quoted_int")), "42");
	assert_string_equal(json_string_value(json_object_get(doc, "quoted_bool")), "true");
	assert_string_equal(json_string_value(json_object_get(doc, "quoted_null")), "null");
	assert_string_equal(json_string_value(json_object_get(doc, "tagged")), "12");
	assert_int_equal(json_integer_value(json_object_get(doc, "tagged_int")), 12);
	assert_string_equal(json_string_value(json_object_get(doc, "block")), "3\n");
	/* An integer past 64 bits is a number, as Terraform takes it (a
	 * double here); one tagged !!int or written in hex stays refused. */
	assert_true(json_real_value(json_object_get(doc, "past_64_bits")) == 1e20);
	assert_true(json_real_value(json_object_get(doc, "negative_past_64_bits")) == -1e20);
	json_decref(doc);
	assert_yaml_fails("n: !!int 100000000000000000000\n",
			  "inline.yaml:1:4: error: integer 100000000000000000000 is out of range\n");
	assert_yaml_fails("n: 0x1FFFFFFFFFFFFFFFFF\n",
			  "inline.yaml:1:4: error: integer 0x1FFFFFFFFFFFFFFFFF is out of range\n");
}

static void test_yaml_records_node_and_key_positions(void **state)
{
	(void)state;
	struct yaml_positions *p = yaml_positions_new();
	json_t *doc = yaml_ok("resources:\n"
			      "  lake:\n"
			      "    name: \"lake\"\n"
			      "    folders: [raw/, curated/]\n"
			      "    versioning: true\n",
			      p);
	json_t *lake = json_object_get(json_object_get(doc, "resources"), "lake");
	const struct src_pos *pos = yaml_key_pos(p, lake, "folders");
	assert_non_null(pos);
	assert_string_equal(pos->file, "inline.yaml");
	assert_int_equal(pos->line, 4);
	assert_int_equal(pos->col, 5);

	pos = yaml_pos_of(p, json_object_get(lake, "name"));
	assert_int_equal(pos->line, 3);
	assert_int_equal(pos->col, 11);

	json_t *folders = json_object_get(lake, "folders");
	pos = yaml_pos_of(p, json_array_get(folders, 1));
	assert_int_equal(pos->line, 4);
	assert_int_equal(pos->col, 21);

	/* The block mapping starts at its first key. */
	pos = yaml_pos_of(p, lake);
	assert_int_equal(pos->line, 3);
	assert_int_equal(pos->col, 5);

	/* true/false/null are shared singletons: only their key has a position. */
	assert_null(yaml_pos_of(p, json_object_get(lake, "versioning")));
	assert_int_equal(yaml_key_pos(p, lake, "versioning")->line, 5);
	assert_null(yaml_key_pos(p, lake, "missing"));

	json_decref(doc);
	yaml_positions_free(p);
}

static void test_yaml_duplicate_keys_are_errors(void **state)
{
	(void)state;
	struct diags d = DIAGS_INIT;
	struct yaml_positions *p = yaml_positions_new();
	json_t *doc = NULL;
	const char *text = "lake:\n"
			   "  name: a\n"
			   "  name: b\n"
			   "lake: again\n";
	assert_int_equal(yaml_load_string("dup.yaml", text, strlen(text), p, &doc, &d), -1);
	assert_null(doc);
	assert_diags(&d, "dup.yaml:3:3: error: duplicate key \"name\"\n"
			 "  first defined at dup.yaml:2:3\n"
			 "dup.yaml:4:1: error: duplicate key \"lake\"\n"
			 "  first defined at dup.yaml:1:1\n");
	diags_free(&d);
	yaml_positions_free(p);
}

static void test_yaml_rejects_anchors_tags_and_second_documents(void **state)
{
	(void)state;
	assert_yaml_fails("base: &b {a: 1}\n"
			  "copy: *b\n",
			  "inline.yaml:1:7: error: anchors (&b) are not supported\n"
			  "inline.yaml:2:7: error: aliases (*b) are not supported\n");
	assert_yaml_fails("x: !custom 1\n", "inline.yaml:1:4: error: unsupported tag \"!custom\"\n");
	assert_yaml_fails("x: !!int many\n", "inline.yaml:1:4: error: \"many\" is not a valid !!int\n");
	assert_yaml_fails("x: .inf\n",
			  "inline.yaml:1:4: error: .inf: infinite and NaN numbers are not supported\n");
	assert_yaml_fails("a: 1\n---\nb: 2\n",
			  "inline.yaml:2:1: error: a second YAML document in one file is not supported\n");
	assert_yaml_fails("? [a, b]\n: 1\n",
			  "inline.yaml:1:3: error: a map key must be a plain value, not a list or map\n");
}

/* yaml_load_string_tagged keeps a local tag (CloudFormation's !Ref, !Sub,
 * !GetAZs ''...) as a one-key map around its node, with the node's position;
 * a scalar under it is a string; !!int and the other core tags keep their
 * meaning, and the plain reader still refuses the local tag. */
static void test_yaml_tagged_keeps_local_tags(void **state)
{
	(void)state;
	const char *text = "a: !Ref Vpc\n"
			   "b: !Select [0, !GetAZs '']\n"
			   "c: !Sub\n  - x${Y}\n  - {Y: 1}\n"
			   "d: !!int 7\n"
			   "e: !Base64 12\n";
	struct yaml_positions *p = yaml_positions_new();
	struct diags d = DIAGS_INIT;
	json_t *doc = NULL;
	assert_int_equal(yaml_load_string_tagged("cfn.yaml", text, strlen(text), p, &doc, &d), 0);
	char *dumped = json_dumps(doc, JSON_COMPACT);
	assert_string_equal(dumped, "{\"a\":{\"!Ref\":\"Vpc\"},"
				    "\"b\":{\"!Select\":[0,{\"!GetAZs\":\"\"}]},"
				    "\"c\":{\"!Sub\":[\"x${Y}\",{\"Y\":1}]},"
				    "\"d\":7,\"e\":{\"!Base64\":\"12\"}}");
	free(dumped);
	const json_t *ref = json_object_get(doc, "a");
	const struct src_pos *pos = yaml_pos_of(p, ref);
	assert_non_null(pos);
	assert_int_equal(pos->line, 1);
	assert_int_equal(pos->col, 4);
	pos = yaml_pos_of(p, json_object_get(ref, "!Ref"));
	assert_non_null(pos);
	assert_int_equal(pos->col, 4);
	json_decref(doc);
	diags_free(&d);
	yaml_positions_free(p);
	assert_yaml_fails("a: !Ref Vpc\n", "inline.yaml:1:4: error: unsupported tag \"!Ref\"\n");
}

/* Each of libyaml's messages the hint table knows, with the cause it
 * recognises: the hint names the line and column of the cause and how to
 * write it. A quote inside a double-quoted string ends it: the hint points
 * at that quote and gives the value in single quotes (and, in a block,
 * without quotes). A cause not recognised keeps libyaml's context. */
static void test_yaml_hints_name_the_cause(void **state)
{
	(void)state;
	static const char *const cases[][2] = {
		{ "tags: {feeds: \"${join(\",\", [\"a\", \"b\"])}\"}\n",
		  "inline.yaml:1:30: error: did not find expected ',' or '}'\n"
		  "  the double-quoted string opened at 1:15 ends at the \" at 1:23, which was meant "
		  "to be inside it: write the value in single quotes, '${join(\",\", [\"a\", "
		  "\"b\"])}'\n" },
		{ "name: \"${upper(\"a\")}-x\"\nsize: 1\n",
		  "inline.yaml:1:17: error: did not find expected key\n"
		  "  the double-quoted string opened at 1:7 ends at the \" at 1:16, which was meant "
		  "to be inside it: write the value in single quotes, '${upper(\"a\")}-x', or "
		  "without quotes, ${upper(\"a\")}-x\n" },
		{ "list: [\"${replace(x, \"'\", \"\")}\"]\n",
		  "inline.yaml:2:1: error: found unexpected end of stream\n"
		  "  the double-quoted string opened at 1:8 ends at the \" at 1:22, which was meant "
		  "to be inside it: write the value in single quotes, '${replace(x, \"''\", "
		  "\"\")}'\n" },
		{ "name: 'it's'\n",
		  "inline.yaml:1:11: error: did not find expected key\n"
		  "  the single-quoted string opened at 1:7 ends at the ' at 1:10, which was meant "
		  "to be inside it: write '' for a ' inside single quotes, 'it''s'\n" },
		{ "a:\n  b: 1\n - c: 2\n",
		  "inline.yaml:3:2: error: did not find expected key\n"
		  "  line 3 is a list entry (\"- \") where the map opened at 1:1 has its keys "
		  "(column 1): a list is the value of a key, on the lines under it and indented "
		  "more\n" },
		{ "tags: {a: b\nname: x\n",
		  "inline.yaml:2:5: error: did not find expected ',' or '}'\n"
		  "  the { opened at 1:7 is not closed by a } before line 2: close it, or write the "
		  "map one entry a line\n" },
		{ "a:\n\tb: 1\n",
		  "inline.yaml:2:1: error: found character that cannot start any token\n"
		  "  a tab at 2:1: YAML indents with spaces only\n" },
		{ "a: @b\n",
		  "inline.yaml:1:4: error: found character that cannot start any token\n"
		  "  a value cannot start with \"@\" unquoted: put it in quotes\n" },
		{ "a: \"x\\qy\"\n",
		  "inline.yaml:1:6: error: found unknown escape character\n"
		  "  in a double-quoted string a backslash starts an escape (\\n, \\t, \\\", \\\\): "
		  "write \\\\ for a backslash, or put the value in single quotes, where a "
		  "backslash is itself\n" },
		{ "a: - b\n",
		  "inline.yaml:1:4: error: block sequence entries are not allowed in this context\n"
		  "  a list cannot start on its key's line (1:4): put each \"- \" entry on a line of "
		  "its own under the key, indented more, or write [a, b]\n" },
		{ "a:\n  b: 1\n  name x\n  size: 1\n",
		  "inline.yaml:4:3: error: could not find expected ':'\n"
		  "  line 3 (\"name x\") has no \": \": write a key and its value as KEY: VALUE\n" },
		{ "name x\nsize: 1\n",
		  "inline.yaml:2:5: error: mapping values are not allowed in this context\n"
		  "  line 1 (\"name x\") has no \": \", so it reads as the start of line 2's key: "
		  "write a key and its value as KEY: VALUE\n" },
		/* Not recognised: libyaml's context. */
		{ "a: [b, c}\n",
		  "inline.yaml:1:9: error: did not find expected ',' or ']'\n"
		  "  while parsing a flow sequence at 1:4\n" },
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		assert_yaml_fails(cases[i][0], cases[i][1]);
}

/* stacks/yaml_write.c: a written form is kept only when it reads back as
 * the string; libyaml's double quotes always do. */
/* v as yaml_add_json writes it is want, and reads back as v. */
static void assert_json_written(const json_t *v, const char *want)
{
	struct strbuf sb = STRBUF_INIT;
	yaml_add_json(&sb, v);
	assert_string_equal(sb.buf, want);
	strbuf_addstr(&sb, "\n");
	struct diags d = DIAGS_INIT;
	json_t *back = NULL;
	assert_int_equal(yaml_load_string("w.yaml", sb.buf, sb.len, NULL, &back, &d), 0);
	assert_true(json_equal(back, v));
	json_decref(back);
	diags_free(&d);
	strbuf_release(&sb);
}

static void test_yaml_written_forms_read_back(void **state)
{
	(void)state;
	static const char *const plain_ok[] = { "abc", "a b", "arn:aws:s3:::lake/*", "a-b_c.d",
						"caf\xc3\xa9" };
	for (size_t i = 0; i < sizeof(plain_ok) / sizeof(plain_ok[0]); i++)
		assert_true(yaml_form_reads_back(plain_ok[i], false, plain_ok[i], strlen(plain_ok[i])));
	/* Plain, each reads as another value: by terrace's reader (null, a
	 * bool, a number, a list, a map, a comment, blanks dropped, a line
	 * separator folded, DEL refused) or by a YAML 1.1 reader (yes, Y,
	 * On, the merge key, a number with a sign or a dot). */
	static const char *const plain_wrong[] = {
		"~", "null", "true", "12", "0x1F", "1e3", "- a", "a: b", "a #b", " a", "a ",
		"a\xe2\x80\xa8" "b", "a\xc2\x85" "b", "a\x7f" "b", "yes", "Y", "On", "<<", "-1", ".5",
		"1:20", "2024-01-02",
	};
	for (size_t i = 0; i < sizeof(plain_wrong) / sizeof(plain_wrong[0]); i++) {
		const char *s = plain_wrong[i];
		struct strbuf quoted = STRBUF_INIT;
		if (yaml_form_reads_back(s, false, s, strlen(s)))
			fail_msg("\"%s\" written plain reads back as itself", s);
		assert_false(yaml_form_reads_back(s, true, s, strlen(s)));
		yaml_double_quoted(&quoted, s, strlen(s));
		assert_true(yaml_form_reads_back(quoted.buf, false, s, strlen(s)));
		assert_true(yaml_form_reads_back(quoted.buf, true, s, strlen(s)));
		assert_null(strchr(quoted.buf, '\n'));
		strbuf_release(&quoted);
	}
	/* Quoted by hand: a DEL is refused in quotes too; libyaml escapes it,
	 * and a line separator. */
	assert_false(yaml_form_reads_back("'a\x7f" "b'", false, "a\x7f" "b", 3));
	struct strbuf sb = STRBUF_INIT;
	yaml_double_quoted(&sb, "a\x7f" "b\xe2\x80\xa8" "c\"", 8);
	assert_string_equal(sb.buf, "\"a\\x7Fb\\Lc\\\"\"");
	strbuf_release(&sb);
	/* A whole value: its JSON where that reads back, else flow style. */
	json_t *v = json_pack("{s:s, s:[i, f, b, n], s:s}", "plain", "x", "list", 1, 2.5, 1,
			      "odd", "a\x7f" "b");
	json_t *fine = json_pack("{s:s, s:[i, f, b, n]}", "plain", "x y", "list", 1, 2.5, 1);
	assert_json_written(fine, "{\"plain\": \"x y\", \"list\": [1, 2.5, true, null]}");
	assert_json_written(v, "{\"plain\": \"x\", \"list\": [1, 2.5, true, null], "
			       "\"odd\": \"a\\x7Fb\"}");
	json_decref(v);
	json_decref(fine);
	/* A literal block as a writer indents it. */
	assert_true(yaml_form_reads_back("|-\n    a\n    b", false, "a\nb", 3));
	assert_false(yaml_form_reads_back("|-\n    a\n    b", false, "a\nb\n", 4));
}

/* The one rule of stacks/yaml_plain.c (yaml_write.c's and yaml_hint.c's): plain exactly when the plain text
 * reads back as the string, else double-quoted; what must be quoted reads
 * as a bool, null or a number (by YAML 1.1 or terrace's reader), as
 * another node (a list, a map, a comment, a tag, an anchor, an alias, a
 * flow collection), loses a blank, or is refused (a DEL, a reserved
 * indicator, a directive's). */
static void test_yaml_one_rule_plain_or_quoted(void **state)
{
	(void)state;
	static const char *const quoted[] = {
		"yes", "ON", "~", "null", "0x1F", "1e3", "- a", "a: b", "#x", "", " lead",
		"DEL \x7f", "@x", "`x", "!x", "&x", "*x", "%x", "{", "[", ".inf",
		"2024-01-02 10:00:00Z", "'a'", "|", ">", ".NaN", "a\tb", "a\xe2\x80\xae" "b",
		"x\xe2\x81\xa6" "y", "zero\xe2\x80\x8bwidth",
	};
	for (size_t i = 0; i < sizeof(quoted) / sizeof(quoted[0]); i++) {
		const char *s = quoted[i];
		struct strbuf sb = STRBUF_INIT;
		if (yaml_plain_reads_back(s, strlen(s), YAML_PLAIN_VALUE))
			fail_msg("\"%s\" is taken as reading back plain", s);
		yaml_add_string(&sb, s, strlen(s), false, 2);
		if (sb.buf[0] != '"')
			fail_msg("\"%s\" written as %s, not double-quoted", s, sb.buf);
		assert_true(yaml_form_reads_back(sb.buf, false, s, strlen(s)));
		strbuf_release(&sb);
		yaml_add_string(&sb, s, strlen(s), true, 0);
		assert_int_equal(sb.buf[0], '"');
		assert_true(yaml_form_reads_back(sb.buf, true, s, strlen(s)));
		strbuf_release(&sb);
	}
	static const char *const plain[] = {
		"arn:aws:s3:::lake/*", "arn:aws:iam::123456789012:role/app", "a b", "s3://b/k",
		"10.0.0.0/16", "a-b_c.d", "caf\xc3\xa9", "1st-run", "yes please", "v1.2.3",
	};
	for (size_t i = 0; i < sizeof(plain) / sizeof(plain[0]); i++) {
		const char *s = plain[i];
		struct strbuf sb = STRBUF_INIT;
		yaml_add_string(&sb, s, strlen(s), false, 2);
		assert_string_equal(sb.buf, s);
		strbuf_release(&sb);
		yaml_add_string(&sb, s, strlen(s), true, 0);
		assert_string_equal(sb.buf, s);
		strbuf_release(&sb);
	}
	/* Inside a flow collection (where yaml_hint.c's hints may suggest a
	 * value without quotes) ",[]{}" end a plain scalar; elsewhere not. */
	static const char *const block_only[] = { "a,b", "x]", "k{v}", "a[0]", "x}" };
	for (size_t i = 0; i < sizeof(block_only) / sizeof(block_only[0]); i++) {
		const char *s = block_only[i];
		assert_true(yaml_plain_reads_back(s, strlen(s), YAML_PLAIN_VALUE));
		if (yaml_plain_reads_back(s, strlen(s), YAML_PLAIN_IN_FLOW))
			fail_msg("\"%s\" is taken as reading back plain in a flow collection", s);
	}
	assert_true(yaml_plain_reads_back("s3://b/k", 8, YAML_PLAIN_IN_FLOW));
	assert_false(yaml_plain_reads_back("yes", 3, YAML_PLAIN_IN_FLOW));
	assert_false(yaml_plain_reads_back("a: b", 4, YAML_PLAIN_IN_FLOW));
	/* Lines: a literal block, indented, when it reads back; else quoted. */
	struct strbuf sb = STRBUF_INIT;
	yaml_add_string(&sb, "a\nb\n", 4, false, 4);
	assert_string_equal(sb.buf, "|\n    a\n    b");
	strbuf_release(&sb);
	yaml_add_string(&sb, "a\tb\nc", 5, false, 4);
	assert_string_equal(sb.buf, "\"a\\tb\\nc\"");
	strbuf_release(&sb);
	yaml_add_string(&sb, "a\nb", 3, true, 0);
	assert_string_equal(sb.buf, "\"a\\nb\"");
	strbuf_release(&sb);
}

/* A JSON text read as YAML (stacks/convert_cfn.c reads a JSON template so,
 * for the positions) gives jansson's values: libyaml refused a surrogate
 * pair's escape ("found invalid Unicode character escape code"), folded a
 * raw U+0085 into a space and counted it, U+2028 and U+2029 as lines, and
 * refused a raw C1 control; a tab between tokens is JSON's white space. */
static void test_yaml_json_text_reads_as_json(void **state)
{
	(void)state;
	static const char text[] =
		"{\"a\": \"\\ud83d\\ude00 x\\uD83D\\uDE00\",\t\"nel\": \"a\xc2\x85" "b\",\n"
		"\t\"ls\": [\"a\xe2\x80\xa8" "b\xe2\x80\xa9" "c\", \"\xc2\x90\", \"\\\"\\\\u0041\\u00e9\"],\n"
		" \"\\ud83d\\ude00 key\": 1.5, \"last\": true}";
	json_error_t err;
	json_t *want = json_loadb(text, sizeof(text) - 1, 0, &err);
	assert_non_null(want);
	assert_string_equal(json_string_value(json_object_get(want, "a")),
			    "\xf0\x9f\x98\x80 x\xf0\x9f\x98\x80");
	struct yaml_positions *p = yaml_positions_new();
	struct diags d = DIAGS_INIT;
	json_t *got = NULL;
	assert_int_equal(yaml_load_json_string("t.json", text, sizeof(text) - 1, p, &got, &d), 0);
	assert_true(json_equal(got, want));
	/* Lines as JSON counts them: a line separator in a string is none. */
	const struct src_pos *pos = yaml_key_pos(p, got, "ls");
	assert_non_null(pos);
	assert_int_equal(pos->line, 2);
	assert_int_equal(pos->col, 2);
	pos = yaml_key_pos(p, got, "last");
	assert_int_equal(pos->line, 3);
	json_decref(want);
	json_decref(got);
	yaml_positions_free(p);
	diags_free(&d);
}

/* What a stack terrace writes shows what it holds, to every reader: a tab
 * libyaml reads plain is refused by others (PyYAML: "found character '\t'
 * that cannot start any token"), and a bidi control written raw reorders
 * what a reviewer sees. Both are written escaped in double quotes (in a
 * literal block and a flow value too), and read back as themselves; a
 * comment (a template's Description, the file converted) escapes them and a
 * carriage return, which YAML reads as a line break. */
static void test_yaml_written_text_hides_nothing(void **state)
{
	(void)state;
	static const struct {
		const char *s, *written;
	} cases[] = {
		{ "a\tb", "\"a\\tb\"" },
		{ "pay\xe2\x80\xae" "txt.exe", "\"pay\\u202Etxt.exe\"" },
		{ "a\xe2\x81\xa6" "b\xe2\x81\xa9", "\"a\\u2066b\\u2069\"" },
		{ "l1\n\xe2\x80\xaal2\n", "\"l1\\n\\u202Al2\\n\"" },
		{ "caf\xc3\xa9 \xf0\x9f\x98\x80", "caf\xc3\xa9 \xf0\x9f\x98\x80" },
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		const char *s = cases[i].s;
		for (int key = 0; key < 2; key++) {
			struct strbuf sb = STRBUF_INIT;
			yaml_add_string(&sb, s, strlen(s), key, 2);
			assert_string_equal(sb.buf, cases[i].written);
			assert_true(yaml_form_reads_back(sb.buf, key, s, strlen(s)));
			strbuf_release(&sb);
		}
	}
	json_t *v = json_pack("{s:[s]}", "k\xe2\x80\xae", "v\xe2\x80\x8f");
	assert_json_written(v, "{\"k\\u202E\": [\"v\\u200F\"]}");
	json_decref(v);
	struct strbuf sb = STRBUF_INIT;
	yaml_add_comment(&sb, "from \"a\\nb.yaml\".\nline\r2 \xe2\x80\xae" "x\tend\n\n", 2);
	assert_string_equal(sb.buf, "  # from \"a\\nb.yaml\".\n  # line\\u000D2 \\u202Ex\tend\n");
	strbuf_release(&sb);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_yaml_syntax_error_names_file_line_col),
		cmocka_unit_test(test_yaml_reader_errors_name_the_byte),
		cmocka_unit_test(test_yaml_plain_scalars_follow_the_core_schema),
		cmocka_unit_test(test_yaml_records_node_and_key_positions),
		cmocka_unit_test(test_yaml_duplicate_keys_are_errors),
		cmocka_unit_test(test_yaml_rejects_anchors_tags_and_second_documents),
		cmocka_unit_test(test_yaml_tagged_keeps_local_tags),
		cmocka_unit_test(test_yaml_hints_name_the_cause),
		cmocka_unit_test(test_yaml_written_forms_read_back),
		cmocka_unit_test(test_yaml_one_rule_plain_or_quoted),
		cmocka_unit_test(test_yaml_written_text_hides_nothing),
		cmocka_unit_test(test_yaml_json_text_reads_as_json),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
