import {
  to = awscc_logs_scheduled_query.example
  id = "scheduled_query_arn"
}