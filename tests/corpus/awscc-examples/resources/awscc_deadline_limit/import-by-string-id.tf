import {
  to = awscc_deadline_limit.example
  id = "farm_id|limit_id"
}