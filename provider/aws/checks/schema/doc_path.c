/*
 * checks/schema/doc_path.c: what a properties document holds at a path
 * (cc_values_at), below the walk (validate.c's extension rules) and the
 * lists AWS grows (growing.c), which both read values so.
 */
#include "provider/aws/checks/schema/api.h"

#include <string.h>

json_t *cc_values_at(const json_t *doc, const json_t *at)
{
	json_t *found = json_array(), *next, *seg, *e;
	size_t j, k;

	json_array_append(found, (json_t *)doc);
	json_array_foreach(at, j, seg) {
		const char *name = json_string_value(seg) ? json_string_value(seg) : "";
		next = json_array();
		json_array_foreach(found, k, e) {
			if (!strcmp(name, "*")) {
				size_t n;
				json_t *item;
				if (json_is_array(e))
					json_array_foreach(e, n, item)
						json_array_append(next, item);
			} else if (json_is_object(e) && json_object_get(e, name)) {
				json_array_append(next, json_object_get(e, name));
			}
		}
		json_decref(found);
		found = next;
	}
	return found;
}
