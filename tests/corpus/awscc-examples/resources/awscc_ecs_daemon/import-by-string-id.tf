import {
  to = awscc_ecs_daemon.example
  id = "daemon_arn"
}