import {
  to = awscc_logs_metric_filter.example
  id = "log_group_name|filter_name"
}