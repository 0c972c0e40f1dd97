import {
  to = awscc_logs_log_group.example
  id = "log_group_name"
}