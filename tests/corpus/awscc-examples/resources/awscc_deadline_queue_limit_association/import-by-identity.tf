import {
  to = awscc_deadline_queue_limit_association.example
  identity = {
    farm_id  = "farm_id"
    limit_id = "limit_id"
    queue_id = "queue_id"
  }
}
