/*
 * checks/schema/known_text.c: a string not known whole (text around a
 * ${...}) against the node of its property in an awscc type's schema, by
 * the text known of it (value_known_affixes): the walk's (validate.c's)
 * judgement of what that text decides, its maxLength and enum.
 */
#include "provider/aws/checks/schema/api.h"

#include <string.h>

#include "provider/base/text.h"

bool cc_known_text_refused(const json_t *n, const json_t *v, bool sensitive, struct strbuf *why)
{
	struct strbuf prefix = STRBUF_INIT, suffix = STRBUF_INIT;
	const json_t *values = json_object_get(n, "enum"), *most = json_object_get(n, "maxLength"), *e;
	size_t i, known;
	bool refused = false;

	if (!n || !value_known_affixes(v, &prefix, &suffix))
		goto done;
	known = utf8_chars(prefix.buf) + utf8_chars(suffix.buf);
	if (json_is_integer(most) && (json_int_t)known > json_integer_value(most)) {
		strbuf_addf(why, "at least %zu characters whatever ${...} gives, where it takes at "
			    "most %" JSON_INTEGER_FORMAT, known, json_integer_value(most));
		refused = true;
	} else if (json_array_size(values)) {
		json_array_foreach(values, i, e)
			if (!json_is_string(e) || value_text_may_be(&prefix, &suffix, json_string_value(e)))
				goto done;
		if (sensitive) {
			strbuf_addstr(why, "(sensitive value)");
		} else {
			strbuf_addstr(why, "text beginning ");
			strbuf_add_safe(why, prefix.buf, prefix.len, TEXT_VALUE);
			strbuf_addstr(why, " and ending ");
			strbuf_add_safe(why, suffix.buf, suffix.len, TEXT_VALUE);
		}
		strbuf_addstr(why, " is none of the values it takes, whatever ${...} gives");
		refused = true;
	}
done:
	strbuf_release(&prefix);
	strbuf_release(&suffix);
	return refused;
}
