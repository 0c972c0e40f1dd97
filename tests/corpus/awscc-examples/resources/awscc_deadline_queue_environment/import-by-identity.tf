import {
  to = awscc_deadline_queue_environment.example
  identity = {
    farm_id              = "farm_id"
    queue_id             = "queue_id"
    queue_environment_id = "queue_environment_id"
  }
}
