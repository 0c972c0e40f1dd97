/*
 * checks/metric_queries.h: the walk of a scaling policy's metric data
 * queries, which EC2 Auto Scaling's and Application Auto Scaling's rows
 * (autoscaling/rules.c, applicationautoscaling/rules.c) judge alike: a
 * predictive policy's customized capacity, load and scaling metrics' and a
 * target tracking policy's customized metric's. Each service names its own
 * two blocks (PREDICTIVE and TRACKING: a prefix ending in a dot).
 */
#ifndef TERRACE_AWS_CHECKS_METRIC_QUERIES_H
#define TERRACE_AWS_CHECKS_METRIC_QUERIES_H

#include "provider/aws/checks/rules.h"

#define METRIC_QUERIES_CAPACITY "customized_capacity_metric_specification.metric_data_queries"
#define METRIC_QUERIES_LOAD "customized_load_metric_specification.metric_data_queries"
#define METRIC_QUERIES_SCALING "customized_scaling_metric_specification.metric_data_queries"
#define METRIC_QUERIES_TRACKING(TRACKING) TRACKING "customized_metric_specification.metrics"

/* each metric data query: its conditions, the rest of the arguments */
#define EACH_METRIC_QUERY(PREDICTIVE, TRACKING, ...) \
	EACH(PREDICTIVE "metric_specifications", ALWAYS, \
	     THEN(EACH(METRIC_QUERIES_CAPACITY, ALWAYS, THEN(__VA_ARGS__)), \
		  EACH(METRIC_QUERIES_LOAD, ALWAYS, THEN(__VA_ARGS__)), \
		  EACH(METRIC_QUERIES_SCALING, ALWAYS, THEN(__VA_ARGS__)))), \
	EACH(METRIC_QUERIES_TRACKING(TRACKING), ALWAYS, THEN(__VA_ARGS__))
/* each list of queries: COND(LIST) */
#define EACH_METRIC_QUERY_LIST(PREDICTIVE, TRACKING, COND) \
	EACH(PREDICTIVE "metric_specifications", ALWAYS, \
	     THEN(COND(METRIC_QUERIES_CAPACITY), COND(METRIC_QUERIES_LOAD), \
		  COND(METRIC_QUERIES_SCALING))), \
	COND(METRIC_QUERIES_TRACKING(TRACKING))
/* what AWS says of every list: ids unique, one query returning data */
#define METRIC_QUERY_IDS_UNIQUE(LIST) UNIQUE(LIST "[].id")
#define METRIC_QUERY_ONE_RETURNS(LIST) COUNT_WHERE(LIST, 0, 1, IS("return_data", "true"))

#endif
