import {
  to = awscc_ecs_daemon.example
  identity = {
    daemon_arn = "daemon_arn"
  }
}
