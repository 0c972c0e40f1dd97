import {
  to = awscc_logs_log_stream.example
  id = "log_group_name|log_stream_name"
}