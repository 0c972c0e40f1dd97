import {
  to = awscc_logs_log_stream.example
  identity = {
    log_group_name  = "log_group_name"
    log_stream_name = "log_stream_name"
  }
}
