import {
  to = awscc_logs_metric_filter.example
  identity = {
    log_group_name = "log_group_name"
    filter_name    = "filter_name"
  }
}
