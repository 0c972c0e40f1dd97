import {
  to = awscc_logs_subscription_filter.example
  identity = {
    filter_name    = "filter_name"
    log_group_name = "log_group_name"
  }
}
