import {
  to = awscc_logs_scheduled_query.example
  identity = {
    scheduled_query_arn = "scheduled_query_arn"
  }
}
