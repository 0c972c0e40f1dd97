import {
  to = awscc_deadline_limit.example
  identity = {
    farm_id  = "farm_id"
    limit_id = "limit_id"
  }
}
