import {
  to = awscc_timestream_scheduled_query.example
  id = "arn"
}