/*
 * cloudwatch/api.h: what other files use of the CloudWatch rules
 * (cloudwatch/rules.c): the rule functions their rows, checks and tests call.
 */
#ifndef TERRACE_AWS_CLOUDWATCH_API_H
#define TERRACE_AWS_CLOUDWATCH_API_H

#include <jansson.h>

#include "provider/aws/checks/row.h"
#include "provider/base/strbuf.h"
#include "provider/provider.h"

/* CloudWatch: query protocol, its signing name and Version, once. */

/* CloudWatch alarms (cloudwatch/rules.c): a period of 10, 20, 30 or a
 * multiple of 60; statistic or extended_statistic, one of them; periods
 * times evaluation periods within a day (a week from an hour's period);
 * datapoints_to_alarm at most evaluation_periods. */
int rule_cloudwatch_period(const json_t *v, const json_t *r, struct strbuf *err);
int rule_cloudwatch_statistic(const json_t *v, const json_t *r, struct strbuf *err);
int rule_cloudwatch_evaluation(const json_t *v, const json_t *r, struct strbuf *err);
int rule_cloudwatch_datapoints(const json_t *v, const json_t *r, struct strbuf *err);
/* Each action an ARN of a service alarms notify (SNS, Lambda, EC2, Auto
 * Scaling, Systems Manager). */
int rule_cloudwatch_actions(const json_t *v, const json_t *r, struct strbuf *err);
/* At most 30 dimensions, names of 1 to 255 characters, values of 1 to 1,024. */
int rule_cloudwatch_dimensions(const json_t *v, const json_t *r, struct strbuf *err);

/* ---- its rules (cloudwatch/rules.c) that other files use ---- */


#endif
