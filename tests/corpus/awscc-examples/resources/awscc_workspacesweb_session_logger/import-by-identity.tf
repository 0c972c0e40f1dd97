import {
  to = awscc_workspacesweb_session_logger.example
  identity = {
    session_logger_arn = "session_logger_arn"
  }
}
