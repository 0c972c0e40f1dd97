import {
  to = awscc_deadline_queue_limit_association.example
  id = "farm_id|limit_id|queue_id"
}