import {
  to = awscc_workspacesweb_session_logger.example
  id = "session_logger_arn"
}