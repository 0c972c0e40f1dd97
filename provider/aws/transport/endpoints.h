/*
 * endpoints.h: what terrace knows of AWS partitions when it builds real
 * AWS hosts: which partition a region name belongs to (by botocore's
 * partitions.json patterns), so that a mistyped region is reported as such
 * instead of as a DNS failure on a made-up host.
 */
#ifndef TERRACE_AWS_ENDPOINTS_H
#define TERRACE_AWS_ENDPOINTS_H

#include "provider/base/strbuf.h"

/* 0 when `region` belongs to a partition terrace builds hosts for (aws,
 * aws-cn, aws-us-gov); -1 with err set otherwise, naming the region and,
 * when it matches one, the partition terrace does not support. */
int aws_region_check(const char *region, struct strbuf *err);

#endif
