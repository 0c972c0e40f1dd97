import {
  to = awscc_logs_subscription_filter.example
  id = "filter_name|log_group_name"
}