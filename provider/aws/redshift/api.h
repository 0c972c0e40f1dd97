/*
 * redshift/api.h: the Redshift service, once: its signing name and the
 * Version of its query protocol, for the cluster's and the subnet group's
 * descriptors (redshift/cluster.c, redshift/subnet_group.c).
 */
#ifndef TERRACE_AWS_REDSHIFT_API_H
#define TERRACE_AWS_REDSHIFT_API_H


#endif
