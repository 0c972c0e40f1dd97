/*
 * kinds/reads.c: the tables of how plan reads what a literal of each kind
 * names, built from the rows of reads.def (a READ row a call, a NO_READ row
 * why there is none; check_reads.py holds them to botocore's models); the
 * core's reader (checks/reads.c) sends them.
 */
#include <stddef.h>

#include "provider/aws/checks/kinds/api.h"
#include "provider/aws/transport/transport.h"

#define AS_IS AWS_READ_AS_IS
#define NAME_PART AWS_READ_NAME_PART
const struct aws_kind_read aws_kind_reads[] = {
#define READ(kind, label, service, request, operation, member, form, shape, extra,             \
	     none_codes, none_list, skip, action, source)                                    \
	{ kind, action, label " " operation, &aws_service_##service, request, operation,       \
	  member, form, shape, extra, none_codes, none_list, skip, source },
#define NO_READ(kind, why)
#include "provider/aws/checks/kinds/reads.def"
#undef READ
#undef NO_READ
	{ NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0, NULL, NULL, NULL, NULL, NULL, NULL },
};

const struct aws_kind_no_read aws_kind_no_reads[] = {
#define READ(kind, label, service, request, operation, member, form, shape, extra,             \
	     none_codes, none_list, skip, action, source)
#define NO_READ(kind, why) { kind, why },
#include "provider/aws/checks/kinds/reads.def"
#undef READ
#undef NO_READ
	{ NULL, NULL },
};
#undef AS_IS
#undef NAME_PART
