/*
 * diff.h: classifying one resource's change, generically over its schema.
 */
#ifndef TERRACE_DIFF_H
#define TERRACE_DIFF_H

#include <jansson.h>

#include "plan/plan.h"

/*
 * Compare desired attributes (NULL: the resource is no longer wanted) with
 * the refreshed ones (NULL: it does not exist) and fill c->action, c->after,
 * c->changed and c->forces_new. Per attribute:
 *   - computed-only attributes keep their current value;
 *   - optional+computed attributes the user did not set keep theirs too;
 *   - an unset optional attribute means "absent" (its schema default when
 *     it has one), so something added outside terrace shows as a change;
 *   - attributes named in ignore_changes keep their current value;
 *   - an unknown desired value counts as a change;
 *   - a changed force-new attribute turns an update into a replace.
 * On create, computed attributes the user did not set plan as unknown.
 */
void diff_resource(const struct resource_type *rt, const json_t *before,
		   const json_t *desired, const json_t *ignore_changes,
		   struct planned_change *c);

#endif
